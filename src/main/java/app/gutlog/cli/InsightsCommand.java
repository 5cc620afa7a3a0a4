package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.domain.Insights.DoseResponse;
import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.Insights;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.PValueFormat;
import app.gutlog.domain.Outcome;
import app.gutlog.text.Texts;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog insights}: the same effect and dose–response table as the Insights view, as text or JSON. */
@Command(name = "insights", mixinStandardHelpOptions = true)
final class InsightsCommand implements Runnable {

    /** The JSON's caveat: like the rest of the JSON, it does not change with the language. */
    static final String CAVEAT = "association, not proof of cause";

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.help.json")
    boolean json;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.help.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.help.to")
    LocalDate to;

    @Option(names = "--outcome", paramLabel = "burden|SYMPTOM_KEY", defaultValue = "burden",
            descriptionKey = "cli.help.insights.outcome")
    String outcome;

    private final Texts texts = Texts.of(InsightsCommand.class);

    @Override
    public void run() {
        InsightsReport report;
        try (AppServices services = gutlog.openJournal()) {
            report = services.insights().report(from, to, Outcome.fromCode(outcome));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (to != null && report.last().isBefore(to)) {
            spec.commandLine().getErr().println(texts.format("cli.insights.futureTo", to, report.last()));
            spec.commandLine().getErr().flush();
        }
        if (json) {
            writeJson(report, out);
        } else {
            writeTable(report, out);
        }
        out.flush();
    }

    private static void writeJson(InsightsReport report, PrintWriter out) {
        Json.printObject(out, json -> {
            json.writeStringField("outcome", report.outcome().code());
            json.writeStringField("from", report.first().toString());
            json.writeStringField("to", report.last().toString());
            json.writeNumberField("days_in_range", report.daysInRange());
            json.writeNumberField("days_with_outcome", report.outcomeByDay().loggedDays());
            json.writeStringField("caveat", CAVEAT);
            json.writeArrayFieldStart("effects");
            for (Effect effect : report.insights().effects()) {
                Factor factor = report.factor(effect.factorKey()).orElseThrow();
                json.writeStartObject();
                json.writeStringField("factor", effect.factorKey());
                json.writeNumberField("lag", effect.lag());
                json.writeStringField("exposed_rule", factor.measure().exposureText());
                Json.number(json, "difference", effect.difference());
                Json.number(json, "ci_low", effect.ciLow());
                Json.number(json, "ci_high", effect.ciHigh());
                json.writeNumberField("n_exposed", effect.nExposed());
                json.writeNumberField("n_unexposed", effect.nUnexposed());
                Json.number(json, "p", effect.p());
                Json.number(json, "q", effect.q());
                json.writeObjectFieldStart("adjusted");
                Json.number(json, "difference", effect.adjusted().difference());
                Json.number(json, "ci_low", effect.adjusted().ciLow());
                Json.number(json, "ci_high", effect.adjusted().ciHigh());
                Json.number(json, "p", effect.adjusted().p());
                Json.number(json, "q", effect.adjusted().q());
                json.writeEndObject();
                json.writeArrayFieldStart("cooccurs_with");
                for (Insights.CoOccurrence other : effect.cooccursWith()) {
                    json.writeStartObject();
                    json.writeStringField("factor", other.factorKey());
                    json.writeNumberField("share", other.share());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeStringField("method", report.insights().method());
                json.writeStringField("section", factor.section() == null ? null : factor.section().citation());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("dose_response");
            for (DoseResponse dose : report.insights().doseResponse()) {
                json.writeStartObject();
                json.writeStringField("factor", dose.factorKey());
                json.writeNumberField("lag", dose.lag());
                Json.number(json, "rho", dose.rho());
                Json.number(json, "p", dose.p());
                Json.number(json, "q", dose.q());
                json.writeNumberField("n", dose.n());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private void writeTable(InsightsReport report, PrintWriter out) {
        out.println(texts.format("cli.insights.summary", report.outcome().code(), report.first(), report.last(),
                report.outcomeByDay().loggedDays(), report.daysInRange()));
        out.println();
        String row = "%-18s %3s %9s %-17s %5s %5s %8s %8s%n";
        out.println(texts.format("cli.insights.method", report.insights().method()));
        out.println();
        out.printf(row, texts.get("cli.insights.factor"), texts.get("cli.insights.lag"),
                texts.get("cli.insights.difference"), texts.get("cli.insights.interval"),
                texts.get("cli.insights.exposed"), texts.get("cli.insights.unexposed"), texts.get("cli.insights.p"),
                texts.get("cli.insights.q"));
        for (Effect effect : report.insights().effects()) {
            if (effect.enoughData()) {
                Insights.Estimate deciding = effect.deciding();
                out.printf(row, effect.factorKey(), effect.lag(), decimal(deciding.difference()),
                        "[" + decimal(deciding.ciLow()) + ", " + decimal(deciding.ciHigh()) + "]", effect.nExposed(),
                        effect.nUnexposed(), significant(deciding.p()), significant(effect.q()));
            } else {
                out.printf(row, effect.factorKey(), effect.lag(), "-", texts.get("cli.insights.notEnoughData"),
                        effect.nExposed(), effect.nUnexposed(), "-", "-");
            }
        }
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    private static String significant(double value) {
        return PValueFormat.format(value);
    }
}
