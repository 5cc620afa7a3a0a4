package app.gutlog.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Consistent copies of an open database. SQLite writes the copy with {@code VACUUM INTO} (never by copying the
 * live file) into a private temporary file, which is synced to disk and then renamed into place, so a crash never
 * leaves a half-written copy under the final name.
 */
final class Snapshots {

    private Snapshots() {}

    static void write(Connection connection, Path target) throws IOException, SQLException {
        Path folder = target.toAbsolutePath().getParent();
        PrivateFiles.createFolders(folder);
        Path temporary = folder.resolve(target.getFileName() + ".partial");
        Files.deleteIfExists(temporary);
        PrivateFiles.ensurePrivateFile(temporary);
        try {
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temporary.toString());
                vacuum.execute();
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupportedHere) {
            // Some platforms cannot open a folder for syncing; the rename is still atomic there.
        }
    }
}
