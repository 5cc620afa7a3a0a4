package app.gutlog.store;

import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files that make up a journal on disk (the database, its write-ahead files, its lock and its backups), told
 * apart from every other file by identity: the real path, with every symbolic link resolved, and the file's device
 * and inode. Two names of one file are one journal.
 */
public final class JournalFiles {

    /** The demo journal lives beside the person's journal, in a file of its own. */
    public static final String DEMO_FILE_NAME = "demo-journal.db";
    /** The name a journal gets when none is given. */
    public static final String DEFAULT_FILE_NAME = "journal.db";
    /** SQLite's {@code application_id} of every file GutLog writes: "GLOG". */
    static final int APPLICATION_ID = 0x474C4F47;

    private static final List<String> COMPANIONS = List.of("", "-wal", "-shm", "-journal", ".lock", ".parts");
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private JournalFiles() {}

    /** The ledger of the temporary files that exports and reports are writing, beside the journal. */
    public static Path partFileLedger(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".parts");
    }

    /** {@code file} with every symbolic link in it resolved; the file itself need not exist yet. */
    static Path realPath(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        Path parent = absolute.getParent();
        return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
    }

    /** The {@link #realPath} of a journal, failing with a {@link JournalException} that names it. */
    static Path realPathOf(Path journal) {
        try {
            return realPath(journal);
        } catch (IOException e) {
            throw new JournalException(texts().format("store.cannotFind", journal.toString(), e.getMessage()), e);
        }
    }

    /**
     * Refuses a journal that has more than one name on the disk (a hard link): two GutLogs could write it through
     * different names at once, each with its own write-ahead log, and damage it.
     */
    static void refuseHardLinks(Path journal) {
        if (!journal.getFileSystem().supportedFileAttributeViews().contains("unix") || !Files.exists(journal)) {
            return;
        }
        int links;
        try {
            links = (Integer) Files.getAttribute(journal, "unix:nlink");
        } catch (IOException e) {
            throw new JournalException(texts().format("store.cannotReadFile", journal.toString(), e.getMessage()), e);
        }
        if (links > 1) {
            throw new JournalException(texts().format("store.hardLinks", journal.toString(), links));
        }
    }

    /**
     * Refuses {@code target} as the place to write an export or a report when it is one of the journal's own files
     * (the database, its write-ahead files or its lock), a backup, the demo journal, or any other SQLite database,
     * however it is named: through a symbolic link, a hard link or a relative path.
     */
    public static void requireSafeOutput(Path journal, Path target) {
        try {
            Optional<String> reason = whyNotAnOutput(realPath(journal), realPath(target));
            if (reason.isPresent()) {
                throw new JournalException(texts().format("store.output.refused", target.toString(), reason.get()));
            }
        } catch (IOException e) {
            throw new JournalException(texts().format("store.output.cannotCheck", target.toString(), e.getMessage()),
                    e);
        }
    }

    private static Optional<String> whyNotAnOutput(Path journal, Path target) throws IOException {
        List<Path> protectedFiles = protectedFiles(journal);
        if (protectedFiles.contains(target)) {
            return Optional.of(texts().format("store.output.is", describe(journal, target)));
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(target)) {
            return Optional.of(texts().get("store.output.notRegular"));
        }
        Object identity = identity(target);
        for (Path file : protectedFiles) {
            if (Files.exists(file) && Objects.equals(identity, identity(file))) {
                return Optional.of(texts().format("store.output.otherName", describe(journal, file)));
            }
        }
        if (isSqliteDatabase(target)) {
            return Optional.of(texts().get("store.output.database"));
        }
        return Optional.empty();
    }

    /** The journal's files, the demo journal's (or, from the demo, the default journal's), and every backup. */
    private static List<Path> protectedFiles(Path journal) throws IOException {
        String sibling = journal.getFileName().toString().equals(DEMO_FILE_NAME) ? DEFAULT_FILE_NAME : DEMO_FILE_NAME;
        List<Path> files = new ArrayList<>();
        for (Path database : List.of(journal, journal.resolveSibling(sibling))) {
            COMPANIONS.forEach(suffix -> files.add(database.resolveSibling(database.getFileName() + suffix)));
        }
        Path backups = journal.resolveSibling("backups");
        if (Files.isDirectory(backups)) {
            try (Stream<Path> inside = Files.list(backups)) {
                inside.forEach(files::add);
            }
        }
        return files;
    }

    private static String describe(Path journal, Path file) {
        String name = file.getFileName().toString();
        if (file.getParent().endsWith("backups")) {
            return texts().format("store.output.backup", file.toString());
        }
        if (name.startsWith(DEMO_FILE_NAME) && !journal.getFileName().toString().equals(DEMO_FILE_NAME)) {
            return texts().format("store.output.demo", file.toString());
        }
        return file.equals(journal) ? texts().get("store.output.journal")
                : texts().format("store.output.companion", file.toString());
    }

    private static Object identity(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.fileKey() != null ? attributes.fileKey() : file.toRealPath();
    }

    private static boolean isSqliteDatabase(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    private static Texts texts() {
        return Texts.of(JournalFiles.class);
    }
}
