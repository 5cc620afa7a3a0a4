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
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Import days from a wide or long CSV file (with or without a byte order mark, ',' or ';').",
            "The whole file is checked first; any problem is reported with its line and column and nothing is"
                    + " changed. The import is one transaction: all of it, or none."
        })
final class ImportCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "F", description = "The CSV file.")
    Path file;

    @Option(names = "--dry-run",
            description = "Only say what would be added, changed (each day, value by value) or skipped.")
    boolean dryRun;

    @Option(names = "--on-existing", paramLabel = "skip|overwrite|merge", defaultValue = "skip",
            description = "A day the journal already has: keep it (skip, the default), replace it (overwrite), or add"
                    + " the file's values to it (merge).")
    String onExisting;

    @Option(names = "--create-measures",
            description = "Add the file's unknown columns as custom measures (as its data dictionary describes them,"
                    + " when it is beside the file) instead of stopping.")
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
