package app.gutlog.store;

import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * Opening a journal: the file is made private (or opened read-only where its owner made it so), locked for this
 * process, checked and brought up to the current schema. Open it off the JavaFX thread: it touches the disk.
 */
public final class Journals {

    private Journals() {}

    /** Opens (creating if needed) the journal at {@code file} and migrates it to the current schema. */
    public static Database open(Path file) {
        return open(file, Migrations.builtIn());
    }

    static Database open(Path file, Migrations migrations) {
        IntegrityChecks.refuseToStartOverCopies(file.toAbsolutePath());
        Path absolute;
        boolean readOnly;
        try {
            readOnly = PrivateFiles.madeReadOnlyByOwner(file.toAbsolutePath());
            if (!readOnly) {
                PrivateFiles.ensurePrivateFile(file.toAbsolutePath());
            }
            absolute = JournalFiles.realPath(file);
        } catch (FileSystemException e) {
            throw new JournalException(texts().format("store.mayNotWrite", e.getFile(),
                    e.getReason() == null ? "" : texts().format("store.reason", e.getReason())), e);
        } catch (IOException e) {
            throw new JournalException(texts().format("store.cannotCreate", file.toAbsolutePath().toString(),
                    e.getMessage()), e);
        }
        JournalFiles.refuseHardLinks(absolute);
        WriterLock writerLock = WriterLock.acquire(absolute);
        Connection connection;
        try {
            connection = readOnly ? Database.connectReadOnly(absolute) : Database.connect(absolute);
        } catch (RuntimeException e) {
            writerLock.close();
            throw e;
        }
        Database database = new Database(absolute, writerLock, connection, readOnly);
        try {
            IntegrityChecks.refuseDamaged(database);
            Migrator.migrate(database, migrations);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Texts texts() {
        return Texts.of(Journals.class);
    }
}
