package app.gutlog.ui.insights;

import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.Section;
import app.gutlog.text.Texts;
import app.gutlog.ui.insights.InsightsViewModel.FactorCard;
import app.gutlog.ui.insights.InsightsViewModel.LagLine;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.SectionLink;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One factor's card on the Insights page. A card is made once and then shows whichever factor it is given: a new
 * report only changes texts and styles, and never makes (and styles) a page of new nodes. Its texts wrap and the lag
 * names keep their width, so that nothing is cut short in a narrow column or at a large text size.
 */
final class FactorCardView extends VBox {

    private final Label title = new Label();
    private final Label exposure = new Label();
    private final Label headline = new Label();
    private final Label together = new Label();
    private final GridPane lagGrid = new GridPane();
    private final List<Label> lagNames = new ArrayList<>();
    private final List<Label> effects = new ArrayList<>();
    private final List<Label> details = new ArrayList<>();
    private final Texts texts = Texts.of(FactorCardView.class);
    private final Button chart = new Button(texts.get("insights.card.chart"));
    private final Navigator navigator;
    private final Consumer<Factor> chartFactor;
    private Section shownSection;
    private Button sectionLink;
    private FactorCard shown;
    private Factor factor;
    private final HeightForWidth minHeight = new HeightForWidth();
    private final HeightForWidth prefHeight = new HeightForWidth();

    FactorCardView(Navigator navigator, Consumer<Factor> chartFactor) {
        super(4);
        this.navigator = navigator;
        this.chartFactor = chartFactor;
        getStyleClass().addAll("card", "insight-card");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        exposure.setWrapText(true);
        exposure.getStyleClass().add("text-muted");
        headline.setWrapText(true);
        headline.getStyleClass().add("plain-sentence");
        together.setWrapText(true);
        together.getStyleClass().addAll("text-small", "together-note");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints effectTexts = new ColumnConstraints();
        effectTexts.setHgrow(Priority.ALWAYS);
        lagGrid.getColumnConstraints().setAll(names, effectTexts);
        lagGrid.setVgap(2);
        getChildren().addAll(title, headline, together, exposure, lagGrid, footer());
    }

    private HBox footer() {
        Label caveat = new Label(InsightsTexts.caveat());
        caveat.getStyleClass().addAll("text-small", "text-muted");
        caveat.setWrapText(true);
        HBox.setHgrow(caveat, Priority.ALWAYS);
        chart.getStyleClass().addAll("flat", "small");
        chart.setMinWidth(Region.USE_PREF_SIZE);
        chart.setOnAction(event -> chartFactor.accept(factor));
        HBox footer = new HBox(6, caveat, chart);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    /**
     * Forgets the measured heights: something in the card changed. The column of cards measures every card in each
     * frame that anything in it changes, and measuring wraps all of a card's text again; a card that has not changed
     * answers from what it measured last.
     */
    @Override
    public void requestLayout() {
        if (minHeight != null) { // null while VBox's constructor sets the spacing
            minHeight.forget();
            prefHeight.forget();
        }
        super.requestLayout();
    }

    @Override
    protected double computeMinHeight(double width) {
        return minHeight.at(width, super::computeMinHeight);
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeight.at(width, super::computePrefHeight);
    }

    /** Whether this view shows {@code card} (that very one, not an equal one) already. */
    boolean shows(FactorCard card) {
        return shown == card;
    }

    void show(FactorCard card) {
        shown = card;
        factor = card.factor();
        setId("card-" + card.key());
        title.setText(card.title());
        exposure.setText(texts.format("insights.card.exposureAndFrequency", card.exposure(), card.frequency()));
        headline.setText(card.headline());
        headline.setId("card-" + card.key() + "-headline");
        together.setText(card.together());
        together.setVisible(!card.together().isEmpty());
        together.setManaged(!card.together().isEmpty());
        while (effects.size() < card.lags().size()) {
            addLagRow();
        }
        for (int i = 0; i < effects.size(); i++) {
            boolean shown = i < card.lags().size();
            for (Label label : List.of(lagNames.get(i), effects.get(i), details.get(i))) {
                label.setVisible(shown);
                label.setManaged(shown);
            }
            if (shown) {
                showLag(i, card.key(), card.lags().get(i));
            }
        }
        chart.setId("card-" + card.key() + "-chart");
        showSection(card.key(), card.factor().section());
    }

    /** A lag's name and effect side by side, and its detail below both. */
    private void addLagRow() {
        Label name = new Label();
        name.getStyleClass().add("lag-name");
        Label effect = new Label();
        effect.setWrapText(true);
        Label detail = new Label();
        detail.setWrapText(true);
        detail.getStyleClass().addAll("text-small", "text-muted", "lag-detail");
        int row = 2 * effects.size();
        lagGrid.add(name, 0, row);
        lagGrid.add(effect, 1, row);
        lagGrid.add(detail, 0, row + 1, 2, 1);
        lagNames.add(name);
        effects.add(effect);
        details.add(detail);
    }

    private void showLag(int row, String key, LagLine line) {
        lagNames.get(row).setText(line.name());
        Label effect = effects.get(row);
        effect.setText(line.effect());
        effect.setId("card-" + key + "-lag-" + line.lag());
        effect.getStyleClass().setAll("label", line.notable() ? "notable" : line.enoughData() ? "plain" : "thin");
        details.get(row).setText(line.detail());
    }

    /** The link to the factor's article section: made again only when the section differs. */
    private void showSection(String key, Section section) {
        if (sectionLink != null && (section == null || !section.equals(shownSection))) {
            getChildren().remove(sectionLink);
            sectionLink = null;
        }
        if (section != null && sectionLink == null) {
            sectionLink = SectionLink.toSection("card-" + key + "-section", section, navigator);
            getChildren().add(sectionLink);
        } else if (sectionLink != null) {
            sectionLink.setId("card-" + key + "-section");
        }
        shownSection = section;
    }

    /** A height measured for one width, kept until it is forgotten. */
    private static final class HeightForWidth {
        private double width = Double.NaN;
        private double height;

        double at(double forWidth, DoubleUnaryOperator measure) {
            if (forWidth != width) {
                height = measure.applyAsDouble(forWidth);
                width = forWidth;
            }
            return height;
        }

        void forget() {
            width = Double.NaN;
        }
    }
}
