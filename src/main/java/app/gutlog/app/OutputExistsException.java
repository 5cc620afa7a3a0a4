package app.gutlog.app;

import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.nio.file.Path;

/** An export or a report was not written because its file exists already and replacing it was not asked for. */
public final class OutputExistsException extends JournalException {

    private final transient Path file;

    public OutputExistsException(Path file) {
        super(Texts.of(OutputExistsException.class).format("app.output.exists", file.toString()));
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
