package org.courseplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.courseplanner.caldav.CalDavClient;
import org.courseplanner.credentials.Credentials;
import org.courseplanner.domain.sync.CalendarServers;
import org.courseplanner.domain.sync.CredentialStore;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.courseplanner.domain.PlanBusyException;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.StorageException;
import org.courseplanner.logging.Logs;
import org.courseplanner.persistence.DataFolder;
import org.courseplanner.persistence.PlanDatabase;
import org.courseplanner.persistence.PlanFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line: {@code course-planner [--db FILE] [COMMAND]}; with no command it opens the window. */
@Command(name = "course-planner", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Plan a semester of live classes and online modules.",
            "With no command, opens the planner window. Commands work without a display."},
        footer = {"", "Exit status: 0 done, 1 refused (nothing was changed), 2 wrong usage,",
            "3 busy (another window or command kept the plan busy for 30 s; nothing was changed)."})
public final class CoursePlannerCommand implements Callable<Integer>, AutoCloseable {
    /** Exit status for an input the planner refused; nothing was changed. */
    public static final int REFUSED = 1;
    /** Exit status when another window or command kept the plan busy for too long; nothing was changed, try again. */
    public static final int BUSY = 3;
    /** How long a command waits for another window or command that is changing the plan. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(CoursePlannerCommand.class.getName());

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = {"The plan file (default: planner.db in your data folder, e.g. ~/.local/share/course-planner/).",
                "Commands create a missing file, empty."})
    Path database;

    @Option(names = "--empty", description = "Opening the window on a new file: leave out the sample term.")
    boolean empty;

    @Option(names = "--today", paramLabel = "DATE",
            description = "Take DATE (e.g. 2027-01-12) for today: the window opens on that week and 'study plan' plans from that day (for trying a term ahead, or screenshots).")
    java.time.LocalDate today;

    private final WindowOpener windowOpener;
    private final Clock clock;
    private Planner planner;
    private CalendarServers calendarServers = CalDavClient::new;
    private CredentialStore credentials;
    /** How long to wait for another writer; tests make it short. */
    Duration busyWait = BUSY_WAIT;

    public CoursePlannerCommand(WindowOpener windowOpener, Clock clock) {
        this.windowOpener = windowOpener;
        this.clock = clock;
    }

    /**
     * The commands, in the order help lists them. They are added to the command line in code, not
     * named in {@code @Command}, so that a command line can be built with just the one it runs
     * ({@link #commandLine(CoursePlannerCommand, String...)}).
     */
    static final List<Class<?>> COMMANDS = List.of(TermCommand.class, CourseCommand.class, SessionCommand.class, ModuleCommand.class,
            CommitmentCommand.class, StudyCommand.class, ListCommand.class, RemoveCommand.class, AgendaCommand.class, ConflictsCommand.class,
            WorkloadCommand.class, ExportCommand.class, ImportCommand.class, PublishCommand.class, CatalogCommand.class, GenerateCommand.class,
            PrintCommand.class, CommandLine.HelpCommand.class);

    /** A ready command line with every command: converters, exit codes and error messages set up. */
    public static CommandLine commandLine(CoursePlannerCommand root) {
        return build(root, COMMANDS);
    }

    /**
     * A ready command line to execute {@code args} with. Picocli reads every command's annotations
     * when it builds a command line, a third of a short command's time in a fresh process; when
     * the arguments name one command after the plan's own options, only that command is built.
     * Anything else (help, a mistake) gets every command, and so does a mistake found while the
     * arguments are parsed: it is parsed again with every command, so that what it prints (the
     * list of commands, "did you mean") is the same.
     */
    public static CommandLine commandLine(CoursePlannerCommand root, String... args) {
        Optional<Class<?>> only = CommandChoice.of(args, COMMANDS);
        if (only.isEmpty()) {
            return commandLine(root);
        }
        CommandLine commandLine = build(root, List.of(only.get()));
        boolean[] parsed = {false};
        CommandLine.IExecutionStrategy strategy = commandLine.getExecutionStrategy();
        commandLine.setExecutionStrategy(parseResult -> {
            parsed[0] = true;
            return strategy.execute(parseResult);
        });
        CommandLine.IParameterExceptionHandler mistakes = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((e, given) -> {
            if (parsed[0]) { // the command itself refused a value: it prints the same with every command
                return mistakes.handleParseException(e, given);
            }
            CommandLine every = commandLine(root);
            every.setOut(commandLine.getOut());
            every.setErr(commandLine.getErr());
            return every.execute(given);
        });
        return commandLine;
    }

