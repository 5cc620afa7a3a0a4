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

    private Database(Path file, WriterLock writerLock, Connection connection, boolean readOnly) {
        this.file = file;
        this.readOnly = readOnly;
        this.writerLock = writerLock;
        this.connection = connection;
    }

    /** Opens (creating if needed) the journal at {@code file} and migrates it to the current schema. */
    public static Database open(Path file) {
        return open(file, Migrations.builtIn());
    }

    static Database open(Path file, Migrations migrations) {
        refuseToStartOverBackups(file.toAbsolutePath());
        Path absolute;
        boolean readOnly;
        try {
            readOnly = PrivateFiles.madeReadOnlyByOwner(file.toAbsolutePath());
            if (!readOnly) {
                PrivateFiles.ensurePrivateFile(file.toAbsolutePath());
            }
            absolute = JournalFiles.realPath(file);
        } catch (FileSystemException e) {
            throw new JournalException("GutLog may not write to " + e.getFile()
                    + (e.getReason() == null ? "" : " (" + e.getReason() + ")")
                    + ". Choose another place for the journal with --db, or give yourself write permission there.", e);
        } catch (IOException e) {
            throw new JournalException("Cannot create the journal file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        JournalFiles.refuseHardLinks(absolute);
        WriterLock writerLock = WriterLock.acquire(absolute);
        Connection connection;
        try {
            connection = readOnly ? connectReadOnly(absolute) : connect(absolute);
        } catch (RuntimeException e) {
            writerLock.close();
            throw e;
        }
        Database database = new Database(absolute, writerLock, connection, readOnly);
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
     * Refuses to start an empty journal where the journal is missing or empty (0 bytes) but backups of it, or a
     * damaged copy kept aside, are there: the person has lost their journal, not begun a new one.
     */
    private static void refuseToStartOverBackups(Path journal) {
        try {
            if (Files.exists(journal) && Files.size(journal) > 0) {
                return;
            }
        } catch (IOException e) {
            throw new JournalException("Cannot read the journal " + journal + ": " + e.getMessage(), e);
        }
        List<String> kept = keptCopies(journal);
        if (!kept.isEmpty()) {
            throw new DamagedJournalException("The journal " + journal + (Files.exists(journal) ? " is empty (0 bytes)"
                    : " is missing") + ", but copies of it are kept: " + String.join(", ", kept) + ". GutLog has not"
                    + " started an empty journal over them. Restore the newest good backup (gutlog restore FILE, or"
                    + " the button below in the app); to start afresh instead, move those copies somewhere else.");
        }
    }

    /** The backups of the journal, newest first, and the damaged copies kept aside beside it. */
    private static List<String> keptCopies(Path journal) {
        List<String> kept = new ArrayList<>();
        Backups.listOf(journal).forEach(backup -> kept.add("backups/" + backup.fileName()));
        try (var siblings = Files.list(journal.getParent())) {
            siblings.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(journal.getFileName() + ".damaged-") && !name.endsWith("-wal"))
                    .sorted()
                    .forEach(kept::add);
        } catch (IOException | java.io.UncheckedIOException noFolderYet) {
            // a folder that cannot be listed holds no copies GutLog could offer
        }
        return kept;
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
        return new Database(absolute, null, connectReadOnly(absolute), true);
    }

    private static Connection connectReadOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw failure(file, e);
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

    /** Whether the journal is open only to read, because its owner made the file read-only. */
    public boolean isReadOnly() {
        return readOnly;
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
        refuseForbiddenThread();
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

    private static void refuseForbiddenThread() {
        if (!FORBIDDEN_THREAD.isEmpty() && Thread.currentThread().getName().equals(FORBIDDEN_THREAD)) {
            throw new IllegalStateException("The journal was read or written on the " + FORBIDDEN_THREAD
                    + ", which must never wait on the disk; run this in a background task");
        }
    }

    private <T> T writeLocked(SqlWork<T> work) {
        refuseForbiddenThread();
        if (readOnly) {
            throw new JournalException("The journal " + file + " is read-only (its owner took away write permission),"
                    + " so nothing was saved. To log days again, make it writable: chmod u+w '" + file + "'.");
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
        List<String> problems = integrityProblems("quick_check");
        if (!problems.isEmpty()) {
            throw new DamagedJournalException("The journal " + file + " is damaged (" + String.join("; ", problems)
                    + "). GutLog has not written to it.");
        }
    }

    /** What SQLite's {@code integrity_check} or {@code quick_check} finds wrong: empty when the file is sound. */
    List<String> integrityProblems(String check) {
        return read(c -> {
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

    private static Path realPathOf(Path journal) {
        try {
            return JournalFiles.realPath(journal);
        } catch (IOException e) {
            throw new JournalException("Cannot find the journal " + journal + ": " + e.getMessage(), e);
        }
    }

    private void migrate(Migrations migrations) {
        int current = schemaVersion();
        int latest = migrations.latestVersion();
        int applicationId = read(c -> intPragma(c, "application_id"));
        refuseForeign(current, applicationId);
        if (current > latest) {
            throw new JournalException("The journal " + file + " was written by a newer GutLog (schema version " + current
                    + "; this version knows up to " + latest + "). Update GutLog to open it; nothing was changed.");
        }
        if (readOnly && (current < latest || applicationId != JournalFiles.APPLICATION_ID)) {
            if (current < latest) {
                throw new JournalException("The journal " + file + " is read-only, and this GutLog needs to update it"
                        + " (schema version " + current + " to " + latest + "). Make it writable to open it: chmod u+w '"
                        + file + "'. Nothing was changed.");
            }
            return;
        }
        if (current > 0 && current < latest) {
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
        if (applicationId != JournalFiles.APPLICATION_ID) {
            write(c -> {
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
    private void refuseForeign(int schemaVersion, int applicationId) {
        boolean hasTables = read(c -> {
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                return rows.next() && rows.getInt(1) > 0;
            }
        });
        if ((applicationId != 0 && applicationId != JournalFiles.APPLICATION_ID) || (schemaVersion == 0 && hasTables)) {
            throw new JournalException("The file " + file + " is a database of another program, not a GutLog journal."
                    + " GutLog has not changed it. Choose another file with --db.");
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
        refuseForbiddenThread();
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
     * Replaces the journal with a backup, once the backup is shown to be a sound GutLog journal this version can open
     * ({@link #restoreProblems}). The journal must not be open anywhere. SQLite copies the backup, its write-ahead log
     * included, into a new file beside the journal, which is synced before anything else happens. The journal is then
     * backed up itself or, if it is too damaged for that, copied aside with the time in its name; only then does the
     * new file replace it. Returns the file the old journal was kept in.
     */
    public static Path restore(Path journal, Path backup) {
        List<String> problems = restoreProblems(backup);
        if (!problems.isEmpty()) {
            throw new JournalException("The file " + backup + " cannot be restored, and the journal is unchanged: "
                    + String.join("; ", problems));
        }
        Path absolute = realPathOf(journal);
        Path incoming = absolute.resolveSibling(absolute.getFileName() + ".restoring");
        try (WriterLock held = WriterLock.acquire(absolute)) {
            try (Database source = openReadOnly(backup)) {
                source.copyTo(incoming);
            }
            String stamp = LocalDateTime.now().format(Backups.STAMP);
            Path kept = Files.exists(absolute) && Files.size(absolute) > 0 ? keep(absolute, stamp) : null;
            for (String suffix : List.of("-wal", "-shm")) {
                Files.deleteIfExists(absolute.resolveSibling(absolute.getFileName() + suffix));
            }
            Files.move(incoming, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Snapshots.syncFolder(absolute.getParent());
            return kept;
        } catch (IOException | SQLException e) {
            throw new JournalException("Could not restore " + backup + " over " + absolute + ": "
                    + (e instanceof SQLException sql ? describe(absolute, sql) : diskProblem(absolute, e.getMessage()))
                    + " The journal is unchanged.", e);
        } finally {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException ignored) {
                // the next restore removes it first
            }
        }
    }

    private void copyTo(Path target) throws IOException, SQLException {
        lock.lock();
        try {
            Snapshots.write(connection, target);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Keeps the journal before it is replaced: a backup written by SQLite or, when it is too damaged to be read,
     * a plain copy of its files with the time in their names. Nothing is moved or renamed, so a failure here (a full
     * disk, say) leaves the journal where and as it was.
     */
    private static Path keep(Path journal, String stamp) throws IOException {
        Path backup = Backups.fileFor(journal, Backup.Kind.BEFORE_RESTORE, stamp);
        try (Connection current = connect(journal)) {
            Snapshots.write(current, backup);
            return backup;
        } catch (SQLException | JournalException damaged) {
            Path aside = journal.resolveSibling(journal.getFileName() + ".damaged-" + stamp);
            for (String suffix : List.of("", "-wal")) {
                Path original = journal.resolveSibling(journal.getFileName() + suffix);
                if (Files.exists(original)) {
                    Path copy = aside.resolveSibling(aside.getFileName() + suffix);
                    PrivateFiles.ensurePrivateFile(copy);
                    Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
                    try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
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
                return List.of(file + " is not a file");
            }
            if (Files.size(file) == 0) {
                return List.of(file + " is empty");
            }
        } catch (IOException e) {
            return List.of("cannot read " + file + ": " + e.getMessage());
        }
        Migrations migrations = Migrations.builtIn();
        try (Database candidate = openReadOnly(file)) {
            int applicationId = candidate.read(c -> intPragma(c, "application_id"));
            int version = candidate.schemaVersion();
            if (applicationId != 0 && applicationId != JournalFiles.APPLICATION_ID) {
                return List.of(file + " is a database of another program, not a GutLog journal");
            }
            if (version == 0) {
                return List.of(file + " is not a GutLog journal (it has no GutLog schema)");
            }
            if (version > migrations.latestVersion()) {
                return List.of(file + " was written by a newer GutLog (schema version " + version + "; this version"
                        + " knows up to " + migrations.latestVersion() + ")");
            }
            List<String> missing = new ArrayList<>(migrations.tablesUpTo(version));
            missing.removeAll(candidate.read(Database::tableNames));
            if (!missing.isEmpty()) {
                return List.of(file + " lacks the journal's tables " + String.join(", ", missing));
            }
            return candidate.integrityProblems("integrity_check");
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

    /**
     * Deletes the journal, its write-ahead files, every backup of it and its lock file (and the backups folder once
     * empty; another journal's backups in it are left alone). The journal must not be open anywhere.
     */
    public static void deleteEverything(Path journal) {
        Path absolute = realPathOf(journal);
        try (WriterLock held = WriterLock.acquire(absolute)) {
            for (String suffix : List.of("", "-wal", "-shm", "-journal", ".parts")) {
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
        Path absolute = realPathOf(journal);
        if (!Files.isRegularFile(absolute)) {
            throw new JournalException("There is no journal at " + absolute);
        }
        try (WriterLock held = WriterLock.acquire(absolute)) {
            if (Files.size(absolute) == 0 && !keptCopies(absolute).isEmpty()) {
                return List.of("the journal is empty (0 bytes), but copies of it are kept: "
                        + String.join(", ", keptCopies(absolute)));
            }
            return Backups.problemsIn(absolute);
        } catch (IOException e) {
            throw new JournalException("Cannot read the journal " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** The {@code backups} folder beside the journal file. */
    public Path backupFolder() {
        return file.resolveSibling("backups");
    }

    private static int userVersion(Connection c) throws SQLException {
        return intPragma(c, "user_version");
    }

    private static int intPragma(Connection c, String name) throws SQLException {
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** The exception for an SQLite error: a damaged file gets its own type, so that a backup can be offered. */
    private static JournalException failure(Path file, SQLException e) {
        String message = describe(file, e);
        String raw = String.valueOf(e.getMessage());
        return raw.contains("SQLITE_CORRUPT") || raw.contains("SQLITE_NOTADB")
                ? new DamagedJournalException(message + " GutLog has not written to it.", e)
                : new JournalException(message, e);
    }

    private static String describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
            return "The file " + file + " is not a GutLog journal that SQLite can read: its header is damaged, or it is"
                    + " another kind of file.";
        }
        if (message.contains("SQLITE_CORRUPT")) {
            return "The journal " + file + " is damaged: " + message;
        }
        if (message.contains("SQLITE_FULL")) {
            return "The journal " + file + " cannot grow: the disk is full (" + freeSpace(file) / (1024 * 1024)
                    + " MB free). Nothing was changed, and what was saved before is kept. Free some space and try again.";
        }
        if (message.contains("SQLITE_IOERR")) {
            return diskProblem(file, message);
        }
        if (message.contains("SQLITE_READONLY") || message.contains("SQLITE_CANTOPEN")) {
            return "GutLog cannot write to " + file + ". Check that the folder is writable. (" + message + ")";
        }
        return "Journal error in " + file + ": " + message;
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

    /** Less free space than this, and a disk error is taken to mean a full disk. */
    private static final long FULL_DISK_BYTES = 16L * 1024 * 1024;

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
