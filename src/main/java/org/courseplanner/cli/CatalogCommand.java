package org.courseplanner.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogFormat;
import org.courseplanner.domain.catalog.CatalogImportSummary;
import org.courseplanner.domain.catalog.CatalogPlanner;
import org.courseplanner.domain.catalog.CatalogReader;
import org.courseplanner.domain.catalog.CatalogSection;
import org.courseplanner.ical.CatalogReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code catalog import}, {@code catalog list}, {@code catalog search} and {@code catalog clear}: a term's catalog of sections. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"A term's catalog of sections, as the registrar publishes it: kept apart from your plan until you choose",
            "sections ('generate ... --apply N'). Times are the school's wall-clock times."},
        subcommands = {CatalogCommand.Import.class, CatalogCommand.ListSections.class, CatalogCommand.Search.class, CatalogCommand.Clear.class},
        footer = {"", "Examples:", "  catalog import fall-2026.json", "  catalog list --course \"CS 101\"", "  catalog search lopez"})
final class CatalogCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read a registrar's catalog into the term, replacing the one it had (sections are compared by CRN):",
                "QuACS-style JSON, the catalog CSV (one row per meeting) or an .ics with one series per section",
                "(docs/catalog-formats.md). Sessions already taken from the catalog stay in the plan as they are."},
            footer = {"", "Examples:", "  catalog import fall-2026.json", "  catalog import sections.csv --dry-run",
                "  catalog import timetable.ics --format ics --term \"Fall 2026\""})
    static final class Import implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Parameters(paramLabel = "FILE", description = "The catalog file (.json, .csv or .ics).")
        Path file;
        @Option(names = "--format", paramLabel = "quacs|csv|ics",
                description = "The file's format (default: from its name, else from its first bytes).")
        String format;
        @Option(names = "--dry-run", description = "Only say what would be added, changed and removed.")
        boolean dryRun;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            Term t = planner.term(term.name);
            CatalogFormat given = format == null ? null : CatalogFormat.parse(format);
            CatalogReader.Reading reading = CatalogReaders.files().read(file, given, t);
            CatalogPlanner catalogs = new CatalogPlanner(planner);
            Catalog catalog = reading.catalog();
            CatalogImportSummary summary = dryRun ? catalogs.compare(t.name(), catalog) : catalogs.importCatalog(t.name(), catalog);
            var out = root.out();
            out.println("Read " + Output.count(summary.sections(), "section", "sections") + " of "
                    + Output.count(summary.courses(), "course", "courses") + " from " + file + ".");
            reading.notes().forEach(n -> out.println("Note: " + n));
            String counts = summary.added() + " added, " + summary.changed() + " changed, " + summary.removed() + " removed, "
                    + summary.unchanged() + " as they were";
            out.println(dryRun ? "Dry run, nothing changed: the catalog of " + t.name() + " would have " + counts + "."
                    : "Catalog of " + t.name() + " imported: sections " + counts + ".");
            if (!summary.takenChanged().isEmpty()) {
                out.println("Your plan has sections this catalog changes (CRN " + String.join(", ", summary.takenChanged())
                        + "): your sessions stay as they are; generate again for their courses with --apply to take the new times.");
            }
            if (!summary.takenRemoved().isEmpty()) {
                out.println("Your plan has sections this catalog no longer lists (CRN " + String.join(", ", summary.takenRemoved())
                        + "): check with the registrar; your sessions stay as they are.");
            }
            if (!dryRun && summary.sections() > 0) {
                out.println("Next: catalog list --course CODE, or generate --courses \"" + catalog.courses().get(0).code() + ",...\"");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the term's catalog: each course with its sections (component, section, CRN, instructor) and their",
                "meetings (days, times, dates, location), in the school's zone."},
            footer = {"", "Examples:", "  catalog list", "  catalog list --course \"CS 101\"", "  catalog list --json"})
    static final class ListSections implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Option(names = "--course", paramLabel = "CODE", description = "Only this course's sections (\"cs101\" names \"CS 101\").")
        String course;
        @Option(names = "--json", description = "Print a JSON array of sections, each with its meetings.")
        boolean json;

        @Override
        public void run() {
            show(spec, term, json, catalog -> course == null ? catalog.sections() : catalog.requireCourse(course).sections(),
                    termName -> "The catalog of " + termName + " has no sections.");
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Find sections whose code, title, instructor, CRN, section or location holds every word of TEXT (any case).",
            footer = {"", "Examples:", "  catalog search lopez", "  catalog search \"linear algebra\"", "  catalog search cs101 --json"})
    static final class Search implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Parameters(paramLabel = "TEXT", description = "The words to look for.")
        String text;
        @Option(names = "--json", description = "Print a JSON array of the sections found, each with its meetings.")
        boolean json;

        @Override
        public void run() {
            show(spec, term, json, catalog -> catalog.search(text), termName -> "No section of the catalog of " + termName + " matches \""
                    + text + "\".");
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true,
            description = "Remove the term's catalog. Sessions you took from it stay in the plan, with their CRNs.",
            footer = {"", "Examples:", "  catalog clear", "  catalog clear --term \"Spring 2027\""})
    static final class Clear implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Term t = root.planner().term(term.name);
            CatalogImportSummary summary = new CatalogPlanner(root.planner()).importCatalog(t.name(), Catalog.EMPTY);
            root.out().println("Cleared the catalog of " + t.name() + ": " + Output.count(summary.removed(), "section", "sections")
                    + " removed; sessions taken from it stay in the plan.");
        }
    }

    /**
     * Prints the sections {@code pick} takes from the term's catalog; {@code none} says, for the
     * term's name, why a catalog that is not empty gave none.
     */
    private static void show(CommandSpec spec, TermOption term, boolean json, Function<Catalog, List<CatalogSection>> pick,
                             Function<String, String> none) {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        Term t = root.planner().term(term.name);
        Catalog catalog = new CatalogPlanner(root.planner()).catalog(t.name());
        List<CatalogSection> sections = pick.apply(catalog);
        var out = root.out();
        if (json) {
            out.println(Output.json(sections.stream().map(CatalogText::json).toList()));
            return;
        }
        if (sections.isEmpty()) {
            out.println(catalog.isEmpty() ? "The catalog of " + t.name() + " is empty. Import one: catalog import FILE" : none.apply(t.name()));
            return;
        }
        Map<String, Boolean> courses = new LinkedHashMap<>();
        sections.forEach(s -> courses.put(s.courseKey(), true));
        out.println(Output.count(sections.size(), "section", "sections") + " of " + Output.count(courses.size(), "course", "courses")
                + " in the catalog of " + t.name() + " (" + catalog.sections().size() + " in all), times in " + t.schoolZone().getId() + ":");
        CatalogText.print(out, sections);
    }
}
