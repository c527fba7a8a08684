package org.courseplanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.sync.CalendarServer;
import org.courseplanner.domain.sync.CalendarSync;
import org.courseplanner.domain.sync.CredentialStore;
import org.courseplanner.domain.sync.PendingChange;
import org.courseplanner.domain.sync.SyncAccount;
import org.courseplanner.domain.sync.SyncConflict;
import org.courseplanner.domain.sync.SyncReport;
import org.courseplanner.ical.IcsResourceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publish}: the term on a CalDAV calendar (a phone's, Nextcloud's…), kept in step with the plan. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish a term to a CalDAV calendar (Nextcloud, Radicale, Fastmail,",
            "iCloud with an app password, Google) and keep it in step: each publish",
            "sends only what changed since the last one and deletes what you removed;",
            "an event changed on the calendar is listed, never overwritten (unless",
            "--overwrite). Give --url and --user once; after that 'publish' alone",
            "sends what is pending. The password never goes into the plan file:",
            "--password-file, COURSE_PLANNER_PASSWORD, the saved one (--remember-",
            "password), or it is asked for. Exit 1 while changes are left pending."})
final class PublishCommand implements java.util.concurrent.Callable<Integer> {
    static final String PASSWORD_VARIABLE = "COURSE_PLANNER_PASSWORD";
    @Spec
    CommandSpec spec;
    @Mixin
    TermOption term;
    @Option(names = "--url", paramLabel = "URL",
            description = "The calendar's address, e.g. https://cloud.example.org/remote.php/dav/calendars/ana/personal/ (https, or http on this computer).")
    String url;
    @Option(names = "--user", paramLabel = "NAME", description = "Your login on the calendar server.")
    String user;
    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE.")
    Path passwordFile;
    @Option(names = "--remember-password", description = "Save the password for the next publish (in your keyring, else a file only you can read).")
    boolean rememberPassword;
    @Option(names = "--with-commitments", negatable = true, description = "Also publish your commitments (job shifts…).")
    Boolean withCommitments;
    @Option(names = "--tasks", negatable = true, description = "Also a to-do per module week, for calendars that have tasks.")
    Boolean tasks;
    @Option(names = "--alarm", paramLabel = "MINUTES", description = "A reminder this many minutes before each class and deadline.")
    Integer alarm;
    @Option(names = "--status", description = "Only say what the next publish would send; nothing is sent.")
    boolean status;
    @Option(names = "--test", description = "Only check the address and the login.")
    boolean test;
    @Option(names = "--overwrite", description = "Also replace events that were changed or deleted on the calendar since the last publish.")
    boolean overwrite;
    @Option(names = "--stop", description = "Stop publishing this term (what is on the calendar stays there) and forget the saved password.")
    boolean stop;

