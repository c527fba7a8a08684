package org.courseplanner.ui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.courseplanner.domain.Refusal;

/** Reads what a form's fields say, as typed (before a picker commits it), refusing text that does not parse. */
final class FormText {
    private FormText() {
    }

    /** Dates as the rest of the app writes them: 2026-08-31, whatever the computer's locale. */
    static final StringConverter<LocalDate> ISO_DATES = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        }
    };

    /**
     * Makes each picker show and read ISO dates (yyyy-MM-dd), like the lists, the command line and the
     * files; text that is not a date falls back to the picker's date instead of throwing: since JavaFX 18
     * a DatePicker commits its text when it loses focus and lets the converter's exception escape.
     */
    static void useIsoDates(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setConverter(new Forgiving(picker, ISO_DATES));
        }
    }

    /** A picker's own converter that answers its current date for text that is not one. */
    private static final class Forgiving extends StringConverter<LocalDate> {
        private final DatePicker picker;
        private final StringConverter<LocalDate> strict;

        Forgiving(DatePicker picker, StringConverter<LocalDate> strict) {
            this.picker = picker;
            this.strict = strict;
        }

        @Override
        public String toString(LocalDate date) {
            return strict.toString(date);
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                return strict.fromString(text);
            } catch (DateTimeParseException e) {
                return picker.getValue();
            }
        }
    }

    /** The date a picker shows, read from its text; null when blank. */
    static LocalDate date(DatePicker picker, String field) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            StringConverter<LocalDate> converter = picker.getConverter();
            return (converter instanceof Forgiving f ? f.strict : converter).fromString(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal(field, "\"" + text.strip() + "\" is not a date: write it like "
                    + picker.getConverter().toString(LocalDate.of(2026, 8, 31)) + " or pick one from the calendar");
        }
    }

    /** A time written HH:MM on a 24-hour clock (H:MM too); null when blank. */
    static LocalTime time(String text, String field, String example) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return LocalTime.parse(t.matches("\\d:\\d\\d") ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new Refusal(field, "\"" + t + "\" is not a time: write HH:MM on a 24-hour clock, e.g. " + example);
        }
    }

    /** A number of hours (or minutes, weeks); null when blank. */
    static Double number(String text, String field, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Refusal(field, "\"" + text.strip() + "\" is not a number: " + what);
        }
    }

    /** A whole number; null when blank. */
    static Integer whole(String text, String field, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(field, "\"" + text.strip() + "\" is not a whole number: " + what);
        }
    }

    /** Hours as a student writes them: 10, not 10.0. */
    static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
