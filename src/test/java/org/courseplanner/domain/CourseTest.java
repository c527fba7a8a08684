package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CourseTest {
    @net.jqwik.api.Property(tries = 300)
    void codeKeyIsWhatTheRegexOfEarlierVersionsGave(@net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 12)
                                                    @net.jqwik.api.constraints.Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '_', '-', 'a', 'Z', '1', 'é', 'ß', 'ı'})
                                                    String code) {
        assertThat(Course.normalise(code)).isEqualTo(code.replaceAll("[\\s_-]", "").toUpperCase(java.util.Locale.ROOT));
    }


    private static Course course(double credits, String colour, Delivery delivery, Double homeworkHours) {
        return new Course(0, 1, "CS 101", "Intro to Programming", credits, colour, delivery, homeworkHours);
    }

    private static Course withCode(String code) {
        return new Course(0, 1, code, "Intro to Programming", 3, null, Delivery.SYNC, null);
    }

    @ParameterizedTest
    @CsvSource({
        "SYNC, 3, 6",
        "HYBRID, 4, 8",
        "ASYNC, 3, 0",
        "SYNC, 0, 0",
    })
    void homeworkFollowsTheRuleOfThumbByDefault(Delivery delivery, double credits, double hours) {
        assertThat(course(credits, null, delivery, null).weeklyHomeworkHours()).isEqualTo(hours);
    }

    @ParameterizedTest
    @CsvSource({"SYNC", "HYBRID", "ASYNC"})
    void explicitHomeworkWins(Delivery delivery) {
        assertThat(course(3, null, delivery, 4.5).weeklyHomeworkHours()).isEqualTo(4.5);
        assertThat(course(3, null, delivery, 0.0).weeklyHomeworkHours()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#1234567", "4E79A7", "#GGGGGG", "#4E79A7 "})
    void aColourThatIsNotRrggbbIsRefused(String colour) {
        assertRefused(() -> course(3, colour, Delivery.SYNC, null), "colour", "\"" + colour + "\"", "#RRGGBB");
    }

    @Test
    void aColourIsKeptInUpperCase() {
        assertThat(course(3, "#4e79a7", Delivery.SYNC, null).colour()).isEqualTo("#4E79A7");
        assertThat(course(3, null, Delivery.SYNC, null).colour()).isNull();
        assertThat(course(3, null, Delivery.SYNC, null).withColour("#abcdef").colour()).isEqualTo("#ABCDEF");
    }

    @Test
    void thePaletteHoldsValidColours() {
        for (String colour : Course.PALETTE) {
            assertThat(course(3, colour, Delivery.SYNC, null).colour()).isEqualTo(colour);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "CS 101, cs101, true",
        "CS 101, CS 101, true",
        "CS 101, cs-101, true",
        "CS 101, ' cs_101 ', true",
        "CS101, CS 101, true",
        "CS 101, CS 102, false",
        "CS 101, CS 1010, false",
        "CS 101, '', false",
    })
    void hasCodeIgnoresCaseAndSpacing(String code, String other, boolean matches) {
        assertThat(withCode(code).hasCode(other)).isEqualTo(matches);
    }

    @Test
    void hasCodeOfNothingIsFalse() {
        assertThat(withCode("CS 101").hasCode(null)).isFalse();
    }

    @Test
    void theCodeIsStrippedAndItsSpacesCollapsed() {
        Course c = withCode("  CS \t  101 ");

        assertThat(c.code()).isEqualTo("CS 101");
        assertThat(c.codeKey()).isEqualTo("CS101");
    }

    @Test
    void aBlankCodeIsRefused() {
        assertRefused(() -> withCode(" "), "code", "code is empty");
    }

    @Test
    void aCodeLongerThanTwentyCharactersIsRefused() {
        assertRefused(() -> withCode("INTRODUCTION TO CS 101"), "code", "\"INTRODUCTION TO CS 101\"", "longer than 20");
    }

    @Test
    void aBlankTitleIsRefused() {
        assertRefused(() -> new Course(0, 1, "CS 101", "", 3, null, Delivery.SYNC, null), "title", "title is empty");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 30.5})
    void creditsOutOfRangeAreRefused(double credits) {
        assertRefused(() -> course(credits, null, Delivery.SYNC, null), "credits", "between 0 and 30", "not " + credits);
    }

    @Test
    void missingDeliveryIsRefused() {
        assertRefused(() -> course(3, null, null, null), "delivery", "sync, async or hybrid");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, 101})
    void homeworkOutOfRangeIsRefused(double hours) {
        assertRefused(() -> course(3, null, Delivery.SYNC, hours), "homework", "between 0 and 100", "not " + hours);
    }
}
