package org.courseplanner.ui.sync;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.PlanRepository;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.sync.CalendarResource;
import org.courseplanner.domain.sync.PublishedResource;
import org.courseplanner.domain.sync.ResourceWriter;
import org.courseplanner.domain.sync.SyncAccount;
import org.courseplanner.domain.sync.SyncStore;
import org.courseplanner.persistence.SqlitePlanRepository;

/** Plans whose store keeps calendar sync, and a resource writer that is easy to read: one resource per class series. */
final class SyncingPlans {
    private SyncingPlans() {
    }

    /** A planner on a SQLite plan whose sync state is kept in memory beside it. */
    static Planner planner(SqlitePlanRepository plan, Clock clock) {
        SyncStore sync = new MemorySyncStore();
        PlanRepository both = (PlanRepository) Proxy.newProxyInstance(SyncingPlans.class.getClassLoader(),
                new Class<?>[] {PlanRepository.class, SyncStore.class}, (proxy, method, args) -> {
                    Object target = method.getDeclaringClass() == SyncStore.class ? sync : plan;
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new Planner(both, clock);
    }

    static Planner planner(Path file, Clock clock) {
        return planner(SqlitePlanRepository.open(file), clock);
    }

    /** One resource per class series (and per commitment when asked), its text the series' times. */
    static final ResourceWriter SERIES = (plan, planUid, revisions, options) -> {
        List<CalendarResource> all = new ArrayList<>();
        for (SyncSession s : plan.sessions()) {
            if (s.pattern().isPlaced()) {
                String summary = plan.courseById(s.courseId()).code() + " " + s.kind().title();
                all.add(CalendarResource.of(planUid + "-" + s.id(), summary, "BEGIN:VCALENDAR\r\nSUMMARY:" + summary + "\r\nWHEN:"
                        + s.pattern().describe() + "\r\nDTSTAMP:20261201T000000Z\r\nEND:VCALENDAR\r\n"));
            }
        }
        if (options.withCommitments()) {
            for (Commitment c : plan.commitments()) {
                all.add(CalendarResource.of(planUid + "-" + c.id(), c.title(), "BEGIN:VCALENDAR\r\nSUMMARY:" + c.title() + "\r\nWHEN:"
                        + c.pattern().describe() + "\r\nEND:VCALENDAR\r\n"));
            }
        }
        return all;
    };

    /** The store's side of calendar sync, in memory. */
    private static final class MemorySyncStore implements SyncStore {
        private final Map<Long, SyncAccount> accounts = new ConcurrentHashMap<>();
        private final Map<Long, Map<String, PublishedResource>> published = new ConcurrentHashMap<>();

        @Override
        public Optional<SyncAccount> account(long termId) {
            return Optional.ofNullable(accounts.get(termId));
        }

        @Override
        public void saveAccount(long termId, SyncAccount account) {
            SyncAccount before = accounts.put(termId, account);
            if (before != null && (!before.calendar().equals(account.calendar()) || !before.user().equals(account.user()))) {
                published.remove(termId);
            }
        }

        @Override
        public void forgetAccount(long termId) {
            accounts.remove(termId);
            published.remove(termId);
        }

        @Override
        public Map<String, PublishedResource> published(long termId) {
            return Map.copyOf(published.getOrDefault(termId, Map.of()));
        }

        @Override
        public void recordPublished(long termId, PublishedResource resource) {
            published.computeIfAbsent(termId, id -> new ConcurrentHashMap<>()).put(resource.uid(), resource);
        }

        @Override
        public void forgetPublished(long termId, String uid) {
            published.getOrDefault(termId, new ConcurrentHashMap<>()).remove(uid);
        }
    }
}
