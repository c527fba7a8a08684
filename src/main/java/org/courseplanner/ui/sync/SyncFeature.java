package org.courseplanner.ui.sync;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.sync.CalendarServers;
import org.courseplanner.domain.sync.CalendarSync;
import org.courseplanner.domain.sync.CredentialStore;
import org.courseplanner.domain.sync.ResourceWriter;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.CalendarLink;
import org.courseplanner.ui.common.Delays;
import org.courseplanner.ui.common.FileAsker;
import org.courseplanner.ui.common.Settings;
import org.courseplanner.ui.common.Theme;

/**
 * Calendar sync and the subscribed .ics file as app wires them into the main window: the set-up
 * form, the keeper that publishes after each edit, the status and its dialogs.
 */
public final class SyncFeature implements CalendarLink {
    private final CalendarSync sync;
    private final CalendarServers servers;
    private final Passwords passwords;
    private final BackgroundTasks tasks;
    private final CalendarKeeper keeper;
    private final SubscribedFile subscribed;
    private final FileAsker files;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");

    /** What the feature is made of, as app gives it. */
    public record Parts(ResourceWriter writer, CalendarServers servers, CredentialStore credentials, CalendarFiles calendarFiles,
                        Settings settings, FileAsker files) {
    }

    /**
     * @param tasks  a background thread of the sync's own: publishes wait on the network, never the edits on them
     * @param window the main window, which owns the password dialog
     */
    public SyncFeature(Planner planner, Parts parts, BackgroundTasks tasks, Delays delays, SyncTiming timing, Supplier<Window> window) {
        this.sync = new CalendarSync(planner, parts.writer());
        this.servers = parts.servers();
        this.passwords = new Passwords(parts.credentials());
        this.tasks = tasks;
        this.files = parts.files();
        this.keeper = new CalendarKeeper(sync, servers, passwords, tasks, delays, timing);
        this.subscribed = new SubscribedFile(planner, parts.calendarFiles(), tasks, parts.settings());
        keeper.setPasswordAsker(account -> PasswordDialog.ask(window.get(), account));
        keeper.watchOtherProcesses(planner::dataVersion, timing.watch());
        // the calendar's status; a subscribed file that could not be written is said instead until it can
        status.bind(Bindings.when(subscribed.problemProperty().isEmpty()).then(keeper.statusProperty())
                .otherwise(subscribed.problemProperty()));
        detail.bind(Bindings.when(subscribed.problemProperty().isEmpty()).then(keeper.detailProperty())
                .otherwise("Click to choose another file or stop keeping it."));
    }

    @Override
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    @Override
    public void termShown(Term term) {
        keeper.termShown(term);
        subscribed.termShown(term);
    }

    @Override
    public void edited() {
        keeper.edited();
        subscribed.edited();
    }

    @Override
    public void openSetUp(Window owner) {
        if (keeper.term() != null) {
            SyncSetUpView.show(owner, new SyncSetUpViewModel(sync, servers, passwords, tasks, keeper), keeper.term().name());
        }
    }

    @Override
    public void chooseSubscribedFile(Window owner) {
        Term term = keeper.term();
        if (term == null) {
            return;
        }
        Optional<Path> kept = subscribed.file();
        if (kept.isPresent()) {
            ButtonType other = new ButtonType("Choose another file…", ButtonBar.ButtonData.OK_DONE);
            ButtonType stop = new ButtonType("Stop keeping it", ButtonBar.ButtonData.LEFT);
            Alert alert = new Alert(Alert.AlertType.INFORMATION, kept.get() + " is rewritten after every change of " + term.name()
                    + ", for calendar apps that subscribe to it.", other, stop, ButtonType.CLOSE);
            alert.setTitle("Course Planner");
            alert.setHeaderText("An .ics file kept up to date");
            alert.initOwner(owner);
            Theme.style(alert.getDialogPane(), owner);
            Optional<ButtonType> chosen = alert.showAndWait();
            if (chosen.filter(stop::equals).isPresent()) {
                subscribed.stopKeeping();
                return;
            }
            if (chosen.filter(other::equals).isEmpty()) {
                return;
            }
        }
        String suggested = term.name().replaceAll("[^A-Za-z0-9-]+", "-").toLowerCase(Locale.ROOT) + ".ics";
        files.toSave(owner, "Keep an .ics file of " + term.name() + " up to date", FileAsker.Kind.CALENDAR, suggested)
                .ifPresent(subscribed::keep);
    }

    @Override
    public void statusChosen(Window owner) {
        if (!subscribed.problemProperty().get().isEmpty()) {
            chooseSubscribedFile(owner);
            return;
        }
        switch (keeper.stateProperty().get()) {
            case CONFLICTS -> {
                if (ConflictsView.askOverwrite(owner, keeper.conflicts())) {
                    keeper.overwriteConflicts();
                }
            }
            case PENDING -> keeper.retryNow();
            default -> openSetUp(owner);
        }
    }

    @Override
    public void stop() {
        keeper.stop();
    }

    /** The keeper, for tests that watch what it publishes. */
    public CalendarKeeper keeper() {
        return keeper;
    }
}
