package org.courseplanner.registrar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import org.courseplanner.domain.Term;

/** Dates a catalog writes without a year ("01/18"), placed in the year that puts them in or nearest the term. */
final class TermDates {
    private TermDates() {
    }

    /**
     * The date in the year, of those the term touches and the ones either side, nearest the term:
     * in a term from December 2026 to February 2027, "12/28" is 2026-12-28 and "01/04" 2027-01-04.
     */
    static LocalDate near(MonthDay day, Term term) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = term.firstDay().getYear() - 1; year <= term.lastDay().getYear() + 1; year++) {
            if (!day.isValidYear(year)) {
                continue; // 02/29 in a year without one
            }
            LocalDate d = day.atYear(year);
            long distance = d.isBefore(term.firstDay()) ? ChronoUnit.DAYS.between(d, term.firstDay())
                    : d.isAfter(term.lastDay()) ? ChronoUnit.DAYS.between(term.lastDay(), d) : 0;
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** True when the dates and the term's days have at least one day in common. */
    static boolean overlap(LocalDate first, LocalDate last, Term term) {
        return !last.isBefore(term.firstDay()) && !first.isAfter(term.lastDay());
    }
}
