package app.gutlog.ui.trials;

import app.gutlog.text.Texts;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.KeyBindings;
import app.gutlog.ui.shared.FxDialogService;
import app.gutlog.ui.shared.Views;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import org.kordamp.ikonli.feather.Feather;

/** The Trials view in the navigation: self-experiments and their results. */
public final class TrialsFeature {

    private TrialsFeature() {}

    public static Feature create() {
        Texts texts = Texts.of(TrialsFeature.class);
        return new Feature("trials", texts.get("trials.title"), Feather.ACTIVITY, KeyBindings.page(5),
                Set.of(), context -> {
                    AtomicReference<Parent> page = new AtomicReference<>();
                    TrialsViewModel model = new TrialsViewModel(context.services().trials(),
                            context.services().catalog(), context.services().days(), context.services().knowledge(),
                            context.tasks(), new FxDialogService(() -> page.get().getScene().getWindow()));
                    page.set(Views.load(new TrialsController(model, context.navigator())));
                    return Feature.Page.of(page.get(), model::refresh);
                });
    }
}
