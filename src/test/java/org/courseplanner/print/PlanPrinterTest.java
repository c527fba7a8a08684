package org.courseplanner.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.InMemoryPlanRepository;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.engine.PlanFindings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed pages of the sample term and of a crowded week, read back with PDFBox. */
class PlanPrinterTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-09-15T12:00:00Z"), ZoneId.of("America/New_York"));
    @TempDir
    Path dir;
    Planner planner;
    Term term;

    @BeforeEach
    void sampleTerm() {
        planner = new Planner(new InMemoryPlanRepository(), TODAY);
        term = SampleTerm.addTo(planner, LocalDate.now(TODAY));
    }

    private PlanPrinter printer(Locale locale) {
        TermPlan plan = planner.plan(term.name());
        return new PlanPrinter(plan, PlanFindings.of(plan), false, locale);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void thePaperFollowsTheLocaleAndLiesOnItsSide() throws Exception {
        LocalDate monday = printer(Locale.US).weeks().get(2);
        Path letter = printer(Locale.US).writeWeek(monday, dir.resolve("us.pdf")).file();
        Path a4 = printer(Locale.GERMANY).writeWeek(monday, dir.resolve("de.pdf")).file();
        try (PDDocument us = Loader.loadPDF(letter.toFile()); PDDocument de = Loader.loadPDF(a4.toFile())) {
            assertThat(us.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getHeight());
            assertThat(us.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getWidth());
            assertThat(de.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getHeight());
        }
    }

    @Test
    void theTermIsAnOverviewAndTheWeeksWithItemsAsPictures() {
        PlanPrinter printer = printer(Locale.US);
        List<BufferedImage> pages = printer.termPictures(36);
        assertThat(pages).hasSize(1 + printer.weeksWithItems().size());
        assertThat(printer.weeksWithItems()).isNotEmpty().allMatch(m -> m.getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(pages.get(0).getWidth()).isEqualTo(396); // 11 inches at 36 dpi
    }

    @Test
    void aWeekWithStudyThePlannerPlacedSaysHowItLooks() throws Exception {
        PlanPrinter before = printer(Locale.US);
        LocalDate monday = before.weeks().get(2);
        assertThat(text(before.writeWeek(monday, dir.resolve("before.pdf")).file())).doesNotContain("placed by the study planner");

        new org.courseplanner.domain.study.StudyPlanning(planner, TODAY).run(term.name(), monday, monday.plusDays(6), true, false, () -> false);
        String after = text(printer(Locale.US).writeWeek(monday, dir.resolve("after.pdf")).file());
        assertThat(after.replaceAll("\\s+", " ")).contains("dashed edge: placed by the study planner");
    }

    @Test
    void everyCodeOfACrowdedWeekPrintsWhole() throws Exception {
        // thirty classes in one week, ten of them at the same hour on Monday: narrow lanes
        for (int i = 0; i < 10; i++) {
            String code = "CRWD " + (100 + i);
            planner.addCourse(term.name(), code, "Crowded " + i, 1, null, Delivery.SYNC, 0.0);
            planner.addSession(term.name(), code, SessionKind.LECTURE, new WeeklyPattern(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                    DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(9, 50), 1, null, null, null), "Room " + i);
        }
        PlanPrinter printer = printer(Locale.US);
        LocalDate monday = printer.weeks().get(3);
        Path out = printer.writeWeek(monday, dir.resolve("crowded.pdf")).file();
        String text = String.join("\n", DrawnText.of(out));
        for (int i = 0; i < 10; i++) {
            // a code may wrap at its space in a narrow lane, never break inside a word
            assertThat(text).containsPattern("CRWD\\s+" + (100 + i));
        }
        TermPlan plan = planner.plan(term.name());
        for (var course : plan.courses()) {
            if (!plan.sessionsOf(course).isEmpty()) {
                assertThat(text.replaceAll("\\s+", " ")).as(course.code()).contains(course.code());
            }
        }
    }
}
