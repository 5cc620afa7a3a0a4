package app.gutlog.app;

import app.gutlog.store.JournalFiles;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the journal lives: {@code --db PATH} first, then the {@code GUTLOG_DB} variable, then the operating
 * system's per-user data folder.
 */
public final class DataLocation {

    public static final String ENV_VARIABLE = "GUTLOG_DB";
    public static final String FILE_NAME = JournalFiles.DEFAULT_FILE_NAME;

    private DataLocation() {}

    /** The journal for this process: its command-line override, environment and operating system. */
    public static Path resolve(Path commandLineOverride) {
        return resolve(commandLineOverride, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    public static Path resolve(Path commandLineOverride, Map<String, String> env, String osName, Path home) {
        if (commandLineOverride != null) {
            return commandLineOverride.toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return defaultFile(env, osName, home);
    }

    /** The journal in this operating system's per-user data folder, ignoring any override. */
    public static Path defaultFile() {
        return defaultFile(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path defaultFile(Map<String, String> env, String osName, Path home) {
        return defaultFolder(env, osName, home).resolve(FILE_NAME);
    }

    private static Path defaultFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("GutLog");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("GutLog");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("gutlog");
    }
}
