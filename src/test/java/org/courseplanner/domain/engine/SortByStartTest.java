package org.courseplanner.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The calendar's fast sort gives exactly the order of start, then end, then item: ties included. */
class SortByStartTest {
    private static final Comparator<Occurrence> START_END_ITEM = Comparator.comparingLong(Occurrence::startSecond)
            .thenComparingLong(Occurrence::endSecond).thenComparingLong(Occurrence::itemId);

    @Property(tries = 200)
    void sortsAsStartThenEndThenItem(@ForAll @IntRange(min = 0, max = 3000) int size, @ForAll @IntRange(min = 1, max = 100_000) int spread,
                                     @ForAll long seed) {
        Random random = new Random(seed);
        List<Occurrence> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long start = 1_788_000_000L + 60L * random.nextInt(spread); // few distinct starts when spread is small: many ties
            list.add(new Occurrence(OccurrenceType.SESSION, random.nextInt(50), "CS 1", "CS 1 Lecture", start,
                    start + 60L * random.nextInt(4), ZoneId.of("UTC"), 1, null));
        }
        List<Occurrence> expected = new ArrayList<>(list);
        expected.sort(START_END_ITEM);

        TermCalendar.sortByStart(list);

        assertThat(list).extracting(o -> o.startSecond() + "/" + o.endSecond() + "/" + o.itemId())
                .containsExactlyElementsOf(expected.stream().map(o -> o.startSecond() + "/" + o.endSecond() + "/" + o.itemId()).toList());
    }
}
