package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.List;

/** A day was not saved because some of its fields break {@link DayRules}; nothing was written. */
public final class InvalidDayException extends JournalException {

    private final List<FieldProblem> problems;

    public InvalidDayException(List<FieldProblem> problems) {
        super(Texts.of(InvalidDayException.class).clauses(problems.stream().map(FieldProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
