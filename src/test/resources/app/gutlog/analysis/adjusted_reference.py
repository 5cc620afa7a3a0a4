#!/usr/bin/python3
"""Reference values for the adjusted estimates of Insights (AdjustedReferenceTest), from an implementation
independent of GutLog's: statsmodels' least squares, refitted on every circular shift.

Writes adjusted-reference-days.csv (a year of made-up, fully logged days: an outcome that flares, three habits in
runs, two of them often together) and adjusted-reference.csv (each habit's adjusted difference, 95 % interval and
p-value). Run once from this folder: /usr/bin/python3 adjusted_reference.py, with Debian's python3-statsmodels.
"""
import csv

import numpy as np
import statsmodels.api as sm
from scipy import stats

DAYS = 365
MIN_OFFSET = 7
MAX_SHIFTS = 99
DAYS_PER_DEGREE_OF_FREEDOM = 21
MIN_DEGREES_OF_FREEDOM = 10


def runs(rng, share, mean_run):
    """A habit that comes in runs: on for about `share` of the days, in runs of about `mean_run` days."""
    on = np.zeros(DAYS)
    state = rng.random() < share
    for t in range(DAYS):
        on[t] = state
        leave = 1 / mean_run if state else share / ((1 - share) * mean_run)
        if rng.random() < leave:
            state = not state
    return on


def offsets(days):
    margin = max(MIN_OFFSET, days // 20)
    available = days - 2 * margin + 1
    count = min(MAX_SHIFTS, available)
    return [margin + (i * available) // count for i in range(count)]


def main():
    rng = np.random.default_rng(20261202)
    sugar = runs(rng, 0.4, 5)
    alcohol = np.where(rng.random(DAYS) < 0.7, sugar, runs(rng, 0.3, 3))  # mostly on sugar days
    zinc = runs(rng, 0.5, 30)
    flare = np.zeros(DAYS)
    for t in range(1, DAYS):
        flare[t] = 0.7 * flare[t - 1] + rng.normal(0, 1)
    outcome = np.clip(np.round(3 + 1.5 * sugar + 0.0 * alcohol + flare), 0, 10)
    habits = {"sugar": sugar, "alcohol": alcohol, "zinc": zinc}

    with open("adjusted-reference-days.csv", "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["outcome", *habits])
        for t in range(DAYS):
            writer.writerow([int(outcome[t]), *(int(h[t]) for h in habits.values())])

    names = list(habits)
    design = sm.add_constant(np.column_stack([habits[name] for name in names]))
    full = sm.OLS(outcome, design).fit()
    shifts = offsets(DAYS)
    span = shifts[-1] - shifts[0] + 1
    t_dist = stats.t(max(MIN_DEGREES_OF_FREEDOM, span // DAYS_PER_DEGREE_OF_FREEDOM))
    with open("adjusted-reference.csv", "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["habit", "difference", "ci_low", "ci_high", "p"])
        for j, name in enumerate(names):
            others = np.delete(design, j + 1, axis=1)
            reduced = sm.OLS(outcome, others).fit().resid  # Freedman and Lane: the model without this habit
            shifted = [sm.OLS(np.roll(reduced, -s), design).fit().params[j + 1] for s in shifts]
            se = np.std(shifted, ddof=1)
            estimate = full.params[j + 1]
            half = t_dist.isf(0.025) * se
            p = 2 * t_dist.sf(abs(estimate) / se)
            writer.writerow([name, repr(estimate), repr(estimate - half), repr(estimate + half), repr(p)])


if __name__ == "__main__":
    main()
