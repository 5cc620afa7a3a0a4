package app.gutlog.domain;

import java.time.LocalDate;
import java.util.OptionalDouble;

/** One saved day at a glance: its symptom burden (empty when no symptom was rated), how many measures were logged, and its notes. */
public record DayOverview(LocalDate date, OptionalDouble burden, int measuresLogged, String notes) {}
