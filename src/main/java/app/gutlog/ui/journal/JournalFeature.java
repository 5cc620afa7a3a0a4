package app.gutlog.ui.journal;

import app.gutlog.text.Texts;
import app.gutlog.ui.checkin.CheckInPlan;
import app.gutlog.ui.reminder.ReminderViewModel;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.KeyBindings;
import app.gutlog.ui.shared.Views;
import java.util.Optional;
import java.util.Set;
import org.kordamp.ikonli.feather.Feather;

/** The day form in the navigation. */
public final class JournalFeature {

    private JournalFeature() {}

    public static Feature create(DayFormTour.Progress tourProgress) {
        Texts texts = Texts.of(JournalFeature.class);
        return new Feature("journal", texts.get("journal.title"), Feather.EDIT_3, KeyBindings.page(2),
                Set.of(Destination.Day.class, Destination.CheckIn.class, Destination.MeasureOnForm.class, Destination.DayFormTour.class), context -> {
                    JournalViewModel model = new JournalViewModel(context.services().days(), context.services().catalog(),
                            context.services().trials(),
                            context.tasks());
                    CheckInPlan plan = new CheckInPlan(context.services().catalog(), context.services().days(),
                            context.tasks());
                    Optional<ReminderViewModel> reminder = context.tryDemo().map(ownJournal ->
                            ReminderViewModel.forJournal(context.services().databaseFile(), context.tasks()));
                    JournalController controller = new JournalController(model, plan, reminder,
                            context.services().knowledge(), context.navigator(), new DayFormTour(tourProgress));
                    Feature.Page page = Feature.Page.of(Views.load(controller), () -> {
                                model.journalChanged();
                                plan.load();
                            })
                            .withLeaveGuard(controller::leave)
                            .withOpener(controller::open);
                    model.start();
                    return page;
                });
    }
}
