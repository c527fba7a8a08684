package org.courseplanner.cli;

import java.nio.file.Path;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.CalendarImport;
import org.courseplanner.domain.CalendarImportService;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Term;
import org.courseplanner.ical.IcsExporter;
import org.courseplanner.ical.IcsImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE.ics}: a school timetable, an LMS deadline feed or our own export, in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import an iCalendar (.ics) file into a term: weekly classes become sessions, deadlines single-window",
            "modules, other timed events commitments. Importing the same file again updates instead of duplicating."})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    TermOption term;
    @Parameters(paramLabel = "FILE.ics", description = "The file to import.")
    Path file;
    @Option(names = "--dry-run", description = "Only say what would be created or updated.")
    boolean dryRun;

    @Override
    public void run() {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        Planner planner = root.planner();
        Term t = planner.term(term.name);
        CalendarImport data = new CalendarFiles(planner, new IcsExporter(), new IcsImporter()).read(file, t);
        CalendarImportService.Report report = new CalendarImportService(planner).apply(t.name(), data, dryRun);
        report.lines().forEach(root.out()::println);
        root.out().println((dryRun ? "Dry run, nothing changed: would create " : "Imported into " + t.name() + ": created ")
                + report.created() + ", " + (dryRun ? "would update " : "updated ") + report.updated() + ", skipped " + report.skipped() + ".");
    }
}
