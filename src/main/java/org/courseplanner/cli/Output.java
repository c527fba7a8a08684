package org.courseplanner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;

/** Formatting shared by the commands: numbers as a student writes them, and JSON. */
final class Output {
    private Output() {
    }

    /** Made on the first --json: Jackson's 375 classes were loaded by every command that printed a number. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** 3.0 → "3", 2.5 → "2.5". */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }

    /** "1 class", "2 classes". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String hours(double value) {
        return number(value) + " h";
    }

    static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
