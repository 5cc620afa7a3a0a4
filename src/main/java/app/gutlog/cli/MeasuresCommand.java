package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.domain.Measure;
import app.gutlog.text.Texts;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog measures}: every measure's key, kind, unit or scale, and name. */
@Command(name = "measures", mixinStandardHelpOptions = true)
final class MeasuresCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    private final Texts texts = Texts.of(MeasuresCommand.class);

    @Override
    public void run() {
        List<Measure> measures;
        try (AppServices services = gutlog.openJournal()) {
            measures = services.catalog().allMeasures();
        }
        PrintWriter out = spec.commandLine().getOut();
        String row = "%-18s %-12s %-17s %s%n";
        out.printf(row, texts.get("cli.measures.key"), texts.get("cli.measures.kind"),
                texts.get("cli.measures.unitOrScale"), texts.get("cli.measures.name"));
        for (Measure measure : measures) {
            out.printf(row, measure.key(), measure.kind().code(), measure.unitOrScale(),
                    measure.archived() ? texts.format("cli.measures.archived", measure.name()) : measure.name());
        }
        out.flush();
    }
}
