package org.courseplanner.ical;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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

    /** The words that name a kind in a title, checked in this order (an "exam lab" is an exam). */
    private static final List<Map.Entry<Pattern, SessionKind>> WORDS = List.of(
            Map.entry(word("(exam|final|midterm|test)"), SessionKind.EXAM),
            Map.entry(word("lab(oratory)?"), SessionKind.LAB),
            Map.entry(word("seminar"), SessionKind.SEMINAR),
            Map.entry(word("(tutorial|recitation)"), SessionKind.TUTORIAL),
            Map.entry(word("discussion"), SessionKind.DISCUSSION),
            Map.entry(word("workshop"), SessionKind.WORKSHOP),
            Map.entry(word("office[ -]hours?"), SessionKind.OFFICE_HOURS),
            Map.entry(word("lecture"), SessionKind.LECTURE));

    /** Every kind's own word, as our export titles it ("CS 101 Other"). */
    private static final List<Map.Entry<Pattern, SessionKind>> OWN_WORDS = Arrays.stream(SessionKind.values())
            .map(k -> Map.entry(word(Pattern.quote(k.title().toLowerCase(Locale.ROOT))), k)).toList();

    /** Compiled once: an import asks for every event. */
    private static Pattern word(String regex) {
        return Pattern.compile("\\b" + regex + "\\b");
    }

    static SessionKind fromTitle(String summary) {
        String s = summary.toLowerCase(Locale.ROOT);
        for (List<Map.Entry<Pattern, SessionKind>> words : List.of(WORDS, OWN_WORDS)) {
            for (Map.Entry<Pattern, SessionKind> w : words) {
                if (w.getKey().matcher(s).find()) {
                    return w.getValue();
                }
            }
        }
        return SessionKind.LECTURE;
    }
}
