package app.gutlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Exports and reports never land on the journal, and replace an existing file only with --force. */
class OutputSafetyCommandTest extends CommandLineTest {

    private String journal() {
        return temp.resolve("journal.db").toString();
    }

    @Test
    void anExportOrAReportOntoTheJournalOrItsFilesIsRefusedAndTheJournalStaysWhole() throws Exception {
        assertThat(run("--db", journal(), "demo", "--days", "30")).isZero();
        Path link = Files.createSymbolicLink(temp.resolve("days.csv"), Path.of(journal()));

        for (String target : new String[] {journal(), journal() + "-wal", link.toString(),
                temp.resolve("demo-journal.db").toString()}) {
            assertThat(run("--db", journal(), "export", "--out", target, "--force")).as(target).isEqualTo(1);
            assertThat(err.toString()).contains("GutLog will not write to " + target);
            assertThat(run("--db", journal(), "report", "--out", target, "--force")).as(target).isEqualTo(1);
        }

        assertThat(run("--db", journal(), "check")).isZero();
        assertThat(run("--db", journal(), "export", "--out", temp.resolve("ok.csv").toString())).isZero();
        assertThat(out.toString()).contains("Wrote 30 days");
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        assertThat(run("--db", journal(), "demo", "--days", "10")).isZero();
        Path csv = Files.writeString(temp.resolve("mine.csv"), "my own spreadsheet");
        Path pdf = Files.writeString(temp.resolve("mine.pdf"), "my own document");

        assertThat(run("--db", journal(), "export", "--out", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(csv + " exists already, so nothing was written", "--force");
        assertThat(run("--db", journal(), "report", "--out", pdf.toString())).isEqualTo(1);
        assertThat(Files.readString(csv)).isEqualTo("my own spreadsheet");
        assertThat(Files.readString(pdf)).isEqualTo("my own document");

        assertThat(run("--db", journal(), "export", "--out", csv.toString(), "--force")).isZero();
        assertThat(Files.readString(csv)).startsWith("date,");
    }

    @Test
    void anExportToAMissingFolderNamesTheFolder() {
        assertThat(run("--db", journal(), "demo", "--days", "10")).isZero();
        Path missing = temp.resolve("no-such-folder");

        assertThat(run("--db", journal(), "export", "--out", missing.resolve("days.csv").toString())).isEqualTo(1);

        assertThat(err.toString()).contains("The folder " + missing + " does not exist");
    }
}
