package org.courseplanner.ical;

import java.util.Locale;
import java.util.Optional;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;

/** What kind of session an event is: our export's X-COURSE-PLANNER-KIND, else words in its title. */
final class SessionKinds {
    static final String PROPERTY = PlannerProperties.KIND;

    private SessionKinds() {
    }

    static SessionKind of(IcsComponent event, String summary) {
        Optional<String> label = event.text(PROPERTY);
        if (label.isPresent()) {
            try {
                return SessionKind.parse(label.get());
            } catch (Refusal unknown) {
                // a label from a newer version: the title decides
            }
        }
        return fromTitle(summary);
    }

    static SessionKind fromTitle(String summary) {
        String s = summary.toLowerCase(Locale.ROOT);
        if (s.matches("(?s).*\\b(exam|final|midterm|test)\\b.*")) {
            return SessionKind.EXAM;
        }
        if (s.matches("(?s).*\\blab(oratory)?\\b.*")) {
            return SessionKind.LAB;
        }
        if (s.matches("(?s).*\\bseminar\\b.*")) {
            return SessionKind.SEMINAR;
        }
        if (s.matches("(?s).*\\b(tutorial|recitation)\\b.*")) {
            return SessionKind.TUTORIAL;
        }
        if (s.matches("(?s).*\\bdiscussion\\b.*")) {
            return SessionKind.DISCUSSION;
        }
        if (s.matches("(?s).*\\bworkshop\\b.*")) {
            return SessionKind.WORKSHOP;
        }
        if (s.matches("(?s).*\\boffice[ -]hours?\\b.*")) {
            return SessionKind.OFFICE_HOURS;
        }
        if (s.matches("(?s).*\\blecture\\b.*")) {
            return SessionKind.LECTURE;
        }
        for (SessionKind k : SessionKind.values()) { // every kind's own word, as our export titles it ("CS 101 Other")
            if (s.matches("(?s).*\\b" + java.util.regex.Pattern.quote(k.title().toLowerCase(Locale.ROOT)) + "\\b.*")) {
                return k;
            }
        }
        return SessionKind.LECTURE;
    }
}
