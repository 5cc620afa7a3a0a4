package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.BackupService;
import app.gutlog.domain.DamagedJournalException;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.JournalException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal on a disk that is full: every command says so and changes nothing, nothing calls the journal damaged,
 * and a restore leaves the journal in place. It runs on a small tmpfs, which needs root; elsewhere it is skipped.
 */
class FullDiskTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path temp;

    private Path disk;
    private Path journal;
    private Path backup;

    @BeforeEach
    void journalOnASmallDisk() throws Exception {
        disk = Files.createDirectory(temp.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes());
        assumeThat(mount.waitFor()).as("skipped: this machine cannot mount a small tmpfs here (" + said.strip() + ")")
                .isZero();
        journal = disk.resolve("journal.db");
        try (AppServices services = AppServices.open(journal)) {
            services.days().save(new DayEntry(DAY, Map.of("gas", 2.0), "mine"));
            backup = services.backups().backUpNow();
        }
        fill();
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    private void fill() {
        try (OutputStream filler = Files.newOutputStream(disk.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                filler.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    private void free() throws IOException {
        Files.delete(disk.resolve("filler"));
    }

    @Test
    void savingSaysTheDiskIsFullAndKeepsWhatWasSaved() throws Exception {
        assertThatThrownBy(() -> {
            try (AppServices services = AppServices.open(journal)) {
                for (int i = 1; i < 200; i++) {
                    services.days().save(new DayEntry(DAY.plusDays(i), Map.of("gas", 1.0), "x".repeat(5000)));
                }
            }
        }).isInstanceOf(JournalException.class).isNotInstanceOf(DamagedJournalException.class)
                .hasMessageContaining("full").hasMessageContaining("MB free");

        free();
        assertThat(BackupService.check(journal)).isEmpty();
        assertThat(StoredDays.load(journal, DAY).orElseThrow().notes()).isEqualTo("mine");
    }

    @Test
    void checkNeverCallsAFullDiskDamage() {
        try {
            assertThat(BackupService.check(journal)).isEmpty();
        } catch (JournalException e) {
            assertThat(e).isNotInstanceOf(DamagedJournalException.class).hasMessageContaining("full");
        }
    }

    @Test
    void aRestoreOnAFullDiskLeavesTheJournalWhereItWas() throws Exception {
        assertThatThrownBy(() -> BackupService.restore(journal, backup))
                .hasMessageContaining("The journal is unchanged");

        assertThat(journal).exists();
        try (var files = Files.list(disk)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .noneMatch(name -> name.contains(".damaged-") || name.endsWith(".restoring"));
        }
        free();
        assertThat(StoredDays.load(journal, DAY).orElseThrow().notes()).isEqualTo("mine");
    }
}
