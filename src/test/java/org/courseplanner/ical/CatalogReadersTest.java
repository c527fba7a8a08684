package org.courseplanner.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.catalog.CatalogFiles;
import org.courseplanner.domain.catalog.CatalogFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers the command line and the window get: one per format, each picked for its files. */
class CatalogReadersTest {
    private static final Term FALL = Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), ZoneId.of("America/New_York"));
    @TempDir
    Path folder;

    @Test
    void everyFormatHasItsReader() {
        assertThat(CatalogReaders.all()).containsOnlyKeys(CatalogFormat.values());
    }

    @Test
    void eachKindOfFileIsReadByItsFormatsReader() throws IOException {
        CatalogFiles files = CatalogReaders.files();
        Path csv = Files.writeString(folder.resolve("catalog.csv"), "crn,course,days,start,end\n1,CS 101,MW,10:00,11:15\n");
        Path json = Files.writeString(folder.resolve("download"), "[{\"code\":\"CS\",\"courses\":[{\"title\":\"Intro\",\"subj\":\"CS\","
                + "\"id\":\"CS-101\",\"sections\":[{\"crn\":2,\"sec\":\"01\",\"credMax\":4,\"timeslots\":[]}]}]}]");
        Path ics = Files.writeString(folder.resolve("timetable"), IcsImporterTest.ics(IcsImporterTest.event("UID:a", "SUMMARY:CS 101-01 Lecture",
                "X-CRN:3", "DTSTART;TZID=America/New_York:20260902T100000", "DTEND;TZID=America/New_York:20260902T111500",
                "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=3")));

        assertThat(files.read(csv, null, FALL).catalog().requireSection("1").meetings().get(0).pattern().describe()).startsWith("MO,WE 10:00-11:15");
        assertThat(files.read(json, null, FALL).catalog().requireSection("2").courseTitle()).isEqualTo("Intro");
        assertThat(files.read(ics, null, FALL).catalog().requireSection("3").section()).isEqualTo("01");
    }

    @Test
    void aFileGivenTheWrongFormatIsRefusedWithWhatThatFormatExpects() throws IOException {
        Path json = Files.writeString(folder.resolve("catalog.json"), "[{\"code\":\"CS\",\"courses\":[]}]");
        assertThatThrownBy(() -> CatalogReaders.files().read(json, CatalogFormat.CSV, FALL)).isInstanceOf(Refusal.class)
                .hasMessageStartingWith(json + " was read as a catalog CSV and cannot be: the header row (line 1) has no \"crn\" column")
                .hasMessageEndingWith("Check that it is a catalog CSV, or give another --format.");
        Path csv = Files.writeString(folder.resolve("catalog.json"), "crn,course\n1,CS 101\n");
        assertThatThrownBy(() -> CatalogReaders.files().read(csv, null, FALL)).isInstanceOf(Refusal.class)
                .hasMessageContaining("was read as a QuACS JSON catalog and cannot be: the file is not readable JSON at line 1")
                .hasMessageEndingWith("give --format quacs, csv or ics.");
    }
}
