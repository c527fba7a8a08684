package org.courseplanner.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A rule read once serves every series that shares it: each start still gets its own meetings. */
class RecurrenceRuleTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDateTime FROM = LocalDateTime.of(2026, 8, 23, 0, 0);
    private static final LocalDateTime END = LocalDateTime.of(2026, 9, 20, 0, 0);

    private static RecurrenceRule rule(String text) {
        return new RecurrenceRule(text, i -> LocalDateTime.ofInstant(i, NEW_YORK));
    }

    @Test
    void oneRuleExpandsEachStartOnItsOwn() {
        RecurrenceRule mondaysAndWednesdays = rule("FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260910T035959Z");
        LocalDateTime monday = LocalDateTime.of(2026, 8, 31, 9, 0);
        LocalDateTime wednesday = LocalDateTime.of(2026, 9, 2, 14, 30);

        assertThat(mondaysAndWednesdays.occurrences(monday, FROM, END)).containsExactly(monday, monday.plusDays(2),
                monday.plusDays(7), monday.plusDays(9));
        assertThat(mondaysAndWednesdays.occurrences(wednesday, FROM, END)).containsExactly(wednesday, wednesday.plusDays(5),
                wednesday.plusDays(7));
        assertThat(mondaysAndWednesdays.occurrences(monday, FROM, END)).containsExactly(monday, monday.plusDays(2),
                monday.plusDays(7), monday.plusDays(9));
    }

    @Test
    void aShorterSpanGivesFewerMeetingsFromTheSameStart() {
        RecurrenceRule weekly = rule("FREQ=WEEKLY;BYDAY=TU");
        LocalDateTime tuesday = LocalDateTime.of(2026, 9, 1, 10, 0);

        assertThat(weekly.occurrences(tuesday, FROM, END)).hasSize(3);
        assertThat(weekly.occurrences(tuesday, FROM, LocalDateTime.of(2026, 9, 9, 0, 0))).containsExactly(tuesday, tuesday.plusDays(7));
    }

    @Test
    void aRuleThatGivesTooManyMeetingsIsRefusedEveryTime() {
        RecurrenceRule everyMinute = rule("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11;BYMINUTE=0,10,20,30,40,50");
        LocalDateTime seed = LocalDateTime.of(2026, 8, 31, 0, 0);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> everyMinute.occurrences(seed, FROM, END)).isInstanceOf(UnusableItem.class)
                    .hasMessageContaining("meetings between");
        }
    }
}
