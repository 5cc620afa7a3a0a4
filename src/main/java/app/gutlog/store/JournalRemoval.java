package app.gutlog.store;

import app.gutlog.domain.Backup;
import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Deletes a journal for good, with every file GutLog keeps of it. */
public final class JournalRemoval {

    private JournalRemoval() {}

    /**
     * Deletes the journal, its write-ahead files, every backup of it and its lock file (and the backups folder once
     * empty; another journal's backups in it are left alone). The journal must not be open anywhere.
     */
    public static void deleteEverything(Path journal) {
        Path absolute = JournalFiles.realPathOf(journal);
        try (WriterLock held = WriterLock.acquire(absolute)) {
            for (String suffix : List.of("", "-wal", "-shm", "-journal", ".parts")) {
                Files.deleteIfExists(absolute.resolveSibling(absolute.getFileName() + suffix));
            }
            Path backups = BackupFiles.folderOf(absolute);
            for (Backup backup : BackupFiles.listOf(absolute)) {
                Files.delete(backups.resolve(backup.fileName()));
            }
            if (Files.isDirectory(backups)) {
                try (Stream<Path> left = Files.list(backups)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(backups);
                    }
                }
            }
        } catch (IOException e) {
            throw new JournalException(texts().format("store.removal.incomplete", e.getMessage(),
                    String.valueOf(absolute.getParent())), e);
        }
        try {
            Files.deleteIfExists(WriterLock.fileFor(absolute));
        } catch (IOException e) {
            throw new JournalException(
                    texts().format("store.removal.lockFile", WriterLock.fileFor(absolute).toString()), e);
        }
    }

    private static Texts texts() {
        return Texts.of(JournalRemoval.class);
    }
}
