package app.gutlog.store;

import app.gutlog.domain.DamagedJournalException;
import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
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
            throw new JournalException(texts().format("store.cannotReadJournal", journal.toString(), e.getMessage()),
                    e);
        }
        List<String> kept = BackupFiles.keptCopies(journal);
        if (!kept.isEmpty()) {
            throw new DamagedJournalException(texts().format("store.damaged.copiesKept", journal.toString(),
                    texts().get(Files.exists(journal) ? "store.damaged.empty" : "store.damaged.missing"),
                    String.join(", ", kept)));
        }
    }

    /** Refuses a journal that fails SQLite's {@code quick_check}, before anything is written to it. */
    static void refuseDamaged(Database database) {
        List<String> problems = problems(database, "quick_check");
        if (!problems.isEmpty()) {
            throw new DamagedJournalException(texts().format("store.damaged.quickCheck", database.file().toString(),
                    texts().clauses(problems)));
        }
    }

    /**
     * SQLite's full integrity check of the journal, taken while holding the journal's lock (so it is not open
     * elsewhere): an empty list when it is sound.
     */
    public static List<String> check(Path journal) {
        Path absolute = JournalFiles.realPathOf(journal);
        if (!Files.isRegularFile(absolute)) {
            throw new JournalException(texts().format("store.noJournal", absolute.toString()));
        }
        try (WriterLock held = WriterLock.acquire(absolute)) {
            if (Files.size(absolute) == 0 && !BackupFiles.keptCopies(absolute).isEmpty()) {
                return List.of(texts().format("store.damaged.emptyWithCopies",
                        String.join(", ", BackupFiles.keptCopies(absolute))));
            }
            return problemsIn(absolute);
        } catch (IOException e) {
            throw new JournalException(texts().format("store.cannotReadJournal", absolute.toString(), e.getMessage()),
                    e);
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

    private static Texts texts() {
        return Texts.of(IntegrityChecks.class);
    }
}
