package org.courseplanner.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.courseplanner.domain.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The calendar's address as a student types it: https, or plain http only to this computer; a password never in it. */
class SyncAccountTest {

    @ParameterizedTest
    @CsvSource({
        "https://cloud.example.org/remote.php/dav/calendars/ana/personal, https://cloud.example.org/remote.php/dav/calendars/ana/personal/",
        "https://caldav.fastmail.com/dav/calendars/user/ana@fastmail.com/Default/, https://caldav.fastmail.com/dav/calendars/user/ana@fastmail.com/Default/",
        "http://127.0.0.1:5232/ana/courses, http://127.0.0.1:5232/ana/courses/",
        "http://localhost:5232/ana/courses/, http://localhost:5232/ana/courses/",
        "http://[::1]:5232/ana/, http://[::1]:5232/ana/",
        "'  https://cal.example.org  ', https://cal.example.org/"})
    void aCalendarsAddressIsACollectionEndingWithASlash(String typed, String kept) {
        assertThat(SyncAccount.url(typed)).hasToString(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://cloud.example.org/dav/", "http://192.168.1.5:5232/ana/", "ftp://cloud.example.org/",
        "https://ana:secret@cloud.example.org/dav/", "https://cloud.example.org/dav/?x=1", "cloud.example.org/dav", "", "https:// bad"})
    void anAddressThatWouldLeakThePasswordOrIsNoCalendarIsRefused(String typed) {
        assertThatThrownBy(() -> SyncAccount.url(typed)).isInstanceOf(Refusal.class).satisfies(e -> {
            assertThat(((Refusal) e).field()).isEqualTo("url");
            assertThat(e.getMessage()).doesNotContain("secret");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10081})
    void aReminderOutsideAWeekIsRefused(int minutes) {
        assertThatThrownBy(() -> new SyncAccount(SyncAccount.url("https://cal.example.org/"), "ana", false, false, minutes))
                .isInstanceOf(Refusal.class);
    }
}
