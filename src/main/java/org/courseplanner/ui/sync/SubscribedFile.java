package org.courseplanner.ui.sync;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Term;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Failures;
import org.courseplanner.ui.common.Settings;

/**
 * An .ics file kept up to date for apps that subscribe to a file (or a folder synced to the web):
 * rewritten in the background after every edit, whole (written beside it, then renamed over it),
 * so a subscriber never reads half a file. Which file is a setting of this computer, per plan file
 * and term: another computer opening the same plan must not write to this one's path.
 */
public final class SubscribedFile {
    /** The whole term, as Export .ics writes it by default: every course, without commitments, tasks or reminders. */
    static final ExportOptions OPTIONS = ExportOptions.EVERYTHING_BUT_COMMITMENTS;

    private final Planner planner;
    private final CalendarFiles files;
    private final BackgroundTasks tasks;
    private final Settings settings;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Term term;

    public SubscribedFile(Planner planner, CalendarFiles files, BackgroundTasks tasks, Settings settings) {
        this.planner = planner;
        this.files = files;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** The window shows this term: its file (if any) is written now, so that it holds what the command line changed too. */
    public void termShown(Term shown) {
        term = shown;
        problem.set("");
        write();
    }

    /** The file kept for the term shown, if one was chosen. */
    public Optional<Path> file() {
        if (term == null) {
            return Optional.empty();
        }
        String path = settings.get(key(term), "");
        return path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
    }

    /** Keeps {@code file} up to date from now on (written at once). */
    public void keep(Path file) {
        if (term != null) {
            settings.put(key(term), file.toAbsolutePath().toString());
            write();
        }
    }

    /** No file is kept up to date any more (the last one written stays as it is). */
    public void stopKeeping() {
        if (term != null) {
            settings.put(key(term), "");
            problem.set("");
        }
    }

    /** An edit was saved: the file follows. */
    public void edited() {
        write();
    }

    private void write() {
        Optional<Path> file = file();
        if (file.isEmpty()) {
            return;
        }
        long termId = term.id();
        tasks.run("Writing " + file.get(), () -> files.export(planner.plan(termId), OPTIONS, file.get()),
                written -> problem.set(""),
                failure -> problem.set(failed(file.get(), failure)));
    }

    /** "Could not keep fall.ics up to date." and why: a refusal's own sentence says what to do. */
    private static String failed(Path file, Throwable failure) {
        String doing = "Could not keep " + file.getFileName() + " up to date";
        return failure instanceof org.courseplanner.domain.Refusal ? doing + ". " + Failures.sentence(doing, failure)
                : Failures.sentence(doing, failure);
    }

    /** Why the file could not be written the last time ("" when it was). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The setting's key: the plan file and the term, so each term of each plan has a file of its own. */
    private String key(Term of) {
        return "ics.subscribed." + planner.location() + "#" + of.id();
    }
}
