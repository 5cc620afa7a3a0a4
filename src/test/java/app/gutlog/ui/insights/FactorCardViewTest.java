package app.gutlog.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DailySeries;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import app.gutlog.ui.insights.InsightsViewModel.FactorCard;
import app.gutlog.ui.insights.InsightsViewModel.LagLine;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A card keeps the heights it measured until something in it changes: in a column of cards, a card shown with a new
 * text must take the height of that text, and its neighbours must move to make room.
 */
@Tag("ui")
class FactorCardViewTest extends FxRobot {

    private static final Measure ALCOHOL = new Measure("alcohol", "Alcohol", MeasureKind.RISK_FACTOR,
            MeasureGroup.ALCOHOL_AND_MEDICATIONS, Scale.COUNT, "drinks", ExposureRule.ANY_AMOUNT, null, true, false);
    private static final String LONG_DETAIL = "Exposed on 40 days, not exposed on 50; ".repeat(12) + "q = 0.2.";

    private Stage stage;
    private FactorCardView first;
    private FactorCardView second;

    @BeforeEach
    void showTwoCardsInAColumn() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            first = new FactorCardView(destination -> {}, factor -> {});
            second = new FactorCardView(destination -> {}, factor -> {});
            first.show(card("Short detail."));
            second.show(card("Short detail."));
            ScrollPane column = new ScrollPane(new VBox(10, first, second));
            column.setFitToWidth(true);
            stage.setScene(new Scene(column));
            stage.setWidth(420); // the shared test stage keeps the size an earlier test gave it
            stage.setHeight(900);
            stage.show();
        });
    }

    @AfterEach
    void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aCardShownWithLongerTextGrowsAndPushesTheNextCardDown() {
        double shortHeight = first.getHeight();
        assertFitsItsContent(first);

        interact(() -> first.show(card(LONG_DETAIL)));
        assertThat(first.getHeight()).isGreaterThan(shortHeight);
        assertFitsItsContent(first);
        assertThat(second.getLayoutY()).isEqualTo(first.getLayoutY() + first.getHeight() + 10);

        interact(() -> first.show(card("Short detail.")));
        assertThat(first.getHeight()).isEqualTo(shortHeight);
        assertFitsItsContent(first);
    }

    /** The card ends right below its last shown child: no text is cut off and there is no gap. */
    private static void assertFitsItsContent(FactorCardView card) {
        Node last = card.getChildren().stream().filter(Node::isManaged).reduce((a, b) -> b).orElseThrow();
        assertThat(card.getHeight())
                .isCloseTo(last.getLayoutY() + last.getLayoutBounds().getHeight() + card.getInsets().getBottom(),
                        Offset.offset(0.5));
    }

    private static FactorCard card(String detail) {
        Factor factor = new Factor(ALCOHOL, 90, 40, new DailySeries(LocalDate.of(2026, 1, 1), new double[90]), null);
        return new FactorCard(factor, "Alcohol · risk factor", "Exposed: any amount", "40 of 90 days",
                List.of(new LagLine(1, "Next day", "+0.8 (0.2 to 1.4)", detail, true, true)),
                "On days after alcohol (any amount), your bloating was on average 0.8 points higher (0–10 scale), over"
                        + " 40 such days. That is unlikely to be chance.", "");
    }
}
