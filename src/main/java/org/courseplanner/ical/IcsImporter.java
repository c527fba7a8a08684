package org.courseplanner.ical;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseplanner.domain.CalendarImport;
import org.courseplanner.domain.CalendarImporter;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.ExportUid;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;

/**
 * Reads a school's timetable export, an LMS deadline feed (Canvas, Moodle) or our own export.
 * Weekly timed events with a course become sessions; deadline-like events (no end, zero length,
 * all-day events with a course, to-dos with DUE) single-window modules; timed events without a
 * course commitments. An item the planner cannot use is left out with a note saying why, and the
 * rest is imported. Every local time and instant is decided with java.time from the values as
 * written and their TZID ({@link ZoneResolver}); recurrences are expanded on wall-clock times.
 */
public final class IcsImporter implements CalendarImporter {
    /** "CS 101", "MATH-101", "bio120a". */
    private static final Pattern CODE = Pattern.compile("^\\s*([A-Za-z]{2,5})[ _-]?(\\d{2,4}[A-Za-z]?)\\b");
    /** Canvas and Moodle put the course in brackets: "Homework 3 [MATH-101-001]". */
    private static final Pattern LMS_CODE = Pattern.compile("\\[([A-Za-z]{2,5})[ _-]?(\\d{2,4}[A-Za-z]?)(?:[-_ ][^\\]]*)?\\]");
    /** How our export names study time: "HIST 210 Module 3 (study)". */
    private static final Pattern STUDY = Pattern.compile("(?i)\\s*\\(study\\)$");
    /** An LMS's "Homework 3 due": the word goes, the deadline says it (compiled once, not per deadline). */
    private static final Pattern DUE = Pattern.compile("(?i)\\s+due$");
    private static final Pattern DURATION = Pattern.compile(
            "([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    @Override
    public CalendarImport read(InputStream in, Term term) throws IOException {
        return read(IcsReader.read(in), term);
    }

    /** What a file already parsed proposes; the catalog reader reads the same events as sections. */
    CalendarImport read(IcsReader.Result file, Term term) {
        Reading reading = new Reading(file.calendar(), term);
        reading.notes.addAll(file.notes());
        return reading.read();
    }

    /** One file read for one term. */
    private static final class Reading {
        private final IcsComponent calendar;
        private final Term term;
        private final ZoneResolver zones;
        private final List<CalendarImport.Session> sessions = new ArrayList<>();
        private final List<CalendarImport.Deadline> deadlines = new ArrayList<>();
        private final List<CalendarImport.Busy> busy = new ArrayList<>();
        private final List<CalendarImport.StudyTime> studyBlocks = new ArrayList<>();
        private final Map<String, CalendarImport.CourseFacts> courses = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final Set<String> uids = new HashSet<>();
        /** Each RRULE text read once per zone it is written in: a catalog's hundreds of sections share a few rules. */
        private final Map<ZoneId, Map<String, RecurrenceRule>> rules = new HashMap<>();

        Reading(IcsComponent calendar, Term term) {
            this.calendar = calendar;
            this.term = term;
            this.zones = new ZoneResolver(calendar, term);
        }

        CalendarImport read() {
            List<IcsComponent> events = calendar.children("VEVENT");
            Map<String, List<IcsComponent>> overrides = new LinkedHashMap<>();
            List<IcsComponent> series = new ArrayList<>();
            for (IcsComponent e : events) {
                Optional<String> uid = e.text("UID");
                if (e.property("RECURRENCE-ID").isPresent() && uid.isPresent()) {
                    overrides.computeIfAbsent(uid.get(), u -> new ArrayList<>()).add(e);
                } else {
                    series.add(e);
                }
            }
            Set<String> seriesUids = new HashSet<>();
            for (IcsComponent e : series) {
                Optional<String> uid = e.text("UID");
                uid.ifPresent(seriesUids::add);
                guarded(e, "", () -> readEvent(e, uid.map(u -> overrides.getOrDefault(u, List.of())).orElse(List.of()), null));
            }
            for (Map.Entry<String, List<IcsComponent>> o : overrides.entrySet()) {
                if (!seriesUids.contains(o.getKey())) {
                    for (IcsComponent e : o.getValue()) { // a changed meeting whose series is not in the file: an event of its own
                        String uid = o.getKey() + "#" + e.property("RECURRENCE-ID").orElseThrow().value().strip();
                        guarded(e, "", () -> {
                            if (e.text("STATUS").filter(s -> s.equalsIgnoreCase("CANCELLED")).isPresent()) {
                                throw new UnusableItem("a cancelled meeting of a series that is not in the file");
                            }
                            readEvent(e, List.of(), uid);
                        });
                    }
                }
            }
            Set<String> eventUids = new HashSet<>();
            events.forEach(e -> e.text("UID").ifPresent(eventUids::add));
            for (IcsComponent todo : calendar.children("VTODO")) {
                String uid = todo.text("UID").orElse("");
                Optional<ExportUid> ours = ExportUid.parse(uid).filter(ExportUid::task);
                if (ours.isPresent() && eventUids.contains(ours.get().event().toString())) {
                    continue; // our own export's to-do beside its deadline event
                }
                guarded(todo, "to-do ", () -> readTask(todo));
            }
            return new CalendarImport(sessions, deadlines, busy, studyBlocks, List.copyOf(courses.values()), notes);
        }

        /** Runs the reading of one item; what it cannot use becomes a note, and the other items go on. */
        private void guarded(IcsComponent item, String what, Runnable reading) {
            String written = item.text("SUMMARY").orElse("(no title)");
            String summary = written.length() > 120 ? written.substring(0, 117) + "..." : written; // a note stays readable
            try {
                reading.run();
            } catch (UnusableItem | Refusal e) {
                notes.add(what + "\"" + summary + "\": " + e.getMessage());
            } catch (RuntimeException e) {
                notes.add(what + "\"" + summary + "\": its dates or repeat rule are in a form Course Planner cannot read");
            }
        }

        private void claim(String uid) {
            if (!uids.add(uid)) {
                throw new UnusableItem("another item in the file has the same UID (" + uid + "); only the first is imported");
            }
        }

        private void readEvent(IcsComponent e, List<IcsComponent> overrides, String uidOverride) {
            String summary = e.text("SUMMARY").orElse("(no title)");
            IcsProperty dtstart = e.property("DTSTART").orElseThrow(() -> new UnusableItem("no start date"));
            String uid = uidOverride != null ? uidOverride : e.text("UID").orElse(summary + "@" + dtstart.value().strip());
            if (uids.contains(uid)) {
                claim(uid); // says why, before any part of it is added
            }
            if (e.text("STATUS").filter(s -> s.equalsIgnoreCase("CANCELLED")).isPresent()) {
                throw new UnusableItem("it is cancelled");
            }
            TimeValue start = TimeValue.of(dtstart);
            Optional<String> code = courseCode(e, summary);
            code.ifPresent(c -> facts(e, c));
            if (start instanceof TimeValue.Day day) {
                // An all-day item with a course (Canvas: "Essay 2 [HIST210-01]") is due at the end of that day.
                String title = title(summary, code.orElseThrow(() -> new UnusableItem(
                        "an all-day event on " + day.date() + " without a course code, so neither a class nor a deadline")));
                claim(uid);
                deadlines.add(new CalendarImport.Deadline(uid, code.get(), null, title, null, day.date().atTime(23, 59)));
                return;
            }
            ZoneId source = zoneOf(start);
            LocalDateTime startLocal = start.localIn(source, zones);
            Instant startAt = startLocal.atZone(source).toInstant();
            Instant endAt = end(e, startLocal, source);
            if (STUDY.matcher(summary).find() || e.property(PlannerProperties.HOMEWORK).isPresent()) {
                study(e, uid, summary, code.orElseThrow(() -> new UnusableItem("study time without a course code")), startAt, endAt);
                return;
            }
            if (endAt == null || endAt.equals(startAt)) {
                LocalDateTime due = LocalDateTime.ofInstant(startAt, term.schoolZone());
                String title = DUE.matcher(title(summary, code.orElseThrow(() -> new UnusableItem(
                        "a deadline at " + due + " without a course code")))).replaceAll("");
                claim(uid);
                Optional<LocalDateTime> opens = e.property(PlannerProperties.OPENS).map(TimeValue::of)
                        .map(t -> schoolTime(t, LocalTime.MIDNIGHT));
                deadlines.add(new CalendarImport.Deadline(uid, code.get(), courseTitle(e, code.get()), title, opens.orElse(null), due,
                        effort(e)));
                return;
            }
            Duration length = length(startAt, endAt);
            // Sessions live in the school's zone; a commitment keeps the zone it was written in.
            ZoneId target = code.isEmpty() && start instanceof TimeValue.Local l && l.tzid() != null ? source : term.schoolZone();
            Series s = new Series(e, uid, summary, code, source, target, startLocal, length);
            s.read(overrides);
        }

        /**
         * Study time as our export writes it: "HIST 210 Module 3 (study)" for the window of that title,
         * or a course's homework (marked with its week); planned by the study planner when marked so.
         */
        private void study(IcsComponent e, String uid, String summary, String code, Instant startAt, Instant endAt) {
            if (endAt == null || !endAt.isAfter(startAt)) {
                throw new UnusableItem("study time needs an end after its start");
            }
            ZoneId school = term.schoolZone();
            LocalDateTime start = LocalDateTime.ofInstant(startAt, school);
            // its length on the school's wall clock, as study blocks are kept (a DST night changes the hours, not the clock)
            long minutes = Duration.between(start, LocalDateTime.ofInstant(endAt, school)).toMinutes();
            if (minutes <= 0) {
                minutes = Duration.between(startAt, endAt).toMinutes();
            }
            if (minutes < 1 || minutes > StudyBlock.MAX_MINUTES) {
                throw new UnusableItem("study time of " + minutes + " minutes; a study block lasts 1 to " + StudyBlock.MAX_MINUTES);
            }
            claim(uid);
            boolean homework = e.property(PlannerProperties.HOMEWORK).isPresent();
            String window = homework ? null : STUDY.matcher(title(summary, code)).replaceAll("").strip();
            boolean auto = e.text(PlannerProperties.AUTO).filter(v -> v.strip().equalsIgnoreCase("TRUE")).isPresent();
            studyBlocks.add(new CalendarImport.StudyTime(uid, code, window, start, (int) minutes, auto));
        }

        /** What our export says of the course, the first time an event of it says it. */
        private void facts(IcsComponent e, String code) {
            Optional<String> title = e.text(PlannerProperties.COURSE);
            if (title.isEmpty() || courses.containsKey(code)) {
                return;
            }
            Delivery delivery = null;
            try {
                delivery = e.text(PlannerProperties.DELIVERY).map(Delivery::parse).orElse(null);
            } catch (Refusal unknown) {
                // a delivery of a newer Course Planner: the import's default
            }
            courses.put(code, new CalendarImport.CourseFacts(code, title.get(), delivery, number(e, PlannerProperties.CREDITS)));
        }

        /** The hours of work our export gives a deadline, or {@code null}. */
        private static Double effort(IcsComponent e) {
            return number(e, PlannerProperties.EFFORT);
        }

        /** A number of our own properties (hours, credits), or {@code null}. */
        private static Double number(IcsComponent e, String property) {
            try {
                return e.text(property).map(Double::valueOf).filter(h -> h >= 0 && h <= 1000).orElse(null);
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }

        /** The zone DTSTART is written in: its TZID's, UTC, or (floating) the school's. */
        private ZoneId zoneOf(TimeValue start) {
            if (start instanceof TimeValue.Utc) {
                return ZoneOffset.UTC;
            }
            if (start instanceof TimeValue.Local l && l.tzid() != null) {
                return zones.zone(l.tzid());
            }
            return term.schoolZone();
        }

        /** DTEND (a floating one read in DTSTART's zone) or DTSTART + DURATION; {@code null} when it has neither. */
        private Instant end(IcsComponent e, LocalDateTime startLocal, ZoneId zone) {
            Optional<IcsProperty> dtend = e.property("DTEND");
            if (dtend.isPresent()) {
                TimeValue v = TimeValue.of(dtend.get());
                if (v instanceof TimeValue.Day d) {
                    return d.date().atStartOfDay(zone).toInstant();
                }
                return v instanceof TimeValue.Local l && l.tzid() == null ? l.time().atZone(zone).toInstant() : v.instant(zone, zones);
            }
            Optional<IcsProperty> duration = e.property("DURATION");
            if (duration.isEmpty()) {
                return null;
            }
            String d = duration.get().value().strip().toUpperCase(Locale.ROOT);
            Matcher m = DURATION.matcher(d);
            if (!m.matches() || d.equals("P") || d.endsWith("T")) {
                throw new UnusableItem("its DURATION \"" + duration.get().value().strip() + "\" cannot be read");
            }
            try {
                int sign = "-".equals(m.group(1)) ? -1 : 1;
                long days = 7L * number(m.group(2)) + number(m.group(3)); // nominal days: the same clock time days later
                Duration exact = Duration.ofHours(number(m.group(4))).plusMinutes(number(m.group(5))).plusSeconds(number(m.group(6)));
                return startLocal.plusDays(sign * days).atZone(zone).toInstant().plus(sign == 1 ? exact : exact.negated());
            } catch (ArithmeticException | java.time.DateTimeException | NumberFormatException tooLong) {
                throw new UnusableItem("its DURATION \"" + duration.get().value().strip() + "\" is longer than any calendar");
            }
        }

        private static long number(String digits) {
            return digits == null ? 0 : Long.parseLong(digits);
        }

        private static Duration length(Instant startAt, Instant endAt) {
            Duration length = Duration.between(startAt, endAt);
            if (length.isNegative()) {
                throw new UnusableItem("it ends before it starts");
            }
            if (length.compareTo(Duration.ofHours(24)) >= 0) {
                throw new UnusableItem("it lasts " + length.toHours() + " hours; classes and commitments are imported when they "
                        + "last less than a day");
            }
            if (length.toMinutes() == 0) {
                throw new UnusableItem("it lasts less than a minute");
            }
            return length;
        }

        /** The rule as written in {@code source}'s wall-clock times; read once per file (its UNTIL depends on the zone). */
        private RecurrenceRule rule(String rrule, ZoneId source) {
            Map<String, RecurrenceRule> inZone = rules.computeIfAbsent(source, z -> new HashMap<>());
            RecurrenceRule known = inZone.get(rrule);
            if (known == null) {
                known = new RecurrenceRule(rrule, i -> LocalDateTime.ofInstant(i, source));
                inZone.put(rrule, known);
            }
            return known;
        }

        /** A timed event with its repeats, exceptions and changed meetings, made into sessions or commitments. */
        private final class Series {
            private final IcsComponent event;
            private final String uid;
            private final String summary;
            private final Optional<String> code;
            private final ZoneId source;
            private final ZoneId target;
            private final LocalDateTime startLocal;
            private final Duration length;
            /** Meetings as wall-clock times in the source zone; true for those the RRULE gives. */
            private final TreeMap<LocalDateTime, Boolean> meetings = new TreeMap<>();

            Series(IcsComponent event, String uid, String summary, Optional<String> code, ZoneId source, ZoneId target,
                   LocalDateTime startLocal, Duration length) {
                this.event = event;
                this.uid = uid;
                this.summary = summary;
                this.code = code;
                this.source = source;
                this.target = target;
                this.startLocal = startLocal;
                this.length = length;
            }

            void read(List<IcsComponent> overrides) {
                Optional<RecurrenceRule> rule = event.property("RRULE").map(p -> rule(p.value(), source));
                if (rule.isPresent() && !rule.get().isWeekly()) {
                    throw new UnusableItem("repeats " + rule.get().frequency() + " (RRULE:" + rule.get().text()
                            + "); only weekly classes are imported");
                }
                // the term's days bound every expansion (a rule or RDATEs that meet every second are refused, not expanded)
                LocalDateTime from = term.firstDay().minusDays(8).atStartOfDay();
                LocalDateTime horizon = term.lastDay().plusDays(2).atStartOfDay();
                if (rule.isPresent()) {
                    try {
                        rule.get().occurrences(startLocal, from, horizon).forEach(t -> meetings.put(t, true));
                    } catch (UnusableItem tooMany) {
                        throw new UnusableItem(tooMany.getMessage() + " (UID " + uid + ")");
                    }
                }
                meetings.putIfAbsent(startLocal, false); // DTSTART is always a meeting, even off the rule
                for (IcsProperty rdate : event.all("RDATE")) {
                    for (TimeValue v : TimeValue.all(rdate)) {
                        meetings.putIfAbsent(v instanceof TimeValue.Day d ? d.date().atTime(startLocal.toLocalTime()) : v.localIn(source, zones),
                                false);
                        if (meetings.size() > RecurrenceRule.MOST_MEETINGS) {
                            throw new UnusableItem("its RDATEs give more than " + RecurrenceRule.MOST_MEETINGS + " meetings; Course Planner "
                                    + "imports at most " + RecurrenceRule.MOST_MEETINGS + " meetings of one series, so this event was left out "
                                    + "(UID " + uid + ")");
                        }
                    }
                }
                for (IcsProperty exdate : event.all("EXDATE")) {
                    for (TimeValue v : TimeValue.all(exdate)) {
                        if (v instanceof TimeValue.Day d) {
                            meetings.subMap(d.date().atStartOfDay(), d.date().plusDays(1).atStartOfDay()).clear();
                        } else {
                            remove(v.localIn(source, zones), v.instant(source, zones));
                        }
                    }
                }
                List<Runnable> moved = new ArrayList<>();
                for (IcsComponent o : overrides) {
                    moved.add(override(o));
                }
                place(rule);
                moved.forEach(Runnable::run);
            }

            /** Removes the meeting at this wall-clock time (or instant); returns whether the RRULE gave it, or null. */
            private Boolean remove(LocalDateTime local, Instant at) {
                if (meetings.containsKey(local)) {
                    return meetings.remove(local);
                }
                // the same instant written another way (UTC, a time in a DST change) is within a day of it
                for (Map.Entry<LocalDateTime, Boolean> m : meetings.subMap(local.minusDays(1), local.plusDays(1)).entrySet()) {
                    if (m.getKey().equals(local) || m.getKey().atZone(source).toInstant().equals(at)) {
                        meetings.remove(m.getKey());
                        return m.getValue();
                    }
                }
                return null;
            }

            /**
             * A RECURRENCE-ID override: cancelled (the date is skipped), at the series' own times (an
             * ordinary meeting, as our export writes one that spans a DST change), or moved (the date
             * is skipped and a one-off takes its place, as "move this week only" stores it).
             */
            private Runnable override(IcsComponent o) {
                TimeValue rid = TimeValue.of(o.property("RECURRENCE-ID").orElseThrow());
                LocalDateTime ridLocal = rid instanceof TimeValue.Day d ? d.date().atTime(startLocal.toLocalTime()) : rid.localIn(source, zones);
                Boolean fromRule = remove(ridLocal, ridLocal.atZone(source).toInstant());
                if (o.text("STATUS").filter(s -> s.equalsIgnoreCase("CANCELLED")).isPresent()) {
                    return () -> { };
                }
                TimeValue oStart = o.property("DTSTART").map(TimeValue::of).orElse(rid);
                if (oStart instanceof TimeValue.Day) {
                    notes.add("\"" + summary + "\": the changed meeting of " + ridLocal.toLocalDate() + " is all day; that meeting is left out");
                    return () -> { };
                }
                LocalDateTime oStartLocal = oStart.localIn(source, zones);
                Instant oStartAt = oStart instanceof TimeValue.Local l && l.tzid() == null
                        ? l.time().atZone(source).toInstant() : oStart.instant(source, zones);
                Instant oEndAt = end(o, oStartLocal, source);
                if (oEndAt == null) {
                    oEndAt = oStartAt.plus(length);
                }
                LocalDateTime nominalEnd = ridLocal.plus(length);
                // the series' own meeting, only placed where the planner places it on a DST night (ADR 10):
                // a start in the spring-forward gap after the gap, a wall-clock end at its instant
                boolean ownStart = oStartLocal.equals(ridLocal) || oStartAt.equals(ridLocal.atZone(source).toInstant());
                boolean ownEnd = LocalDateTime.ofInstant(oEndAt, source).equals(nominalEnd)
                        || oEndAt.equals(nominalEnd.atZone(source).toInstant());
                if (ownStart && ownEnd) {
                    meetings.put(ridLocal, fromRule != null && fromRule);
                    return () -> { };
                }
                Instant endAt = oEndAt;
                String location = o.text("LOCATION").orElse(event.text("LOCATION").orElse(null));
                return () -> {
                    try {
                        once(uid + "#" + RecurrenceRule.LOCAL.format(ridLocal), oStartLocal, length(oStartAt, endAt), location,
                                SessionKinds.of(o, o.text("SUMMARY").orElse(summary)));
                    } catch (UnusableItem | Refusal e) {
                        notes.add("\"" + summary + "\", the changed meeting of " + ridLocal.toLocalDate() + ": " + e.getMessage());
                    }
                };
            }

            /** The weekly pattern from the RRULE's meetings; every other meeting (RDATE, off the pattern) a one-off. */
            private void place(Optional<RecurrenceRule> rule) {
                String location = event.text("LOCATION").orElse(null);
                SessionKind kind = SessionKinds.of(event, summary);
                LocalTime startTime = inTarget(startLocal).toLocalTime();
                LocalTime endTime = startTime.plus(length);
                TreeMap<LocalDate, LocalDateTime> weekly = new TreeMap<>(); // target date -> the meeting as written
                List<LocalDateTime> others = new ArrayList<>();
                for (Map.Entry<LocalDateTime, Boolean> m : meetings.entrySet()) {
                    LocalDateTime t = inTarget(m.getKey());
                    if (rule.isPresent() && !term.contains(t.toLocalDate())) {
                        continue;
                    }
                    if (rule.isPresent() && m.getValue() && t.toLocalTime().equals(startTime)) {
                        weekly.put(t.toLocalDate(), m.getKey());
                    } else {
                        others.add(m.getKey());
                    }
                }
                if (rule.isEmpty()) {
                    for (LocalDateTime t : others) { // one event, or one with RDATEs: each meeting once
                        once(t.equals(startLocal) ? uid : uid + "#" + RecurrenceRule.LOCAL.format(t), t, length, location, kind);
                    }
                    return;
                }
                if (weekly.isEmpty() && others.isEmpty()) {
                    throw new UnusableItem("no meeting within " + term.name() + " (" + term.firstDay() + " to " + term.lastDay() + ")");
                }
                if (!weekly.isEmpty()) {
                    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                    weekly.keySet().forEach(d -> days.add(d.getDayOfWeek()));
                    LocalDate first = weekly.firstKey();
                    LocalDate last = weekly.lastKey();
                    WeeklyPattern all = new WeeklyPattern(days, startTime, endTime, rule.get().interval(), first, last, null);
                    TreeSet<LocalDate> skipped = new TreeSet<>(all.meetingDates(first, last));
                    skipped.removeAll(weekly.keySet()); // EXDATEs, changed meetings, and anything else the rule left out
                    WeeklyPattern pattern = new WeeklyPattern(days, startTime, endTime, rule.get().interval(), first, last, skipped);
                    Set<LocalDate> placed = pattern.meetingDates(first, last);
                    weekly.forEach((date, written) -> {
                        if (!placed.contains(date)) {
                            others.add(written);
                        }
                    });
                    add(uid, pattern, location, kind);
                }
                for (LocalDateTime t : others) {
                    once(uid + "#" + RecurrenceRule.LOCAL.format(t), t, length, location, kind);
                }
            }

            /** A wall-clock time of the source zone in the target zone; as written when they are the same zone. */
            private LocalDateTime inTarget(LocalDateTime sourceLocal) {
                return source.equals(target) ? sourceLocal : LocalDateTime.ofInstant(sourceLocal.atZone(source).toInstant(), target);
            }

            /** A meeting on its own, from its start to where its exact length ends on the wall clock (a DST night moves the clock, not the end). */
            private void once(String id, LocalDateTime sourceLocal, Duration minutes, String location, SessionKind kind) {
                LocalDateTime t = inTarget(sourceLocal);
                LocalDateTime end = LocalDateTime.ofInstant(sourceLocal.atZone(source).toInstant().plus(minutes), target);
                add(id, WeeklyPattern.once(t.toLocalDate(), t.toLocalTime(), end.toLocalTime()), location, kind);
            }

            private void add(String id, WeeklyPattern pattern, String location, SessionKind kind) {
                claim(id);
                if (code.isPresent()) {
                    sessions.add(new CalendarImport.Session(id, code.get(), courseTitle(event, code.get()), kind, pattern, location));
                } else {
                    busy.add(new CalendarImport.Busy(id, summary, pattern, target.equals(term.studentZone()) ? null : target));
                }
            }
        }

        private void readTask(IcsComponent todo) {
            String summary = todo.text("SUMMARY").orElse("(no title)");
            Optional<TimeValue> due = todo.property("DUE").map(TimeValue::of);
            Optional<String> code = courseCode(todo, summary);
            if (due.isEmpty() || code.isEmpty()) {
                throw new UnusableItem(due.isEmpty() ? "no due date" : "no course code");
            }
            LocalDateTime at = schoolTime(due.get(), LocalTime.of(23, 59));
            LocalDateTime opens = todo.property("DTSTART").map(TimeValue::of).map(t -> schoolTime(t, LocalTime.MIDNIGHT)).orElse(null);
            String uid = todo.text("UID").orElse(summary + "@" + at);
            claim(uid);
            deadlines.add(new CalendarImport.Deadline(uid, code.get(), null, title(summary, code.get()), opens, at));
        }

        /** The time in the school's zone; a day at {@code dayTime}. */
        private LocalDateTime schoolTime(TimeValue v, LocalTime dayTime) {
            return v instanceof TimeValue.Day d ? d.date().atTime(dayTime)
                    : LocalDateTime.ofInstant(v.instant(term.schoolZone(), zones), term.schoolZone());
        }
    }

    /**
     * From CATEGORIES, the start of the SUMMARY ("CS 101 Lecture"), or an LMS's brackets. In our own
     * export CATEGORIES is the course's code as the student gave it ("C1", "Bio-Lab"): taken as it is.
     */
    static Optional<String> courseCode(IcsComponent c, String summary) {
        Optional<String> category = c.text("CATEGORIES").map(v -> v.split(",")[0].strip()).filter(v -> !v.isEmpty());
        if (category.isPresent() && c.property(PlannerProperties.COURSE).isPresent()) {
            return category;
        }
        for (String candidate : new String[] {category.orElse(""), summary}) {
            Matcher m = CODE.matcher(candidate);
            if (m.find()) {
                return Optional.of(m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2).toUpperCase(Locale.ROOT));
            }
        }
        Matcher lms = LMS_CODE.matcher(summary);
        return lms.find() ? Optional.of(lms.group(1).toUpperCase(Locale.ROOT) + " " + lms.group(2).toUpperCase(Locale.ROOT))
                : Optional.empty();
    }

    /** The course title our export gives, or where a DESCRIPTION gives it as it writes it: "CS 101 Introduction to Programming — Lecture". */
    private static String courseTitle(IcsComponent c, String code) {
        Optional<String> ours = c.text(PlannerProperties.COURSE);
        if (ours.isPresent()) {
            return ours.get();
        }
        return c.text("DESCRIPTION").filter(d -> d.startsWith(code + " ") && d.contains(" — "))
                .map(d -> d.substring(code.length() + 1, d.lastIndexOf(" — ")).strip()).filter(t -> !t.isEmpty()).orElse(null);
    }

    /** The summary without the course code or the LMS's brackets: "Homework 3". */
    private static String title(String summary, String code) {
        if (summary.regionMatches(true, 0, code + " ", 0, code.length() + 1) && summary.length() > code.length() + 1) {
            return summary.substring(code.length() + 1).strip(); // "C1 Module 2" as our export writes it
        }
        String t = LMS_CODE.matcher(summary).replaceAll("");
        Matcher m = CODE.matcher(t);
        if (m.find() && (m.group(1) + " " + m.group(2)).equalsIgnoreCase(code)) {
            t = t.substring(m.end());
        }
        t = t.strip();
        return t.isEmpty() ? summary.strip() : t;
    }

    static SessionKind kind(String summary) {
        return SessionKinds.fromTitle(summary);
    }
}
