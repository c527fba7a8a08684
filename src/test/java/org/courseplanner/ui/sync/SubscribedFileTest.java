package org.courseplanner.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.ical.IcsExporter;
import org.courseplanner.ical.IcsImporter;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ics file kept up to date after every edit, without JavaFX. */
class SubscribedFileTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));

    @TempDir
    Path dir;
    private Planner planner;
    private Term term;
    private final Settings settings = Settings.inMemory();
    private SubscribedFile subscribed;

    @BeforeEach
    void plan() {
        planner = new Planner(SqlitePlanRepository.open(dir.resolve("plan.db")), NOV_24);
        term = SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
        subscribed = new SubscribedFile(planner, new CalendarFiles(planner, new IcsExporter(), new IcsImporter()),
                BackgroundTasks.direct(), settings);
        subscribed.termShown(term);
    }

    @AfterEach
    void close() throws Exception {
        planner.close();
    }

    @Test
    void theChosenFileIsWrittenAtOnceAndAgainAfterEachEdit() throws Exception {
        Path ics = dir.resolve("feed/fall.ics");
        assertThat(subscribed.file()).isEmpty();

        subscribed.keep(ics);
        assertThat(Files.readString(ics)).contains("BEGIN:VCALENDAR", "CS 101").doesNotContain("BYDAY=FR;");

        var lab = planner.plan(term.id()).sessions().stream().filter(s -> s.kind().title().equals("Lab")).findFirst().orElseThrow();
        planner.changeSession(lab.withPattern(WeeklyPattern.weekly(Set.of(DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(8, 50))));
        subscribed.edited();

        assertThat(Files.readString(ics)).contains("BYDAY=FR");
        try (var files = Files.list(ics.getParent())) {
            assertThat(files).as("no temporary file left beside it").containsExactly(ics);
        }
        assertThat(settings.get("ics.subscribed." + planner.location() + "#" + term.id(), "")).isEqualTo(ics.toString());
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidAndTheNextGoodWriteClearsIt() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where a folder should be");

        subscribed.keep(blocker.resolve("fall.ics"));
        assertThat(subscribed.problemProperty().get()).startsWith("Could not keep fall.ics up to date. Cannot write")
                .endsWith("give a file in a folder you can write to.");

        subscribed.keep(dir.resolve("fall.ics"));
        assertThat(subscribed.problemProperty().get()).isEmpty();
    }

    @Test
    void afterStoppingTheFileIsLeftAsItWas() throws Exception {
        Path ics = dir.resolve("fall.ics");
        subscribed.keep(ics);
        String before = Files.readString(ics);
        subscribed.stopKeeping();

        planner.addCourse(term.name(), "ART 101", "Drawing", 3, null, org.courseplanner.domain.Delivery.SYNC, null);
        subscribed.edited();

        assertThat(subscribed.file()).isEmpty();
        assertThat(Files.readString(ics)).isEqualTo(before);
    }
}
