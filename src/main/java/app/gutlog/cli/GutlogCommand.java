package app.gutlog.cli;

import app.gutlog.app.AppInfo;
import app.gutlog.app.AppServices;
import app.gutlog.app.DataLocation;
import app.gutlog.app.StartPage;
import app.gutlog.app.reminder.ReminderPlatform;
import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code gutlog}: with no subcommand it opens the desktop app; with one it works on the journal from the shell. */
@Command(
        name = "gutlog",
        mixinStandardHelpOptions = true,
        versionProvider = GutlogCommand.Version.class,
        resourceBundle = "app.gutlog.cli.texts",
        subcommands = {MeasuresCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class,
            ExportCommand.class, ImportCommand.class, ReportCommand.class, InsightsCommand.class,
            TrialsCommand.class, DemoCommand.class, LogCommand.class, RemindCommand.class,
            CommandLine.HelpCommand.class})
public final class GutlogCommand implements Runnable {

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "cli.help.db")
    Path db;

    @Option(names = CHECK_IN, descriptionKey = "cli.help.checkIn")
    boolean checkIn;

    /** The system property that tells the desktop app which page to open on. */
    static final String CHECK_IN = "--check-in";

    private final Consumer<Path> desktopApp;
    private final Supplier<ReminderPlatform> reminderPlatform;

    public GutlogCommand(Consumer<Path> desktopApp) {
        this(desktopApp, ReminderPlatform::system);
    }

    GutlogCommand(Consumer<Path> desktopApp, Supplier<ReminderPlatform> reminderPlatform) {
        this.desktopApp = desktopApp;
        this.reminderPlatform = reminderPlatform;
    }

    /** The command line for {@code gutlog}, where {@code desktopApp} opens the app on the given journal file. */
    public static CommandLine commandLine(Consumer<Path> desktopApp) {
        return commandLine(new GutlogCommand(desktopApp));
    }

    static CommandLine commandLine(GutlogCommand gutlog) {
        CommandLine commandLine = new CommandLine(gutlog);
        Texts texts = Texts.of(GutlogCommand.class);
        String defaultJournal = DataLocation.defaultFile().toString().replace("%", "%%");
        commandLine.getCommandSpec().usageMessage().footer("", texts.format("cli.footer", defaultJournal));
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            if (error instanceof JournalException) {
                cmd.getErr().println(texts.format("cli.error", error.getMessage()));
                return 1;
            }
            throw error;
        });
        return commandLine;
    }

    /**
     * The journal to open the desktop app on when the arguments ask for nothing else ({@code gutlog} or
     * {@code gutlog --db FILE}), so that the app starts without building the command line's parser, which loads and
     * inspects every command. Empty for any other arguments: those go to {@link #commandLine}. With
     * {@code --check-in} among them, it also sets {@link StartPage#PROPERTY} for the app to open on the check-in.
     */
    public static Optional<Path> desktopAppJournal(String... arguments) {
        List<String> rest = new ArrayList<>(List.of(arguments));
        boolean checkIn = rest.remove(CHECK_IN);
        Optional<Path> journal = journalOfDesktopApp(rest.toArray(String[]::new));
        if (journal.isPresent() && checkIn) {
            openOnCheckIn();
        }
        return journal;
    }

    private static Optional<Path> journalOfDesktopApp(String... args) {
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
        if (checkIn) {
            openOnCheckIn();
        }
        desktopApp.accept(journalFile());
    }

    private static void openOnCheckIn() {
        StartPage.CHECK_IN.request();
    }

    ReminderPlatform reminderPlatform() {
        return reminderPlatform.get();
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
            Texts texts = Texts.of(GutlogCommand.class);
            return new String[] {info.name() + " " + info.version(),
                texts.format("cli.version.licence", info.licence())};
        }
    }
}
