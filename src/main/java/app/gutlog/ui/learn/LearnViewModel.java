package app.gutlog.ui.learn;

import app.gutlog.app.CatalogService;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.Guidance;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.RedFlag;
import app.gutlog.domain.Section;
import app.gutlog.text.Texts;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Learn view: the two articles' sections, a search over them, and the section being read. */
public final class LearnViewModel {

    /** What GutLog says plainly wherever a person first meets its evidence. */
    public static List<String> honesty() {
        return Stream.of("learn.honesty.diagnosis", "learn.honesty.associations", "learn.honesty.clinician")
                .map(Texts.of(LearnViewModel.class)::get).toList();
    }

    private final KnowledgeBase knowledge;
    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final Texts texts = Texts.of(LearnViewModel.class);
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
        tasks.run(texts.get("learn.progress.measures"), progress -> catalog.allMeasures(), all -> {
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

    /**
     * GutLog's own general guidance shown on a section (the red flags on "When to Seek Professional Help", the line
     * on prescribed medicines where the articles speak of NSAIDs, steroids or antibiotics, and so on), in the order
     * the knowledge base gives; never from the articles, and always shown marked as GutLog's and cited.
     */
    public List<Guidance> guidanceFor(Section section) {
        return section == null ? List.of() : knowledge.safety().forSection(section.id());
    }

    /** The signs the red-flag guidance lists, each with its sources. */
    public List<RedFlag> redFlags() {
        return knowledge.safety().redFlags();
    }

    /** Whether {@code guidance} is the list of signs that need prompt medical advice. */
    public boolean isRedFlagGuidance(Guidance guidance) {
        return guidance.equals(knowledge.safety().redFlagGuidance());
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
