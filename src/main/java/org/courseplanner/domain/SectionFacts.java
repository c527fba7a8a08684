package org.courseplanner.domain;

/**
 * What the registrar's catalog says of the section a session belongs to, kept so a later catalog
 * import can recognise it.
 *
 * @param section    the section's name within its course ("01"), or {@code null}
 * @param instructor the instructors as the catalog names them, or {@code null}
 * @param crn        the registrar's number of the section, or {@code null}
 */
public record SectionFacts(String section, String instructor, String crn) {
    public static final SectionFacts NONE = new SectionFacts(null, null, null);

    public SectionFacts {
        section = blankToNull(section);
        instructor = blankToNull(instructor);
        crn = blankToNull(crn);
    }

    public boolean isEmpty() {
        return section == null && instructor == null && crn == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
