package app.gutlog.domain;

/** What the insights compare days by: the daily symptom burden, or one chosen symptom. */
public sealed interface Outcome {

    /** The mean of the symptoms rated each day. */
    record Burden() implements Outcome {}

    /** One symptom's rating. */
    record Symptom(String measureKey) implements Outcome {}

    Outcome BURDEN = new Burden();

    /** "burden" or a symptom's key, as the CLI and the JSON output write it. */
    default String code() {
        return this instanceof Symptom symptom ? symptom.measureKey() : "burden";
    }

    static Outcome fromCode(String code) {
        return code.equals("burden") ? BURDEN : new Symptom(code);
    }
}