    private static CommandLine build(CoursePlannerCommand root, List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(root);
        // before the settings below, which reach only the commands added by then
        commands.forEach(commandLine::addSubcommand);
        Converters.registerAll(commandLine);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // "@file" would put a file's contents into a title or a location (issue 14): every argument is taken as typed
        commandLine.setExpandAtFiles(false);
        Logs.start(DataFolder.defaultDatabase().getParent());
        commandLine.setExecutionStrategy(parseResult -> execute(root, parseResult));
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            if (e instanceof PlanBusyException) {
                cl.getErr().println(cl.getColorScheme().errorText(e.getMessage()));
                return BUSY;
            }
            if (e instanceof Refusal || e instanceof PlanFileException || e instanceof StorageException) {
                if (e instanceof StorageException) {
                    LOG.log(Level.WARNING, "Could not read or save the plan", e); // a disk's fault, not the student's
                }
                cl.getErr().println(cl.getColorScheme().errorText("refused: " + e.getMessage()));
                return REFUSED;
            }
            if (e instanceof CommandLine.TypeConversionException) {
                // a value checked after parsing (e.g. --quiet 22:00-07:00): wrong usage, like any other bad value
                cl.getErr().println(cl.getColorScheme().errorText(e.getMessage()));
                return cl.getCommandSpec().exitCodeOnInvalidInput();
            }
            return failed(e, cl, parseResult);
        });
        return commandLine;
    }

    /**
     * The commands that only read the plan; every other command may change it. {@code generate}
     * searches without holding the plan (it may take seconds); its --apply is one transaction.
     * {@code publish} changes no item of the plan: it records each write the calendar server
     * confirms in a transaction of its own, so that it holds no lock while it waits for the
     * network and a publish cut short keeps what it sent.
     */
    private static final java.util.Set<Class<?>> READING = java.util.Set.of(ListCommand.class, AgendaCommand.class,
            ConflictsCommand.class, WorkloadCommand.class, ExportCommand.class, PrintCommand.class, TermCommand.ListTerms.class,
            CatalogCommand.ListSections.class, CatalogCommand.Search.class, GenerateCommand.class, PublishCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * Runs a command that may change the plan in one write transaction, from the first read to the
     * last write (docs/decisions/0015): a command reads what it changes ({@code --break} adds to
     * the term's breaks, {@code set} keeps what it is not told), so another window or command must
     * not change the plan in between. Reading commands and help take no lock.
     */
    private static int execute(CoursePlannerCommand root, CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult leaf = parseResult;
        boolean help = parseResult.isUsageHelpRequested() || parseResult.isVersionHelpRequested();
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
            help |= leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested();
        }
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        if (leaf == parseResult || help || READING.contains(leaf.commandSpec().userObject().getClass())) {
            return run.execute(parseResult);
        }
        try {
            return root.planner().atomically(() -> run.execute(parseResult));
        } catch (CommandLine.ExecutionException | CommandLine.ParameterException e) {
            throw e;
        } catch (RuntimeException e) { // the plan could not be opened or locked: as if the command had said so
            throw new CommandLine.ExecutionException(leaf.commandSpec().commandLine(), e.getMessage(), e);
        }
    }

    /** An exception that is not a refusal: a bug or the computer's fault. Its stack trace goes to the log, else to stderr. */
    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        LOG.log(Level.SEVERE, "course-planner " + String.join(" ", parseResult.originalArgs()) + " failed", e);
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName() : e.getMessage();
        String log = Logs.file().map(Path::toString).orElse(null);
        cl.getErr().println(cl.getColorScheme().errorText("failed: " + why + (log != null ? " (details in " + log + ")" : "")));
        if (log == null) {
            e.printStackTrace(cl.getErr()); // no log file could be written: the details must not be lost
        }
        return cl.getCommandSpec().exitCodeOnExecutionException();
    }

    @Override
    public Integer call() {
        return windowOpener.open(database, empty, today);
    }

    Path databaseFile() {
        return database != null ? database : DataFolder.defaultDatabase();
    }

    /** The plan, opened on first use (creating an empty file when there is none). */
    Planner planner() {
        if (planner == null) {
            planner = PlanDatabase.planner(databaseFile(), clock, busyWait);
        }
        return planner;
    }

    /** Publishes to these calendars, with these saved passwords, instead of the real ones (tests). */
    void useCalendars(CalendarServers servers, CredentialStore store) {
        this.calendarServers = servers;
        this.credentials = store;
    }

    CalendarServers calendarServers() {
        return calendarServers;
    }

    /** Where calendar passwords are saved (the keyring, else a file only the user can read), found on first use. */
    CredentialStore credentials() {
        if (credentials == null) {
            credentials = Credentials.forThisComputer();
        }
        return credentials;
    }

    /** The root command of the command line that {@code spec} belongs to. */
    static CoursePlannerCommand root(CommandSpec spec) {
        return (CoursePlannerCommand) spec.root().userObject();
    }

    Clock clock() {
        return clock;
    }

    /** The day given with --today, or null. */
    java.time.LocalDate today() {
        return today;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public void close() {
        if (planner != null) {
            planner.close();
            planner = null;
        }
    }
}
