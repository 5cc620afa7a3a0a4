package app.gutlog.store;

import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The open journal file, opened by {@link Journals#open}. All SQL runs through {@link #read} and {@link #write}, one
 * piece of work at a time. Use it off the JavaFX thread: it touches the disk.
 */
public final class Database implements AutoCloseable {

    static final int BUSY_TIMEOUT_MILLIS = 5_000;
    /**
     * The name of a thread that must never wait on the disk. The tests name the JavaFX thread, so that any read or
     * write of the journal from it fails at once instead of freezing the window a little.
     */
    private static final String FORBIDDEN_THREAD = System.getProperty("gutlog.store.forbiddenThread", "");

    private final Path file;
    private final WriterLock writerLock;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong revision = new AtomicLong();
    private final boolean readOnly;
    private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();

    /** The journal at {@code file} over {@code connection}; {@link Journals#open} opens one as it should be. */
    Database(Path file, WriterLock writerLock, Connection connection, boolean readOnly) {
        this.file = file;
        this.readOnly = readOnly;
        this.writerLock = writerLock;
        this.connection = connection;
    }

    /**
     * Opens a journal or a backup only to read it: no lock, no migration, nothing written. The file must exist and
     * be at the current schema version or older.
     */
    static Database openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new JournalException(texts().format("store.noFile", absolute.toString()));
        }
        return new Database(absolute, null, connectReadOnly(absolute), true);
    }

    static Connection connectReadOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw SqliteErrors.failure(file, e);
        }
    }

    /** A connection that writes: write-ahead log, full sync, foreign keys enforced, immediate transactions. */
    static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw SqliteErrors.failure(file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Whether the journal is open only to read, because its owner made the file read-only. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The schema version recorded in the file ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read(c -> intPragma(c, "user_version"));
    }

    /** The file's {@code application_id}: {@link JournalFiles#APPLICATION_ID} in a GutLog journal, 0 if unmarked. */
    int applicationId() {
        return read(c -> intPragma(c, "application_id"));
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
        refuseForbiddenThread();
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqliteErrors.failure(file, e);
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

    private static void refuseForbiddenThread() {
        if (!FORBIDDEN_THREAD.isEmpty() && Thread.currentThread().getName().equals(FORBIDDEN_THREAD)) {
            throw new IllegalStateException(texts().format("store.forbiddenThread", FORBIDDEN_THREAD));
        }
    }

    private <T> T writeLocked(SqlWork<T> work) {
        refuseForbiddenThread();
        if (readOnly) {
            throw new JournalException(texts().format("store.readOnly", file.toString()));
        }
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
            throw SqliteErrors.failure(file, e);
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

    /** Writes a consistent copy of the journal to {@code target} (private, synced, renamed into place). */
    void snapshot(Path target) {
        refuseForbiddenThread();
        try {
            copyTo(target);
        } catch (IOException | SQLException e) {
            throw new JournalException(texts().format("store.backup.notWritten", target.toString(), e.getMessage()), e);
        }
    }

    /** As {@link #snapshot}, with the failure as it is. */
    void copyTo(Path target) throws IOException, SQLException {
        lock.lock();
        try {
            Snapshots.write(connection, target);
        } finally {
            lock.unlock();
        }
    }

    private static int intPragma(Connection c, String name) throws SQLException {
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.failure(file, e);
        } finally {
            if (writerLock != null) {
                writerLock.close();
            }
            lock.unlock();
        }
    }

    private static Texts texts() {
        return Texts.of(Database.class);
    }
}
