package app.gutlog.cli;

import app.gutlog.app.AppInfo;
import app.gutlog.app.AppServices;
import app.gutlog.app.DataLocation;
import app.gutlog.domain.JournalException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code gutlog}: with no subcommand it opens the desktop app; with one it works on the journal from the shell. */
@Command(
        name = "gutlog",
        mixinStandardHelpOptions = true,
        versionProvider = GutlogCommand.Version.class,
        description = {
            "GutLog: a private journal of symptoms and habits for people who suspect a leaky gut.",
            "With no command, opens the desktop app. Nothing leaves this computer."
        },
        subcommands = {MeasuresCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class,
            ExportCommand.class, ImportCommand.class, ReportCommand.class, InsightsCommand.class,
            TrialsCommand.class, DemoCommand.class, LogCommand.class, CommandLine.HelpCommand.class})
public final class GutlogCommand implements Runnable {

    @Option(names = "--db", paramLabel = "FILE", description = "The journal file to use.")
    Path db;

    private final Consumer<Path> desktopApp;

    public GutlogCommand(Consumer<Path> desktopApp) {
        this.desktopApp = desktopApp;
    }

    /** The command line for {@code gutlog}, where {@code desktopApp} opens the app on the given journal file. */
    public static CommandLine commandLine(Consumer<Path> desktopApp) {
        CommandLine commandLine = new CommandLine(new GutlogCommand(desktopApp));
        String defaultJournal = DataLocation.defaultFile().toString().replace("%", "%%");
        commandLine.getCommandSpec().usageMessage().footer(
                "", "The journal is " + defaultJournal + " unless --db or the GUTLOG_DB variable names another file.");
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            if (error instanceof JournalException) {
                cmd.getErr().println("gutlog: " + error.getMessage());
                return 1;
            }
            throw error;
        });
        return commandLine;
    }

    /**
     * The journal to open the desktop app on when the arguments ask for nothing else ({@code gutlog} or
     * {@code gutlog --db FILE}), so that the app starts without building the command line's parser, which loads and
     * inspects every command. Empty for any other arguments: those go to {@link #commandLine}.
     */
    public static Optional<Path> desktopAppJournal(String... args) {
        String db;
        if (args.length == 0) {
            db = null;
        } else if (args.length == 2 && args[0].equals("--db")) {
            db = args[1];
        } else if (args.length == 1 && args[0].startsWith("--db=")) {
            db = args[0].substring("--db=".length());
        } else {
            return Optional.empty();
        }
        if (db != null && (db.isEmpty() || db.startsWith("-") || db.startsWith("@"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(DataLocation.resolve(db == null ? null : Path.of(db)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public void run() {
        desktopApp.accept(journalFile());
    }

    Path journalFile() {
        return DataLocation.resolve(db);
    }

    AppServices openJournal() {
        return AppServices.open(journalFile());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            AppInfo info = AppInfo.load();
            return new String[] {info.name() + " " + info.version(), "Licence: " + info.licence()};
        }
    }
}
