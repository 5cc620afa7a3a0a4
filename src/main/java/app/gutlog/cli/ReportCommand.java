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
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "F.pdf", required = true, descriptionKey = "cli.help.report.out")
    Path out;

    @Option(names = "--from", paramLabel = "D", descriptionKey = "cli.help.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", descriptionKey = "cli.help.to")
    LocalDate to;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.help.report.name")
    String name;

    @Option(names = "--notes", descriptionKey = "cli.help.report.notes")
    boolean notes;

    @Option(names = "--force", descriptionKey = "cli.help.force")
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
