package org.courseplanner.domain.study;

import java.util.Arrays;

/**
 * A directed network with integer capacities, for the study planner: a maximum flow (Dinic), a
 * minimum-cost maximum flow (successive shortest paths), and the nodes a source still reaches, which
 * are one side of a minimum cut.
 *
 * <p>Costs come in {@link #TIERS} tiers compared one after the other (a path cheaper in the first
 * tier is cheaper, whatever the others say), so that "lowest daily peak, then lowest weekly peak,
 * then most spread" is optimised exactly without weights that could overflow. An arc's cost is
 * either zero or <em>convex</em> in one tier: its k-th unit costs {@code base + slope * (2k - 1)},
 * which sums to {@code base * f + slope * f^2} for f units. A sum of squares of loads is minimised
 * that way, and minimising it lowers the highest load first (the load vector it gives is the most
 * even one there is).
 */
final class FlowNetwork {
    static final int TIERS = 3;
    private static final long INF = Long.MAX_VALUE / 4;

    private final int nodes;
    private int tiers = TIERS;
    private int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private long[] cap = new long[16];
    private long[] flow = new long[16];
    private byte[] tier = new byte[16]; // -1: no cost
    private long[] base = new long[16];
    private long[] slope = new long[16];
    private int arcs;

    FlowNetwork(int nodes) {
        this.nodes = nodes;
        head = new int[nodes];
        Arrays.fill(head, -1);
    }

    int nodes() {
        return nodes;
    }

    /** An arc without cost; returns its index. */
    int arc(int from, int toNode, long capacity) {
        return arc(from, toNode, capacity, -1, 0, 0);
    }

    /** An arc whose k-th unit costs {@code base + slope * (2k - 1)} in tier {@code costTier}; returns its index. */
    int arc(int from, int toNode, long capacity, int costTier, long costBase, long costSlope) {
        if (costTier >= TIERS || costBase < 0 || costSlope < 0 || capacity < 0) {
            throw new IllegalArgumentException("arc " + from + "->" + toNode);
        }
        ensure(arcs + 2);
        int a = arcs;
        add(a, from, toNode, capacity, costTier, costBase, costSlope);
        add(a + 1, toNode, from, 0, costTier, costBase, costSlope);
        arcs += 2;
        return a;
    }

    private void add(int a, int from, int toNode, long capacity, int costTier, long costBase, long costSlope) {
        to[a] = toNode;
        cap[a] = capacity;
        flow[a] = 0;
        tier[a] = (byte) costTier;
        base[a] = costBase;
        slope[a] = costSlope;
        next[a] = head[from];
        head[from] = a;
    }

    private void ensure(int size) {
        if (size > to.length) {
            int n = Math.max(size, to.length * 2);
            next = Arrays.copyOf(next, n);
            to = Arrays.copyOf(to, n);
            cap = Arrays.copyOf(cap, n);
            flow = Arrays.copyOf(flow, n);
            tier = Arrays.copyOf(tier, n);
            base = Arrays.copyOf(base, n);
            slope = Arrays.copyOf(slope, n);
        }
    }

    /**
     * Folds the tiers into one: a tier's costs are multiplied by its weight. Exact when each weight is larger
     * than the most the tiers after it can differ by between two flows (the caller's bound), and faster: one
     * number to compare instead of three. Returns false, changing nothing, when the products would not fit in a long.
     */
    boolean foldTiers(long[] weights, long pathBound) {
        try {
            for (int a = 0; a < arcs; a++) {
                if (tier[a] >= 0) {
                    Math.multiplyExact(Math.addExact(base[a], Math.multiplyExact(slope[a], 2 * Math.max(1, cap[a & ~1]))),
                            Math.multiplyExact(weights[tier[a]], pathBound));
                }
            }
        } catch (ArithmeticException tooBig) {
            return false;
        }
        for (int a = 0; a < arcs; a++) {
            if (tier[a] >= 0) {
                base[a] *= weights[tier[a]];
                slope[a] *= weights[tier[a]];
                tier[a] = 0;
            }
        }
        tiers = 1;
        return true;
    }

    long flow(int arc) {
        return flow[arc];
    }

    long capacity(int arc) {
        return cap[arc];
    }

    void setCapacity(int arc, long capacity) {
        cap[arc] = capacity;
    }

