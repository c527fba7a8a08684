package org.courseplanner.registrar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The days of a meeting as registrars write them: "MWF", "TR", "TTh", "MO,WE", "Mon Wed",
 * "Monday/Wednesday". R is Thursday and U Sunday, as in Banner and QuACS.
 */
final class MeetingDays {
    private static final Map<String, DayOfWeek> NAMES = Map.ofEntries(
            Map.entry("m", DayOfWeek.MONDAY), Map.entry("mo", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("t", DayOfWeek.TUESDAY), Map.entry("tu", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("w", DayOfWeek.WEDNESDAY), Map.entry("we", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("r", DayOfWeek.THURSDAY), Map.entry("th", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("f", DayOfWeek.FRIDAY), Map.entry("fr", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("s", DayOfWeek.SATURDAY), Map.entry("sa", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("u", DayOfWeek.SUNDAY), Map.entry("su", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Set<String> PAIRS = Set.of("mo", "tu", "we", "th", "fr", "sa", "su");

    private MeetingDays() {
    }

    /** The days; none for blank text; empty when some part is not a day. */
    static Optional<Set<DayOfWeek>> parse(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text == null || text.isBlank()) {
            return Optional.of(days);
        }
        for (String token : text.strip().split("[\\s,;/+&]+")) {
            if (token.isEmpty()) {
                continue;
            }
            DayOfWeek named = NAMES.get(token.toLowerCase(Locale.ROOT));
            if (named != null) {
                days.add(named);
            } else if (!compact(token, days)) {
                return Optional.empty();
            }
        }
        return Optional.of(days);
    }

    /**
     * Days run together: "MWF", "TR" (letters), "MoWeFr" (pairs), "TTh" (a letter, then a pair
     * whose second letter is small). Pairs are read only when the whole token is pairs, so "TR" is
     * Tuesday and Thursday, not a misspelt pair.
     */
    private static boolean compact(String token, Set<DayOfWeek> days) {
        String lower = token.toLowerCase(Locale.ROOT);
        boolean allPairs = lower.length() % 2 == 0;
        for (int i = 0; allPairs && i < lower.length(); i += 2) {
            allPairs = PAIRS.contains(lower.substring(i, i + 2));
        }
        int i = 0;
        while (i < lower.length()) {
            boolean pair = i + 2 <= lower.length() && PAIRS.contains(lower.substring(i, i + 2))
                    && (allPairs || Character.isLowerCase(token.charAt(i + 1)) && Character.isUpperCase(token.charAt(i)));
            DayOfWeek day = NAMES.get(lower.substring(i, i + (pair ? 2 : 1)));
            if (day == null) {
                return false;
            }
            days.add(day);
            i += pair ? 2 : 1;
        }
        return true;
    }
}
