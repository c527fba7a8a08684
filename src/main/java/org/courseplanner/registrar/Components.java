package org.courseplanner.registrar;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseplanner.domain.SessionKind;

/** The parts of a course a student takes one section of each (lecture, lab, discussion), and what sections say of them. */
final class Components {
    /** A word that names a part in a section's title ("Marine Biology Laboratory", cut short: "Earth: Our Environment Laborat"). */
    private static final Pattern WORD = Pattern.compile("(?i)\\b(lab\\w*|discussion|recitation|tutorial)\\b");
    /** A section named after the section it goes with: "1-2" is the second of section 01's. */
    private static final Pattern SUB_SECTION = Pattern.compile("(\\d{1,3})-\\d{1,3}");

    private Components() {
    }

    /** The session kind a component ("Lab", "Recitation") stands for. */
    static SessionKind kindOf(String component) {
        String c = component == null ? "" : component.strip().toLowerCase(Locale.ROOT);
        if (c.startsWith("lab")) {
            return SessionKind.LAB;
        }
        if (c.startsWith("discussion") || c.startsWith("recitation")) {
            return SessionKind.DISCUSSION;
        }
        if (c.startsWith("seminar")) {
            return SessionKind.SEMINAR;
        }
        if (c.startsWith("tutorial")) {
            return SessionKind.TUTORIAL;
        }
        return SessionKind.LECTURE;
    }

    /** The part a section's own title names, when the course's title does not name it too: "Lab", "Discussion". */
    static Optional<String> named(String sectionTitle, String courseTitle) {
        if (sectionTitle == null) {
            return Optional.empty();
        }
        Matcher m = WORD.matcher(sectionTitle);
        if (!m.find() || courseTitle != null && WORD.matcher(courseTitle).find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return Optional.of(word.startsWith("lab") ? "Lab" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    /**
     * How a course's sections go together when some are named after others ("1-1" and "1-2" with
     * "01", as Occidental's QuACS data has them): the sub-sections and the sections they name share a
     * link, the number; other sections have none. Empty when no section is named so.
     */
    static Optional<Linking> linking(List<String> sectionNames) {
        Set<Integer> parents = new HashSet<>();
        for (String name : sectionNames) {
            Matcher m = name == null ? null : SUB_SECTION.matcher(name.strip());
            if (m != null && m.matches()) {
                parents.add(Integer.parseInt(m.group(1)));
            }
        }
        return parents.isEmpty() ? Optional.empty() : Optional.of(new Linking(parents));
    }

    /** The links of one course's sections. */
    record Linking(Set<Integer> parents) {
        /** The section's link, or empty for a section that goes with any. */
        Optional<String> link(String section) {
            String name = section == null ? "" : section.strip();
            Matcher sub = SUB_SECTION.matcher(name);
            if (sub.matches()) {
                return Optional.of(String.valueOf(Integer.parseInt(sub.group(1))));
            }
            if (name.matches("\\d{1,3}") && parents.contains(Integer.parseInt(name))) {
                return Optional.of(String.valueOf(Integer.parseInt(name)));
            }
            return Optional.empty();
        }

        /** True for a section named after another ("1-2"). */
        boolean isSubSection(String section) {
            return section != null && SUB_SECTION.matcher(section.strip()).matches();
        }
    }
}
