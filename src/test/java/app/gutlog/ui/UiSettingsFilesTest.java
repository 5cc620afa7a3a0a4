package app.gutlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.ui.bootstrap.UiSettings;
import app.gutlog.ui.shared.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GutLog's settings on disk are its owner's alone, whatever umask created their folders. */
class UiSettingsFilesTest {

    private final Preferences node = Preferences.userRoot().node("gutlog-test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
        node.flush();
    }

    @Test
    void savingASettingLeavesItsFolderAndFileReadableByTheOwnerAlone() throws Exception {
        Path root = Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")), ".java",
                ".userPrefs");
        Path folder = root.resolve(node.absolutePath().substring(1));
        node.put("probe", "x");
        node.flush();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        new UiSettings(node).setTheme(Theme.DARK);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("prefs.xml"))))
                .isEqualTo("rw-------");
    }
}
