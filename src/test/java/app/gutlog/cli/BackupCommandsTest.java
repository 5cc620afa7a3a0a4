package app.gutlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BackupCommandsTest extends CommandLineTest {

    private String journal() {
        return temp.resolve("journal.db").toString();
    }

    @Test
    void backupCheckAndRestoreWorkTogether() {
        assertThat(run("--db", journal(), "demo", "--days", "60")).isZero();
        Path copy = temp.resolve("copy.db");
        assertThat(run("--db", journal(), "backup", "--out", copy.toString())).isZero();
        assertThat(out.toString()).contains("Backed up to " + copy);
        assertThat(run("--db", journal(), "backup")).isZero();
        assertThat(out.toString()).contains("backups/journal.manual-");

        assertThat(run("--db", journal(), "check")).isZero();
        assertThat(out.toString()).contains(journal() + ": ok");
        assertThat(run("--db", journal(), "restore", copy.toString())).isZero();
        assertThat(out.toString()).contains("Restored " + copy, "The journal as it was is kept in");
    }

    @Test
    void checkExitsNonZeroOnADamagedJournalAndNamesTheBackupToRestore() throws IOException {
        assertThat(run("--db", journal(), "demo", "--days", "400")).isZero();
        assertThat(run("--db", journal(), "backup")).isZero();
        try (RandomAccessFile raw = new RandomAccessFile(journal(), "rw")) {
            raw.seek(4096 * 3);
            raw.write(new byte[4096 * 4]);
        }

        assertThat(run("--db", journal(), "check")).isEqualTo(1);

        assertThat(err.toString()).contains("is damaged", "The newest good backup is", "restore");
    }

    @Test
    void aBackupThatFailsTheCheckIsNotRestored() throws IOException {
        assertThat(run("--db", journal(), "demo", "--days", "30")).isZero();
        Path junk = java.nio.file.Files.writeString(temp.resolve("junk.db"), "not a database ".repeat(400));

        assertThat(run("--db", journal(), "restore", junk.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("cannot be restored", "not a GutLog journal that SQLite can read", "the journal is unchanged");
        assertThat(run("--db", journal(), "check")).isZero();
    }

    @Test
    void checkNamesTheNewestBackupAndFailsWhenItIsOlderThanAWeekWhileTheJournalIsInUse() throws Exception {
        assertThat(run("--db", journal(), "demo", "--days", "30")).isZero();
        assertThat(run("--db", journal(), "backup")).isZero();
        assertThat(run("--db", journal(), "check")).isZero();
        assertThat(out.toString()).contains("Newest backup: journal.manual-");

        try (var backups = java.nio.file.Files.list(temp.resolve("backups"))) {
            for (Path backup : backups.toList()) {
                java.nio.file.Files.setLastModifiedTime(backup,
                        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(9))));
            }
        }

        assertThat(run("--db", journal(), "check")).isEqualTo(1);
        assertThat(err.toString()).contains("is 9 days old, though the journal was changed in the last 7 days");
    }
}
