package app.gutlog.ui.settings;

import app.gutlog.app.CatalogService;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import app.gutlog.text.Texts;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The measures page: every measure in the journal, and adding, renaming and archiving custom ones. */
public final class MeasuresViewModel {

    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final Texts texts = Texts.of(MeasuresViewModel.class);
    private final ObservableList<Measure> measures = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final StringProperty newUnit = new SimpleStringProperty(this, "newUnit", "");
    private final StringProperty newDescription = new SimpleStringProperty(this, "newDescription", "");
    private final ObjectProperty<MeasureKind> newKind = new SimpleObjectProperty<>(this, "newKind", MeasureKind.SYMPTOM);
    private final ObjectProperty<MeasureGroup> newGroup = new SimpleObjectProperty<>(this, "newGroup", MeasureGroup.SYMPTOMS);
    private final ObjectProperty<Scale> newScale = new SimpleObjectProperty<>(this, "newScale", Scale.SEVERITY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public MeasuresViewModel(CatalogService catalog, TaskRunner tasks) {
        this.catalog = catalog;
        this.tasks = tasks;
        newKind.addListener((observable, before, kind) -> {
            if (kind == MeasureKind.SYMPTOM) {
                newGroup.set(MeasureGroup.SYMPTOMS);
                newScale.set(Scale.SEVERITY);
            } else if (newGroup.get() == MeasureGroup.SYMPTOMS) {
                newGroup.set(MeasureGroup.DIET);
                newScale.set(Scale.COUNT);
            }
        });
    }

    public void refresh() {
        tasks.run(texts.get("settings.progress.reading"), progress -> catalog.allMeasures(), measures::setAll,
                error -> status.set(error.getMessage()));
    }

    /** The scales a person can choose for a new measure (notes are the only free text). */
    public static List<Scale> choosableScales() {
        return List.of(Scale.SEVERITY, Scale.COUNT, Scale.HOURS, Scale.MINUTES, Scale.RATING, Scale.YES_NO, Scale.BRISTOL);
    }

    /** A key made from a name: "Coffee (cups)" becomes "coffee_cups". Keys never change once created. */
    static String keyFor(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (!key.isEmpty() && !Character.isLetter(key.charAt(0))) {
            key = "m_" + key;
        }
        return key.length() > 40 ? key.substring(0, 40).replaceAll("_+$", "") : key;
    }

    /** Adds the measure described by the form; says in {@link #status()} what is wrong if it cannot. */
    public void add() {
        String name = newName.get().strip();
        if (name.isEmpty()) {
            status.set(texts.get("settings.add.nameMissing"));
            return;
        }
        String key = keyFor(name);
        if (!Measure.isValidKey(key)) {
            status.set(texts.format("settings.add.noKey", name));
            return;
        }
        MeasureKind kind = newKind.get();
        ExposureRule exposure = kind == MeasureKind.RISK_FACTOR || kind == MeasureKind.SUPPORT ? ExposureRule.ANY_AMOUNT : null;
        Measure measure = new Measure(key, name, kind, newGroup.get(), newScale.get(), newUnit.get(), exposure,
                newDescription.get(), false, false);
        tasks.run(texts.format("settings.progress.adding", name), progress -> {
            catalog.add(measure);
            return catalog.allMeasures();
        }, all -> {
            measures.setAll(all);
            newName.set("");
            newUnit.set("");
            newDescription.set("");
            status.set(texts.format("settings.added", name, key));
        }, error -> status.set(texts.format("settings.notAdded", error.getMessage())));
    }

    public void rename(Measure measure, String name, String description) {
        tasks.run(texts.format("settings.progress.renaming", measure.name()), progress -> {
            catalog.rename(measure.key(), name, description);
            return catalog.allMeasures();
        }, all -> {
            measures.setAll(all);
            status.set(texts.format("settings.renamed", name.strip(), measure.key()));
        }, error -> status.set(texts.format("settings.notRenamed", error.getMessage())));
    }

    public void setArchived(Measure measure, boolean archived) {
        String title = texts.format(archived ? "settings.progress.archiving" : "settings.progress.restoring",
                measure.name());
        tasks.run(title, progress -> {
            catalog.setArchived(measure.key(), archived);
            return catalog.allMeasures();
        }, all -> {
            measures.setAll(all);
            status.set(texts.format(archived ? "settings.archived" : "settings.restored", measure.name()));
        }, error -> status.set(error.getMessage()));
    }

    public ObservableList<Measure> measures() {
        return measures;
    }

    public StringProperty newName() {
        return newName;
    }

    public StringProperty newUnit() {
        return newUnit;
    }

    public StringProperty newDescription() {
        return newDescription;
    }

    public ObjectProperty<MeasureKind> newKind() {
        return newKind;
    }

    public ObjectProperty<MeasureGroup> newGroup() {
        return newGroup;
    }

    public ObjectProperty<Scale> newScale() {
        return newScale;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
