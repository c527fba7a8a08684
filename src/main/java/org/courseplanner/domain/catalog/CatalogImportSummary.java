package org.courseplanner.domain.catalog;

/**
 * What replacing a term's catalog changed, section by section (a section is known by its CRN).
 *
 * @param courses  the courses of the new catalog
 * @param sections the sections of the new catalog
 * @param added    sections whose CRN the old catalog did not have
 * @param changed  sections whose CRN it had, with other facts (times, instructor, room...)
 * @param removed  sections of the old catalog whose CRN the new one does not have
 */
public record CatalogImportSummary(String term, int courses, int sections, int added, int changed, int removed) {

    /** Sections that are exactly as they were. */
    public int unchanged() {
        return sections - added - changed;
    }

    /** What a new catalog does to the old one, compared by CRN. */
    static CatalogImportSummary of(String term, Catalog before, Catalog after) {
        java.util.Map<String, CatalogSection> old = new java.util.HashMap<>(before.sections().size() * 2);
        before.sections().forEach(s -> old.put(s.crn(), s));
        int added = 0;
        int changed = 0;
        for (CatalogSection s : after.sections()) {
            CatalogSection was = old.remove(s.crn());
            if (was == null) {
                added++;
            } else if (!was.equals(s)) {
                changed++;
            }
        }
        return new CatalogImportSummary(term, after.courses().size(), after.sections().size(), added, changed, old.size());
    }
}
