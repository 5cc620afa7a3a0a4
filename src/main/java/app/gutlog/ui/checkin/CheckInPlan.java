package app.gutlog.ui.checkin;

import app.gutlog.app.CatalogService;
import app.gutlog.app.DayService;
import app.gutlog.app.LatestOnly;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.CheckInPreset;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Measure;
import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the daily check-in tracks: the measures the person chose, in their order, and the measures they can choose
 * from. Until a choice is made, {@link #keys()} is empty and the check-in asks. Also holds the day before the shown
 * day, whose values a check-in can repeat field by field.
 */
public final class CheckInPlan {

    private final CatalogService catalog;
    private final DayService days;
    private final TaskRunner tasks;
    private final LatestOnly dayBeforeReads;
    private final Texts texts = Texts.of(CheckInPlan.class);
    private final ObservableList<Measure> choosable = FXCollections.observableArrayList();
    private final ObservableList<String> keys = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Map<String, Double> dayBefore = Map.of();

    public CheckInPlan(CatalogService catalog, DayService days, TaskRunner tasks) {
        this.catalog = catalog;
        this.days = days;
        this.tasks = tasks;
        this.dayBeforeReads = new LatestOnly(tasks);
    }

    /** A plan read from the journal: the measures that can be checked in and the chosen keys. */
    private record Read(List<Measure> choosable, List<String> keys) {}

    /** Reads the plan from the journal, at first and again whenever the journal changes. */
    public void load() {
        tasks.run(texts.get("checkin.progress.reading"), progress -> new Read(
                catalog.activeMeasures().stream().filter(CheckInPreset::canBeCheckedIn).toList(),
                catalog.checkInKeys()), read -> {
                    if (!choosable.equals(read.choosable())) {
                        choosable.setAll(read.choosable());
                    }
                    if (!keys.equals(read.keys())) {
                        keys.setAll(read.keys());
                    }
                    loaded.set(true);
                }, this::failed);
    }

    /** Makes {@code chosen} the check-in's measures, in that order; then runs {@code afterwards}. */
    public void choose(List<String> chosen, Runnable afterwards) {
        problem.set("");
        List<String> copy = List.copyOf(chosen);
        tasks.run(texts.get("checkin.progress.saving"), progress -> {
            catalog.setCheckIn(copy);
            return copy;
        }, saved -> {
            keys.setAll(saved);
            afterwards.run();
        }, this::failed);
    }

    /** The keys that {@code presets} take together, in the day form's order. */
    public List<String> keysOf(Set<CheckInPreset> presets) {
        return CheckInPreset.keys(presets, choosable);
    }

    /** Reads the values logged the day before {@code day}, for {@link #valueTheDayBefore}. */
    public void readDayBefore(LocalDate day) {
        dayBefore = Map.of();
        dayBeforeReads.run(texts.format("checkin.progress.dayBefore", day.minusDays(1)),
                progress -> days.load(day.minusDays(1)),
                entry -> dayBefore = entry.map(DayEntry::values).orElse(Map.of()), this::failed);
    }

    /** The value logged for {@code measureKey} on the day before the shown one, if it was logged. */
    public Optional<Double> valueTheDayBefore(String measureKey) {
        return Optional.ofNullable(dayBefore.get(measureKey));
    }

    private void failed(Throwable error) {
        problem.set(texts.format("checkin.problem", error.getMessage()));
    }

    /** The measures that can be in the check-in: every active one but free text, in the day form's order. */
    public ObservableList<Measure> choosable() {
        return choosable;
    }

    /** The chosen measures' keys in check-in order; empty until chosen (or when every chosen one was archived). */
    public ObservableList<String> keys() {
        return keys;
    }

    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    /** What went wrong with the last read or save; empty when nothing did. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
