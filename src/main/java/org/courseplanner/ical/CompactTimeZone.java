package org.courseplanner.ical;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE built from java.time's rules for just the years an export spans, never ical4j's
 * bundled definitions (which carry a zone's whole past; Google rejects them). Where the zone
 * follows yearly rules in those years: one STANDARD and one DAYLIGHT with a yearly RRULE, as
 * Google and Outlook write them. A zone without DST: one STANDARD. A zone whose rules change
 * within the span: one onset per change. Never RDATE.
 */
final class CompactTimeZone {
    private CompactTimeZone() {
    }

    static VTimeZone of(ZoneId zone, LocalDate from, LocalDate to) {
        ZoneRules rules = zone.getRules();
        VTimeZone vtz = new VTimeZone();
        vtz.add(new TzId(zone.getId()));
        int firstYear = from.getYear() - 1;
        int lastYear = to.getYear() + 1;
        Instant start = LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant();
        Instant end = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<ZoneOffsetTransition> explicit = rules.getTransitions();
        boolean yearly = !rules.getTransitionRules().isEmpty()
                && (explicit.isEmpty() || explicit.get(explicit.size() - 1).getInstant().isBefore(start));
        ZoneOffsetTransition next = rules.nextTransition(start);
        if (next == null || !next.getInstant().isBefore(end)) {
            ZoneOffset offset = rules.getOffset(start); // no change in these years
            vtz.add(onset(new Standard(), LocalDateTime.of(firstYear, 1, 1, 0, 0), offset, offset, zone, false));
            return vtz;
        }
        List<Observance> observances = new ArrayList<>();
        if (yearly) {
            for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                Optional<String> byDay = byDay(rule, firstYear, lastYear);
                if (byDay.isEmpty()) {
                    observances.clear(); // its days on the wall clock follow no yearly rule: one onset per change
                    break;
                }
                ZoneOffsetTransition first = rule.createTransition(firstYear);
                boolean daylight = rules.isDaylightSavings(first.getInstant());
                Observance o = onset(daylight ? new Daylight() : new Standard(), first.getDateTimeBefore(), first.getOffsetBefore(),
                        first.getOffsetAfter(), zone, daylight);
                o.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + first.getDateTimeBefore().getMonthValue() + ";" + byDay.get()));
                observances.add(o);
            }
        }
        if (observances.isEmpty()) {
            ZoneOffset offset = rules.getOffset(start);
            observances.add(onset(rules.isDaylightSavings(start) ? new Daylight() : new Standard(), LocalDateTime.of(firstYear, 1, 1, 0, 0),
                    rules.getOffset(start.minusSeconds(1)), offset, zone, rules.isDaylightSavings(start)));
            for (ZoneOffsetTransition t = next; t != null && t.getInstant().isBefore(end); t = rules.nextTransition(t.getInstant())) {
                boolean daylight = rules.isDaylightSavings(t.getInstant());
                observances.add(onset(daylight ? new Daylight() : new Standard(), t.getDateTimeBefore(), t.getOffsetBefore(),
                        t.getOffsetAfter(), zone, daylight));
            }
        }
        observances.forEach(vtz::add);
        return vtz;
    }

    /**
     * The BYDAY (and BYMONTHDAY) part of a yearly RRULE that gives, on the zone's own wall clock, the
     * day of every change the rule makes from {@code firstYear} to {@code lastYear}: "BYDAY=2SU",
     * "BYDAY=-1SU", or "BYDAY=SA;BYMONTHDAY=-2,...,-8" for a change on the Saturday before the last
     * Sunday (America/Nuuk changes at 01:00 UTC, the evening before on its clock). Empty when no
     * such rule gives those days, e.g. when they cross into another month.
     */
    static Optional<String> byDay(ZoneOffsetTransitionRule rule, int firstYear, int lastYear) {
        ZoneOffsetTransition first = rule.createTransition(firstYear);
        LocalDate firstLocal = first.getDateTimeBefore().toLocalDate();
        int shift = (int) ChronoUnit.DAYS.between(ruleDate(rule, firstYear), firstLocal);
        DayOfWeek day = firstLocal.getDayOfWeek();
        int indicator = rule.getDayOfMonthIndicator();
        String candidate;
        if (rule.getDayOfWeek() == null) {
            candidate = "BYMONTHDAY=" + firstLocal.getDayOfMonth(); // a fixed date
        } else if (indicator > 0) {
            int low = indicator + shift; // the first of the seven days it may fall on
            Month month = firstLocal.getMonth();
            if (low >= 1 && (low - 1) % 7 == 0) {
                candidate = "BYDAY=" + ((low + 6) / 7) + code(day);
            } else if (month.minLength() == month.maxLength() && low + 6 == month.maxLength()) {
                candidate = "BYDAY=-1" + code(day);
            } else {
                candidate = range(low, 1).map(days -> "BYDAY=" + code(day) + ";BYMONTHDAY=" + days).orElse(null);
            }
        } else {
            int high = indicator + shift; // -1 is the month's last day
            candidate = high <= -1 && (-high - 1) % 7 == 0 ? "BYDAY=-" + ((-high + 6) / 7) + code(day)
                    : range(high, -1).map(days -> "BYDAY=" + code(day) + ";BYMONTHDAY=" + days).orElse(null);
        }
        if (candidate == null) {
            return Optional.empty(); // the seven days it may fall on leave the month
        }
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDateTime wallClock = rule.createTransition(year).getDateTimeBefore();
            if (!wallClock.toLocalTime().equals(first.getDateTimeBefore().toLocalTime())
                    || !List.of(wallClock.toLocalDate()).equals(expand(candidate, wallClock.getYear(), firstLocal.getMonthValue()))) {
                return Optional.empty();
            }
        }
        return Optional.of(candidate);
    }

    /** The date a rule names in a year, before its time of day or its time definition moves it. */
    private static LocalDate ruleDate(ZoneOffsetTransitionRule rule, int year) {
        Month month = rule.getMonth();
        int indicator = rule.getDayOfMonthIndicator();
        LocalDate date = indicator > 0 ? LocalDate.of(year, month, indicator)
                : LocalDate.of(year, month, month.length(Year.isLeap(year)) + 1 + indicator);
        if (rule.getDayOfWeek() != null) {
            date = date.with(indicator > 0 ? TemporalAdjusters.nextOrSame(rule.getDayOfWeek())
                    : TemporalAdjusters.previousOrSame(rule.getDayOfWeek()));
        }
        return date;
    }

    /** Seven month days from {@code first}, going up (1) or down (-1), as "25,26,…"; empty when they leave the month. */
    private static Optional<String> range(int first, int step) {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            int d = first + i * step;
            if (d == 0 || d > 31 || d < -31) {
                return Optional.empty();
            }
            days.append(i == 0 ? "" : ",").append(d);
        }
        return Optional.of(days.toString());
    }

    /** The days of {@code month} in {@code year} that our own RRULE part selects: the check that it says what we mean. */
    static List<LocalDate> expand(String part, int year, int month) {
        String byDay = null;
        Set<Integer> monthDays = null;
        for (String p : part.split(";")) {
            String[] kv = p.split("=");
            if (kv[0].equals("BYDAY")) {
                byDay = kv[1];
            } else {
                monthDays = new HashSet<>();
                for (String d : kv[1].split(",")) {
                    monthDays.add(Integer.parseInt(d));
                }
            }
        }
        YearMonth ym = YearMonth.of(year, month);
        List<LocalDate> days = new ArrayList<>();
        for (int d = 1; d <= ym.lengthOfMonth(); d++) {
            LocalDate date = ym.atDay(d);
            boolean dayMatches = monthDays == null || monthDays.contains(d) || monthDays.contains(d - ym.lengthOfMonth() - 1);
            boolean weekdayMatches = byDay == null || byDay.endsWith(code(date.getDayOfWeek()));
            if (dayMatches && weekdayMatches) {
                days.add(date);
            }
        }
        if (byDay != null && byDay.length() > 2) {
            int nth = Integer.parseInt(byDay.substring(0, byDay.length() - 2));
            int index = nth > 0 ? nth - 1 : days.size() + nth;
            return index >= 0 && index < days.size() ? List.of(days.get(index)) : List.of();
        }
        return days;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static Observance onset(Observance o, LocalDateTime localStart, ZoneOffset from, ZoneOffset to, ZoneId zone, boolean daylight) {
        o.add(new DtStart<>(localStart));
        o.add(new TzOffsetFrom(from));
        o.add(new TzOffsetTo(to));
        String name = TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.ENGLISH);
        if (!name.startsWith("GMT")) {
            o.add(new TzName(name));
        }
        return o;
    }
}
