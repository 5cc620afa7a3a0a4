package app.gutlog.store;

import app.gutlog.domain.Backup;
import app.gutlog.domain.DamagedJournalException;
import app.gutlog.domain.JournalException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The open journal file. Opening it makes the file private, sets the durability pragmas, checks the file and
 * brings the schema up to date. All SQL runs through {@link #read} and {@link #write}, one piece of work at a time.
 * Open it off the JavaFX thread: it touches the disk.
 */
public final class Database implements AutoCloseable {

    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final WriterLock writerLock;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong revision = new AtomicLong();
    private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();

    private Database(Path file, WriterLock writerLock, Connection connection) {
        this.file = file;
        this.writerLock = writerLock;
        this.connection = connection;
    }

    /** Opens (creating if needed) the journal at {@code file} and migrates it to the current schema. */
    public static Database open(Path file) {
        return open(file, Migrations.builtIn());
    }

    static Database open(Path file, Migrations migrations) {
        Path absolute = file.toAbsolutePath();
        try {
            PrivateFiles.ensurePrivateFile(absolute);
        } catch (FileSystemException e) {
            throw new JournalException("GutLog may not write to " + e.getFile()
                    + (e.getReason() == null ? "" : " (" + e.getReason() + ")")
                    + ". Choose another place for the journal with --db, or give yourself write permission there.", e);
        } catch (IOException e) {
            throw new JournalException("Cannot create the journal file " + absolute + ": " + e.getMessage(), e);
        }
        WriterLock writerLock = WriterLock.acquire(absolute);
        Connection connection;
        try {
            connection = connect(absolute);
        } catch (RuntimeException e) {
            writerLock.close();
            throw e;
        }
        Database database = new Database(absolute, writerLock, connection);
        try {
            database.checkIntegrity();
            database.migrate(migrations);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens a journal or a backup only to read it: no lock, no migration, nothing written. The file must exist and
     * be at the current schema version or older.
     */
    static Database openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new JournalException("There is no file " + absolute);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try {
            return new Database(absolute, null, config.createConnection("jdbc:sqlite:" + absolute));
        } catch (SQLException e) {
            throw failure(absolute, e);
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** The schema version recorded in the file ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read(Database::userVersion);
    }

    /** The value of a pragma, such as {@code journal_mode}, as SQLite reports it for this connection. */
    public String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        return read(c -> {
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
    }

    /** Runs read-only work on the connection. */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(file, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * How many write transactions this connection has committed since it opened. The same revision read twice
     * means the journal has not changed in between, so a page can keep what it computed from it.
     */
    public long revision() {
        return revision.get();
    }

    /**
     * Calls {@code listener} after every write transaction this connection commits, on the thread that wrote, once
     * the journal's lock is released. It must return quickly.
     */
    public void onCommit(Runnable listener) {
        commitListeners.add(listener);
    }

    /** Runs work in one transaction: either all of it is saved or, on any failure, none of it. */
    <T> T write(SqlWork<T> work) {
        T result = writeLocked(work);
        commitListeners.forEach(Runnable::run);
        return result;
    }

    private <T> T writeLocked(SqlWork<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
                revision.incrementAndGet();
            } catch (SQLException | RuntimeException e) {
                rollBackAfter(e);
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw failure(file, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Undoes the failed transaction. SQLite may already have rolled it back itself (a full disk does that), and
     * then rolling back fails too; the first failure is the one to report.
     */
    private void rollBackAfter(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException alreadyRolledBack) {
            failure.addSuppressed(alreadyRolledBack);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException nothingToEnd) {
            failure.addSuppressed(nothingToEnd);
        }
    }

    private void checkIntegrity() {
        List<String> problems = read(c -> {
            List<String> found = new ArrayList<>();
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        });
        if (!problems.equals(List.of("ok"))) {
            throw new DamagedJournalException("The journal " + file + " is damaged (" + String.join("; ", problems)
                    + "). GutLog has not written to it.");
        }
    }

    private void migrate(Migrations migrations) {
        int current = schemaVersion();
        int latest = migrations.latestVersion();
        if (current > latest) {
            throw new JournalException("The journal " + file + " was written by a newer GutLog (schema version " + current
                    + "; this version knows up to " + latest + "). Update GutLog to open it; nothing was changed.");
        }
        if (current == latest) {
            return;
        }
        if (current > 0) {
            backUpBeforeMigration(current);
        }
        for (int version = current + 1; version <= latest; version++) {
            String script = migrations.script(version);
            int target = version;
            write(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.executeUpdate(script);
                    statement.executeUpdate("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    private void backUpBeforeMigration(int fromVersion) {
        Path backup = Backups.fileFor(file, Backup.Kind.BEFORE_MIGRATION,
                "v" + fromVersion + "-" + LocalDateTime.now().format(Backups.STAMP));
        try {
            snapshot(backup);
        } catch (JournalException e) {
            throw new JournalException("Could not back up " + file + " before updating its schema, so it was left"
                    + " unchanged: " + e.getMessage(), e);
        }
    }

    /** Writes a consistent copy of the journal to {@code target} (private, synced, renamed into place). */
    void snapshot(Path target) {
        lock.lock();
        try {
            Snapshots.write(connection, target);
        } catch (IOException | SQLException e) {
            throw new JournalException("Could not write the backup " + target + ": " + e.getMessage()
                    + ". The journal itself is unchanged.", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Replaces the journal with a backup, once the backup passes SQLite's integrity check. The journal must not be
     * open anywhere. It is first backed up itself; if it is too damaged for that, it is kept aside, renamed with the
     * time, and never deleted. Returns the file the old journal was kept in.
     */
    public static Path restore(Path journal, Path backup) {
        Path absolute = journal.toAbsolutePath();
        List<String> problems = Backups.problemsIn(backup);
        if (!problems.isEmpty()) {
            throw new JournalException("The backup " + backup + " fails SQLite's integrity check, so it was not restored"
                    + " and the journal is unchanged: " + String.join("; ", problems));
        }
        try (WriterLock held = WriterLock.acquire(absolute)) {
            String stamp = LocalDateTime.now().format(Backups.STAMP);
            Path kept = null;
            if (Files.exists(absolute)) {
                kept = Backups.fileFor(absolute, Backup.Kind.BEFORE_RESTORE, stamp);
                try (Connection current = connect(absolute)) {
                    Snapshots.write(current, kept);
                } catch (SQLException | IOException | JournalException damaged) {
                    kept = keepAside(absolute, stamp);
                }
            }
            Path folder = absolute.getParent();
            Path incoming = folder.resolve(absolute.getFileName() + ".restoring");
            Files.deleteIfExists(incoming);
            PrivateFiles.ensurePrivateFile(incoming);
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            for (String suffix : List.of("-wal", "-shm")) {
                Files.deleteIfExists(absolute.resolveSibling(absolute.getFileName() + suffix));
            }
            Files.move(incoming, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return kept;
        } catch (IOException e) {
            throw new JournalException("Could not restore " + backup + " over " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Renames a damaged journal and its write-ahead files so that nothing overwrites or deletes them. */
    private static Path keepAside(Path journal, String stamp) throws IOException {
        Path aside = journal.resolveSibling(journal.getFileName() + ".damaged-" + stamp);
        for (String suffix : List.of("-wal", "-shm")) {
            Path companion = journal.resolveSibling(journal.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        Files.move(journal, aside);
        return aside;
    }

    /**
     * Deletes the journal, its write-ahead files, every backup of it and its lock file (and the backups folder once
     * empty; another journal's backups in it are left alone). The journal must not be open anywhere.
     */
    public static void deleteEverything(Path journal) {
        Path absolute = journal.toAbsolutePath();
        try (WriterLock held = WriterLock.acquire(absolute)) {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(absolute.resolveSibling(absolute.getFileName() + suffix));
            }
            Path backups = absolute.resolveSibling("backups");
            for (Backup backup : Backups.listOf(absolute)) {
                Files.delete(backups.resolve(backup.fileName()));
            }
            if (Files.isDirectory(backups)) {
                try (var left = Files.list(backups)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(backups);
                    }
                }
            }
        } catch (IOException e) {
            throw new JournalException("Could not delete everything: " + e.getMessage()
                    + ". What is left is listed in " + absolute.getParent(), e);
        }
        try {
            Files.deleteIfExists(WriterLock.fileFor(absolute));
        } catch (IOException e) {
            throw new JournalException("Could not delete the lock file " + WriterLock.fileFor(absolute), e);
        }
    }

    /**
     * SQLite's full integrity check of the journal, taken while holding the journal's lock (so it is not open
     * elsewhere): an empty list when it is sound.
     */
    public static List<String> check(Path journal) {
        Path absolute = journal.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new JournalException("There is no journal at " + absolute);
        }
        try (WriterLock held = WriterLock.acquire(absolute)) {
            return Backups.problemsIn(absolute);
        }
    }

    /** The {@code backups} folder beside the journal file. */
    public Path backupFolder() {
        return file.resolveSibling("backups");
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** The exception for an SQLite error: a damaged file gets its own type, so that a backup can be offered. */
    private static JournalException failure(Path file, SQLException e) {
        String message = describe(file, e);
        return String.valueOf(e.getMessage()).contains("SQLITE_CORRUPT")
                ? new DamagedJournalException(message + " GutLog has not written to it.", e)
                : new JournalException(message, e);
    }

    private static String describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
            return "The file " + file + " is not a GutLog journal (it is not an SQLite database). Nothing was changed.";
        }
        if (message.contains("SQLITE_CORRUPT")) {
            return "The journal " + file + " is damaged: " + message;
        }
        if (message.contains("SQLITE_FULL")) {
            return "The disk holding " + file + " is full. Free some space; what was saved before is kept.";
        }
        if (message.contains("SQLITE_READONLY") || message.contains("SQLITE_CANTOPEN")) {
            return "GutLog cannot write to " + file + ". Check that the folder is writable. (" + message + ")";
        }
        return "Journal error in " + file + ": " + message;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(file, e);
        } finally {
            if (writerLock != null) {
                writerLock.close();
            }
            lock.unlock();
        }
    }
}
