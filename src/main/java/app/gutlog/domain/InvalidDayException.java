package app.gutlog.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A day was not saved because some of its fields break {@link DayRules}; nothing was written. */
public final class InvalidDayException extends JournalException {

    private final List<FieldProblem> problems;

    public InvalidDayException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
