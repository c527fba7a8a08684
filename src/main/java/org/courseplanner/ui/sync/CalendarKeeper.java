package org.courseplanner.ui.sync;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.sync.CalendarServer.ServerRefused;
import org.courseplanner.domain.sync.CalendarServers;
import org.courseplanner.domain.sync.CalendarSync;
import org.courseplanner.domain.sync.SyncAccount;
import org.courseplanner.domain.sync.SyncConflict;
import org.courseplanner.domain.sync.SyncReport;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Delays;
import org.courseplanner.ui.common.Failures;
import org.courseplanner.ui.common.RunningWork;

/**
 * Keeps the term shown on its calendar. A publish starts a quiet moment after the last edit (a
 * burst of edits is one publish), runs in the background, never two at once (an edit during one
 * asks for another after it); a server out of reach is tried again later, each time after a longer
 * wait, and at the next edit. The status says what is not on the calendar yet.
 */
public final class CalendarKeeper {
    /** What the status says. */
    public enum State { OFF, UP_TO_DATE, SENDING, PENDING, CONFLICTS }

    private final CalendarSync sync;
    private final CalendarServers servers;
    private final Passwords passwords;
    private final BackgroundTasks tasks;
    private final Delays delays;
    private final SyncTiming timing;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.OFF);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ObservableList<SyncConflict> conflicts = FXCollections.observableArrayList();
    private Function<SyncAccount, Optional<char[]>> passwordAsker = account -> Optional.empty();

    /** The term shown, and how many times it changed (a late answer about an earlier one is dropped). */
    private Term term;
    private int shown;
    private SyncAccount account;
    private Runnable timer;
    private boolean running;
    private boolean again;
    private boolean overwriteAgain;
    private int failures;
    /** The student was asked for the password in this session (and gave none): not asked again until they choose to. */
    private boolean asked;
    private RunningWork publishing;
    private boolean stopped;
    /** The plan's version as other processes change it (SQLite's data_version), and how often it is read; null: not watched. */
    private LongSupplier planVersion;
    private Duration watchEvery;
    private long versionSeen = Long.MIN_VALUE;
    private Runnable watchTimer;

    /**
     * @param tasks runs the publishes, on a thread of their own: a slow server must not hold up the edits
     */
    public CalendarKeeper(CalendarSync sync, CalendarServers servers, Passwords passwords, BackgroundTasks tasks, Delays delays,
                          SyncTiming timing) {
        this.sync = sync;
        this.servers = servers;
        this.passwords = passwords;
        this.tasks = tasks;
        this.delays = delays;
        this.timing = timing;
    }

    /** Asks the student for the password when none is saved (once per window session); empty: they did not give one. */
    public void setPasswordAsker(Function<SyncAccount, Optional<char[]>> asker) {
        this.passwordAsker = asker;
    }

    /**
     * Also publishes what other processes change (a {@code session set} in a terminal, a second
     * window): every {@code every}, the plan's version is read in the background, and a change is
     * handled as an edit of the window's own. The version changes only with other connections' commits.
     */
    public void watchOtherProcesses(LongSupplier version, Duration every) {
        this.planVersion = version;
        this.watchEvery = every;
        watch();
    }

    private void watch() {
        if (planVersion == null || stopped) {
            return;
        }
        watchTimer = delays.after(watchEvery, () -> {
            watchTimer = null;
            if (account == null || stopped) {
                watch();
                return;
            }
            tasks.run("Looking for changes to the plan", planVersion::getAsLong, version -> {
                if (versionSeen != Long.MIN_VALUE && version != versionSeen) {
                    edited();
                }
                versionSeen = version;
                watch();
            }, failure -> watch());
        });
    }

    /** The window shows this term: reads its calendar, and publishes what the command line changed meanwhile. */
    public void termShown(Term shownTerm) {
        cancelTimer();
        term = shownTerm;
        shown++;
        account = null;
        failures = 0;
        conflicts.clear();
        show(State.OFF, "", "");
        if (shownTerm == null) {
            return;
        }
        int asShown = shown;
        String name = shownTerm.name();
        tasks.run("Reading the calendar of " + name, () -> new Found(sync.account(name).orElse(null), sync.pending(name).size()), found -> {
            if (asShown == shown && found.account() != null) {
                account = found.account();
                if (found.pending() == 0) {
                    show(State.UP_TO_DATE, "Calendar up to date", "Every change is on " + where(account) + ".");
                } else {
                    publishNow(false);
                }
            }
        }, failure -> show(State.OFF, "", ""));
    }

    private record Found(SyncAccount account, int pending) {
    }

    /** The calendar of the term shown, if it is synced. */
    public Optional<SyncAccount> account() {
        return Optional.ofNullable(account);
    }

    /** The term shown (null: none). */
    public Term term() {
        return term;
    }

    /** The term was set up with this calendar: publish everything now. */
    public void accountSet(SyncAccount set) {
        account = set;
        failures = 0;
        asked = false;
        publishNow(false);
    }

    /** The term is no longer synced. */
    public void accountForgotten() {
        cancelTimer();
        account = null;
        conflicts.clear();
        show(State.OFF, "", "");
    }

    /** An edit was saved: publish once the edits stop for a moment. */
    public void edited() {
        if (account != null && !stopped) {
            schedule(timing.quiet());
        }
    }

    /** Publishes now (the student asked): also asks for the password again if they declined before. */
    public void retryNow() {
        asked = false;
        publishNow(false);
    }

    /** Writes the plan's version over the calendar's copies that were changed there (the student chose so). */
    public void overwriteConflicts() {
        publishNow(true);
    }

    /** The window is closing: nothing more is scheduled; a publish under way stops at its next step, keeping what it sent. */
    public void stop() {
        stopped = true;
        cancelTimer();
        if (watchTimer != null) {
            watchTimer.run();
            watchTimer = null;
        }
        if (publishing != null) {
            publishing.cancel();
        }
    }

    private void schedule(Duration wait) {
        cancelTimer();
        timer = delays.after(wait, () -> {
            timer = null;
            publishNow(false);
        });
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.run();
            timer = null;
        }
    }

    private void publishNow(boolean overwrite) {
        cancelTimer();
        if (account == null || stopped) {
            return;
        }
        if (running) {
            again = true;
            overwriteAgain |= overwrite;
            return;
        }
        running = true;
        int asShown = shown;
        String name = term.name();
        SyncAccount to = account;
        RunningWork progress = new RunningWork(Runnable::run);
        publishing = progress;
        show(State.SENDING, "Sending changes to your calendar…", "Publishing to " + where(to) + ".");
        tasks.run("Publishing " + name + " to " + where(to), () -> attempt(name, to, overwrite, progress),
                outcome -> finished(asShown, to, overwrite, outcome),
                failure -> finished(asShown, to, overwrite, new Attempt.Failed(failure)));
    }

    /** One publish, in the background. */
    private Attempt attempt(String name, SyncAccount to, boolean overwrite, RunningWork progress) {
        Optional<char[]> password = passwords.find(to);
        if (password.isEmpty()) {
            int pending = sync.pending(name).size();
            // nothing to send (an edit that changed nothing on the calendar): no reason to ask for the password
            return pending == 0 ? new Attempt.Published(new SyncReport(0, 0, 0, 0, List.of(), List.of(), null))
                    : new Attempt.NoPassword(pending);
        }
        try {
            return new Attempt.Published(sync.publish(name, servers.connect(to, password.get()), overwrite, progress));
        } catch (ServerRefused refused) {
            return new Attempt.Refused(refused, sync.pending(name).size());
        } finally {
            java.util.Arrays.fill(password.get(), '\0');
        }
    }

    /** What became of one try. */
    private sealed interface Attempt {
        record Published(SyncReport report) implements Attempt {
        }

        record NoPassword(int pending) implements Attempt {
        }

        record Refused(ServerRefused why, int pending) implements Attempt {
        }

        record Failed(Throwable why) implements Attempt {
        }
    }

    private void finished(int asShown, SyncAccount to, boolean overwrite, Attempt attempt) {
        running = false;
        publishing = null;
        if (stopped) {
            return;
        }
        if (asShown != shown || !to.equals(account)) {
            // another term or calendar meanwhile: it gets a publish of its own, which also sends what was asked for meanwhile
            again = false;
            overwriteAgain = false;
            if (account != null) {
                publishNow(false);
            }
            return;
        }
        if (attempt instanceof Attempt.Published published) {
            reported(published.report());
        } else if (attempt instanceof Attempt.NoPassword none) {
            if (!asked) {
                asked = true;
                Optional<char[]> given = passwordAsker.apply(to);
                if (given.isPresent()) {
                    passwords.keep(to, given.get());
                    again = true;
                    overwriteAgain |= overwrite;
                }
            }
            if (!again) {
                notSent(none.pending(), "No password was given for " + where(to)
                        + ": click here to give it, or save it in File ▸ Sync with a calendar….");
            }
        } else if (attempt instanceof Attempt.Refused refused) {
            passwords.drop(to); // a wrong password given in this session: ask again next time
            asked = false;
            notSent(refused.pending(), where(to) + " refused the changes: " + refused.why().getMessage()
                    + ". Fix it in File ▸ Sync with a calendar…, then click here.");
        } else if (attempt instanceof Attempt.Failed failed) {
            notSent(-1, Failures.sentence("Could not publish to your calendar", failed.why()));
        }
        if (again) {
            again = false;
            boolean overwriteNext = overwriteAgain;
            overwriteAgain = false;
            publishNow(overwriteNext);
        }
    }

    private void reported(SyncReport report) {
        conflicts.setAll(report.conflicts());
        if (report.stoppedBecause() != null) {
            failures++;
            Duration wait = timing.retryAfter(failures);
            notSent(report.pending(), "Not sent because " + report.stoppedBecause() + ". Trying again " + in(wait)
                    + " and after your next change; click here to try now.");
            if (!again) {
                schedule(wait);
            }
            return;
        }
        failures = 0;
        if (!report.conflicts().isEmpty()) {
            show(State.CONFLICTS, count(report.conflicts().size(), "conflict") + " on your calendar",
                    "Changed on the calendar by another app since the last publish: click here to choose which version to keep.");
        } else {
            show(State.UP_TO_DATE, "Calendar up to date", "Every change is on " + where(account) + ".");
        }
    }

    private void notSent(int pending, String why) {
        show(State.PENDING, pending < 0 ? "Changes not yet on your calendar"
                : count(pending, "change") + " not yet on your calendar", why);
    }

    private void show(State now, String text, String why) {
        state.set(now);
        status.set(text);
        detail.set(why);
    }

    /** "1 change", "3 changes". */
    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** "in 30 seconds", "in 1 minute", "in 5 minutes". */
    static String in(Duration wait) {
        long seconds = wait.toSeconds();
        if (seconds < 60) {
            return "in " + count((int) Math.max(seconds, 1), "second");
        }
        return "in " + count((int) wait.toMinutes(), "minute");
    }

    private static String where(SyncAccount account) {
        return account == null ? "your calendar" : account.calendar().getHost();
    }

    /** What the status bar shows: "Calendar up to date", "3 changes not yet on your calendar"…; "" when not synced. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status's longer sentence, for its tooltip: why something was not sent, when it is tried again. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The calendar's copies that the last publish did not overwrite. */
    public ObservableList<SyncConflict> conflicts() {
        return FXCollections.unmodifiableObservableList(conflicts);
    }
}
