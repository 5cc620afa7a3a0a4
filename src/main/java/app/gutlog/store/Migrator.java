package app.gutlog.store;

import app.gutlog.domain.Backup;
import app.gutlog.domain.JournalException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * Brings an open journal's schema up to date, one numbered script at a time, each in a transaction of its own. A
 * journal that holds a schema already is backed up first. A database of another program, and a journal of a newer
 * GutLog, are refused and left unchanged.
 */
final class Migrator {

    private Migrator() {}

    static void migrate(Database database, Migrations migrations) {
        Path file = database.file();
        int current = database.schemaVersion();
        int latest = migrations.latestVersion();
        int applicationId = database.applicationId();
        refuseForeign(database, current, applicationId);
        if (current > latest) {
            throw new JournalException("The journal " + file + " was written by a newer GutLog (schema version " + current
                    + "; this version knows up to " + latest + "). Update GutLog to open it; nothing was changed.");
        }
        if (database.isReadOnly() && (current < latest || applicationId != JournalFiles.APPLICATION_ID)) {
            if (current < latest) {
                throw new JournalException("The journal " + file + " is read-only, and this GutLog needs to update it"
                        + " (schema version " + current + " to " + latest + "). Make it writable to open it: chmod u+w '"
                        + file + "'. Nothing was changed.");
            }
            return;
        }
        if (current > 0 && current < latest) {
            backUpBeforeMigration(database, current);
        }
        for (int version = current + 1; version <= latest; version++) {
            String script = migrations.script(version);
            int target = version;
            database.write(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.executeUpdate(script);
                    statement.executeUpdate("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
        if (applicationId != JournalFiles.APPLICATION_ID) {
            database.write(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.executeUpdate("PRAGMA application_id = " + JournalFiles.APPLICATION_ID);
                }
                return null;
            });
        }
    }

    /**
     * Refuses a database that another program wrote: one marked with another {@code application_id}, or one with
     * tables but no GutLog schema. GutLog never adds its tables to somebody else's database.
     */
    private static void refuseForeign(Database database, int schemaVersion, int applicationId) {
        boolean hasTables = database.read(c -> {
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                return rows.next() && rows.getInt(1) > 0;
            }
        });
        if ((applicationId != 0 && applicationId != JournalFiles.APPLICATION_ID) || (schemaVersion == 0 && hasTables)) {
            throw new JournalException("The file " + database.file() + " is a database of another program, not a"
                    + " GutLog journal. GutLog has not changed it. Choose another file with --db.");
        }
    }

    private static void backUpBeforeMigration(Database database, int fromVersion) {
        Path backup = BackupFiles.fileFor(database.file(), Backup.Kind.BEFORE_MIGRATION,
                "v" + fromVersion + "-" + LocalDateTime.now().format(BackupFiles.STAMP));
        try {
            database.snapshot(backup);
        } catch (JournalException e) {
            throw new JournalException("Could not back up " + database.file() + " before updating its schema, so it"
                    + " was left unchanged: " + e.getMessage(), e);
        }
    }
}
