package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionKindTest {

    @ParameterizedTest
    @CsvSource({
        "lecture, LECTURE",
        "LAB, LAB",
        "' Seminar ', SEMINAR",
        "office-hours, OFFICE_HOURS",
        "office hours, OFFICE_HOURS",
        "OFFICE_HOURS, OFFICE_HOURS",
    })
    void parse(String text, SessionKind kind) {
        assertThat(SessionKind.parse(text)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "", "lectures"})
    void parseRefusesUnknownKinds(String bad) {
        assertRefused(() -> SessionKind.parse(bad), "kind", "unknown session kind \"" + bad + "\"", "office-hours");
    }

    @Test
    void parseRefusesNothing() {
        assertRefused(() -> SessionKind.parse(null), "kind", "unknown session kind");
    }

    @ParameterizedTest
    @CsvSource({"LECTURE, lecture, Lecture", "OFFICE_HOURS, office-hours, Office hours"})
    void labelAndTitle(SessionKind kind, String label, String title) {
        assertThat(kind.label()).isEqualTo(label);
        assertThat(kind.title()).isEqualTo(title);
    }

    @Test
    void labelsParseBack() {
        for (SessionKind k : SessionKind.values()) {
            assertThat(SessionKind.parse(k.label())).isEqualTo(k);
        }
    }
}
