package org.courseplanner.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-made line reading agrees with the regular expressions it replaced, on any text. */
class ContentLinesTest {
    private static final Pattern BREAKS = Pattern.compile("\r\n|\r|\n");
    private static final Pattern CONTENT_LINE = Pattern.compile("(?s)[A-Za-z0-9._ -]+(;.*)?:.*");

    /** Texts made of what matters here: name characters, the separators, breaks, and a few others. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("Aa0._ -;:\r\n\tx=\"é,/").ofMinLength(0).ofMaxLength(40);
    }

    @Property(tries = 3000)
    void splitsWhereTheRegularExpressionSplits(@ForAll("texts") String text) {
        assertThat(ContentLines.split(text)).isEqualTo(List.of(BREAKS.split(text, -1)));
    }

    @Property(tries = 3000)
    void takesForALineWhatTheRegularExpressionTakes(@ForAll("texts") String text) {
        assertThat(ContentLines.isContentLine(text)).as(text).isEqualTo(CONTENT_LINE.matcher(text).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DTSTART;TZID=America/New_York:20260901T100000", "SUMMARY:CS 101", "X-A.B_C D:", "A;:", "A:;",
        "SUMMARY", ":value", ";X=1:v", "A;B", "A=B:C", "é:x", "A\nB:c", "\r\n", ""})
    void agreesOnTypicalAndBrokenLines(String line) {
        assertThat(ContentLines.isContentLine(line)).as(line).isEqualTo(CONTENT_LINE.matcher(line).matches());
        assertThat(ContentLines.split(line)).isEqualTo(List.of(BREAKS.split(line, -1)));
    }
}
