package app.gutlog.ui.exchange;

import app.gutlog.app.OutputExistsException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Tells why an export or a report was not written: a file that is there already is asked about, the rest said. */
final class OutputFailures {

    private OutputFailures() {}

    static void report(Throwable error, Consumer<String> failed, Consumer<Path> exists) {
        if (error instanceof OutputExistsException existing) {
            exists.accept(existing.file());
        } else {
            failed.accept(error.getMessage());
        }
    }
}
