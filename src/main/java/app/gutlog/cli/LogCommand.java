package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.app.DayService.DayChange;
import app.gutlog.domain.DayRules;
import app.gutlog.domain.FieldProblem;
import app.gutlog.domain.InvalidDayException;
import app.gutlog.text.Texts;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog log}: merges values into one day, with the day form's checks, and prints what changed. */
@Command(name = "log", mixinStandardHelpOptions = true)
final class LogCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;
    private static final String CLEAR = "-";

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "D", defaultValue = "today", descriptionKey = "cli.help.log.date")
    String date;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.help.log.note")
    String note;

    @Parameters(paramLabel = "KEY=VALUE", arity = "0..*", descriptionKey = "cli.help.log.values")
    List<String> assignments = new ArrayList<>();

    private final Texts texts = Texts.of(LogCommand.class);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices services = gutlog.openJournal()) {
            List<String> problems = new ArrayList<>();
            Optional<LocalDate> day = parseDate(services.days().today(), problems);
            Map<String, Double> set = new LinkedHashMap<>();
            Set<String> clear = new LinkedHashSet<>();
            parseAssignments(problems, set, clear);
            if (!problems.isEmpty()) {
                return reject(err, problems);
            }
            if (set.isEmpty() && clear.isEmpty() && note == null) {
                err.println(texts.format("cli.log.problem", texts.get("cli.log.nothingToLog")));
                return BAD_INPUT;
            }
            DayChange change;
            try {
                change = services.days().merge(day.orElseThrow(), set, clear, Optional.ofNullable(note));
            } catch (InvalidDayException invalid) {
                return reject(err, invalid.problems().stream().map(FieldProblem::message).toList());
            }
            printChange(out, change);
        }
        return 0;
    }

    private Optional<LocalDate> parseDate(LocalDate today, List<String> problems) {
        String text = date.strip().toLowerCase(Locale.ROOT);
        try {
            return Optional.of(switch (text) {
                case "today" -> today;
                case "yesterday" -> today.minusDays(1);
                default -> LocalDate.parse(text);
            });
        } catch (DateTimeParseException e) {
            problems.add(texts.format("cli.log.date", date));
            return Optional.empty();
        }
    }

    private void parseAssignments(List<String> problems, Map<String, Double> set, Set<String> clear) {
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                problems.add(texts.format("cli.log.assignment", assignment));
                continue;
            }
            String key = assignment.substring(0, equals).strip();
            String value = assignment.substring(equals + 1).strip();
            set.remove(key);
            clear.remove(key);
            if (value.isEmpty() || value.equals(CLEAR)) {
                clear.add(key);
                continue;
            }
            try {
                set.put(key, switch (value.toLowerCase(Locale.ROOT)) {
                    case "yes" -> 1.0;
                    case "no" -> 0.0;
                    default -> DayRules.parseNumber(value).orElseThrow();
                });
            } catch (NumberFormatException e) {
                problems.add(texts.format("cli.log.value", key, e.getMessage()));
            }
        }
    }

    private int reject(PrintWriter err, List<String> problems) {
        problems.forEach(problem -> err.println(texts.format("cli.log.problem", problem)));
        err.println(texts.format("cli.log.problem", texts.get("cli.log.nothingSaved")));
        err.flush();
        return BAD_INPUT;
    }

    private void printChange(PrintWriter out, DayChange change) {
        LocalDate day = change.after().date();
        if (!change.changed()) {
            out.println(texts.format("cli.log.unchanged", day));
        } else {
            out.println(texts.format("cli.log.saved", day));
            change.differences().forEach(line -> out.printf("  %s%n", line));
        }
        out.flush();
    }
}
