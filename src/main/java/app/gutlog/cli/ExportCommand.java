package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.app.ExistingFile;
import app.gutlog.app.ExportService.ExportRequest;
import app.gutlog.app.ExportService.ExportResult;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.CsvOptions;
import app.gutlog.text.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog export}: the journal as CSV, with its data dictionary beside it. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Write the journal as CSV (UTF-8, RFC 4180, ISO dates, '.' as the decimal point; an empty cell means not"
                    + " logged), and a data dictionary beside it (F.dictionary.csv) that explains every column.",
            "The file is written to a temporary file first and then renamed, so it is never left half-written."
        })
final class ExportCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "F", required = true, description = "The CSV file to write.")
    Path out;

    @Option(names = "--from", paramLabel = "D", description = "First day (YYYY-MM-DD); default: the journal's first.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last day (YYYY-MM-DD); default: the journal's last.")
    LocalDate to;

    @Option(names = "--format", paramLabel = "wide|long", defaultValue = "wide",
            description = "wide: a row per day and a column per measure; long: date,measure,value,unit (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--bom", description = "Start with a UTF-8 byte order mark, for spreadsheet programs.")
    boolean bom;

    @Option(names = "--separator", paramLabel = "C", defaultValue = ",", description = "',' (default) or ';'.")
    String separator;

    @Option(names = "--measures", paramLabel = "KEY", split = ",",
            description = "Only these measures (comma-separated keys; see `gutlog measures`). Default: all.")
    Set<String> measureKeys = Set.of();

    @Option(names = "--force", description = "Replace the file if it exists already.")
    boolean force;

    private final Texts texts = Texts.of(ExportCommand.class);

    @Override
    public void run() {
        CsvOptions options = CommandOptions.csvOptions(spec, format, separator, bom);
        ExportResult result;
        try (AppServices services = gutlog.openJournal()) {
            result = services.exports().exportCsv(out, force ? ExistingFile.REPLACE : ExistingFile.KEEP,
                    new ExportRequest(from, to, options, measureKeys), TaskRunner.Progress.NONE);
        }
        spec.commandLine().getOut().println(
                texts.format("cli.export.wrote", result.days(), result.csv(), result.dictionary()));
        spec.commandLine().getOut().flush();
    }
}