    /** 0 when the calendar now holds the plan (or nothing was to be sent), 1 when changes are left pending. */
    @Override
    public Integer call() {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        CalendarSync sync = new CalendarSync(root.planner(), new IcsResourceWriter());
        Term chosen = root.planner().term(term.name);
        if (stop) {
            stop(root, sync, chosen);
            return 0;
        }
        SyncAccount account = account(sync, chosen);
        if (status) {
            status(root, sync, chosen, account);
            return 0;
        }
        char[] password = password(root, account);
        try {
            CalendarServer server = root.calendarServers().connect(account, password);
            boolean complete = true;
            if (test) {
                CalendarServer.Check check = server.check();
                root.out().println("Connected to \"" + check.displayName() + "\" at " + account.calendar() + " as " + account.user()
                        + (check.components().isEmpty() ? "" : " (it takes " + String.join(", ", check.components()) + ")"));
                if (!sync.account(chosen.name()).filter(account::equals).isPresent()) {
                    sync.setUp(chosen.name(), account);
                    root.out().println(chosen.name() + " will be published there: run publish to send it.");
                }
            } else {
                complete = report(root, chosen, account, sync.publish(chosen.name(), server, overwrite, Progress.NONE));
            }
            if (rememberPassword) {
                CredentialStore store = root.credentials();
                store.save(account.calendar(), account.user(), password);
                root.out().println("Saved the password in " + store.where());
            }
            return complete ? 0 : CoursePlannerCommand.REFUSED;
        } catch (IOException unreachable) {
            throw new Refusal("url", "the calendar server at " + account.calendar().getHost() + " could not be reached ("
                    + unreachable.getMessage() + "): check the address and your connection, then try again");
        } catch (CalendarServer.ServerRefused refused) {
            throw new Refusal("url", refused.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The saved account, changed by the options given; the first publish must name the calendar. */
    private SyncAccount account(CalendarSync sync, Term chosen) {
        Optional<SyncAccount> saved = sync.account(chosen.name());
        if (saved.isEmpty() && (url == null || user == null)) {
            throw new Refusal(url == null ? "url" : "user", "the term " + chosen.name() + " is not published to a calendar yet:"
                    + " give --url and --user once, e.g. publish --url https://cloud.example.org/remote.php/dav/calendars/ana/personal/"
                    + " --user ana --password-file ~/.calendar-password");
        }
        SyncAccount base = saved.orElse(null);
        SyncAccount wanted = new SyncAccount(url != null ? SyncAccount.url(url) : base.calendar(), user != null ? user : base.user(),
                withCommitments != null ? withCommitments : base != null && base.withCommitments(),
                tasks != null ? tasks : base != null && base.tasks(), alarm != null ? alarm : base == null ? null : base.alarmMinutes());
        if (!wanted.equals(base) && !status && !test) { // --test saves it only once the server said yes
            sync.setUp(chosen.name(), wanted);
        }
        return wanted;
    }

    private void status(CoursePlannerCommand root, CalendarSync sync, Term chosen, SyncAccount account) {
        List<PendingChange> pending = sync.account(chosen.name()).filter(account::equals).isPresent() ? sync.pending(chosen.name()) : null;
        if (pending == null) {
            root.out().println(chosen.name() + " would be published to a new calendar, " + account.calendar() + ": every event is sent.");
            return;
        }
        root.out().println(chosen.name() + " is published to " + account.calendar() + " as " + account.user() + ": "
                + (pending.isEmpty() ? "the calendar is up to date." : Output.count(pending.size(), "change", "changes") + " not yet on it:"));
        pending.forEach(c -> root.out().println("  " + c.kind().verb() + " " + c.summary()));
    }

    private void stop(CoursePlannerCommand root, CalendarSync sync, Term chosen) {
        Optional<SyncAccount> saved = sync.account(chosen.name());
        if (saved.isEmpty()) {
            root.out().println(chosen.name() + " was not published to a calendar: nothing to stop.");
            return;
        }
        sync.forget(chosen.name());
        root.credentials().forget(saved.get().calendar(), saved.get().user());
        root.out().println("Stopped publishing " + chosen.name() + " to " + saved.get().calendar()
                + "; its events stay on that calendar, and the saved password is forgotten.");
    }

    /** From the file, the variable, the saved ones, or the console; refused when none of them has one. */
    private char[] password(CoursePlannerCommand root, SyncAccount account) {
        if (passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                Refusal.require(!lines.isEmpty() && !lines.get(0).isEmpty(), "password-file",
                        "the password file " + passwordFile + " is empty: put the password on its first line");
                return lines.get(0).toCharArray();
            } catch (NoSuchFileException e) {
                throw new Refusal("password-file", "there is no file " + passwordFile + ": give the file that holds your password");
            } catch (IOException e) {
                throw new Refusal("password-file", "cannot read " + passwordFile + " (" + e.getMessage() + ")");
            }
        }
        String variable = System.getenv(PASSWORD_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        Optional<char[]> saved = root.credentials().password(account.calendar(), account.user());
        if (saved.isPresent()) {
            return saved.get();
        }
        java.io.Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for %s at %s: ", account.user(), account.calendar().getHost());
            if (typed != null && typed.length > 0) {
                return typed;
            }
        }
        throw new Refusal("password", "no password for " + account.user() + " at " + account.calendar().getHost()
                + ": give --password-file FILE (add --remember-password to save it), or set " + PASSWORD_VARIABLE);
    }

    /** Prints what the publish did; false when it left changes pending. */
    private boolean report(CoursePlannerCommand root, Term chosen, SyncAccount account, SyncReport report) {
        root.out().println("Published " + chosen.name() + " to " + account.calendar() + ": " + report.added() + " added, "
                + report.changed() + " changed, " + report.removed() + " removed, " + report.unchanged() + " unchanged.");
        for (SyncConflict conflict : report.conflicts()) {
            root.out().println("  not sent: " + conflict.describe());
        }
        if (!report.conflicts().isEmpty()) {
            root.out().println("Kept the calendar's versions of " + Output.count(report.conflicts().size(), "event", "events")
                    + ": run publish --overwrite to replace them with the plan's.");
        }
        if (report.stoppedBecause() != null) {
            root.out().println("Stopped because " + report.stoppedBecause() + ": " + Output.count(report.notSent().size(), "change", "changes")
                    + " not yet on your calendar; run publish again to send them.");
        }
        return report.complete();
    }
}
