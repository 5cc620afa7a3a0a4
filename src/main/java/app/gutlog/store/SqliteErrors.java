package app.gutlog.store;

import app.gutlog.domain.DamagedJournalException;
import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What an SQLite error means, in plain words: a damaged file, a full or failing disk, or a folder GutLog may not
 * write. The error is told by SQLite's result code, never by the words of its message.
 */
final class SqliteErrors {

    /** Less free space than this, and a disk error is taken to mean a full disk. */
    private static final long FULL_DISK_BYTES = 16L * 1024 * 1024;

    private SqliteErrors() {}

    /** The exception for an SQLite error: a damaged file gets its own type, so that a backup can be offered. */
    static JournalException failure(Path file, SQLException e) {
        String message = describe(file, e);
        return switch (primaryCode(e)) {
            case SQLITE_CORRUPT, SQLITE_NOTADB ->
                new DamagedJournalException(texts().format("store.damaged.notWritten", message), e);
            default -> new JournalException(message, e);
        };
    }

    static String describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        return switch (primaryCode(e)) {
            case SQLITE_NOTADB -> texts().format("store.sqlite.notADatabase", file.toString());
            case SQLITE_CORRUPT -> texts().format("store.sqlite.corrupt", file.toString(), message);
            case SQLITE_FULL -> texts().format("store.sqlite.full", file.toString(), freeSpace(file) / (1024 * 1024));
            case SQLITE_IOERR -> diskProblem(file, message);
            case SQLITE_READONLY, SQLITE_CANTOPEN ->
                texts().format("store.sqlite.cannotWrite", file.toString(), message);
            default -> texts().format("store.sqlite.other", file.toString(), message);
        };
    }

    /**
     * SQLite's primary result code for {@code e}, so that an extended code (SQLITE_IOERR_SHMSIZE, say) counts as its
     * primary one (SQLITE_IOERR).
     */
    static SQLiteErrorCode primaryCode(SQLException e) {
        int code = e instanceof SQLiteException sqlite ? sqlite.getResultCode().code : e.getErrorCode();
        return SQLiteErrorCode.getErrorCode(code & 0xff);
    }

    /**
     * A failed read or write of the disk, which never means the journal is damaged: the disk is full (with how much
     * is free), or it reported an error.
     */
    static String diskProblem(Path file, String detail) {
        long freeBytes = freeSpace(file);
        if (freeBytes >= 0 && freeBytes < FULL_DISK_BYTES) {
            return texts().format("store.disk.full", file.toString(), freeBytes / (1024 * 1024));
        }
        return texts().format("store.disk.error", file.toString(), detail);
    }

    private static long freeSpace(Path file) {
        for (Path folder = file.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder)) {
                try {
                    return Files.getFileStore(folder).getUsableSpace();
                } catch (IOException unknown) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static Texts texts() {
        return Texts.of(SqliteErrors.class);
    }
}
