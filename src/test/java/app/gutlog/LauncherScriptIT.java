package app.gutlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build writes (target/gutlog/bin/gutlog), run as a person runs it, after the package phase: which
 * Java it accepts and how it says no, that what GutLog writes through it is its owner's alone, and that commands
 * leave the desktop app's start-up cache alone.
 */
class LauncherScriptIT {

    private static final Path LAUNCHER = Path.of("target", "gutlog", "bin", "gutlog").toAbsolutePath();
    private static final String JAVA_25 = System.getProperty("java.home");

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {}

    private Run run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        assertThat(LAUNCHER).as("built by ./mvnw package").isExecutable();
        ProcessBuilder builder = new ProcessBuilder(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(LAUNCHER.toString()),
                        java.util.stream.Stream.of(arguments)).toList());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("HOME", temp.toString());
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        builder.environment().putAll(environment);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void runsOnJava25AndRefusesAnOlderOrMissingJavaWithWhatToDo() throws Exception {
        Run current = run(Map.of("JAVA_HOME", JAVA_25), "--version");
        assertThat(current.exit()).isZero();
        assertThat(current.out()).startsWith("GutLog ");

        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        if (Files.isExecutable(java17.resolve("bin/java"))) {
            Run old = run(Map.of("JAVA_HOME", java17.toString()), "--version");
            assertThat(old.exit()).isEqualTo(1);
            assertThat(old.err()).contains("gutlog: needs Java 25 or newer", "is Java 17",
                    "Set JAVA_HOME to a Java 25 runtime.");
        }

        Run none = run(Map.of("JAVA_HOME", temp.resolve("no-java").toString()), "--version");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("gutlog: no Java runtime found. Install Java 25 or newer and set JAVA_HOME.\n");
    }

    @Test
    void whatACommandWritesIsItsOwnersAloneAndNoStartUpCacheIsMade() throws Exception {
        Path journal = temp.resolve("journal.db");
        Path csv = temp.resolve("days.csv");

        assertThat(run(Map.of("JAVA_HOME", JAVA_25), "--db", journal.toString(), "demo", "--days", "5").exit())
                .isZero();
        assertThat(run(Map.of("JAVA_HOME", JAVA_25), "--db", journal.toString(), "export", "--out", csv.toString())
                .exit()).isZero();

        for (Path written : List.of(journal, csv)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).as(written.toString())
                    .isEqualTo("rw-------");
        }
        assertThat(temp.resolve("cache").resolve("gutlog")).as("commands leave the app's cache alone").doesNotExist();
    }
}
