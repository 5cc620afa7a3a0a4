package app.gutlog.ui.journal;

import static app.gutlog.ui.shared.KeyBindings.NEXT_DAY;
import static app.gutlog.ui.shared.KeyBindings.PREVIOUS_DAY;
import static app.gutlog.ui.shared.KeyBindings.SAVE;
import static app.gutlog.ui.shared.KeyBindings.TODAY;
import static app.gutlog.ui.shared.KeyBindings.WHY_WE_ASK;
import static app.gutlog.ui.shared.KeyBindings.text;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The short tour of the day form: a few steps, each pointing at one part of the form. It starts by itself the first
 * time the form is shown, can be skipped at any step, and can be taken again from the Help menu.
 */
public final class DayFormTour {

    /** Remembers whether the person has finished or skipped the tour. */
    public interface Progress {
        boolean tourSeen();

        void tourSeen(boolean seen);
    }

    /**
     * One step: what it is called, what it says, the id of the part of the form it points at, and the Ikonli icon
     * its text talks about (null if none), drawn beside the text.
     */
    public record Step(String title, String text, String targetId, String icon) {

        public Step(String title, String text, String targetId) {
            this(title, text, targetId, null);
        }
    }

    static final List<Step> STEPS = List.of(
            new Step("The day you are logging",
                    "The form opens on today. " + text(PREVIOUS_DAY) + " and " + text(NEXT_DAY) + " move one day, "
                            + text(TODAY) + " comes back to today, and the calendar picks any earlier day.",
                    "date-picker"),
            new Step("Rate only what you noticed",
                    "Every field starts as \"not logged\", with a dashed border. Type a value, or press Up and Down to"
                            + " step through its scale; the range allowed is written under its name. Clear a field (the"
                            + " cross beside it) to make it unlogged again. Something you did not track is better left"
                            + " unlogged than entered as 0, because GutLog tells the two apart.",
                    "field-bloating"),
            new Step("Why GutLog asks",
                    "The small info icon beside a measure, this one, says in one line why the two source articles"
                            + " link it to the gut, and opens the section that explains it. " + text(WHY_WE_ASK)
                            + " does the same from inside a field.",
                    "why-bloating", "fth-info"),
            new Step("Save the day",
                    "Nothing is kept until you save (" + text(SAVE) + "). \"Copy from yesterday\" fills the form with"
                            + " the day before's values without saving, for days that are much alike.",
                    "save-button"));

    private final Progress progress;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final BooleanBinding running = index.greaterThanOrEqualTo(0);
    private final ObjectBinding<Step> step = Bindings.createObjectBinding(
            () -> index.get() < 0 ? null : STEPS.get(index.get()), index);

    public DayFormTour(Progress progress) {
        this.progress = progress;
    }

    /** Starts the tour if the person has not taken it yet. */
    public void offer() {
        if (!progress.tourSeen() && !running.get()) {
            start();
        }
    }

    public void start() {
        index.set(0);
    }

    public void next() {
        if (index.get() + 1 < STEPS.size()) {
            index.set(index.get() + 1);
        } else {
            end();
        }
    }

    public void back() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    /** Ends the tour, at the last step or skipped at any other; it does not start by itself again. */
    public void end() {
        index.set(-1);
        progress.tourSeen(true);
    }

    public BooleanBinding running() {
        return running;
    }

    /** The step on show, or null when the tour is not running. */
    public ObjectBinding<Step> step() {
        return step;
    }

    public ReadOnlyIntegerProperty index() {
        return index.getReadOnlyProperty();
    }

    public String position() {
        return "Step " + (index.get() + 1) + " of " + STEPS.size();
    }

    public boolean atLastStep() {
        return index.get() == STEPS.size() - 1;
    }
}
