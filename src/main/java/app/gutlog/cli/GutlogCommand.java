package app.gutlog.cli;

import app.gutlog.app.AppInfo;
import app.gutlog.app.AppServices;
import app.gutlog.app.DataLocation;
import app.gutlog.domain.JournalException;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
            TrialsCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
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
