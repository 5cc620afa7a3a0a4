package app.gutlog.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Creates the folders and files of a journal so that only their owner can read them: folders 0700, files 0600.
 * On file systems without POSIX permissions (Windows) the operating system's per-user folders already protect them.
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_READ_ONLY_FILE = PosixFilePermissions.fromString("r--------");

    private PrivateFiles() {}

    /** Creates every missing folder up to {@code folder} as 0700. Folders that already exist are left as they are. */
    static void createFolders(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            try {
                Files.createDirectory(next, attributes(next.getParent(), OWNER_ONLY_FOLDER));
            } catch (FileAlreadyExistsException raced) {
                // another process made it in the meantime; that is fine
            }
            restrict(next, OWNER_ONLY_FOLDER);
        }
    }

    /** Makes sure {@code file} exists and is 0600, creating it empty (and its folders) if it is missing. */
    static void ensurePrivateFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        createFolders(parent);
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, attributes(parent, OWNER_ONLY_FILE));
            } catch (FileAlreadyExistsException raced) {
                // created in the meantime: it is restricted below
            }
        }
        restrict(file, OWNER_ONLY_FILE);
    }

    /** Creates a new, empty 0600 file in {@code folder}, named {@code prefix}, random digits and {@code suffix}. */
    static Path createTemporaryFile(Path folder, String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder, prefix, suffix, attributes(folder, OWNER_ONLY_FILE));
    }

    /**
     * Whether {@code file} exists and its owner has taken away their own write permission (0400): a journal kept
     * read-only on purpose, which GutLog opens only to read. Its other permissions are taken away too.
     */
    static boolean madeReadOnlyByOwner(Path file) throws IOException {
        if (!Files.exists(file) || !supportsPosix(file)
                || Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE)) {
            return false;
        }
        restrict(file, OWNER_READ_ONLY_FILE);
        return true;
    }

    static boolean supportsPosix(Path anyPathOnTheFileSystem) {
        return anyPathOnTheFileSystem.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] attributes(Path onFileSystemOf, Set<PosixFilePermission> permissions) {
        return onFileSystemOf != null && supportsPosix(onFileSystemOf)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (supportsPosix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
