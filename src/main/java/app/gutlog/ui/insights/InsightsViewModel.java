package app.gutlog.ui.insights;

import app.gutlog.app.AppServices;
import app.gutlog.app.LatestOnly;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.DailySeries;
import app.gutlog.domain.Insights.DoseResponse;
import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.Insights;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Insights view's state: the chosen outcome, range, lag and factor, the report computed off the UI thread for
 * them, and that report turned into cards and chart data.
 */
public final class InsightsViewModel {

    public static final String CAVEAT = "Association, not proof of cause.";
    static final String[] LAG_NAMES = {"Same day", "Next day", "2 days later"};

    /** Which days to look at. */
    public enum RangeChoice {
        LAST_30_DAYS("Last 30 days", 30),
        LAST_90_DAYS("Last 90 days", 90),
        LAST_YEAR("Last year", 365),
        EVERYTHING("Everything", 0),
        CUSTOM("Custom dates", 0);

        private final String label;
        private final int days;

        RangeChoice(String label, int days) {
            this.label = label;
            this.days = days;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What the days are compared by, with its name for the chooser. */
    public record OutcomeChoice(Outcome outcome, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One lag of a card: its name, the effect and its interval, the group sizes and p- and q-values, and whether there
     * was enough data to say anything.
     */
    public record LagLine(int lag, String name, String effect, String detail, boolean enoughData, boolean notable) {}

    /** One risk factor or support, as its card shows it. */
    public record FactorCard(Factor factor, String title, String exposure, String frequency, List<LagLine> lags) {
        public String key() {
            return factor.measure().key();
        }
    }

    /** A row of the effect chart: a factor's difference and interval at the chosen lag. */
    public record ForestRow(String label, double difference, double low, double high, boolean notable) {}

    /** A point of the dose chart: an amount, the outcome some days later, and on how many days that pair occurred. */
    public record DosePoint(double amount, double outcome, int days) {}

    private final AppServices services;
    private final TaskRunner tasks;
    private final ObservableList<OutcomeChoice> outcomeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<OutcomeChoice> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObjectProperty<RangeChoice> range = new SimpleObjectProperty<>(this, "range", RangeChoice.LAST_90_DAYS);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>(this, "customFrom");
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>(this, "customTo");
    private final IntegerProperty lag = new SimpleIntegerProperty(this, "lag", 1);
    private final ObjectProperty<Factor> chosenFactor = new SimpleObjectProperty<>(this, "chosenFactor");
    private final ObservableList<Factor> factors = FXCollections.observableArrayList();
    private final ObservableList<FactorCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<InsightsReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper journalEmpty = new ReadOnlyBooleanWrapper(this, "journalEmpty");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final LatestOnly computations;

    public InsightsViewModel(AppServices services, TaskRunner tasks) {
        this.services = services;
        this.tasks = tasks;
        this.computations = new LatestOnly(tasks);
        outcome.addListener((observable, before, now) -> recompute());
        range.addListener((observable, before, now) -> recompute());
        customFrom.addListener((observable, before, now) -> recomputeIfCustom());
        customTo.addListener((observable, before, now) -> recomputeIfCustom());
    }

    /** Re-reads the symptoms (off the FX thread) and recomputes: the journal has changed since the last report. */
    public void refresh() {
        tasks.run("Reading the measures…", progress -> services.catalog().activeMeasures(), this::offerOutcomes,
                error -> status.set("Could not read the measures: " + error.getMessage()));
    }

    private void offerOutcomes(List<Measure> measures) {
        List<OutcomeChoice> choices = new ArrayList<>();
        choices.add(new OutcomeChoice(Outcome.BURDEN, "Symptom burden"));
        measures.stream()
                .filter(measure -> measure.kind() == MeasureKind.SYMPTOM)
                .forEach(measure -> choices.add(new OutcomeChoice(new Outcome.Symptom(measure.key()), measure.name())));
        OutcomeChoice previous = outcome.get();
        outcomeChoices.setAll(choices);
        OutcomeChoice kept = previous == null ? choices.getFirst()
                : choices.stream().filter(c -> c.outcome().equals(previous.outcome())).findFirst().orElse(choices.getFirst());
        if (kept.equals(previous)) {
            recompute();
        } else {
            outcome.set(kept);
        }
    }

    private void recomputeIfCustom() {
        if (range.get() == RangeChoice.CUSTOM) {
            recompute();
        }
    }

    /** Computes the report for the current choices on a background thread; a newer request supersedes older ones. */
    public void recompute() {
        if (outcome.get() == null) {
            return;
        }
        Optional<LocalDate[]> dates = dates();
        if (dates.isEmpty()) {
            stopComputing();
            status.set("Choose both a first and a last day.");
            return;
        }
        LocalDate from = dates.get()[0];
        LocalDate to = dates.get()[1];
        if (from != null && to != null && from.isAfter(to)) {
            stopComputing();
            status.set("The first day, " + from + ", is after the last day, " + to + ". Swap them to see this range.");
            return;
        }
        busy.set(true);
        Outcome chosen = outcome.get().outcome();
        computations.run("Computing insights…", progress -> new Computed(services.days().summary().isEmpty(),
                services.insights().report(from, to, chosen)), computed -> {
                    busy.set(false);
                    show(computed);
                }, error -> {
                    busy.set(false);
                    status.set("Could not compute the insights: " + error.getMessage());
                });
    }

    /** Drops a computation still running for a range that is no longer asked for. */
    private void stopComputing() {
        computations.forget();
        busy.set(false);
    }

    private record Computed(boolean journalEmpty, InsightsReport report) {}

    /** [from, to], where null means the journal's own first or last day; empty while custom dates are incomplete. */
    private Optional<LocalDate[]> dates() {
        LocalDate today = services.days().today();
        return switch (range.get()) {
            case EVERYTHING -> Optional.of(new LocalDate[] {null, null});
            case CUSTOM -> customFrom.get() == null || customTo.get() == null
                    ? Optional.empty()
                    : Optional.of(new LocalDate[] {customFrom.get(), customTo.get()});
            default -> Optional.of(new LocalDate[] {today.minusDays(range.get().days - 1L), today});
        };
    }

    private void show(Computed computed) {
        InsightsReport shown = computed.report();
        journalEmpty.set(computed.journalEmpty());
        String previousFactor = chosenFactor.get() == null ? "alcohol" : chosenFactor.get().measure().key();
        report.set(shown);
        cards.setAll(cardsOf(shown));
        factors.setAll(cards.stream().map(FactorCard::factor).toList());
        chosenFactor.set(shown.factor(previousFactor).orElse(factors.isEmpty() ? null : factors.getFirst()));
        long withOutcome = shown.outcomeByDay().loggedDays();
        summary.set(String.format(Locale.ROOT, "%s to %s: %d of %d days have %s.", shown.first(), shown.last(),
                withOutcome, shown.daysInRange(), outcome.get().outcome() instanceof Outcome.Burden
                        ? "a symptom rated" : outcome.get().label().toLowerCase(Locale.ROOT) + " rated"));
        status.set(emptyState(computed.journalEmpty(), withOutcome));
    }

    private String emptyState(boolean noDays, long withOutcome) {
        if (noDays) {
            return "Your journal has no days yet. Log your symptoms and habits each day in the Journal (Ctrl+2); after"
                    + " a few weeks this page shows which habits go with your worse days. To see it now, use"
                    + " \"Try with demo data\" on the Home page.";
        }
        if (withOutcome == 0) {
            return "No day in this range has " + outcome.get().label().toLowerCase(Locale.ROOT)
                    + " rated. Choose a longer range, or another outcome.";
        }
        return "";
    }

    /** One card per factor, in the order of its strongest evidence (the effect table is sorted by it). */
    static List<FactorCard> cardsOf(InsightsReport report) {
        Map<String, Factor> byKey = new LinkedHashMap<>();
        for (Effect effect : report.insights().effects()) {
            report.factor(effect.factorKey()).ifPresent(factor -> byKey.putIfAbsent(effect.factorKey(), factor));
        }
        return byKey.values().stream().map(factor -> card(report, factor)).toList();
    }

    private static FactorCard card(InsightsReport report, Factor factor) {
        Measure measure = factor.measure();
        List<LagLine> lines = report.effectsOf(measure.key()).stream()
                .sorted(Comparator.comparingInt(Effect::lag))
                .map(InsightsViewModel::lagLine)
                .toList();
        String frequency = factor.loggedDays() == 0
                ? "Not logged in this range."
                : String.format(Locale.ROOT, "Exposed on %d of the %d days it was logged.", factor.exposedDays(),
                        factor.loggedDays());
        return new FactorCard(factor, measure.name() + " · " + measure.kind().label().toLowerCase(Locale.ROOT),
                "Exposure: " + exposureRule(measure), frequency, lines);
    }

    /** "sleep under 7 hours": the rule alone, without the measure's name that the card's title already gives. */
    static String exposureRule(Measure measure) {
        String text = measure.exposureText();
        String prefix = measure.name() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    static LagLine lagLine(Effect effect) {
        String name = LAG_NAMES[effect.lag()];
        if (!effect.enoughData()) {
            return new LagLine(effect.lag(), name, "Not enough data yet", String.format(Locale.ROOT,
                    "%d exposed and %d unexposed days; %d of each needed", effect.nExposed(), effect.nUnexposed(),
                    Insights.MIN_GROUP_DAYS), false, false);
        }
        String difference = String.format(Locale.ROOT, "%s (95%% CI %s to %s)", signed(effect.difference()),
                signed(effect.ciLow()), signed(effect.ciHigh()));
        String detail = String.format(Locale.ROOT, "%d exposed vs %d unexposed days · p %s · q %s", effect.nExposed(),
                effect.nUnexposed(), probability(effect.p()), probability(effect.q()));
        return new LagLine(effect.lag(), name, difference, detail, true, isNotable(effect));
    }

    /** Shown as worth a look: the q-value is under 0.05. */
    static boolean isNotable(Effect effect) {
        return effect.enoughData() && effect.q() < 0.05;
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    static String probability(double value) {
        return value < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** The effect chart's rows at the chosen lag: every factor with enough data, strongest evidence first. */
    public List<ForestRow> forestRows() {
        InsightsReport shown = report.get();
        if (shown == null) {
            return List.of();
        }
        return shown.insights().effects().stream()
                .filter(effect -> effect.lag() == lag.get() && effect.enoughData())
                .map(effect -> new ForestRow(shown.factor(effect.factorKey()).orElseThrow().measure().name(),
                        effect.difference(), effect.ciLow(), effect.ciHigh(), isNotable(effect)))
                .toList();
    }

    /**
     * The chosen factor as the current report has it. While a new report replaces the old one, the chosen factor may
     * still be the old report's; its days are then looked up again by key.
     */
    public Optional<Factor> shownFactor() {
        InsightsReport shown = report.get();
        return shown == null || chosenFactor.get() == null ? Optional.empty()
                : shown.factor(chosenFactor.get().measure().key());
    }

    /** The chosen factor's amount against the outcome {@code lag} days later, one point per distinct pair. */
    public List<DosePoint> dosePoints() {
        InsightsReport shown = report.get();
        Factor factor = shownFactor().orElse(null);
        if (factor == null) {
            return List.of();
        }
        DailySeries amounts = factor.amounts();
        DailySeries outcomes = shown.outcomeByDay();
        Map<List<Double>, Integer> counts = new LinkedHashMap<>();
        for (int day = lag.get(); day < outcomes.size(); day++) {
            if (outcomes.isLogged(day) && amounts.isLogged(day - lag.get())) {
                counts.merge(List.of(amounts.value(day - lag.get()), outcomes.value(day)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(entry -> new DosePoint(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()))
                .toList();
    }

    /** Spearman's rho for the chosen factor and lag, in words; empty for yes/no factors. */
    public String doseSummary() {
        InsightsReport shown = report.get();
        Factor factor = shownFactor().orElse(null);
        if (factor == null) {
            return "";
        }
        Optional<DoseResponse> dose = shown.doseResponse(factor.measure().key(), lag.get());
        if (dose.isEmpty()) {
            return factor.measure().name() + " is logged as yes or no, so it has no dose to compare.";
        }
        DoseResponse d = dose.get();
        if (!d.enoughData()) {
            return String.format(Locale.ROOT, "Not enough data yet: %d days with both logged (%d needed, and the"
                    + " amounts must vary).", d.n(), Insights.MIN_DOSE_PAIRS);
        }
        return String.format(Locale.ROOT, "Spearman's rho %+.2f · p %s · q %s · %d days. %s", d.rho(),
                probability(d.p()), probability(d.q()), d.n(), CAVEAT);
    }

    public ObservableList<OutcomeChoice> outcomeChoices() {
        return outcomeChoices;
    }

    public ObjectProperty<OutcomeChoice> outcome() {
        return outcome;
    }

    public ObjectProperty<RangeChoice> range() {
        return range;
    }

    public ObjectProperty<LocalDate> customFrom() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customTo() {
        return customTo;
    }

    public IntegerProperty lag() {
        return lag;
    }

    public ObjectProperty<Factor> chosenFactor() {
        return chosenFactor;
    }

    public ObservableList<Factor> factors() {
        return factors;
    }

    public ObservableList<FactorCard> cards() {
        return cards;
    }

    public ReadOnlyObjectProperty<InsightsReport> report() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty journalEmpty() {
        return journalEmpty.getReadOnlyProperty();
    }

    /** What to do next when there is nothing to show, or why nothing could be computed; empty otherwise. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }
}
