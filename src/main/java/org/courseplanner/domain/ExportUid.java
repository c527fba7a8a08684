package org.courseplanner.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar UID an export gives an item, stable from export to export so that calendar apps
 * update their copy: the plan's random id, the item's id, the module week and whether it is the
 * to-do beside a deadline, e.g. {@code 0123…cdef-42-w3@course-planner}. Kept here, beside the
 * import that recognises a plan's own export, so that both read one format.
 *
 * @param week 0 for an item without weeks
 */
public record ExportUid(String planUid, long itemId, int week, boolean task) {
    private static final Pattern FORMAT = Pattern.compile("^([0-9a-f]{32})-(\\d+)(?:-w(\\d+))?(-task)?@course-planner$");

    /** The event of an item (a class series, a study block, a commitment) or of a module week's deadline. */
    public static ExportUid of(String planUid, long itemId, int week) {
        return new ExportUid(planUid, itemId, week, false);
    }

    /** The to-do of a module week, beside its deadline's event. */
    public static ExportUid task(String planUid, long itemId, int week) {
        return new ExportUid(planUid, itemId, week, true);
    }

    /** A UID of this format, read back; empty for any other UID. */
    public static Optional<ExportUid> parse(String uid) {
        Matcher m = FORMAT.matcher(uid == null ? "" : uid);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ExportUid(m.group(1), Long.parseLong(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                    m.group(4) != null));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** The event this to-do stands beside (the same UID without "-task"). */
    public ExportUid event() {
        return new ExportUid(planUid, itemId, week, false);
    }

    @Override
    public String toString() {
        return planUid + "-" + itemId + (week > 0 || task ? "-w" + week : "") + (task ? "-task" : "") + "@course-planner";
    }
}
