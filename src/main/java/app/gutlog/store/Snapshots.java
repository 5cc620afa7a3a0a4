package app.gutlog.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Consistent copies of an open database. SQLite writes the copy with {@code VACUUM INTO} (never by copying the
 * live file) into a private temporary file, which {@link DurableFiles} then puts into place, so a crash never
 * leaves a half-written copy under the final name.
 */
final class Snapshots {

    private Snapshots() {}

    static void write(Connection connection, Path target) throws IOException, SQLException {
        DurableFiles.write(target, partial -> {
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.execute();
            }
        });
    }
}
