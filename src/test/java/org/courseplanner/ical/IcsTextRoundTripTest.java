package org.courseplanner.ical;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.courseplanner.domain.CalendarImport;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 13: whatever text a plan holds is exported with RFC 5545 escaping and folding
 * and reads back the same; a line break (CR LF, CR or LF, which one-line fields no longer take)
 * is written as the only line break RFC 5545 text has, \n, and never as a bare CR in the file.
 */
class IcsTextRoundTripTest {
    private static final String[] PIECES = {",", ";", "\\", "\\n", "\\,", ":", "\"", "'", "\t", " ", "é", "ß", "€", "😀", "𝄞", "中文",
        "a", "Z", "7", "#", "=", "@", "https://x.y/z?a=1&b=2", "\u202E", "\u200D", "x".repeat(90), "ü".repeat(40)};

    private static String randomText(Random random, boolean lineBreaks) {
        StringBuilder s = new StringBuilder("T");
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
            if (lineBreaks && random.nextInt(5) == 0) {
                s.append(random.nextBoolean() ? "\r\n" : "\n");
            }
        }
        return s.append("E").toString();
    }

    private record Texts(List<String> titles, List<String> locations, List<String> commitments) {
    }

    private static Texts roundTrip(Texts texts) throws Exception {
        Term term = new Term(1, "Term", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), ZoneId.of("America/New_York"),
                ZoneId.of("Europe/Berlin"), List.of(), null, 10);
        List<Course> courses = new ArrayList<>();
        List<SyncSession> sessions = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        WeeklyPattern monday = WeeklyPattern.weekly(EnumSet.of(MONDAY), LocalTime.of(10, 0), LocalTime.of(11, 0));
        for (int i = 0; i < texts.titles().size(); i++) {
            courses.add(new Course(10 + i, 1, "CS " + (101 + i), texts.titles().get(i), 3, "#4E79A7", Delivery.SYNC, null));
            sessions.add(new SyncSession(100 + i, 10 + i, SessionKind.LECTURE, monday, texts.locations().get(i)));
        }
        for (int i = 0; i < texts.commitments().size(); i++) {
            commitments.add(new Commitment(200 + i, 1, texts.commitments().get(i), monday, null));
        }
        TermPlan plan = new TermPlan(term, courses, sessions, List.of(), commitments, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IcsExporter().export(plan, "0123456789abcdef0123456789abcdef", Map.of(),
                new ExportOptions(java.util.Set.of(), false, null, true), out);
        byte[] bytes = out.toByteArray();
        String ics = new String(bytes, StandardCharsets.UTF_8);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).as("a bare CR or LF inside a line").doesNotContain("\r", "\n");
        }
        CalendarImport read = new IcsImporter().read(new ByteArrayInputStream(bytes), term);
        List<String> titles = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < texts.titles().size(); i++) {
            String code = "CS " + (101 + i);
            titles.add(read.facts(code).orElseThrow().title());
            locations.add(read.sessions().stream().filter(s -> s.courseCode().equals(code)).findFirst().orElseThrow().location());
        }
        return new Texts(titles, locations, read.commitments().stream().map(CalendarImport.Busy::title).toList());
    }

    private static Texts seeded(long seed, boolean lineBreaks) {
        Random random = new Random(seed);
        List<String> titles = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        List<String> commitments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            titles.add(randomText(random, lineBreaks));
            locations.add(randomText(random, lineBreaks));
            commitments.add(randomText(random, lineBreaks));
        }
        return new Texts(titles, locations, commitments);
    }

    @Test
    void everyOneLineTextReadsBackAsStored() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            Texts stored = seeded(seed, false);
            assertThat(roundTrip(stored)).as("seed " + seed).isEqualTo(stored);
        }
    }

    @Test
    void lineBreaksOfAnyKindReadBackAsTheOneLineBreakOfRfc5545() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Texts stored = seeded(seed, true);
            Texts expected = new Texts(lf(stored.titles()), lf(stored.locations()), lf(stored.commitments()));
            assertThat(roundTrip(stored)).as("seed " + seed).isEqualTo(expected);
        }
    }

    private static List<String> lf(List<String> texts) {
        return texts.stream().map(t -> t.replace("\r\n", "\n").replace('\r', '\n')).toList();
    }
}
