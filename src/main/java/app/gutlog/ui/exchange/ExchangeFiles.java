package app.gutlog.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the exchange dialogs offer to read and write files, and opening what they wrote: files are offered in the
 * folder used last, else in Documents, else in the home folder.
 */
public final class ExchangeFiles {

    /** The folder a file was last exported to, imported from or saved a report in, kept between runs. */
    public interface RecentFolder {
        Optional<Path> lastFolder();

        void rememberFolder(Path folder);
    }

    private final RecentFolder recent;
    private final Consumer<String> opener;

    /** {@code opener} opens an address (a file: URI here) in the system's own application for it. */
    public ExchangeFiles(RecentFolder recent, Consumer<String> opener) {
        this.recent = recent;
        this.opener = opener;
    }

    /** The folder to offer a file in. */
    public Path startFolder() {
        return recent.lastFolder().filter(Files::isDirectory).orElseGet(ExchangeFiles::documents);
    }

    /** Remembers the folder of {@code file}, which was just read or written. */
    public void used(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            recent.rememberFolder(folder);
        }
    }

    /** Opens {@code path}, a file or a folder, as the system's file manager or viewer would. */
    public void open(Path path) {
        opener.accept(path.toAbsolutePath().toUri().toString());
    }

    private static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
