package app.gutlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class ExchangeCommandsTest extends CommandLineTest {

    private String db(String name) {
        return temp.resolve(name).toString();
    }

    @Test
    void exportThenImportIntoAnEmptyJournalAndExportAgainGivesTheSameFile() throws Exception {
        assertThat(run("--db", db("a.db"), "demo", "--days", "90")).isZero();
        Path first = temp.resolve("first.csv");
        Path second = temp.resolve("second.csv");

        assertThat(run("--db", db("a.db"), "export", "--out", first.toString(), "--format", "long", "--separator", ";",
                "--bom")).isZero();
        assertThat(out.toString()).contains("Wrote ", "first.dictionary.csv");
        assertThat(run("--db", db("b.db"), "import", first.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).contains("Dry run, nothing written", "long, separated by ';'");
        assertThat(run("--db", db("b.db"), "import", first.toString())).isZero();
        assertThat(run("--db", db("b.db"), "export", "--out", second.toString(), "--format", "long", "--separator", ";",
                "--bom")).isZero();

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void aDryRunListsEachDayItWouldChangeValueByValue() throws Exception {
        Path first = Files.writeString(temp.resolve("first.csv"), "date,bloating,stress\n2026-01-01,3,5\n");
        Path second = Files.writeString(temp.resolve("second.csv"), "date,bloating,gas\n2026-01-01,7,2\n2026-01-02,1,\n");
        assertThat(run("--db", db("a.db"), "import", first.toString())).isZero();

        assertThat(run("--db", db("a.db"), "import", second.toString(), "--dry-run", "--on-existing", "merge")).isZero();

        assertThat(out.toString()).contains("would give 1 new day, 1 changed, 0 unchanged, 0 skipped",
                "  2026-01-01: bloating: 3 → 7; gas: not logged → 2\n");
    }

    @Test
    void aFailedImportExitsNonZeroWithItsProblemsOnStandardError() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.csv"), "date,sleep_hours\n2026-01-01,31\n");

        assertThat(run("--db", db("a.db"), "import", bad.toString(), "--on-existing", "merge")).isEqualTo(1);

        assertThat(err.toString()).startsWith("gutlog: bad.csv was not imported; nothing was changed.")
                .contains("line 2, column sleep_hours: 31 is above 24");
    }

    @Test
    void aFileThatIsNotCsvAndABrokenDictionaryGetAMessageNotAStackTrace() throws Exception {
        Path notCsv = Files.writeString(temp.resolve("notes.csv"), "date,notes\n2025-01-01,ok\n2025-01-02,\"open\n");

        assertThat(run("--db", db("a.db"), "import", notCsv.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("gutlog: notes.csv was not imported; nothing was changed. 1 problem:\n"
                + "line 3: a quoted cell is not closed\n");

        err.getBuffer().setLength(0);
        Path custom = Files.writeString(temp.resolve("custom.csv"), "date,cold_showers\n2025-01-01,3\n");
        Files.writeString(temp.resolve("custom.dictionary.csv"), "column,name\ncold_showers\n");

        assertThat(run("--db", db("a.db"), "import", custom.toString(), "--create-measures")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(
                "gutlog: custom.dictionary.csv, line 2: 1 cell, but a dictionary row has 12\n");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("--db", db("a.db"), "export", "--out", db("x.csv"), "--format", "tall")).isEqualTo(2);
        assertThat(err.toString()).contains("--format is wide or long, not 'tall'");
        assertThat(run("--db", db("a.db"), "import", db("x.csv"), "--on-existing", "replace")).isEqualTo(2);
        assertThat(err.toString()).contains("--on-existing is one of skip, overwrite, merge, not 'replace'");
        assertThat(run("--db", db("a.db"), "export")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void reportWritesAPdf() throws Exception {
        assertThat(run("--db", db("a.db"), "demo", "--days", "60")).isZero();
        Path pdf = temp.resolve("report.pdf");

        assertThat(run("--db", db("a.db"), "report", "--out", pdf.toString(), "--name", "Alex")).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
    }
}
