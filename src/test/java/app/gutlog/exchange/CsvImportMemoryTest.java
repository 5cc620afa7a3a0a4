package app.gutlog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImportService.ImportOptions;
import app.gutlog.app.ImportService.ImportPlan;
import app.gutlog.app.ImportService.OnExisting;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Scale;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks and imports a 60 MB file in a second JVM whose heap is 256 MB: the file is read row by row, so only its
 * days are held, never its whole text or all its rows.
 */
@Tag("child-jvm")
class CsvImportMemoryTest {

    private static final long FILE_BYTES = 60L * 1024 * 1024;
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

    @TempDir
    Path temp;

    @Test
    void aSixtyMegabyteFileIsCheckedAndImportedWithinA256MegabyteHeap() throws Exception {
        Path journal = temp.resolve("journal.db");
        Path csv = temp.resolve("sixty.csv");
        int days;
        try (AppServices services = AppServices.open(journal)) {
            days = writeFile(csv, services.catalog().allMeasures());
        }
        Path output = temp.resolve("child.txt");
        assertThat(Files.size(csv)).isBetween(FILE_BYTES - FILE_BYTES / 20, CsvImport.MAX_FILE_BYTES);

        Process child = start(journal, csv, output);
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly().waitFor();
        }

        assertThat(ended).as("the import ended within 5 minutes").isTrue();
        assertThat(child.exitValue()).as(Files.readString(output)).isZero();
        assertThat(Files.readString(output)).contains("imported " + days + " days");
        try (AppServices services = AppServices.open(journal)) {
            assertThat(services.days().summary().daysLogged()).isEqualTo(days);
        }
    }

    /** In the child: imports the file {@code args[1]} into the journal {@code args[0]}. */
    public static void main(String[] args) {
        try (AppServices services = AppServices.open(Path.of(args[0]))) {
            ImportPlan plan = services.imports().importCsv(Path.of(args[1]),
                    new ImportOptions(OnExisting.SKIP, false));
            System.out.println("imported " + plan.added() + " days");
        }
    }

    private static Process start(Path journal, Path csv, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path")));
        String sqliteLibrary = System.getProperty("org.sqlite.lib.path");
        if (sqliteLibrary != null) {
            command.add("-Dorg.sqlite.lib.path=" + sqliteLibrary);
        }
        command.addAll(List.of(CsvImportMemoryTest.class.getName(), journal.toString(), csv.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /**
     * A long file of about {@link #FILE_BYTES}: a row for each measure on each day from 1900 to today, and notes.
     * Returns how many days it holds.
     */
    private static int writeFile(Path csv, List<Measure> measures) throws IOException {
        List<String> values = measures.stream().filter(measure -> measure.scale() != Scale.TEXT)
                .map(measure -> "," + measure.key() + "," + Scale.format(measure.scale().min()) + ","
                        + (measure.unit() == null ? "" : measure.unit()) + "\r\n")
                .toList();
        int days = (int) ChronoUnit.DAYS.between(FIRST, LocalDate.now()) + 1;
        int notesLength = (int) (FILE_BYTES / days) - values.stream().mapToInt(row -> 10 + row.length()).sum() - 30;
        String sentence = "Felt fine, ate well; slept and walked.\n";
        String notes = sentence.repeat(notesLength / sentence.length() + 1).substring(0, notesLength);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("date,measure,value,unit\r\n");
            for (int day = 0; day < days; day++) {
                String date = FIRST.plusDays(day).toString();
                for (String row : values) {
                    out.write(date);
                    out.write(row);
                }
                out.write(date + ",notes,\"" + day + ": " + notes + "\",\r\n");
            }
        }
        return days;
    }
}
