package app.gutlog.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where files are offered to be saved: the Documents folder when there is one, else the home folder. */
final class DefaultFolders {

    private DefaultFolders() {}

    static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
