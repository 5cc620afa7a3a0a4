package app.gutlog.app.reminder;

import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The daily reminder to log the day, for the current user (one per user, whatever journal is open: it checks the
 * journal it was turned on for). It is set up with the desktop's own mechanisms, and those files are the setting:
 * <ul>
 *   <li>where a systemd user manager runs, a timer and a service in {@code $XDG_CONFIG_HOME/systemd/user}, which
 *       run {@code gutlog remind} at the time;</li>
 *   <li>elsewhere, an XDG autostart entry in {@code $XDG_CONFIG_HOME/autostart}, which starts {@code gutlog remind
 *       --resident} at login: a small process that waits for the time each day. It is also started at once.</li>
 * </ul>
 * Turning it off removes every file it created; a resident process sees its entry gone and ends within a minute.
 */
public final class ReminderService {

    /** How the reminder is set up. */
    public enum Mechanism { SYSTEMD_TIMER, AUTOSTART }

    /** Overrides where the reminder's files go. */
    public static final String CONFIG_HOME_PROPERTY = "gutlog.configHome";
    static final String TIMER = "gutlog-reminder.timer";
    static final String SERVICE = "gutlog-reminder.service";
    static final String ENTRY = "gutlog-reminder.desktop";

    private final Path configHome;
    private final List<String> launcher;
    private final Path journal;
    private final ProcessRunner runner;

    /**
     * A reminder whose files go under {@code configHome}, which runs {@code launcher} (GutLog's own start command,
     * one or more words) on {@code journal}, and which runs systemctl through {@code runner}.
     */
    public ReminderService(Path configHome, List<String> launcher, Path journal, ProcessRunner runner) {
        this.configHome = configHome;
        this.launcher = List.copyOf(launcher);
        this.journal = journal.toAbsolutePath();
        this.runner = runner;
    }

    /** The reminder of the user running GutLog, for {@code journal}. */
    public static ReminderService forCurrentUser(Path journal) {
        return new ReminderService(configHome(System.getenv(), Path.of(System.getProperty("user.home"))),
                launcherCommand(), journal, ProcessRunner.system());
    }

