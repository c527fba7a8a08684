package org.courseplanner.ui.sync;

import java.io.IOException;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.sync.CalendarServer;
import org.courseplanner.domain.sync.CalendarServers;
import org.courseplanner.domain.sync.CalendarSync;
import org.courseplanner.domain.sync.SyncAccount;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Failures;

/**
 * File ▸ Sync with a calendar…: the calendar's address, the login and what goes there, checked as
 * the student asks for a test or saves. A refused value is named with its field and nothing is
 * saved; the password goes to the credential store only when the student asks for it.
 */
public final class SyncSetUpViewModel {
    private final CalendarSync sync;
    private final CalendarServers servers;
    private final Passwords passwords;
    private final BackgroundTasks tasks;
    private final CalendarKeeper keeper;
    private final String termName;

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(false);
    private final BooleanProperty commitments = new SimpleBooleanProperty(false);
    private final BooleanProperty tasksToo = new SimpleBooleanProperty(false);
    private final StringProperty reminder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Refusal> refusal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper rememberHint = new ReadOnlyStringWrapper("");
    private final boolean synced;

    /** The form filled with the term's calendar as set up before, if any. */
    public SyncSetUpViewModel(CalendarSync sync, CalendarServers servers, Passwords passwords, BackgroundTasks tasks, CalendarKeeper keeper) {
        this.sync = sync;
        this.servers = servers;
        this.passwords = passwords;
        this.tasks = tasks;
        this.keeper = keeper;
        this.termName = keeper.term() == null ? null : keeper.term().name();
        Optional<SyncAccount> current = keeper.account();
        synced = current.isPresent();
        current.ifPresent(a -> {
            url.set(a.calendar().toString());
            user.set(a.user());
            commitments.set(a.withCommitments());
            tasksToo.set(a.tasks());
            reminder.set(a.alarmMinutes() == null ? "" : a.alarmMinutes().toString());
        });
        tasks.run("Finding where passwords are kept", passwords::where, where -> rememberHint.set("Kept in " + where
                + ", never in the plan file. Unticked, it is asked once each time the window opens."), failure -> rememberHint.set(
                Failures.sentence("Passwords cannot be saved on this computer", failure)));
        url.addListener(o -> connection.set(""));
        user.addListener(o -> connection.set(""));
        password.addListener(o -> connection.set(""));
    }

    /** The account the form describes, or a refusal naming the field to fix. */
    SyncAccount account() {
        Integer minutes = null;
        String typed = reminder.get() == null ? "" : reminder.get().strip();
        if (!typed.isEmpty()) {
            try {
                minutes = Integer.valueOf(typed);
            } catch (NumberFormatException e) {
                throw new Refusal("alarm", "write the reminder in whole minutes before classes and deadlines, e.g. 15,"
                        + " or leave it empty for none");
            }
        }
        return new SyncAccount(SyncAccount.url(url.get()), user.get(), commitments.get(), tasksToo.get(), minutes);
    }

    /** "Test connection": asks the server, in the background, whether the URL and login name a calendar it can write. */
    public void testConnection() {
        Optional<SyncAccount> account = checked();
        if (account.isEmpty()) {
            return;
        }
        char[] typed = password.get().toCharArray();
        busy.set(true);
        connection.set("Asking " + account.get().calendar().getHost() + "…");
        tasks.run("Testing the calendar", () -> {
            char[] pw = typed.length > 0 ? typed : passwords.find(account.get()).orElseThrow(() -> noPassword(account.get()));
            try {
                return servers.connect(account.get(), pw).check();
            } catch (IOException e) {
                throw new Unreachable(e);
            }
        }, check -> {
            busy.set(false);
            connection.set(connected(check));
        }, failure -> {
            busy.set(false);
            connection.set("");
            refused(failure);
        });
    }

    /** "Connected to “Personal”". */
    private static String connected(CalendarServer.Check check) {
        String name = check.displayName() == null || check.displayName().isBlank() ? "the calendar" : "“" + check.displayName() + "”";
        return "Connected to " + name + (check.takesTasks() ? "." : ". It takes no tasks: leave “Also tasks” unticked.");
    }

    /**
     * Save: the term publishes to this calendar from now on, starting at once in the background;
     * {@code done} runs (to close the form) once it is saved. A refusal keeps the form open.
     */
    public void save(Runnable done) {
        Optional<SyncAccount> account = checked();
        if (account.isEmpty() || termName == null) {
            return;
        }
        char[] typed = password.get().toCharArray();
        boolean keep = remember.get();
        busy.set(true);
        tasks.run("Saving the calendar", () -> {
            SyncAccount a = account.get();
            char[] pw = typed.length > 0 ? typed : passwords.find(a).orElseThrow(() -> noPassword(a));
            sync.setUp(termName, a);
            if (keep) {
                passwords.save(a, pw);
            } else if (typed.length > 0) {
                passwords.forget(a); // a new password given but not to be remembered: an old saved one must not linger
            }
            passwords.keep(a, pw);
            return a;
        }, a -> {
            busy.set(false);
            keeper.accountSet(a);
            done.run();
        }, failure -> {
            busy.set(false);
            refused(failure);
        });
    }

    /** Stop syncing: the term is no longer published and its saved password is forgotten; what is on the calendar stays. */
    public void stopSyncing(Runnable done) {
        Optional<SyncAccount> was = keeper.account();
        if (termName == null) {
            return;
        }
        busy.set(true);
        tasks.run("Stopping the calendar sync", () -> {
            sync.forget(termName);
            was.ifPresent(passwords::forget);
            return null;
        }, ignored -> {
            busy.set(false);
            keeper.accountForgotten();
            done.run();
        }, failure -> {
            busy.set(false);
            refused(failure);
        });
    }

    private Optional<SyncAccount> checked() {
        try {
            SyncAccount account = account();
            refusal.set(null);
            return Optional.of(account);
        } catch (Refusal r) {
            refusal.set(r);
            return Optional.empty();
        }
    }

    private Refusal noPassword(SyncAccount account) {
        return new Refusal("password", "give the password of " + account.user() + " on " + account.calendar().getHost()
                + " (some servers, such as iCloud and Fastmail, want an app password made for this)");
    }

    private void refused(Throwable failure) {
        if (failure instanceof Refusal r) {
            refusal.set(r);
        } else if (failure instanceof Unreachable u) {
            refusal.set(new Refusal("url", "could not reach the server (" + describe(u.getCause())
                    + "): check the address and your connection, then test again"));
        } else if (failure instanceof CalendarServer.ServerRefused r) {
            refusal.set(new Refusal(r.status() == 401 ? "password" : "url", "the server said no: " + r.getMessage()));
        } else {
            refusal.set(new Refusal("", Failures.sentence("Could not reach the calendar", failure)));
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The server could not be reached (an IOException, carried out of the background work). */
    private static final class Unreachable extends RuntimeException {
        Unreachable(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Under "Remember the password": where it is kept ("the GNOME keyring"), once the store says (it may have to be started). */
    public ReadOnlyStringProperty rememberHintProperty() {
        return rememberHint.getReadOnlyProperty();
    }

    /** True when the term already publishes to a calendar ("Stop syncing" is offered). */
    public boolean synced() {
        return synced;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public BooleanProperty commitmentsProperty() {
        return commitments;
    }

    public BooleanProperty tasksProperty() {
        return tasksToo;
    }

    public StringProperty reminderProperty() {
        return reminder;
    }

    /** What the connection test found ("" before one). */
    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** Why the form was not accepted, naming its field; null when nothing is refused. */
    public ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** A test or a save is under way (the buttons wait). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
