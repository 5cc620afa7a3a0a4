package app.gutlog.ui.home;

import app.gutlog.text.Texts;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.KeyBindings;
import app.gutlog.ui.shared.Views;
import java.util.Set;
import org.kordamp.ikonli.feather.Feather;

/** The home page in the navigation. */
public final class HomeFeature {

    private HomeFeature() {}

    public static Feature create(NoticeDismissals dismissals) {
        Texts texts = Texts.of(HomeFeature.class);
        return new Feature("home", texts.get("home.title"), Feather.HOME, KeyBindings.page(1),
                Set.of(),
                context -> {
                    HomeViewModel model = new HomeViewModel(context.services().days(), context.services().catalog(),
                            context.tasks(), context.services().databaseFile(), dismissals,
                            context.services().knowledge().safety());
                    return Feature.Page.of(Views.load(new HomeController(model, context.navigator(), context.tryDemo(),
                            context.data())), model::refresh);
                });
    }
}
