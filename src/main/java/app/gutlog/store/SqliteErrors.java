package app.gutlog.store;

import app.gutlog.domain.DamagedJournalException;
import app.gutlog.domain.JournalException;
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
                new DamagedJournalException(message + " GutLog has not written to it.", e);
            default -> new JournalException(message, e);
        };
    }

    static String describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        return switch (primaryCode(e)) {
            case SQLITE_NOTADB -> "The file " + file + " is not a GutLog journal that SQLite can read: its header is"
                    + " damaged, or it is another kind of file.";
            case SQLITE_CORRUPT -> "The journal " + file + " is damaged: " + message;
            case SQLITE_FULL -> "The journal " + file + " cannot grow: the disk is full ("
                    + freeSpace(file) / (1024 * 1024) + " MB free). Nothing was changed, and what was saved before is"
                    + " kept. Free some space and try again.";
            case SQLITE_IOERR -> diskProblem(file, message);
            case SQLITE_READONLY, SQLITE_CANTOPEN ->
                "GutLog cannot write to " + file + ". Check that the folder is writable. (" + message + ")";
            default -> "Journal error in " + file + ": " + message;
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
            return "The disk holding " + file + " is full (" + freeBytes / (1024 * 1024) + " MB free). Nothing was"
                    + " changed, and what was saved before is kept. Free some space and try again.";
        }
        return "The disk holding " + file + " reported an error (" + detail + "). Nothing was changed, and the"
                + " journal is not damaged by it. Try again; if it keeps happening, check the disk.";
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
}
