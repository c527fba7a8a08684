package org.courseplanner.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SingleWindow;

/**
 * On random one-off deadlines, the deadline-cluster rule reports exactly the crowded stretches a
 * quadratic reference finds: every 24-hour window starting at a deadline that holds the cluster
 * size, windows sharing a deadline merged, one finding per stretch.
 */
class DeadlineClusterPropertyTest {
    private static final LocalDateTime FIRST = LocalDateTime.of(2026, 10, 5, 0, 0);

    @Property(tries = 300)
    void oneFindingPerCrowdedStretch(@ForAll @Size(max = 40) List<@IntRange(max = 10 * 24 * 60) Integer> minutes,
                                     @ForAll @IntRange(min = 2, max = 5) int clusterSize) {
        PlanBuilder plan = PlanBuilder.term("2026-10-05", "2026-10-18", "America/New_York")
                .course(10, "CS 101", "Intro to Programming", 4, Delivery.SYNC)
                .settings(new ConflictSettings(clusterSize, 10, LocalTime.of(22, 0), LocalTime.of(7, 0)));
        for (int i = 0; i < minutes.size(); i++) {
            plan.module(100 + i, 10, "Task " + i, 1, SingleWindow.due(FIRST.plusMinutes(minutes.get(i))));
        }
        TermCalendar calendar = plan.calendar();

        List<Finding> findings = new DeadlineClusterRule().find(calendar, plan.termRecord().conflictSettings());

        Set<Set<Long>> found = new HashSet<>();
        for (Finding f : findings) {
            assertThat(f.rule()).isEqualTo("deadline-cluster");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.count()).isEqualTo(1);
            assertThat(f.first()).isBeforeOrEqualTo(f.last());
            assertThat(f.itemIds()).hasSizeGreaterThanOrEqualTo(clusterSize).doesNotHaveDuplicates();
            assertThat(f.items()).hasSameSizeAs(f.itemIds());
            found.add(Set.copyOf(f.itemIds()));
        }
        assertThat(found).hasSameSizeAs(findings).isEqualTo(reference(calendar.deadlines(), clusterSize));
        Statistics.collect(findings.isEmpty() ? "none" : findings.size() == 1 ? "one" : "several");
    }

    /** Every qualifying window, found by counting; windows that share a deadline joined (union-find). */
    private static Set<Set<Long>> reference(List<Occurrence> due, int clusterSize) {
        int[] parent = new int[due.size()];
        boolean[] crowded = new boolean[due.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < due.size(); i++) {
            List<Integer> window = new ArrayList<>();
            for (int j = 0; j < due.size(); j++) {
                long after = due.get(j).startSecond() - due.get(i).startSecond();
                if (after >= 0 && after <= 24 * 3600 && (after > 0 || j >= i)) {
                    window.add(j);
                }
            }
            if (window.size() >= clusterSize) {
                for (int j : window) {
                    crowded[j] = true;
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, Set<Long>> stretches = new TreeMap<>();
        for (int i = 0; i < due.size(); i++) {
            if (crowded[i]) {
                stretches.computeIfAbsent(root(parent, i), k -> new HashSet<>()).add(due.get(i).itemId());
            }
        }
        return new HashSet<>(stretches.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
