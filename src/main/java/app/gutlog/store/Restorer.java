package app.gutlog.store;

import app.gutlog.domain.Backup;
import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Puts a backup back in place of the journal, once it is shown to be a journal this GutLog can open. */
public final class Restorer {

    private Restorer() {}

    /**
     * Replaces the journal with a backup, once the backup is shown to be a sound GutLog journal this version can open
     * ({@link #restoreProblems}). The journal must not be open anywhere. SQLite copies the backup, its write-ahead log
     * included, into a new file beside the journal, which is synced before anything else happens. The journal is then
     * backed up itself or, if it is too damaged for that, copied aside with the time in its name; only then does the
     * new file replace it. Returns the file the old journal was kept in.
     */
    public static Path restore(Path journal, Path backup) {
        List<String> problems = restoreProblems(backup);
        if (!problems.isEmpty()) {
            throw new JournalException(texts().format("store.restore.refused", backup.toString(),
                    texts().clauses(problems)));
        }
        Path absolute = JournalFiles.realPathOf(journal);
        Path incoming = absolute.resolveSibling(absolute.getFileName() + ".restoring");
        try (WriterLock held = WriterLock.acquire(absolute)) {
            try (Database source = Database.openReadOnly(backup)) {
                source.copyTo(incoming);
            }
            String stamp = LocalDateTime.now().format(BackupFiles.STAMP);
            Path kept = Files.exists(absolute) && Files.size(absolute) > 0 ? keep(absolute, stamp) : null;
            for (String suffix : List.of("-wal", "-shm")) {
                Files.deleteIfExists(absolute.resolveSibling(absolute.getFileName() + suffix));
            }
            DurableFiles.moveIntoPlace(incoming, absolute);
            return kept;
        } catch (IOException | SQLException e) {
            throw new JournalException(texts().format("store.restore.failed", backup.toString(), absolute.toString(),
                    e instanceof SQLException sql ? SqliteErrors.describe(absolute, sql)
                            : SqliteErrors.diskProblem(absolute, e.getMessage())), e);
        } finally {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException ignored) {
                // the next restore removes it first
            }
        }
    }

    /**
     * Keeps the journal before it is replaced: a backup written by SQLite or, when it is too damaged to be read,
     * a plain copy of its files with the time in their names. The journal itself is neither moved nor renamed, so a
     * failure here (a full disk, say) leaves it where and as it was.
     */
    private static Path keep(Path journal, String stamp) throws IOException, SQLException {
        Path backup = BackupFiles.fileFor(journal, Backup.Kind.BEFORE_RESTORE, stamp);
        try (Connection current = Database.connect(journal)) {
            Snapshots.write(current, backup);
            return backup;
        } catch (SQLException | JournalException damaged) {
            Path aside = BackupFiles.damagedCopyFor(journal, stamp);
            for (String suffix : List.of("", "-wal")) {
                Path original = journal.resolveSibling(journal.getFileName() + suffix);
                if (Files.exists(original)) {
                    DurableFiles.write(aside.resolveSibling(aside.getFileName() + suffix),
                            partial -> Files.copy(original, partial, StandardCopyOption.REPLACE_EXISTING));
                }
            }
            return aside;
        }
    }

    /**
     * Why {@code file} cannot replace a journal: empty when it is a sound GutLog journal that this version can open.
     * It must be a non-empty SQLite database marked as GutLog's (or unmarked, as files from before the mark were),
     * at a schema version this GutLog knows, with every table of that version, and pass SQLite's integrity check.
     */
    public static List<String> restoreProblems(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of(texts().format("store.restore.notAFile", file.toString()));
            }
            if (Files.size(file) == 0) {
                return List.of(texts().format("store.restore.empty", file.toString()));
            }
        } catch (IOException e) {
            return List.of(texts().format("store.restore.cannotRead", file.toString(), e.getMessage()));
        }
        Migrations migrations = Migrations.builtIn();
        try (Database candidate = Database.openReadOnly(file)) {
            int applicationId = candidate.applicationId();
            int version = candidate.schemaVersion();
            if (applicationId != 0 && applicationId != JournalFiles.APPLICATION_ID) {
                return List.of(texts().format("store.restore.foreign", file.toString()));
            }
            if (version == 0) {
                return List.of(texts().format("store.restore.noSchema", file.toString()));
            }
            if (version > migrations.latestVersion()) {
                return List.of(texts().format("store.restore.newer", file.toString(), version,
                        migrations.latestVersion()));
            }
            List<String> missing = new ArrayList<>(migrations.tablesUpTo(version));
            missing.removeAll(candidate.read(Restorer::tableNames));
            if (!missing.isEmpty()) {
                return List.of(texts().format("store.restore.missingTables", file.toString(),
                        String.join(", ", missing)));
            }
            return IntegrityChecks.problems(candidate, "integrity_check");
        } catch (JournalException e) {
            return List.of(e.getMessage());
        }
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static Texts texts() {
        return Texts.of(Restorer.class);
    }
}
