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
import java.util.List;
import java.util.Locale;
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
        Instant start = LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant();
        Instant end = LocalDate.of(to.getYear() + 2, 1, 1).atStartOfDay(zone).toInstant();
        List<ZoneOffsetTransition> explicit = rules.getTransitions();
        boolean yearly = !rules.getTransitionRules().isEmpty()
                && (explicit.isEmpty() || explicit.get(explicit.size() - 1).getInstant().isBefore(start));
        ZoneOffsetTransition next = rules.nextTransition(start);
        if (next == null || !next.getInstant().isBefore(end)) {
            ZoneOffset offset = rules.getOffset(start); // no change in these years
            vtz.add(onset(new Standard(), LocalDateTime.of(firstYear, 1, 1, 0, 0), offset, offset, zone, false));
        } else if (yearly) {
            for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                ZoneOffsetTransition first = rule.createTransition(firstYear);
                boolean daylight = rules.isDaylightSavings(first.getInstant());
                Observance o = onset(daylight ? new Daylight() : new Standard(), first.getDateTimeBefore(), first.getOffsetBefore(),
                        first.getOffsetAfter(), zone, daylight);
                o.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + byDay(rule)));
                vtz.add(o);
            }
        } else {
            ZoneOffset offset = rules.getOffset(start);
            vtz.add(onset(rules.isDaylightSavings(start) ? new Daylight() : new Standard(), LocalDateTime.of(firstYear, 1, 1, 0, 0),
                    rules.getOffset(start.minusSeconds(1)), offset, zone, rules.isDaylightSavings(start)));
            for (ZoneOffsetTransition t = next; t != null && t.getInstant().isBefore(end); t = rules.nextTransition(t.getInstant())) {
                boolean daylight = rules.isDaylightSavings(t.getInstant());
                vtz.add(onset(daylight ? new Daylight() : new Standard(), t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter(),
                        zone, daylight));
            }
        }
        return vtz;
    }

    /** "BYDAY=2SU" (the second Sunday), "BYDAY=-1SU" (the last), or the days a rule allows ("on or after the 9th"). */
    static String byDay(ZoneOffsetTransitionRule rule) {
        DayOfWeek day = rule.getDayOfWeek();
        int indicator = rule.getDayOfMonthIndicator();
        if (day == null) {
            return "BYMONTHDAY=" + indicator;
        }
        String code = day.name().substring(0, 2);
        if (indicator > 0 && (indicator - 1) % 7 == 0) {
            return "BYDAY=" + ((indicator + 6) / 7) + code;
        }
        if (indicator == -1) {
            return "BYDAY=-1" + code;
        }
        StringBuilder days = new StringBuilder("BYDAY=" + code + ";BYMONTHDAY=");
        for (int i = 0; i < 7; i++) {
            days.append(i == 0 ? "" : ",").append(indicator > 0 ? indicator + i : indicator - i);
        }
        return days.toString();
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
