package app.gutlog.store;

import app.gutlog.domain.Backup;
import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
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
            throw new JournalException(texts().format("store.schema.newer", file.toString(), current, latest));
        }
        if (database.isReadOnly() && (current < latest || applicationId != JournalFiles.APPLICATION_ID)) {
            if (current < latest) {
                throw new JournalException(texts().format("store.schema.readOnly", file.toString(), current, latest));
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
            throw new JournalException(texts().format("store.schema.foreign", database.file().toString()));
        }
    }

    private static void backUpBeforeMigration(Database database, int fromVersion) {
        Path backup = BackupFiles.fileFor(database.file(), Backup.Kind.BEFORE_MIGRATION,
                "v" + fromVersion + "-" + LocalDateTime.now().format(BackupFiles.STAMP));
        try {
            database.snapshot(backup);
        } catch (JournalException e) {
            throw new JournalException(texts().format("store.schema.cannotBackUp", database.file().toString(),
                    e.getMessage()), e);
        }
    }

    private static Texts texts() {
        return Texts.of(Migrator.class);
    }
}
