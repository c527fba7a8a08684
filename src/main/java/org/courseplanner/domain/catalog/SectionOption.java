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

    /** What options must share to be one choice: the same meetings in the same buildings. */
    Object sameTimesKey() {
        return new Key(intervals, buildings, campusDays);
    }

    private record Key(long[] intervals, String[] buildings, int campusDays) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && campusDays == k.campusDays && java.util.Arrays.equals(intervals, k.intervals)
                    && java.util.Arrays.equals(buildings, k.buildings);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(intervals) * 31 + java.util.Arrays.hashCode(buildings) + campusDays;
        }
    }
}
