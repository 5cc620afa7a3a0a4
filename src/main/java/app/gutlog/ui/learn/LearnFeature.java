package app.gutlog.ui.learn;

import app.gutlog.text.Texts;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.KeyBindings;
import app.gutlog.ui.shared.Views;
import java.util.Set;
import org.kordamp.ikonli.feather.Feather;

/** The Learn view in the navigation: what the two source articles say, in GutLog's own words. */
public final class LearnFeature {

    private LearnFeature() {}

    public static Feature create() {
        Texts texts = Texts.of(LearnFeature.class);
        return new Feature("learn", texts.get("learn.title"), Feather.BOOK_OPEN, KeyBindings.page(7),
                Set.of(Destination.KnowledgeSection.class), context -> {
                    LearnViewModel model = new LearnViewModel(context.services().knowledge(),
                            context.services().catalog(), context.tasks());
                    LearnController controller = new LearnController(model, context.navigator(), context.browser());
                    return Feature.Page.of(Views.load(controller), model::refresh)
                            .withOpener(destination -> {
                                if (destination instanceof Destination.KnowledgeSection section) {
                                    controller.openSection(section.sectionId());
                                }
                            });
                });
    }
}
