package org.courseplanner.ui.common;

/** The domain's refusals begin in lower case, to fit after "course-planner: "; a window shows them as sentences. */
public final class Sentences {
    private Sentences() {
    }

    public static String of(Throwable refusal) {
        String m = refusal.getMessage();
        if (m == null || m.isBlank()) {
            return "That did not work (" + refusal.getClass().getSimpleName() + ").";
        }
        m = m.strip();
        String s = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }
}
