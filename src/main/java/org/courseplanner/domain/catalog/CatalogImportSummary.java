package org.courseplanner.domain.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What replacing a term's catalog changed, section by section (a section is known by its CRN).
 *
 * @param courses      the courses of the new catalog
 * @param sections     the sections of the new catalog
 * @param added        sections whose CRN the old catalog did not have
 * @param changed      sections whose CRN it had, with other facts (times, instructor, room...)
 * @param removed      sections of the old catalog whose CRN the new one does not have
 * @param takenChanged the CRNs of sections in the plan that the new catalog changed, in its order
 * @param takenRemoved the CRNs of sections in the plan that the new catalog no longer has
 */
public record CatalogImportSummary(String term, int courses, int sections, int added, int changed, int removed,
                                   List<String> takenChanged, List<String> takenRemoved) {

    public CatalogImportSummary {
        takenChanged = List.copyOf(takenChanged);
        takenRemoved = List.copyOf(takenRemoved);
    }

    /** Sections that are exactly as they were. */
    public int unchanged() {
        return sections - added - changed;
    }

    /** What a new catalog does to the old one, compared by CRN; {@code taken} are the CRNs the plan's sessions carry. */
    static CatalogImportSummary of(String term, Catalog before, Catalog after, Set<String> taken) {
        Map<String, CatalogSection> old = new HashMap<>(before.sections().size() * 2);
        before.sections().forEach(s -> old.put(s.crn(), s));
        int added = 0;
        int changed = 0;
        List<String> takenChanged = new ArrayList<>();
        for (CatalogSection s : after.sections()) {
            CatalogSection was = old.remove(s.crn());
            if (was == null) {
                added++;
            } else if (!was.equals(s)) {
                changed++;
                if (taken.contains(s.crn())) {
                    takenChanged.add(s.crn());
                }
            }
        }
        List<String> takenRemoved = before.sections().stream().map(CatalogSection::crn).filter(c -> old.containsKey(c) && taken.contains(c))
                .toList();
        return new CatalogImportSummary(term, after.courses().size(), after.sections().size(), added, changed, old.size(), takenChanged,
                takenRemoved);
    }
}
