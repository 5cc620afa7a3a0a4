package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImportService.ImportOptions;
import app.gutlog.app.ImportService.ImportPlan;
import app.gutlog.text.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog import}: days from a wide or long CSV file, checked whole before anything is written. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "F", descriptionKey = "cli.help.import.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.help.import.dryRun")
    boolean dryRun;

    @Option(names = "--on-existing", paramLabel = "skip|overwrite|merge", defaultValue = "skip",
            descriptionKey = "cli.help.import.onExisting")
    String onExisting;

    @Option(names = "--create-measures", descriptionKey = "cli.help.import.createMeasures")
    boolean createMeasures;

    private final Texts texts = Texts.of(ImportCommand.class);

    @Override
    public void run() {
        ImportOptions options = new ImportOptions(CommandOptions.onExisting(spec, onExisting), createMeasures);
        ImportPlan plan;
        try (AppServices services = gutlog.openJournal()) {
            plan = dryRun ? services.imports().planImport(file, options) : services.imports().importCsv(file, options);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(dryRun ? texts.format("cli.import.dryRun", plan.file(), plan.summary())
                : texts.format("cli.import.done", plan.file(), plan.summary()));
        plan.changeLines().forEach(line -> out.printf("  %s%n", line));
        out.flush();
    }
}
