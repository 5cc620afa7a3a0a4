package app.gutlog.ui.insights;

import app.gutlog.text.Texts;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.KeyBindings;
import app.gutlog.ui.shared.Views;
import java.util.Set;
import javafx.application.Platform;
import org.kordamp.ikonli.feather.Feather;

/** The Insights view in the navigation: the journal charted against the documented risk factors. */
public final class InsightsFeature {

    private InsightsFeature() {}

    public static Feature create() {
        Texts texts = Texts.of(InsightsFeature.class);
        return new Feature("insights", texts.get("insights.title"), Feather.BAR_CHART_2, KeyBindings.page(4),
                Set.of(), context -> {
                    InsightsViewModel model = new InsightsViewModel(context.services(), context.tasks());
                    InsightsController controller = new InsightsController(model, context.navigator());
                    return Feature.Page.of(Views.load(controller), () -> {
                        model.refresh();
                        Platform.runLater(controller::focusOutcome);
                    });
                });
    }
}
