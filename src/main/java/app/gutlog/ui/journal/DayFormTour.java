package app.gutlog.ui.journal;

import static app.gutlog.ui.shared.KeyBindings.NEXT_DAY;
import static app.gutlog.ui.shared.KeyBindings.PREVIOUS_DAY;
import static app.gutlog.ui.shared.KeyBindings.SAVE;
import static app.gutlog.ui.shared.KeyBindings.TODAY;
import static app.gutlog.ui.shared.KeyBindings.WHY_WE_ASK;
import static app.gutlog.ui.shared.KeyBindings.text;

import app.gutlog.text.Texts;
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

    /** The steps, in the language GutLog shows. */
    static List<Step> steps() {
        Texts texts = Texts.of(DayFormTour.class);
        return List.of(
                new Step(texts.get("journal.tour.date.title"),
                        texts.format("journal.tour.date.text", text(PREVIOUS_DAY), text(NEXT_DAY), text(TODAY)),
                        "date-picker"),
                new Step(texts.get("journal.tour.rate.title"), texts.get("journal.tour.rate.text"), "field-bloating"),
                new Step(texts.get("journal.tour.why.title"), texts.format("journal.tour.why.text", text(WHY_WE_ASK)),
                        "why-bloating", "fth-info"),
                new Step(texts.get("journal.tour.save.title"), texts.format("journal.tour.save.text", text(SAVE)),
                        "save-button"));
    }

    private final Progress progress;
    private final Texts texts = Texts.of(DayFormTour.class);
    private final List<Step> steps = steps();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final BooleanBinding running = index.greaterThanOrEqualTo(0);
    private final ObjectBinding<Step> step = Bindings.createObjectBinding(
            () -> index.get() < 0 ? null : steps.get(index.get()), index);

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
        if (index.get() + 1 < steps.size()) {
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
        return texts.format("journal.tour.position", index.get() + 1, steps.size());
    }

    public boolean atLastStep() {
        return index.get() == steps.size() - 1;
    }
}
