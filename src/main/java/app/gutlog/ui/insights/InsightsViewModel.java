package app.gutlog.ui.insights;

import app.gutlog.app.AppServices;
import app.gutlog.app.LatestOnly;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Outcome;
import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Insights view's state: the chosen outcome, range, lag and factor, the report computed off the UI thread for
 * them, and that report turned into cards and chart data.
 */
public final class InsightsViewModel {

    /** Which days to look at. */
    public enum RangeChoice {
        LAST_30_DAYS(30),
        LAST_90_DAYS(90),
        LAST_YEAR(365),
        EVERYTHING(0),
        CUSTOM(0);

        private final int days;

        RangeChoice(int days) {
            this.days = days;
        }

        /** The name the range chooser shows. */
        @Override
        public String toString() {
            return Texts.of(RangeChoice.class).get(switch (this) {
                case LAST_30_DAYS -> "insights.range.last30Days";
                case LAST_90_DAYS -> "insights.range.last90Days";
                case LAST_YEAR -> "insights.range.lastYear";
                case EVERYTHING -> "insights.range.everything";
                case CUSTOM -> "insights.range.custom";
            });
        }
    }

    /** What the days are compared by, its name, and whether any day of the journal has it rated. */
    public record OutcomeChoice(Outcome outcome, String name, boolean rated) {
        /** The name as the chooser shows it, with a note when no day has it rated yet. */
        public String label() {
            return rated ? name : Texts.of(OutcomeChoice.class).format("insights.outcome.notRated", name);
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /**
     * One lag of a card: its name, the effect and its interval, the group sizes and p- and q-values, and whether there
     * was enough data to say anything.
     */
    public record LagLine(int lag, String name, String effect, String detail, boolean enoughData, boolean notable) {}

    /** A factor's card: {@code headline} says its strongest lag in plain words, {@code together} its companions. */
    public record FactorCard(Factor factor, String title, String exposure, String frequency, List<LagLine> lags,
            String headline, String together) {
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
    private final Texts texts = Texts.of(InsightsViewModel.class);
    private final ObservableList<OutcomeChoice> outcomeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<OutcomeChoice> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObjectProperty<RangeChoice> range = new SimpleObjectProperty<>(this, "range", RangeChoice.LAST_90_DAYS);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>(this, "customFrom");
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>(this, "customTo");
    private final IntegerProperty lag = new SimpleIntegerProperty(this, "lag", 1);
    private final ObjectProperty<Factor> chosenFactor = new SimpleObjectProperty<>(this, "chosenFactor");
    private final BooleanProperty fitToData = new SimpleBooleanProperty(this, "fitToData");
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

    /**
     * Re-reads the symptoms and which of them have days rated (off the FX thread) and recomputes: the journal has
     * changed since the last report.
     */
    public void refresh() {
        tasks.run(texts.get("insights.progress.measures"), progress -> OutcomeChoices.read(services),
                this::offerOutcomes, error -> status.set(texts.format("insights.error.measures", error.getMessage())));
    }

    private void offerOutcomes(List<OutcomeChoice> choices) {
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
            status.set(texts.get("insights.range.incomplete"));
            return;
        }
        LocalDate from = dates.get()[0];
        LocalDate to = dates.get()[1];
        if (from != null && to != null && from.isAfter(to)) {
            stopComputing();
            status.set(texts.format("insights.range.backward", from, to));
            return;
        }
        busy.set(true);
        Outcome chosen = outcome.get().outcome();
        computations.run(texts.get("insights.progress.computing"), progress -> new Computed(
                services.days().summary().isEmpty(), services.insights().report(from, to, chosen)), computed -> {
                    busy.set(false);
                    show(computed);
                }, error -> {
                    busy.set(false);
                    status.set(texts.format("insights.error.computing", error.getMessage()));
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
        cards.setAll(InsightsTexts.cardsOf(shown, outcome.get().name()));
        factors.setAll(cards.stream().map(FactorCard::factor).toList());
        chosenFactor.set(shown.factor(previousFactor).orElse(factors.isEmpty() ? null : factors.getFirst()));
        String name = outcome.get().name();
        summary.set(InsightsTexts.summary(shown, outcome.get().outcome() instanceof Outcome.Burden ? null : name));
        status.set(InsightsTexts.emptyState(computed.journalEmpty(), shown.outcomeByDay().loggedDays(), name));
    }

    /** The effect chart's rows at the chosen lag: every factor with enough data, strongest evidence first. */
    public List<ForestRow> forestRows() {
        return ChartData.forestRows(report.get(), lag.get());
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
        return ChartData.dosePoints(report.get(), shownFactor().orElse(null), lag.get());
    }

    /** Spearman's rho for the chosen factor and lag, in words; empty for yes/no factors. */
    public String doseSummary() {
        return InsightsTexts.doseSummary(report.get(), shownFactor().orElse(null), lag.get());
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

    /** Whether the outcome charts fit their 0–10 axis to the values shown rather than show the whole scale. */
    public BooleanProperty fitToData() {
        return fitToData;
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