    /**
     * The system property {@value #CONFIG_HOME_PROPERTY} where set (tests use it), else {@code $XDG_CONFIG_HOME}, or
     * {@code ~/.config} where that is unset or not absolute (as the XDG spec says).
     */
    public static Path configHome(Map<String, String> env, Path home) {
        String property = System.getProperty(CONFIG_HOME_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
    }

    /**
     * How GutLog was started: the launcher script names itself in {@code gutlog.launcher}, and is given the Java
     * runtime it runs on now (a timer or a login session may not have the shell's JAVA_HOME); an installed app's
     * launcher is {@code jpackage.app-path} and brings its own runtime; otherwise {@code gutlog} from the PATH.
     */
    public static List<String> launcherCommand() {
        String script = System.getProperty("gutlog.launcher");
        if (script != null && !script.isBlank()) {
            return List.of("/usr/bin/env", "JAVA_HOME=" + System.getProperty("java.home"), script);
        }
        return List.of(System.getProperty("jpackage.app-path", "gutlog"));
    }

    /** The daily time, or empty when the reminder is off. */
    public Optional<LocalTime> current() {
        Optional<LocalTime> timer = read(timerFile()).flatMap(ReminderFiles::timerTime);
        return timer.isPresent() ? timer : read(entryFile()).flatMap(ReminderFiles::entryTime);
    }

    /** How {@link #enable} would set the reminder up on this desktop. */
    public Mechanism mechanism() {
        try {
            return runner.run(systemctl("show-environment")).succeeded() ? Mechanism.SYSTEMD_TIMER : Mechanism.AUTOSTART;
        } catch (IOException noSystemctl) {
            return Mechanism.AUTOSTART;
        }
    }

    /** The files that the given mechanism writes. */
    public List<Path> files(Mechanism mechanism) {
        return mechanism == Mechanism.SYSTEMD_TIMER ? List.of(timerFile(), serviceFile()) : List.of(entryFile());
    }

    /** Sets the reminder for {@code at} every day, replacing any earlier setting; returns how it was set up. */
    public Mechanism enable(LocalTime at) {
        Mechanism mechanism = mechanism();
        removeFiles(mechanism == Mechanism.SYSTEMD_TIMER ? Mechanism.AUTOSTART : Mechanism.SYSTEMD_TIMER);
        if (mechanism == Mechanism.SYSTEMD_TIMER) {
            write(serviceFile(), ReminderFiles.service(command("remind")));
            write(timerFile(), ReminderFiles.timer(at));
            try {
                systemctlOrFail("daemon-reload");
                systemctlOrFail("enable", "--now", TIMER);
                systemctlOrFail("try-restart", TIMER);
            } catch (ReminderException e) {
                removeFiles(Mechanism.SYSTEMD_TIMER);
                throw e;
            }
        } else {
            write(entryFile(), ReminderFiles.autostartEntry(command("remind", "--resident"), at, UUID.randomUUID().toString()));
            try {
                runner.start(command("remind", "--resident"));
            } catch (IOException e) {
                removeFiles(Mechanism.AUTOSTART);
                throw new ReminderException(texts().format("reminder.cannotStart", launcher.getFirst(), e.getMessage()),
                        e);
            }
        }
        return mechanism;
    }

    /** Turns the reminder off: stops the timer, and removes every file the reminder created. */
    public void disable() {
        if (Files.exists(timerFile())) {
            systemctlIfReachable("disable", "--now", TIMER);
        }
        removeFiles(Mechanism.SYSTEMD_TIMER);
        removeFiles(Mechanism.AUTOSTART);
    }

    /** Whether a resident reminder started with entry {@code id} is still the current one. */
    public boolean isCurrentResident(String id) {
        return read(entryFile()).flatMap(ReminderFiles::entryId).filter(id::equals).isPresent();
    }

    /** The id of the autostart entry that resident reminders started now belong to. */
    public Optional<String> residentId() {
        return read(entryFile()).flatMap(ReminderFiles::entryId);
    }

    /** GutLog's launcher on this reminder's journal, followed by {@code arguments}. */
    public List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(launcher);
        command.add("--db");
        command.add(journal.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private void removeFiles(Mechanism mechanism) {
        List<Path> files = new ArrayList<>(files(mechanism));
        if (mechanism == Mechanism.SYSTEMD_TIMER) {
            // The link that "systemctl enable" made; "disable" removes it, but not where systemd was unreachable.
            Path link = unitFolder().resolve("timers.target.wants").resolve(TIMER);
            if (Files.isSymbolicLink(link)) {
                files.add(link);
            }
        }
        boolean removedUnits = false;
        for (Path file : files) {
            try {
                removedUnits |= Files.deleteIfExists(file) && mechanism == Mechanism.SYSTEMD_TIMER;
            } catch (IOException e) {
                throw new ReminderException(texts().format("reminder.cannotRemove", file.toString(), e.getMessage()), e);
            }
        }
        if (removedUnits) {
            systemctlIfReachable("daemon-reload");
        }
    }

    private void systemctlOrFail(String... arguments) {
        List<String> command = systemctl(arguments);
        ProcessRunner.Result result;
        try {
            result = runner.run(command);
        } catch (IOException e) {
            throw new ReminderException(texts().format("reminder.cannotRunSystemctl", e.getMessage()), e);
        }
        if (!result.succeeded()) {
            throw new ReminderException(texts().format("reminder.systemctlFailed", String.join(" ", command),
                    result.exitCode(), errorOutput(result)));
        }
    }

    private void systemctlIfReachable(String... arguments) {
        try {
            runner.run(systemctl(arguments));
        } catch (IOException noSystemctl) {
            // Without systemd there is no timer to stop: removing the files is all there is to do.
        }
    }

    private static List<String> systemctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("systemctl", "--user"));
        command.addAll(List.of(arguments));
        return command;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(part, text, StandardCharsets.UTF_8);
            if (part.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-------"));
            }
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ReminderException(texts().format("reminder.cannotWrite", file.toString(), e.getMessage()), e);
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ReminderException(texts().format("reminder.cannotRead", file.toString(), e.getMessage()), e);
        }
    }

    private Path unitFolder() {
        return configHome.resolve("systemd").resolve("user");
    }

    Path timerFile() {
        return unitFolder().resolve(TIMER);
    }

    Path serviceFile() {
        return unitFolder().resolve(SERVICE);
    }

    Path entryFile() {
        return configHome.resolve("autostart").resolve(ENTRY);
    }

    /** ": what the command wrote to its error output", or "" when it wrote nothing there. */
    static String errorOutput(ProcessRunner.Result result) {
        return result.error().isBlank() ? "" : texts().format("reminder.errorOutput", result.error().strip());
    }

    static Texts texts() {
        return Texts.of(ReminderService.class);
    }
}
