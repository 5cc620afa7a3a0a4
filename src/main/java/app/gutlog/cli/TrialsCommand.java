package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.app.TrialService;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import app.gutlog.text.Texts;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gutlog trials}: self-experiments and their results; {@code trials add}, {@code edit}, {@code end} and
 * {@code delete} manage them. Bad input exits with 2 and changes nothing.
 */
@Command(name = "trials", mixinStandardHelpOptions = true,
        subcommands = {TrialsCommand.Add.class, TrialsCommand.Edit.class, TrialsCommand.End.class,
            TrialsCommand.Delete.class})
final class TrialsCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.help.json")
    boolean json;

    @Override
    public void run() {
        List<TrialResult> results;
        try (AppServices services = gutlog.openJournal()) {
            results = services.trials().results();
        }
        PrintWriter out = spec.commandLine().getOut();
        Texts texts = texts();
        if (json) {
            writeJson(results, out);
        } else if (results.isEmpty()) {
            out.println(texts.get("cli.trials.none"));
        } else {
            for (TrialResult result : results) {
                Trial trial = result.trial();
                String line = texts.format("cli.trials.result", trial.id(), trial.name(), trial.describe(key -> key),
                        trial.start(), trial.end(), result.enoughData()
                                ? texts.format("cli.trials.difference", decimal(result.difference()),
                                        decimal(result.ciLow()), decimal(result.ciHigh()),
                                        String.format(Locale.ROOT, "%.3f", result.p()))
                                : texts.get("cli.trials.notEnoughData"));
                out.println(trial.setUpAfterTheEnd()
                        ? texts.format("cli.trials.result.setUpLate", line, trial.setUpOn()) : line);
            }
        }
        out.flush();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    /** The protocol named as people write it, or a usage error that lists the protocols. */
    static Trial.Protocol protocol(CommandSpec spec, String text) {
        return Trial.Protocol.parse(text).orElseThrow(() -> new ParameterException(spec.commandLine(),
                texts().format("cli.trials.protocol", texts().list(Arrays.stream(Trial.Protocol.values())
                        .map(Trial.Protocol::code).toList()), text)));
    }

    /**
     * Refuses, before anything is written, a trial that starts avoiding gluten without {@code --coeliac-tested-or-advised},
     * and prints why.
     */
    static void requireCoeliacConfirmation(CommandSpec spec, List<String> avoided, boolean confirmed) {
        Optional<String> note = TrialService.beforeCuttingGluten(avoided);
        if (note.isPresent() && !confirmed) {
            throw new ParameterException(spec.commandLine(),
                    note.get() + System.lineSeparator() + texts().get("cli.trials.coeliac"));
        }
    }

    private static Texts texts() {
        return Texts.of(TrialsCommand.class);
    }

    /** Runs {@code work} on the journal; a trial the service refuses is bad input, so it exits with 2. */
    <T> T onJournal(CommandSpec spec, Function<AppServices, T> work) {
        try (AppServices services = gutlog.openJournal()) {
            return work.apply(services);
        } catch (TrialService.Rejected e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
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
                json.writeStringField("description", trial.describe(key -> key));
                json.writeStringField("set_up_on", trial.setUpOn() == null ? null : trial.setUpOn().toString());
                json.writeBooleanField("set_up_after_the_end", trial.setUpAfterTheEnd());
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
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Runnable {

        @ParentCommand
        TrialsCommand trials;

        @Spec
        CommandSpec spec;

        @Option(names = "--name", paramLabel = "N", required = true, descriptionKey = "cli.help.trial.name")
        String name;

        @Option(names = "--protocol", paramLabel = "P", required = true, descriptionKey = "cli.help.trial.protocol")
        String protocol;

        @Option(names = "--baseline-from", paramLabel = "D", descriptionKey = "cli.help.trials.add.baselineFrom")
        LocalDate baselineFrom;

        @Option(names = "--baseline-days", paramLabel = "N", descriptionKey = "cli.help.trials.add.baselineDays")
        Integer baselineDays;

        @Option(names = "--start", paramLabel = "D", required = true, descriptionKey = "cli.help.trial.start")
        LocalDate start;

        @Option(names = "--end", paramLabel = "D", required = true, descriptionKey = "cli.help.trial.end")
        LocalDate end;

        @Option(names = "--avoid", paramLabel = "KEY", descriptionKey = "cli.help.trial.avoid")
        List<String> avoid = new ArrayList<>();

        @Option(names = "--add", paramLabel = "KEY", descriptionKey = "cli.help.trial.add")
        List<String> add = new ArrayList<>();

        @Option(names = "--reintroduce-until", paramLabel = "D",
                descriptionKey = "cli.help.trials.add.reintroduceUntil")
        LocalDate reintroduceUntil;

        @Option(names = "--outcome", paramLabel = "burden|KEY", defaultValue = "burden",
                descriptionKey = "cli.help.trials.add.outcome")
        String outcome;

        @Option(names = "--coeliac-tested-or-advised", descriptionKey = "cli.help.trial.coeliac")
        boolean coeliacConfirmed;

        @Override
        public void run() {
            Trial.Protocol chosen = protocol(spec, protocol);
            if ((baselineFrom == null) == (baselineDays == null)) {
                throw new ParameterException(spec.commandLine(), texts().get("cli.trials.baseline"));
            }
            boolean ownMeasures = avoid.isEmpty() && add.isEmpty();
            List<String> avoided = ownMeasures ? chosen.avoids() : avoid;
            requireCoeliacConfirmation(spec, avoided, coeliacConfirmed);
            Trial saved = trials.onJournal(spec, services -> {
                LocalDate baseline = baselineFrom != null ? baselineFrom
                        : services.trials().baselineOfLoggedDays(start, baselineDays);
                return services.trials().add(new Trial(0, name, chosen, baseline, start, end, reintroduceUntil,
                        Outcome.fromCode(outcome), avoided, ownMeasures ? chosen.adds() : add));
            });
            spec.commandLine().getOut().println(texts().format("cli.trials.added", saved.id(), saved.name()));
            spec.commandLine().getOut().flush();
        }
    }

    /** A subcommand about one saved trial, named by its number. */
    abstract static class OneTrial implements Runnable {

        @ParentCommand
        TrialsCommand trials;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", descriptionKey = "cli.help.trial.id")
        long id;
    }

    /** {@code gutlog trials edit}. */
    @Command(name = "edit", mixinStandardHelpOptions = true)
    static final class Edit extends OneTrial {

        @Option(names = "--name", paramLabel = "N", descriptionKey = "cli.help.trial.name")
        String name;

        @Option(names = "--protocol", paramLabel = "P", descriptionKey = "cli.help.trial.protocol")
        String protocol;

        @Option(names = "--baseline-from", paramLabel = "D", descriptionKey = "cli.help.trials.edit.baselineFrom")
        LocalDate baselineFrom;

        @Option(names = "--start", paramLabel = "D", descriptionKey = "cli.help.trial.start")
        LocalDate start;

        @Option(names = "--end", paramLabel = "D", descriptionKey = "cli.help.trial.end")
        LocalDate end;

        @Option(names = "--avoid", paramLabel = "KEY", descriptionKey = "cli.help.trial.avoid")
        List<String> avoid;

        @Option(names = "--add", paramLabel = "KEY", descriptionKey = "cli.help.trial.add")
        List<String> add;

        @Option(names = "--reintroduce-until", paramLabel = "D",
                descriptionKey = "cli.help.trials.edit.reintroduceUntil")
        LocalDate reintroduceUntil;

        @Option(names = "--no-reintroduction", descriptionKey = "cli.help.trials.edit.noReintroduction")
        boolean noReintroduction;

        @Option(names = "--outcome", paramLabel = "burden|KEY", descriptionKey = "cli.help.trials.edit.outcome")
        String outcome;

        @Option(names = "--coeliac-tested-or-advised", descriptionKey = "cli.help.trial.coeliac")
        boolean coeliacConfirmed;

        @Override
        public void run() {
            Trial.Protocol chosen = protocol == null ? null : protocol(spec, protocol);
            if (reintroduceUntil != null && noReintroduction) {
                throw new ParameterException(spec.commandLine(), texts().get("cli.trials.reintroduction"));
            }
            if (name == null && chosen == null && baselineFrom == null && start == null && end == null && avoid == null
                    && add == null && reintroduceUntil == null && !noReintroduction && outcome == null) {
                throw new ParameterException(spec.commandLine(), texts().get("cli.trials.nothingToChange"));
            }
            Trial edited = trials.onJournal(spec, services -> {
                Trial saved = services.trials().find(id);
                Trial changed = new Trial(id, name != null ? name : saved.name(),
                        chosen != null ? chosen : saved.protocol(),
                        baselineFrom != null ? baselineFrom : saved.baselineFrom(), start != null ? start : saved.start(),
                        end != null ? end : saved.end(), noReintroduction ? null
                                : reintroduceUntil != null ? reintroduceUntil : saved.reintroduceUntil(),
                        outcome != null ? Outcome.fromCode(outcome) : saved.outcome(),
                        avoid != null ? avoid : saved.avoid(), add != null ? add : saved.add());
                if (!saved.avoid().contains("gluten")) {
                    requireCoeliacConfirmation(spec, changed.avoid(), coeliacConfirmed);
                }
                return services.trials().edit(changed);
            });
            spec.commandLine().getOut().println(texts().format("cli.trials.changed", edited.id(), edited.name(),
                    edited.describe(key -> key), edited.start(), edited.end()));
            spec.commandLine().getOut().flush();
        }
    }

    /** {@code gutlog trials end}. */
    @Command(name = "end", mixinStandardHelpOptions = true)
    static final class End extends OneTrial {

        @Option(names = "--on", paramLabel = "D", descriptionKey = "cli.help.trials.end.on")
        LocalDate on;

        @Override
        public void run() {
            Trial ended = trials.onJournal(spec,
                    services -> services.trials().end(id, on != null ? on : services.days().today()));
            spec.commandLine().getOut().println(texts().format("cli.trials.ended", ended.id(), ended.name(),
                    ended.end(), ended.plannedDays()));
            spec.commandLine().getOut().flush();
        }
    }

    /** {@code gutlog trials delete}. */
    @Command(name = "delete", mixinStandardHelpOptions = true)
    static final class Delete extends OneTrial {

        @Option(names = "--yes", descriptionKey = "cli.help.trials.delete.yes")
        boolean yes;

        @Override
        public void run() {
            if (!yes) {
                throw new ParameterException(spec.commandLine(), texts().format("cli.trials.deleteNeedsYes", id));
            }
            Trial deleted = trials.onJournal(spec, services -> {
                Trial trial = services.trials().find(id);
                services.trials().delete(id);
                return trial;
            });
            spec.commandLine().getOut().println(texts().format("cli.trials.deleted", deleted.id(), deleted.name()));
            spec.commandLine().getOut().flush();
        }
    }
}
