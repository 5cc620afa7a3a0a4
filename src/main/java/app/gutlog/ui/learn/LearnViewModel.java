package app.gutlog.ui.learn;

import app.gutlog.app.CatalogService;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Section;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Learn view: the two articles' sections, a search over them, and the section being read. */
public final class LearnViewModel {

    /** What GutLog says plainly wherever a person first meets its evidence. */
    public static final List<String> HONESTY = List.of(
            "\"Leaky gut\" is not a diagnosis that every medical body recognises; researchers still debate it.",
            "GutLog shows associations in your own records, not proof that one thing causes another.",
            "GutLog does not replace a clinician. If symptoms persist or worry you, see a health professional.");

    private final KnowledgeBase knowledge;
    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Section> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>(this, "selected");
    private Map<String, Measure> measures = Map.of();

    public LearnViewModel(KnowledgeBase knowledge, CatalogService catalog, TaskRunner tasks) {
        this.knowledge = knowledge;
        this.catalog = catalog;
        this.tasks = tasks;
        matches.setAll(knowledge.allSections());
        query.addListener((observable, before, now) -> matches.setAll(knowledge.search(now, this::measureName)));
    }

    /** Reads the measure names (custom ones included), so that search and related measures use them. */
    public void refresh() {
        tasks.run("Reading the measures…", progress -> catalog.allMeasures(), all -> {
            measures = all.stream().collect(Collectors.toMap(Measure::key, Function.identity()));
            matches.setAll(knowledge.search(query.get(), this::measureName));
        }, error -> {});
    }

    public void open(String sectionId) {
        knowledge.section(sectionId).ifPresent(selected::set);
    }

    public String measureName(String key) {
        Measure measure = measures.get(key);
        return measure == null ? key : measure.name();
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<Section> matches() {
        return matches;
    }

    public ObjectProperty<Section> selected() {
        return selected;
    }
}
