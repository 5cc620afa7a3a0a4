package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.app.ExistingFile;
import app.gutlog.app.ReportService.ReportRequest;
import app.gutlog.text.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog report}: the practitioner's PDF report for a range of days. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the practitioner report as a PDF: data completeness, a summary of symptoms and factors,"
                + " the symptom-burden trend, the associations with their caveats and article sections, and notes"
                + " if asked. It prints well in black and white.")
final class ReportCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "F.pdf", required = true, description = "The PDF file to write.")
    Path out;

    @Option(names = "--from", paramLabel = "D", description = "First day (YYYY-MM-DD); default: the journal's first.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last day (YYYY-MM-DD); default: the journal's last.")
    LocalDate to;

    @Option(names = "--name", paramLabel = "NAME", description = "A name for the cover (optional).")
    String name;

    @Option(names = "--notes", description = "Include the days' notes.")
    boolean notes;

    @Option(names = "--force", description = "Replace the file if it exists already.")
    boolean force;

    private final Texts texts = Texts.of(ReportCommand.class);

    @Override
    public void run() {
        try (AppServices services = gutlog.openJournal()) {
            services.reports().writeReport(out, force ? ExistingFile.REPLACE : ExistingFile.KEEP,
                    new ReportRequest(from, to, name, notes));
        }
        spec.commandLine().getOut().println(texts.format("cli.report.wrote", out));
        spec.commandLine().getOut().flush();
    }
}
