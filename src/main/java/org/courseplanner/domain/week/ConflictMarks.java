package org.courseplanner.domain.week;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.Occurrence;

/**
 * Which occurrences of a week carry the conflict mark: the window's week and a printed week mark
 * the same ones. Built once per term from its conflicts, asked once per week.
 */
public final class ConflictMarks {
    /** The findings that happen once, by the items they name. */
    private final Map<Long, List<Finding>> oneTimeFindings = new HashMap<>();

    public ConflictMarks(List<Finding> conflicts) {
        for (Finding f : conflicts) {
            if (f.count() == 1) {
                for (long id : f.itemIds()) {
                    oneTimeFindings.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
                }
            }
        }
    }

    /**
     * In a conflict: it clashes with another item of the week as the engine defines it
     * ({@link Occurrence#clashesWith}), or a one-time finding names its item on its day.
     */
    public Predicate<Occurrence> in(List<Occurrence> week, ZoneId school) {
        Set<Occurrence> marked = Occurrence.clashing(week); // the engine's own definition, found as the engine finds it
        // A one-time finding marks its items on the days it spans (a deadline cluster can cross midnight).
        return o -> {
            if (marked.contains(o)) {
                return true;
            }
            List<Finding> findings = oneTimeFindings.get(o.itemId()); // most items have none: no stream, no date
            if (findings == null) {
                return false;
            }
            LocalDate day = o.start().withZoneSameInstant(school).toLocalDate();
            return findings.stream().anyMatch(f -> !day.isBefore(f.first()) && !day.isAfter(f.last()));
        };
    }
}
