package app.gutlog.store;

import app.gutlog.domain.DamagedJournalException;
import app.gutlog.domain.JournalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a journal can be trusted: SQLite's quick check each time it is opened and its full integrity check on
 * request, and the refusal to start an empty journal where one was lost.
 */
public final class IntegrityChecks {

    private IntegrityChecks() {}

    /**
     * Refuses to start an empty journal where the journal is missing or empty (0 bytes) but backups of it, or a
     * damaged copy kept aside, are there: the person has lost their journal, not begun a new one.
     */
    static void refuseToStartOverCopies(Path journal) {
        try {
            if (Files.exists(journal) && Files.size(journal) > 0) {
                return;
            }
        } catch (IOException e) {
            throw new JournalException("Cannot read the journal " + journal + ": " + e.getMessage(), e);
        }
        List<String> kept = BackupFiles.keptCopies(journal);
        if (!kept.isEmpty()) {
            throw new DamagedJournalException("The journal " + journal + (Files.exists(journal) ? " is empty (0 bytes)"
                    : " is missing") + ", but copies of it are kept: " + String.join(", ", kept) + ". GutLog has not"
                    + " started an empty journal over them. Restore the newest good backup (gutlog restore FILE, or"
                    + " the button below in the app); to start afresh instead, move those copies somewhere else.");
        }
    }

    /** Refuses a journal that fails SQLite's {@code quick_check}, before anything is written to it. */
    static void refuseDamaged(Database database) {
        List<String> problems = problems(database, "quick_check");
        if (!problems.isEmpty()) {
            throw new DamagedJournalException("The journal " + database.file() + " is damaged ("
                    + String.join("; ", problems) + "). GutLog has not written to it.");
        }
    }

    /**
     * SQLite's full integrity check of the journal, taken while holding the journal's lock (so it is not open
     * elsewhere): an empty list when it is sound.
     */
    public static List<String> check(Path journal) {
        Path absolute = JournalFiles.realPathOf(journal);
        if (!Files.isRegularFile(absolute)) {
            throw new JournalException("There is no journal at " + absolute);
        }
        try (WriterLock held = WriterLock.acquire(absolute)) {
            if (Files.size(absolute) == 0 && !BackupFiles.keptCopies(absolute).isEmpty()) {
                return List.of("the journal is empty (0 bytes), but copies of it are kept: "
                        + String.join(", ", BackupFiles.keptCopies(absolute)));
            }
            return problemsIn(absolute);
        } catch (IOException e) {
            throw new JournalException("Cannot read the journal " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * What SQLite's full {@code integrity_check} says of a journal or backup file: an empty list when it is sound.
     * The file is only read. A disk that fails to read it is not a damaged file: that error is thrown, not listed.
     */
    public static List<String> problemsIn(Path file) {
        try (Database copy = Database.openReadOnly(file)) {
            return problems(copy, "integrity_check");
        } catch (DamagedJournalException e) {
            return List.of(e.getMessage());
        }
    }

    /** What SQLite's {@code integrity_check} or {@code quick_check} finds wrong: empty when the file is sound. */
    static List<String> problems(Database database, String check) {
        return database.read(c -> {
            List<String> found = new ArrayList<>();
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("PRAGMA " + check)) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            found.remove("ok");
            return found;
        });
    }
}
