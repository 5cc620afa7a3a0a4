package app.gutlog.ui.settings;

import app.gutlog.text.Texts;
import app.gutlog.ui.checkin.CheckInPlan;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.KeyBindings;
import app.gutlog.ui.shared.Views;
import java.util.Set;
import org.kordamp.ikonli.feather.Feather;

/** The measures page in the navigation. */
public final class MeasuresFeature {

    private MeasuresFeature() {}

    public static Feature create() {
        Texts texts = Texts.of(MeasuresFeature.class);
        return new Feature("measures", texts.get("settings.title"), Feather.SLIDERS, KeyBindings.page(6),
                Set.of(), context -> {
                    MeasuresViewModel model = new MeasuresViewModel(context.services().catalog(), context.tasks());
                    CheckInPlan checkIn = new CheckInPlan(context.services().catalog(), context.services().days(),
                            context.tasks());
                    return Feature.Page.of(Views.load(new MeasuresController(model, checkIn,
                            context.services().knowledge(), context.navigator(), context.data())), () -> {
                                model.refresh();
                                checkIn.load();
                            });
                });
    }
}
