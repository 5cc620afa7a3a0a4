package app.gutlog.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

/**
 * Puts a file written beside its target into place so that a crash or a power cut leaves either the old file or the
 * whole new one, never part of it: the new file is synced to the disk, renamed over the target in one step, and then
 * the folder is synced, so that the rename itself is on the disk too. Every file GutLog replaces goes through here.
 */
final class DurableFiles {

    /** Writes a file's whole content at {@code partial}, a private empty file beside the target. */
    @FunctionalInterface
    interface Writing {
        void into(Path partial) throws IOException, SQLException;
    }

    private DurableFiles() {}

    /**
     * Writes {@code target} through a private temporary file beside it ({@code target.partial}), which is moved into
     * place once it is complete and removed if it is not.
     */
    static void write(Path target, Writing writing) throws IOException, SQLException {
        Path partial = target.toAbsolutePath().resolveSibling(target.getFileName() + ".partial");
        PrivateFiles.createFolders(partial.getParent());
        Files.deleteIfExists(partial);
        PrivateFiles.ensurePrivateFile(partial);
        try {
            writing.into(partial);
            moveIntoPlace(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Moves {@code written}, a complete file in the same folder, over {@code target}: synced, renamed, synced. */
    static void moveIntoPlace(Path written, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target.toAbsolutePath().getParent());
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupportedHere) {
            // Some platforms cannot open a folder for syncing; the rename is still atomic there.
        }
    }
}
