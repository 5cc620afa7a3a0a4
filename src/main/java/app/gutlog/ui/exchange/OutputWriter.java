package app.gutlog.ui.exchange;

import app.gutlog.app.ExistingFile;
import app.gutlog.app.OutputExistsException;
import app.gutlog.app.TaskRunner;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.DialogService;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Writes an export or a report in the background, and asks before it replaces a file that is there already. */
final class OutputWriter {

    /** The writing itself, keeping or replacing a file that is there already. */
    @FunctionalInterface
    interface Write<T> {
        T to(ExistingFile existing, TaskRunner.Progress progress) throws Exception;
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Texts texts = Texts.of(OutputWriter.class);

    OutputWriter(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /**
     * Writes; a file that is there already is replaced only once the person says so (Cancel is the default).
     * {@code done} gets what was written, {@code failed} the message of what went wrong.
     */
    <T> void write(String title, Write<T> write, Consumer<? super T> done, Consumer<String> failed) {
        write(title, write, ExistingFile.KEEP, done, failed);
    }

    private <T> void write(String title, Write<T> write, ExistingFile existing, Consumer<? super T> done,
            Consumer<String> failed) {
        tasks.run(title, progress -> write.to(existing, progress), done, error -> {
            if (error instanceof OutputExistsException exists) {
                if (replaceAllowed(exists.file())) {
                    write(title, write, ExistingFile.REPLACE, done, failed);
                }
            } else {
                failed.accept(error.getMessage());
            }
        });
    }

    private boolean replaceAllowed(Path file) {
        return dialogs.confirm("replace-dialog", texts.format("exchange.replace.title", file.getFileName()),
                texts.format("exchange.replace.message", file.toString()), texts.get("exchange.replace.action"));
    }
}
