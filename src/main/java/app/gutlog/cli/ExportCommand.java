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
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "F", required = true, descriptionKey = "cli.help.export.out")
    Path out;

    @Option(names = "--from", paramLabel = "D", descriptionKey = "cli.help.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", descriptionKey = "cli.help.to")
    LocalDate to;

    @Option(names = "--format", paramLabel = "wide|long", defaultValue = "wide",
            descriptionKey = "cli.help.export.format")
    String format;

    @Option(names = "--bom", descriptionKey = "cli.help.export.bom")
    boolean bom;

    @Option(names = "--separator", paramLabel = "C", defaultValue = ",", descriptionKey = "cli.help.export.separator")
    String separator;

    @Option(names = "--measures", paramLabel = "KEY", split = ",", descriptionKey = "cli.help.export.measures")
    Set<String> measureKeys = Set.of();

    @Option(names = "--force", descriptionKey = "cli.help.force")
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
