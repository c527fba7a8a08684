package org.courseplanner.domain.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The slow, obvious answer the session-overlap rule must agree with: compare every pair of
 * occurrences, join the overlapping ones (union-find), and count the groups that hold two
 * different items, by the items they hold.
 */
final class ClashReference {
    private ClashReference() {
    }

    /** How many clashes each set of items has ("11-12-13" → 5), as {@link #counted} reads findings. */
    static Map<String, Integer> clashes(List<Occurrence> sessions) {
        int n = sessions.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sessions.get(i).overlaps(sessions.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, TreeSet<Long>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new TreeSet<>()).add(sessions.get(i).itemId());
        }
        Map<String, Integer> counts = new HashMap<>();
        for (TreeSet<Long> items : groups.values()) {
            if (items.size() > 1) {
                counts.merge(key(new ArrayList<>(items)), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The findings' clashes, counted the same way. */
    static Map<String, Integer> counted(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.merge(key(f.itemIds()), f.count(), Integer::sum);
        }
        return counts;
    }

    private static String key(List<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining("-"));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
