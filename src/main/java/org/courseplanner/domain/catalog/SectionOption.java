package org.courseplanner.domain.catalog;

import java.util.List;

/**
 * One way to take a course: a section of each of its components, with what the generator needs
 * to compare it fast. Options whose meetings are the same (times, rooms' buildings) are one choice.
 */
final class SectionOption {
    final int course;
    final int index;
    final List<CatalogSection> sections;
    final long[] intervals;
    final String[] buildings;
    final long[] week;
    final int campusDays;
    final int[] dayMinutes;
    final long timeCost;
    final int unpreferred;
    final int[] weekMinutes;
    /** The constraints (by bit) under which it is not available. */
    long violates;

    SectionOption(int course, int index, List<CatalogSection> sections, long[] intervals, String[] buildings, long[] week,
                  int campusDays, int[] dayMinutes, long timeCost, int unpreferred, int[] weekMinutes) {
        this.course = course;
        this.index = index;
        this.sections = List.copyOf(sections);
        this.intervals = intervals;
        this.buildings = buildings;
        this.week = week;
        this.campusDays = campusDays;
        this.dayMinutes = dayMinutes;
        this.timeCost = timeCost;
        this.unpreferred = unpreferred;
        this.weekMinutes = weekMinutes;
    }

    /**
     * What options must share to be one choice: the same meetings on the same dates in the same
     * buildings, and the same weekly timetable (a meeting the term's dates never reach still counts
     * there, as the catalog lists it).
     */
    Object sameTimesKey() {
        return new Key(intervals, buildings, timetable());
    }

    /** Each placed meeting-day as the catalog lists it: day, start, length and whether in a room, sorted. */
    private long[] timetable() {
        java.util.List<Long> items = new java.util.ArrayList<>();
        for (CatalogSection s : sections) {
            for (CatalogMeeting m : s.meetings()) {
                if (m.isPlaced()) {
                    for (java.time.DayOfWeek d : m.pattern().days()) {
                        long at = (d.getValue() * 1440L + SectionTimes.minuteOfDay(m.pattern().start())) << 12 | m.pattern().minutes();
                        items.add(at << 1 | (SectionTimes.onCampus(m) ? 1 : 0));
                    }
                }
            }
        }
        return items.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private record Key(long[] intervals, String[] buildings, long[] timetable) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Arrays.equals(intervals, k.intervals)
                    && java.util.Arrays.equals(buildings, k.buildings) && java.util.Arrays.equals(timetable, k.timetable);
        }

        @Override
        public int hashCode() {
            return (java.util.Arrays.hashCode(intervals) * 31 + java.util.Arrays.hashCode(buildings)) * 31
                    + java.util.Arrays.hashCode(timetable);
        }
    }
}