    void clearFlow() {
        Arrays.fill(flow, 0, arcs, 0);
    }

    private long residual(int a) {
        // a forward arc has cap - flow left; its twin (odd index) can give back the forward arc's flow
        return (a & 1) == 0 ? cap[a] - flow[a] : flow[a ^ 1];
    }

    private void push(int a, long amount) {
        if ((a & 1) == 0) {
            flow[a] += amount;
        } else {
            flow[a ^ 1] -= amount;
        }
    }

    // ---- maximum flow (Dinic) ----

    /** Adds as much flow from source to sink as the capacities allow; returns the amount added. */
    long maxFlow(int source, int sink) {
        long total = 0;
        int[] level = new int[nodes];
        int[] current = new int[nodes];
        int[] queue = new int[nodes];
        while (levels(source, sink, level, queue)) {
            System.arraycopy(head, 0, current, 0, nodes);
            long pushed;
            while ((pushed = augment(source, sink, INF, level, current)) > 0) {
                total += pushed;
            }
        }
        return total;
    }

    private boolean levels(int source, int sink, int[] level, int[] queue) {
        Arrays.fill(level, -1);
        level[source] = 0;
        int qh = 0;
        int qt = 0;
        queue[qt++] = source;
        while (qh < qt) {
            int u = queue[qh++];
            for (int a = head[u]; a != -1; a = next[a]) {
                if (level[to[a]] < 0 && residual(a) > 0) {
                    level[to[a]] = level[u] + 1;
                    queue[qt++] = to[a];
                }
            }
        }
        return level[sink] >= 0;
    }

    private long augment(int u, int sink, long limit, int[] level, int[] current) {
        if (u == sink) {
            return limit;
        }
        for (; current[u] != -1; current[u] = next[current[u]]) {
            int a = current[u];
            int v = to[a];
            long r = residual(a);
            if (r > 0 && level[v] == level[u] + 1) {
                long got = augment(v, sink, Math.min(limit, r), level, current);
                if (got > 0) {
                    push(a, got);
                    return got;
                }
            }
        }
        return 0;
    }

    // ---- minimum-cost maximum flow (successive shortest paths, Dijkstra on reduced costs) ----

    /**
     * Adds flow from source to sink, one cheapest path at a time, until no path is left: the result
     * is a maximum flow of least cost, tier by tier. Starts from the current flow, which must be of
     * least cost for its amount (no flow at all is). Returns the amount added.
     */
    long minCostMaxFlow(int source, int sink) {
        // potentials only ever enter as differences, so a shift common to all nodes can be left out: nodes not
        // settled before the sink would all move by the sink's distance, settled ones by their own minus that
        long[][] potential = new long[tiers][nodes];
        long[][] dist = new long[tiers][nodes];
        for (long[] d : dist) {
            Arrays.fill(d, INF);
        }
        int[] via = new int[nodes];
        boolean[] done = new boolean[nodes];
        int[] touched = new int[nodes];
        IndexedHeap heap = new IndexedHeap(nodes, dist);
        long[] cost = new long[tiers];
        long total = 0;
        while (true) {
            int reached = 0;
            for (int t = 0; t < tiers; t++) {
                dist[t][source] = 0;
            }
            touched[reached++] = source;
            heap.push(source);
            while (!heap.isEmpty()) {
                int u = heap.pop();
                done[u] = true;
                if (u == sink) {
                    break;
                }
                for (int a = head[u]; a != -1; a = next[a]) {
                    int v = to[a];
                    if (done[v] || residual(a) <= 0) {
                        continue;
                    }
                    residualCost(a, cost);
                    if (relaxes(u, v, cost, potential, dist, tiers)) {
                        if (dist[0][v] == INF) {
                            touched[reached++] = v;
                        }
                        for (int t = 0; t < tiers; t++) {
                            dist[t][v] = dist[t][u] + cost[t] + potential[t][u] - potential[t][v];
                        }
                        via[v] = a;
                        heap.pushOrDecrease(v);
                    }
                }
            }
            heap.clear();
            boolean found = done[sink];
            if (found) {
                for (int i = 0; i < reached; i++) {
                    int v = touched[i];
                    if (done[v]) {
                        for (int t = 0; t < tiers; t++) {
                            potential[t][v] += dist[t][v] - dist[t][sink]; // reduced costs stay >= 0
                        }
                    }
                }
            }
            long amount = INF;
            boolean convex = false;
            for (int v = sink; found && v != source; v = to[via[v] ^ 1]) {
                int a = via[v];
                amount = Math.min(amount, residual(a));
                convex |= tier[a] >= 0 && slope[a] > 0;
            }
            for (int i = 0; i < reached; i++) {
                int v = touched[i];
                done[v] = false;
                for (int t = 0; t < tiers; t++) {
                    dist[t][v] = INF;
                }
            }
            if (!found) {
                return total;
            }
            if (convex) {
                amount = 1; // the next unit along a convex arc costs more: one unit, then look again
            }
            for (int v = sink; v != source; v = to[via[v] ^ 1]) {
                push(via[v], amount);
            }
            total += amount;
        }
    }

