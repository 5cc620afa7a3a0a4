package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ana/gutlog/journal.db"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataLocation.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/gutlog/journal.db"));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecSays() {
        assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/gutlog/journal.db"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataLocation.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/GutLog/journal.db"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataLocation.resolve(null, Map.of("APPDATA", "/users/ana/roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/users/ana/roaming/GutLog/journal.db"));
    }

    @Test
    void theEnvironmentVariableOverridesTheDefault() {
        assertThat(DataLocation.resolve(null, Map.of("GUTLOG_DB", "/tmp/mine.db"), "Linux", HOME))
                .isEqualTo(Path.of("/tmp/mine.db"));
    }

    @Test
    void theCommandLineOverridesEverything() {
        assertThat(DataLocation.resolve(Path.of("/tmp/cli.db"), Map.of("GUTLOG_DB", "/tmp/env.db"), "Linux", HOME))
                .isEqualTo(Path.of("/tmp/cli.db"));
    }
}
