package app.gutlog.domain;

/**
 * One symptom over a range of days: on how many it was rated, its mean, and its trend as the least-squares change
 * per 30 days (NaN when it was rated on fewer than two days).
 */
public record SymptomSummary(Measure measure, int ratedDays, double mean, double changePer30Days) {}
