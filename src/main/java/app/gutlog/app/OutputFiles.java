package app.gutlog.app;

import app.gutlog.domain.JournalException;
import app.gutlog.store.AtomicFiles;
import app.gutlog.store.JournalFiles;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The files that exports and reports write: checked before anything is written, then each written atomically. The
 * temporary files of writes that a crash or a kill cut short are removed at the next start.
 */
final class OutputFiles {

    private final Path journalFile;
    private final AtomicFiles files;

    OutputFiles(Path journalFile) {
        this.journalFile = journalFile;
        this.files = AtomicFiles.besideJournal(journalFile);
    }

    /**
     * Removes the temporary files of exports and reports that a crash or a kill cut short. Any it cannot remove yet
     * stay listed, and are tried again at the next start.
     */
    void cleanUpLeftovers() {
        try {
            files.cleanUp();
        } catch (IOException tryAgainNextTime) {
            // the ledger is kept until every file in it is gone
        }
    }

    /**
     * Refuses, before anything is written, files that are the journal's own (however they are named), files that
     * exist when they are to be kept, and a folder that does not exist.
     */
    void check(ExistingFile existing, Path... targets) {
        for (Path target : targets) {
            Path folder = target.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new JournalException(texts().format("app.output.noFolder", String.valueOf(folder)));
            }
            JournalFiles.requireSafeOutput(journalFile, target);
            if (existing == ExistingFile.KEEP && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputExistsException(target);
            }
        }
    }

    /** Writes {@code target} so that it is either complete or absent. */
    void write(Path target, AtomicFiles.Content content) throws IOException {
        files.write(target, content);
    }

    /** The failure of writing {@code target}, or a file that goes with it. */
    static JournalException notWritten(Path target, IOException e) {
        return new JournalException(texts().format("app.output.notWritten", target.toString(), e.getMessage()), e);
    }

    private static Texts texts() {
        return Texts.of(OutputFiles.class);
    }
}
