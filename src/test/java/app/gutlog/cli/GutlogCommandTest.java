package app.gutlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.StartPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class GutlogCommandTest extends CommandLineTest {

    @Test
    void printsTheVersionAndLicence() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("GutLog ").contains("MIT License");
        assertThat(desktopLaunches).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndWhereTheJournalLives() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: gutlog", "--db=FILE", "measures", "GUTLOG_DB", "journal.db");
    }

    @Test
    void measuresPrintsEveryMeasureWithKeyKindUnitAndName() {
        Path db = temp.resolve("journal.db");
        assertThat(run("--db", db.toString(), "measures")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).contains("KEY", "KIND", "UNIT OR SCALE", "NAME");
        assertThat(lines).hasSize(45);
        assertThat(lines).anyMatch(line -> line.matches("alcohol\\s+risk_factor\\s+standard drinks\\s+Alcohol"));
        assertThat(lines).anyMatch(line -> line.matches("bloating\\s+symptom\\s+0–10\\s+Bloating"));
        assertThat(lines).anyMatch(line -> line.matches("stool_form\\s+other\\s+Bristol type 1–7\\s+Stool form"));
        assertThat(desktopLaunches).isEmpty();
    }

    @Test
    void noCommandOpensTheDesktopAppOnTheChosenJournal() {
        Path db = temp.resolve("mine.db");
        assertThat(run("--db", db.toString())).isZero();
        assertThat(desktopLaunches).containsExactly(db.toAbsolutePath());
    }

    @Test
    void theDesktopAppsOwnArgumentsAreReadWithoutTheParser() {
        Path db = temp.resolve("mine.db");
        assertThat(GutlogCommand.desktopAppJournal("--db", db.toString())).contains(db.toAbsolutePath());
        assertThat(GutlogCommand.desktopAppJournal("--db=" + db)).contains(db.toAbsolutePath());
        assertThat(GutlogCommand.desktopAppJournal()).contains(new GutlogCommand(journal -> {}).journalFile());
    }

    @Test
    void checkInOpensTheDesktopAppOnTheCheckInPage() {
        Path db = temp.resolve("mine.db");
        System.clearProperty(StartPage.PROPERTY);
        try {
            assertThat(GutlogCommand.desktopAppJournal("--db", db.toString())).contains(db.toAbsolutePath());
            assertThat(System.getProperty(StartPage.PROPERTY)).isNull();

            assertThat(GutlogCommand.desktopAppJournal("--db", db.toString(), "--check-in"))
                    .contains(db.toAbsolutePath());
            assertThat(System.getProperty(StartPage.PROPERTY)).isEqualTo("check-in");
            System.clearProperty(StartPage.PROPERTY);

            assertThat(GutlogCommand.desktopAppJournal("--check-in", "--db=" + db)).contains(db.toAbsolutePath());
            assertThat(System.getProperty(StartPage.PROPERTY)).isEqualTo("check-in");
            System.clearProperty(StartPage.PROPERTY);

            assertThat(GutlogCommand.desktopAppJournal("--check-in", "measures")).isEmpty();
            assertThat(System.getProperty(StartPage.PROPERTY)).isNull();

            assertThat(run("--check-in", "--db", db.toString())).isZero();
            assertThat(desktopLaunches).containsExactly(db.toAbsolutePath());
            assertThat(System.getProperty(StartPage.PROPERTY)).isEqualTo("check-in");
        } finally {
            System.clearProperty(StartPage.PROPERTY);
        }
    }

    @Test
    void everythingElseGoesToTheParser() {
        assertThat(GutlogCommand.desktopAppJournal("--db", "mine.db", "measures")).isEmpty();
        assertThat(GutlogCommand.desktopAppJournal("measures")).isEmpty();
        assertThat(GutlogCommand.desktopAppJournal("--help")).isEmpty();
        assertThat(GutlogCommand.desktopAppJournal("--version")).isEmpty();
        assertThat(GutlogCommand.desktopAppJournal("--db")).isEmpty();
        assertThat(GutlogCommand.desktopAppJournal("--db", "--help")).isEmpty();
        assertThat(GutlogCommand.desktopAppJournal("--db=")).isEmpty();
        assertThat(GutlogCommand.desktopAppJournal("--db", "@options.txt")).isEmpty();
    }

    @Test
    void aJournalThatCannotBeOpenedGivesAMessageAndAnErrorCode() throws IOException {
        Path notADatabase = Files.writeString(temp.resolve("notes.txt"), "hello ".repeat(1000));
        assertThat(run("--db", notADatabase.toString(), "measures")).isEqualTo(1);
        assertThat(err.toString()).startsWith("gutlog: ").contains("is not a GutLog journal");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Tag("child-jvm")
    @Test
    void theCommandLineStartsNoJavaFx() throws Exception {
        Path db = temp.resolve("journal.db");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xlog:class+load=info",
                        "-cp", System.getProperty("java.class.path"),
                        "app.gutlog.Main", "--db", db.toString(), "measures")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(output).contains("bloating").contains("app.gutlog.cli.MeasuresCommand");
        assertThat(output.lines().filter(line -> line.contains(" javafx."))).isEmpty();
    }
}
