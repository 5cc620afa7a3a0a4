package app.gutlog.app;

import app.gutlog.domain.JournalException;
import java.nio.file.Path;

/** An export or a report was not written because its file exists already and replacing it was not asked for. */
public final class OutputExistsException extends JournalException {

    private final transient Path file;

    public OutputExistsException(Path file) {
        super(file + " exists already, so nothing was written. Choose another file, or replace it with --force.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
