package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog trials}: self-experiments and their results, and {@code trials add} to define one. */
@Command(name = "trials", mixinStandardHelpOptions = true,
        description = "List every trial (self-experiment) with its result: the outcome in the baseline and the trial"
                + " phase, the difference with a 95%% bootstrap interval and the Mann-Whitney p-value, the reintroduction,"
                + " and adherence.",
        subcommands = TrialsCommand.Add.class)
final class TrialsCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public void run() {
        List<TrialResult> results;
        try (AppServices services = gutlog.openJournal()) {
            results = services.trials().results();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(results, out);
        } else if (results.isEmpty()) {
            out.println("No trials yet. Add one with: gutlog trials add --name N --protocol P --baseline-from D --start D --end D");
        } else {
            for (TrialResult result : results) {
                Trial trial = result.trial();
                out.printf(Locale.ROOT, "%s (%s), %s to %s: %s%n", trial.name(), trial.protocol().label(), trial.start(),
                        trial.end(), result.enoughData()
                                ? String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f], p %.3f", result.difference(),
                                        result.ciLow(), result.ciHigh(), result.p())
                                : "not enough data yet");
            }
        }
        out.flush();
    }

    private static void writeJson(List<TrialResult> results, PrintWriter out) {
        Json.printObject(out, json -> {
            json.writeArrayFieldStart("trials");
            for (TrialResult result : results) {
                Trial trial = result.trial();
                json.writeStartObject();
                json.writeNumberField("id", trial.id());
                json.writeStringField("name", trial.name());
                json.writeStringField("protocol", trial.protocol().code());
                json.writeStringField("outcome", trial.outcome().code());
                json.writeStringField("baseline_from", trial.baselineFrom().toString());
                json.writeStringField("start", trial.start().toString());
                json.writeStringField("end", trial.end().toString());
                json.writeStringField("reintroduce_until",
                        trial.reintroduceUntil() == null ? null : trial.reintroduceUntil().toString());
                strings(json, "avoid", trial.avoid());
                strings(json, "add", trial.add());
                json.writeNumberField("day_of_trial", result.dayOfTrial());
                json.writeNumberField("baseline_days", result.baselineDays());
                json.writeNumberField("trial_days", result.trialDays());
                Json.number(json, "baseline_mean", result.baselineMean());
                Json.number(json, "trial_mean", result.trialMean());
                Json.number(json, "difference", result.difference());
                Json.number(json, "ci_low", result.ciLow());
                Json.number(json, "ci_high", result.ciHigh());
                Json.number(json, "p", result.p());
                json.writeNumberField("reintroduction_days", result.reintroductionDays());
                Json.number(json, "reintroduction_mean", result.reintroductionMean());
                Json.number(json, "reintroduction_difference", result.reintroductionDifference());
                json.writeNumberField("logged_trial_days", result.loggedTrialDays());
                json.writeNumberField("kept_trial_days", result.keptTrialDays());
                json.writeNumberField("not_logged_trial_days", result.notLoggedTrialDays());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** {@code gutlog trials add}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Define a trial. Without --avoid or --add, the protocol's own measures are used.")
    static final class Add implements Runnable {

        @ParentCommand
        TrialsCommand trials;

        @Spec
        CommandSpec spec;

        @Option(names = "--name", paramLabel = "N", required = true, description = "The trial's name.")
        String name;

        @Option(names = "--protocol", paramLabel = "P", required = true,
                description = "gluten_free, low_fodmap, paleo, alcohol_free, nsaid_free, sleep, stress_practice,"
                        + " probiotic, glutamine or custom.")
        String protocol;

        @Option(names = "--baseline-from", paramLabel = "D",
                description = "First day of the baseline; it runs to the day before --start.")
        LocalDate baselineFrom;

        @Option(names = "--baseline-days", paramLabel = "N",
                description = "Instead of --baseline-from: the last N days already logged before --start.")
        Integer baselineDays;

        @Option(names = "--start", paramLabel = "D", required = true, description = "First day of the trial.")
        LocalDate start;

        @Option(names = "--end", paramLabel = "D", required = true, description = "Last planned day of the trial.")
        LocalDate end;

        @Option(names = "--avoid", paramLabel = "KEY", description = "A measure the trial avoids (repeatable).")
        List<String> avoid = new ArrayList<>();

        @Option(names = "--add", paramLabel = "KEY", description = "A measure the trial adds (repeatable).")
        List<String> add = new ArrayList<>();

        @Option(names = "--reintroduce-until", paramLabel = "D",
                description = "Last day of a reintroduction phase after the trial.")
        LocalDate reintroduceUntil;

        @Option(names = "--outcome", paramLabel = "burden|KEY", defaultValue = "burden",
                description = "The symptom burden (default) or one symptom's key.")
        String outcome;

        @Override
        public void run() {
            Trial.Protocol chosen = Arrays.stream(Trial.Protocol.values())
                    .filter(candidate -> candidate.code().equals(protocol)).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "--protocol is one of "
                            + Arrays.stream(Trial.Protocol.values()).map(Trial.Protocol::code)
                                    .collect(Collectors.joining(", ")) + ", not '" + protocol + "'"));
            if ((baselineFrom == null) == (baselineDays == null)) {
                throw new ParameterException(spec.commandLine(), "Give either --baseline-from or --baseline-days");
            }
            boolean ownMeasures = avoid.isEmpty() && add.isEmpty();
            Trial saved;
            try (AppServices services = trials.gutlog.openJournal()) {
                LocalDate baseline = baselineFrom != null ? baselineFrom
                        : services.trials().baselineOfLoggedDays(start, baselineDays);
                saved = services.trials().add(new Trial(0, name, chosen, baseline, start, end, reintroduceUntil,
                        Outcome.fromCode(outcome), ownMeasures ? chosen.avoids() : avoid,
                        ownMeasures ? chosen.adds() : add));
            }
            spec.commandLine().getOut().printf("Added trial %d: %s%n", saved.id(), saved.name());
            spec.commandLine().getOut().flush();
        }
    }
}
