package app.gutlog.ui.history;

import app.gutlog.text.Texts;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.KeyBindings;
import app.gutlog.ui.shared.Views;
import java.util.Set;
import org.kordamp.ikonli.feather.Feather;

/** The month calendar and list of logged days in the navigation. */
public final class HistoryFeature {

    private HistoryFeature() {}

    public static Feature create() {
        Texts texts = Texts.of(HistoryFeature.class);
        return new Feature("history", texts.get("history.title"), Feather.CALENDAR, KeyBindings.page(3),
                Set.of(), context -> {
                    HistoryViewModel model = new HistoryViewModel(context.services().days(), context.tasks());
                    return Feature.Page.of(Views.load(new HistoryController(model,
                            date -> context.navigator().open(new Destination.Day(date)))),
                            model::refresh);
                });
    }
}
