package app.gutlog.ui.journal;

import app.gutlog.app.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The background work on the shown day: its loads, saves and deletions, during which the form is busy, and the
 * reloads that changes made elsewhere ask for. A reload asked for while the form is busy waits until the work ends; a
 * reload's result is used only if nothing was loaded or saved since it started.
 */
final class DayWork {

    private final TaskRunner tasks;
    private final Runnable reload;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", true);
    private int generation;
    private boolean reloadWanted;

    /** {@code reload} asks for a reload again, once the work that held one back has ended. */
    DayWork(TaskRunner tasks, Runnable reload) {
        this.tasks = tasks;
        this.reload = reload;
    }

    /** Starts a load, save or deletion: a reload still running is out of date once it ends. */
    void start() {
        generation++;
        busy.set(true);
    }

    /** Ends it, and reloads the day if the journal changed meanwhile. */
    void finish() {
        busy.set(false);
        if (reloadWanted) {
            reloadWanted = false;
            reload.run();
        }
    }

    void failed() {
        busy.set(false);
        reloadWanted = false;
    }

    /** Marks the form busy before it has a day to work on. */
    void preparing() {
        busy.set(true);
    }

    /** Reads the shown day again with {@code read}, and hands it to {@code takeUp} if nothing changed it since. */
    <T> void reload(String description, TaskRunner.Work<T> read, Consumer<T> takeUp, Consumer<Throwable> failure) {
        if (busy.get()) {
            reloadWanted = true;
            return;
        }
        int requested = ++generation;
        tasks.run(description, read, result -> {
            if (requested == generation && !busy.get()) {
                takeUp.accept(result);
            }
        }, failure);
    }

    ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
