package app.gutlog.ui.learn;

import app.gutlog.domain.Article;
import app.gutlog.domain.Guidance;
import app.gutlog.domain.Reference;
import app.gutlog.domain.Section;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.text.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the Learn view: articles and sections on the left, the chosen section on the right. */
public final class LearnController {

    private final LearnViewModel model;
    private final Navigator navigator;
    private final Consumer<String> browser;
    private final Texts texts = Texts.of(LearnController.class);

    @FXML private TextField searchField;
    @FXML private TreeView<Object> sectionTree;
    @FXML private VBox honestyBox;
    @FXML private VBox sectionPane;
    @FXML private Label articleTitle;
    @FXML private Label sectionHeading;
    @FXML private VBox guidanceBox;
    @FXML private VBox moreGuidanceBox;
    @FXML private Label sectionSummary;
    @FXML private VBox referencesBox;
    @FXML private Label referencesTitle;
    @FXML private FlowPane measuresBox;
    @FXML private Label measuresTitle;
    @FXML private Label noMatches;

    public LearnController(LearnViewModel model, Navigator navigator, Consumer<String> browser) {
        this.model = model;
        this.navigator = navigator;
        this.browser = browser;
    }

    @FXML
    private void initialize() {
        LearnViewModel.honesty().forEach(line -> {
            Label statement = new Label("• " + line);
            statement.setWrapText(true);
            honestyBox.getChildren().add(statement);
        });
        searchField.textProperty().bindBidirectional(model.query());
        sectionTree.setShowRoot(false);
        sectionTree.setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item instanceof Section section ? shortHeading(section) : ((Article) item).title());
                getStyleClass().remove("article-item");
                if (item instanceof Article) {
                    getStyleClass().add("article-item");
                }
            }
        });
        sectionTree.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null && now.getValue() instanceof Section section) {
                model.selected().set(section);
            }
        });
        model.matches().addListener((ListChangeListener<Section>) change -> buildTree());
        model.selected().addListener((observable, before, now) -> show(now));
        noMatches.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.matches()));
        noMatches.managedProperty().bind(noMatches.visibleProperty());
        buildTree();
        show(null);
        model.knowledge().allSections().stream().findFirst().ifPresent(first -> model.open(first.id()));
    }

    /** A section's heading without the heading of the section it belongs to, which the tree already shows. */
    private String shortHeading(Section section) {
        if (section.parentId() == null || !model.query().get().isBlank()) {
            return section.heading();
        }
        String parent = model.knowledge().section(section.parentId()).map(Section::heading).orElse("");
        String heading = section.heading();
        return heading.startsWith(parent) ? heading.substring(parent.length()).replaceFirst("^[:?]?\\s*", "") : heading;
    }

    private void buildTree() {
        TreeItem<Object> root = new TreeItem<>();
        boolean searching = !model.query().get().isBlank();
        for (Article article : model.knowledge().articles()) {
            TreeItem<Object> articleItem = new TreeItem<>(article);
            articleItem.setExpanded(true);
            Map<String, TreeItem<Object>> items = new HashMap<>();
            for (Section section : article.sections()) {
                if (!model.matches().contains(section)) {
                    continue;
                }
                TreeItem<Object> item = new TreeItem<>(section);
                item.setExpanded(true);
                items.put(section.id(), item);
                TreeItem<Object> parent = searching || section.parentId() == null ? articleItem
                        : items.getOrDefault(section.parentId(), articleItem);
                parent.getChildren().add(item);
            }
            if (!articleItem.getChildren().isEmpty()) {
                root.getChildren().add(articleItem);
            }
        }
        sectionTree.setRoot(root);
        selectInTree(model.selected().get());
    }

    private void selectInTree(Section section) {
        if (section == null || sectionTree.getRoot() == null) {
            return;
        }
        for (TreeItem<Object> article : sectionTree.getRoot().getChildren()) {
            find(article, section).ifPresent(item -> {
                sectionTree.getSelectionModel().select(item);
                int row = sectionTree.getRow(item);
                if (row >= 0) {
                    sectionTree.scrollTo(Math.max(0, row - 3));
                }
            });
        }
    }

    private static java.util.Optional<TreeItem<Object>> find(TreeItem<Object> item, Section section) {
        if (item.getValue() == section) {
            return java.util.Optional.of(item);
        }
        for (TreeItem<Object> child : item.getChildren()) {
            var found = find(child, section);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    private void show(Section section) {
        sectionPane.setVisible(section != null);
        if (section == null) {
            return;
        }
        articleTitle.setText(section.articleTitle());
        sectionHeading.setText(section.heading());
        sectionSummary.setText(section.summary());
        // The red flags are a banner under the heading; the rest of GutLog's guidance follows the section's own parts.
        List<Guidance> guidance = model.guidanceFor(section);
        fill(guidanceBox, guidance.stream().filter(model::isRedFlagGuidance)
                .map(flags -> GuidanceCards.card(flags, model.redFlags(), browser)).toList());
        fill(moreGuidanceBox, guidance.stream().filter(entry -> !model.isRedFlagGuidance(entry))
                .map(entry -> GuidanceCards.card(entry, List.of(), browser)).toList());
        referencesBox.getChildren().setAll(section.references().stream().map(this::referenceRow).toList());
        referencesTitle.setText(texts.get(section.references().isEmpty() ? "learn.sources.none" : "learn.sources"));
        List<Hyperlink> measures = section.measureKeys().stream().map(key -> {
            Hyperlink link = new Hyperlink(model.measureName(key));
            link.setId("related-" + key);
            link.setOnAction(event -> navigator.open(new Destination.MeasureOnForm(key)));
            return link;
        }).toList();
        measuresBox.getChildren().setAll(measures);
        measuresTitle.setVisible(!measures.isEmpty());
        measuresTitle.setManaged(!measures.isEmpty());
        selectInTree(section);
    }

    private static void fill(VBox box, List<VBox> cards) {
        box.getChildren().setAll(cards);
        box.setVisible(!cards.isEmpty());
        box.setManaged(!cards.isEmpty());
    }

    private HBox referenceRow(Reference reference) {
        HBox row = new HBox(6, new Label(reference.label()));
        reference.doiLink().ifPresent(address -> {
            Hyperlink doi = new Hyperlink("doi:" + reference.doi());
            doi.setId("doi-" + reference.doi().replaceAll("[^A-Za-z0-9]", "-"));
            doi.setAccessibleText(texts.format("learn.doi.accessible", reference.doi()));
            doi.setOnAction(event -> browser.accept(address));
            row.getChildren().add(doi);
        });
        if (reference.note() != null) {
            Label note = new Label("— " + reference.note());
            note.getStyleClass().add("text-muted");
            note.setWrapText(true);
            row.getChildren().add(note);
        }
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** Shows a section, as when a "why we ask" link was followed. */
    public void openSection(String sectionId) {
        model.query().set("");
        model.open(sectionId);
    }
}
