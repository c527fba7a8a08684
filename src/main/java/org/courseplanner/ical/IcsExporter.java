package org.courseplanner.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.CalendarExporter;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.ExportUid;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.TermCalendar;

/**
 * Writes a term as one VCALENDAR through ical4j: a recurring VEVENT per live session (RRULE,
 * EXDATE for breaks and skipped dates, times with TZID), a VEVENT per module deadline, study
 * blocks, optionally commitments, to-dos and alarms, and a compact VTIMEZONE per zone used.
 */
public final class IcsExporter implements CalendarExporter {
    static final String PRODID = "-//Course Planner//Course Planner 1.0//EN";

    @Override
    public ExportSummary export(TermPlan plan, String planUid, Map<Long, Integer> revisions, ExportOptions options, OutputStream out)
            throws IOException {
        Ical4jZoneRules.register();
        Term term = plan.term();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", term.name()));
        Set<ZoneId> zones = new LinkedHashSet<>();
        zones.add(term.schoolZone());
        List<CalendarComponent> components = new ArrayList<>();
        Ids ids = new Ids(planUid, revisions);
        // The agenda decides every instant; the file must say the same.
        TermCalendar agenda = TermCalendar.of(plan);
        Map<Long, List<Occurrence>> meetings = new HashMap<>();
        agenda.sessions().forEach(o -> meetings.computeIfAbsent(o.itemId(), k -> new ArrayList<>()).add(o));
        agenda.commitments().forEach(o -> meetings.computeIfAbsent(o.itemId(), k -> new ArrayList<>()).add(o));
        Map<Long, Occurrence> studyBlocks = new HashMap<>();
        agenda.studyBlocks().forEach(o -> studyBlocks.put(o.itemId(), o));
        int sessions = 0;
        int deadlines = 0;
        int tasks = 0;
        int study = 0;
        int commitments = 0;

        for (SyncSession s : plan.sessions()) {
            Course c = plan.courseById(s.courseId());
            if (!options.includes(c) || !s.pattern().isPlaced()) {
                continue;
            }
            String title = c.code() + " " + s.kind().title();
            List<VEvent> series = recurring(s.pattern(), term, term.schoolZone(), meetings.getOrDefault(s.id(), List.of()), true, event -> {
                event.add(new Summary(title));
                event.add(ids.uid(s.id(), 0));
                event.add(ids.sequence(s.id()));
                event.add(new Categories(new TextList(c.code())));
                event.add(new Description(c.code() + " " + c.title() + " — " + s.kind().title()));
                event.add(new XProperty(PlannerProperties.KIND, s.kind().label()));
                course(event, c);
                if (s.location() != null) {
                    event.add(new Location(s.location()));
                    meetingLink(s).ifPresent(event::add);
                }
                alarm(event, title, options);
            });
            if (!series.isEmpty()) {
                components.addAll(series);
                sessions++;
            }
        }
        for (AsyncModule m : plan.modules()) {
            Course c = plan.courseById(m.courseId());
            if (!options.includes(c)) {
                continue;
            }
            for (int n = 1; n <= m.schedule().windows(); n++) {
                if (m.skippedWeeks().contains(n)) {
                    continue;
                }
                ZonedDateTime due = ZonedDateTime.of(m.due(n), term.schoolZone());
                VEvent deadline = new VEvent(false);
                deadline.add(IcsTimes.start(due));
                deadline.add(new Summary(c.code() + " " + m.windowTitle(n) + " due"));
                deadline.add(ids.uid(m.id(), n));
                deadline.add(ids.sequence(m.id()));
                deadline.add(WeeklySeries.stamp());
                deadline.add(new Categories(new TextList(c.code())));
                deadline.add(new Description(c.code() + " " + c.title() + ": " + m.windowTitle(n) + " is due. Open from "
                        + m.opens(n).toLocalDate() + " " + m.opens(n).toLocalTime() + "; about " + hours(m.effortHours()) + " of work."));
                course(deadline, c);
                deadline.add(IcsTimes.local(PlannerProperties.OPENS, m.opens(n), term.schoolZone()));
                deadline.add(new XProperty(PlannerProperties.EFFORT, hoursValue(m.effortHours())));
                alarm(deadline, c.code() + " " + m.windowTitle(n) + " due", options);
                components.add(deadline);
                deadlines++;
                if (options.tasks()) {
                    VToDo todo = new VToDo(false);
                    todo.add(IcsTimes.start(ZonedDateTime.of(m.opens(n), term.schoolZone())));
                    todo.add(IcsTimes.due(due));
                    todo.add(new Summary(c.code() + " " + m.windowTitle(n)));
                    todo.add(ids.taskUid(m.id(), n));
                    todo.add(ids.sequence(m.id()));
                    todo.add(WeeklySeries.stamp());
                    todo.add(new Categories(new TextList(c.code())));
                    if (m.doneWeeks().contains(n)) {
                        todo.add(new Status(Status.VALUE_COMPLETED));
                    }
                    components.add(todo);
                    tasks++;
                }
            }
        }
        for (StudyBlock b : plan.studyBlocks()) {
            AsyncModule m = b.isHomework() ? null : plan.module(b.moduleId()).orElseThrow();
            Course c = plan.courseById(b.isHomework() ? b.courseId() : m.courseId());
            if (!options.includes(c)) {
                continue;
            }
            components.add(WeeklySeries.single(studyBlocks.get(b.id()), block -> {
                block.add(new Summary(b.isHomework() ? c.code() + " homework" : c.code() + " " + m.windowTitle(b.week()) + " (study)"));
                block.add(ids.uid(b.id(), 0));
                block.add(ids.sequence(b.id()));
                // the course's code first: an import takes the first category as the course
                block.add(new Categories(b.auto() ? new TextList(c.code(), PlannerProperties.PLANNED_CATEGORY) : new TextList(c.code())));
                course(block, c);
                if (b.isHomework()) {
                    block.add(new XProperty(PlannerProperties.HOMEWORK, String.valueOf(b.week())));
                }
                if (b.auto()) {
                    block.add(new XProperty(PlannerProperties.AUTO, "TRUE"));
                }
            }));
            study++;
        }
        if (options.withCommitments()) {
            for (Commitment m : plan.commitments()) {
                ZoneId zone = m.effectiveZone(term.studentZone());
                List<VEvent> series = recurring(m.pattern(), term, zone, meetings.getOrDefault(m.id(), List.of()), false, event -> {
                    event.add(new Summary(m.title()));
                    event.add(ids.uid(m.id(), 0));
                    event.add(ids.sequence(m.id()));
                });
                if (series.isEmpty()) {
                    continue;
                }
                zones.add(zone);
                components.addAll(series);
                commitments++;
            }
        }
        for (ZoneId zone : zones) {
            calendar.add(CompactTimeZone.of(zone, term.firstDay(), term.lastDay()));
        }
        components.forEach(calendar::add);
        check(calendar);
        // the outputter escapes text and writes CRLF; it folds at 75 characters, RFC 5545 at 75 octets: folded again here
        StringWriter text = new StringWriter();
        new CalendarOutputter(false).output(calendar, text);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(foldedByOctets(text.toString().replace("\r\n ", "")));
        }
        return new ExportSummary(sessions, deadlines, tasks, study, commitments);
    }

    /**
     * A weekly series from its first real meeting to the last, with EXDATE for the dates the
     * pattern would meet but does not (breaks, when {@code breaksCancel}, and skipped dates).
     */
    private static List<VEvent> recurring(WeeklyPattern p, Term term, ZoneId zone, List<Occurrence> meetings, boolean breaksCancel,
                                          Consumer<VEvent> details) {
        WeeklyPattern unskipped = new WeeklyPattern(p.days(), p.start(), p.end(), p.everyWeeks(), p.firstDate(), p.lastDate(), null);
        List<LocalDate> patternDates = new ArrayList<>(unskipped.meetingDates(term.firstDay(), term.lastDay()));
        Set<LocalDate> meets = new HashSet<>(patternDates);
        meets.removeAll(p.skippedDates());
        if (breaksCancel) {
            meets.removeIf(term::isBreak);
        }
        return WeeklySeries.of(p, zone, patternDates, meets, meetings, details);
    }

    /**
     * A URL property for a meeting link that is a valid URI ("https://zoom.us/j/1 2" is not): the
     * LOCATION carries the text as stored either way, so an odd location never stops the export.
     */
    private static Optional<Url> meetingLink(SyncSession s) {
        if (!s.isOnline()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(s.location().strip());
            return uri.getScheme() != null && (uri.getHost() != null || uri.isOpaque() || uri.getAuthority() != null)
                    ? Optional.of(new Url(uri)) : Optional.empty();
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }

    /** What an import needs to make the same course: its title, delivery and credits. */
    private static void course(VEvent event, Course c) {
        event.add(new XProperty(PlannerProperties.COURSE, c.title()));
        event.add(new XProperty(PlannerProperties.DELIVERY, c.delivery().label()));
        event.add(new XProperty(PlannerProperties.CREDITS, hoursValue(c.credits())));
    }

    private static void alarm(VEvent event, String text, ExportOptions options) {
        if (options.alarmMinutes() == null) {
            return;
        }
        VAlarm alarm = new VAlarm(Duration.ofMinutes(-options.alarmMinutes()));
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(text));
        event.add(alarm);
    }

    private static String hours(double h) {
        return hoursValue(h) + " h";
    }

    private static String hoursValue(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
    }

    /**
     * Content lines folded so that no line is longer than 75 octets of UTF-8 (RFC 5545 3.1), never
     * inside a character: a title of accented letters or emoji stays one readable value everywhere.
     */
    static String foldedByOctets(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\r\n", -1)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
                if (octets + size > 75) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(c);
                octets += size;
                i += Character.charCount(c);
            }
            folded.append("\r\n");
        }
        folded.setLength(folded.length() - 2); // the text ended with CRLF: split gave an empty last line
        return folded.toString();
    }

    /** Refuses to write a calendar that ical4j finds invalid: that is a bug of ours, not the student's. */
    private static void check(Calendar calendar) {
        for (CalendarComponent component : calendar.getComponentList().getAll()) {
            ValidationResult result = component.validate(false);
            if (result.hasErrors()) {
                throw new IllegalStateException("the export would not be valid iCalendar: " + result);
            }
        }
    }

    /** UIDs and SEQUENCEs: the plan's random id plus the item's id (and week), stable from export to export. */
    private record Ids(String planUid, Map<Long, Integer> revisions) {
        Uid uid(long itemId, int week) {
            return new Uid(ExportUid.of(planUid, itemId, week).toString());
        }

        Uid taskUid(long itemId, int week) {
            return new Uid(ExportUid.task(planUid, itemId, week).toString());
        }

        Sequence sequence(long itemId) {
            return new Sequence(revisions.getOrDefault(itemId, 0));
        }
    }
}
