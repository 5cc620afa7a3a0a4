package app.gutlog.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderServiceTest {

    @TempDir
    Path temp;

    private Path config() {
        return temp.resolve("home/.config");
    }

    private ReminderService service(ProcessRunner runner) {
        return new ReminderService(config(), List.of("/opt/Gut Log/bin/gutlog"), temp.resolve("my journal.db"), runner);
    }

    private List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> !Files.isDirectory(file)).toList();
        }
    }

    @Test
    void theReminderIsOffAtFirst() throws IOException {
        assertThat(service(RecordingRunner.withSystemd()).current()).isEmpty();
        assertThat(filesUnder(temp)).isEmpty();
    }

    @Test
    void withSystemdATimerAndItsServiceAreWrittenAndEnabled() throws IOException {
        RecordingRunner runner = RecordingRunner.withSystemd();
        ReminderService reminders = service(runner);

        assertThat(reminders.enable(LocalTime.of(20, 30))).isEqualTo(ReminderService.Mechanism.SYSTEMD_TIMER);

        Path units = config().resolve("systemd/user");
        assertThat(filesUnder(temp)).containsExactlyInAnyOrder(units.resolve("gutlog-reminder.timer"),
                units.resolve("gutlog-reminder.service"));
        assertThat(Files.readString(units.resolve("gutlog-reminder.timer")))
                .contains("[Timer]\nOnCalendar=*-*-* 20:30:00\n", "[Install]\nWantedBy=timers.target\n");
        assertThat(Files.readString(units.resolve("gutlog-reminder.service"))).contains("Type=oneshot\n",
                "KillMode=process\n",
                "ExecStart=\"/opt/Gut Log/bin/gutlog\" \"--db\" \"" + temp.resolve("my journal.db") + "\" \"remind\"\n");
        assertThat(Files.getPosixFilePermissions(units.resolve("gutlog-reminder.timer")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(runner.ran).contains(List.of("systemctl", "--user", "daemon-reload"),
                List.of("systemctl", "--user", "enable", "--now", "gutlog-reminder.timer"));
        assertThat(reminders.current()).contains(LocalTime.of(20, 30));
    }

    @Test
    void aNewTimeReplacesTheOldOne() {
        ReminderService reminders = service(RecordingRunner.withSystemd());
        reminders.enable(LocalTime.of(20, 30));
        reminders.enable(LocalTime.of(8, 5));
        assertThat(reminders.current()).contains(LocalTime.of(8, 5));
    }

    @Test
    void turningTheTimerOffStopsItAndRemovesEveryFileItCreated() throws IOException {
        RecordingRunner runner = RecordingRunner.withSystemd();
        ReminderService reminders = service(runner);
        reminders.enable(LocalTime.of(20, 30));
        // What "systemctl enable" links, where the disable below could not remove it.
        Path wants = Files.createDirectories(config().resolve("systemd/user/timers.target.wants"));
        Files.createSymbolicLink(wants.resolve("gutlog-reminder.timer"), Path.of("../gutlog-reminder.timer"));

        reminders.disable();

        assertThat(filesUnder(temp)).isEmpty();
        assertThat(Files.isSymbolicLink(wants.resolve("gutlog-reminder.timer"))).isFalse();
        assertThat(runner.ran).contains(List.of("systemctl", "--user", "disable", "--now", "gutlog-reminder.timer"));
        assertThat(runner.ran.getLast()).isEqualTo(List.of("systemctl", "--user", "daemon-reload"));
        assertThat(reminders.current()).isEmpty();
    }

    @Test
    void whenSystemctlFailsNoFileIsLeftAndTheMessageSaysWhat() throws IOException {
        RecordingRunner runner = new RecordingRunner(command -> new ProcessRunner.Result(
                command.contains("enable") ? 1 : 0, ""));
        ReminderService reminders = service(runner);

        assertThatThrownBy(() -> reminders.enable(LocalTime.of(7, 0))).isInstanceOf(ReminderException.class)
                .hasMessageContaining("systemctl --user enable --now gutlog-reminder.timer failed");
        assertThat(filesUnder(temp)).isEmpty();
        assertThat(reminders.current()).isEmpty();
    }

    @Test
    void withoutSystemdAnAutostartEntryStartsTheResidentReminder() throws IOException {
        RecordingRunner runner = RecordingRunner.withoutSystemd();
        ReminderService reminders = service(runner);

        assertThat(reminders.enable(LocalTime.of(21, 0))).isEqualTo(ReminderService.Mechanism.AUTOSTART);

        Path entry = config().resolve("autostart/gutlog-reminder.desktop");
        assertThat(filesUnder(temp)).containsExactly(entry);
        String text = Files.readString(entry);
        assertThat(text).startsWith("[Desktop Entry]\nType=Application\n").contains(
                "Exec=\"/opt/Gut Log/bin/gutlog\" \"--db\" \"" + temp.resolve("my journal.db")
                        + "\" \"remind\" \"--resident\"\n",
                "X-GutLog-Reminder-Time=21:00\n");
        List<String> resident = List.of("/opt/Gut Log/bin/gutlog", "--db", temp.resolve("my journal.db").toString(),
                "remind", "--resident");
        assertThat(runner.started).containsExactly(resident);
        assertThat(reminders.current()).contains(LocalTime.of(21, 0));
        assertThat(reminders.isCurrentResident(reminders.residentId().orElseThrow())).isTrue();

        reminders.disable();

        assertThat(filesUnder(temp)).isEmpty();
        assertThat(reminders.current()).isEmpty();
        assertThat(reminders.residentId()).isEmpty();
    }

    @Test
    void turningItOnAgainReplacesTheResidentSoTheOldOneEnds() {
        ReminderService reminders = service(RecordingRunner.withoutSystemd());
        reminders.enable(LocalTime.of(21, 0));
        String first = reminders.residentId().orElseThrow();
        reminders.enable(LocalTime.of(21, 0));
        assertThat(reminders.isCurrentResident(first)).isFalse();
    }

    @Test
    void movingToSystemdRemovesTheAutostartEntry() throws IOException {
        service(RecordingRunner.withoutSystemd()).enable(LocalTime.of(21, 0));
        service(RecordingRunner.withSystemd()).enable(LocalTime.of(21, 0));
        assertThat(filesUnder(temp)).noneMatch(file -> file.toString().endsWith(".desktop")).hasSize(2);
    }

    @Test
    void specialCharactersInPathsStayLiteral() {
        assertThat(ReminderFiles.systemdArgument("/a b/100%/$HOME/\"q\"\\"))
                .isEqualTo("\"/a b/100%%/$$HOME/\\\"q\\\"\\\\\"");
        assertThat(ReminderFiles.desktopArgument("/a b/100%/$HOME/\"q\""))
                .isEqualTo("\"/a b/100%%/\\\\$HOME/\\\\\"q\\\\\"\"");
    }

    @Test
    void theConfigFolderFollowsXdgConfigHome() {
        Path home = Path.of("/home/ann");
        assertThat(ReminderService.configHome(Map.of("XDG_CONFIG_HOME", "/xdg/config"), home))
                .isEqualTo(Path.of("/xdg/config"));
        assertThat(ReminderService.configHome(Map.of("XDG_CONFIG_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ann/.config"));
        assertThat(ReminderService.configHome(Map.of(), home)).isEqualTo(Path.of("/home/ann/.config"));
    }

    @Test
    void theLauncherScriptIsRunWithTheJavaRuntimeInUseNow() {
        String before = System.getProperty("gutlog.launcher");
        try {
            System.setProperty("gutlog.launcher", "/opt/gutlog/bin/gutlog");
            assertThat(ReminderService.launcherCommand()).containsExactly("/usr/bin/env",
                    "JAVA_HOME=" + System.getProperty("java.home"), "/opt/gutlog/bin/gutlog");
            System.clearProperty("gutlog.launcher");
            assertThat(ReminderService.launcherCommand()).containsExactly(
                    System.getProperty("jpackage.app-path", "gutlog"));
        } finally {
            if (before != null) {
                System.setProperty("gutlog.launcher", before);
            }
        }
    }
}