    /** The cost of one more unit along residual arc {@code a}, by tier. */
    private void residualCost(int a, long[] cost) {
        Arrays.fill(cost, 0);
        int t = tier[a];
        if (t < 0) {
            return;
        }
        if ((a & 1) == 0) {
            long k = flow[a] + 1;
            cost[t] = base[a] + slope[a] * (2 * k - 1);
        } else {
            long k = flow[a ^ 1]; // giving back the last unit saves what it cost
            cost[t] = -(base[a] + slope[a] * (2 * k - 1));
        }
    }

    private static boolean relaxes(int u, int v, long[] cost, long[][] potential, long[][] dist, int tiers) {
        if (dist[0][v] == INF) {
            return true;
        }
        for (int t = 0; t < tiers; t++) {
            long candidate = dist[t][u] + cost[t] + potential[t][u] - potential[t][v];
            if (candidate != dist[t][v]) {
                return candidate < dist[t][v];
            }
        }
        return false;
    }

    /** The cost of the current flow, by tier. */
    long[] cost() {
        long[] total = new long[TIERS];
        for (int a = 0; a < arcs; a += 2) {
            if (tier[a] >= 0) {
                long f = flow[a];
                total[tier[a]] += base[a] * f + slope[a] * f * f;
            }
        }
        return total;
    }

    // ---- minimum cut ----

    /** The nodes the source reaches through arcs with capacity left: the source's side of a minimum cut. */
    boolean[] reachable(int source) {
        boolean[] seen = new boolean[nodes];
        int[] stack = new int[nodes];
        int top = 0;
        stack[top++] = source;
        seen[source] = true;
        while (top > 0) {
            int u = stack[--top];
            for (int a = head[u]; a != -1; a = next[a]) {
                if (!seen[to[a]] && residual(a) > 0) {
                    seen[to[a]] = true;
                    stack[top++] = to[a];
                }
            }
        }
        return seen;
    }

    /** A binary heap of node ids ordered by their tiered distance, with decrease-key. */
    private static final class IndexedHeap {
        private final int[] heap;
        private final int[] position;
        private final long[][] key;
        private int size;

        IndexedHeap(int nodes, long[][] key) {
            heap = new int[nodes];
            position = new int[nodes];
            Arrays.fill(position, -1);
            this.key = key;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                position[heap[i]] = -1;
            }
            size = 0;
        }

        void push(int v) {
            heap[size] = v;
            position[v] = size;
            up(size++);
        }

        void pushOrDecrease(int v) {
            if (position[v] < 0) {
                push(v);
            } else {
                up(position[v]);
            }
        }

        int pop() {
            int top = heap[0];
            position[top] = -1;
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                position[heap[0]] = 0;
                down(0);
            }
            return top;
        }

        private boolean less(int a, int b) {
            for (long[] k : key) {
                if (k[a] != k[b]) {
                    return k[a] < k[b];
                }
            }
            return false;
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!less(heap[i], heap[parent])) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                int smallest = i;
                if (l < size && less(heap[l], heap[smallest])) {
                    smallest = l;
                }
                if (l + 1 < size && less(heap[l + 1], heap[smallest])) {
                    smallest = l + 1;
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int i, int j) {
            int a = heap[i];
            heap[i] = heap[j];
            heap[j] = a;
            position[heap[i]] = i;
            position[heap[j]] = j;
        }
    }
}
