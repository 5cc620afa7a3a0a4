package app.gutlog.ui.history;

import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.Views;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;

/** The month calendar and list of logged days in the navigation. */
public final class HistoryFeature {

    private HistoryFeature() {}

    public static Feature create() {
        return new Feature("History", Feather.CALENDAR, new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                Set.of(), context -> {
                    HistoryViewModel model = new HistoryViewModel(context.services().days(), context.tasks());
                    return Feature.Page.of(Views.load(new HistoryController(model,
                            date -> context.navigator().open(new Destination.Day(date)))),
                            model::refresh);
                });
    }
}
