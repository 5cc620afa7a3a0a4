package app.gutlog.ui.journal;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Trial;
import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * Takes a change made to the journal anywhere (an import, a restore, a trial, a measure, another page) into the day
 * form: measures added, renamed or archived join or leave it, keeping what has been typed; a form with no edits shows
 * the day as saved now, and a form with edits keeps them and asks, through {@link DayForm#changedInJournal()}, which
 * to keep.
 */
final class JournalChanges {

    /** The catalogue and the shown day with the trials running on it, as read again after the journal changed. */
    record Reloaded(List<Measure> measures, Optional<DayEntry> entry, List<Trial> trials) {}

    private final DayForm form;
    private final TrialNotice trialNotice;
    private final StringProperty status;
    private final BooleanProperty undoAvailable;
    private final Texts texts = Texts.of(JournalChanges.class);

    JournalChanges(DayForm form, TrialNotice trialNotice, StringProperty status, BooleanProperty undoAvailable) {
        this.form = form;
        this.trialNotice = trialNotice;
        this.status = status;
        this.undoAvailable = undoAvailable;
    }

    /** Takes in the catalogue and {@code date} as the journal holds them now. */
    void takeUp(Reloaded reloaded, LocalDate date) {
        form.useMeasuresKeepingInput(reloaded.measures());
        trialNotice.showTrials(reloaded.trials());
        Optional<DayEntry> stored = reloaded.entry();
        if (stored.equals(form.loadedEntry())) {
            return;
        }
        if (form.dirty().get()) {
            form.changedInJournal(stored);
            status.set(texts.get("journal.status.changedWhileEditing"));
        } else {
            form.showSaved(stored, date);
            undoAvailable.set(false);
            status.set(texts.get("journal.status.changedAndShown"));
        }
    }

    /** Notes that a save was refused because the journal's copy of the day changed since the form loaded it. */
    void saveRefused(Optional<DayEntry> stored) {
        form.changedInJournal(stored);
        status.set(texts.get("journal.status.saveRefused"));
    }

    /** The edits stay, and saving them replaces the day as saved now. */
    void keepMyEdits(LocalDate date) {
        if (form.keepEdits(date)) {
            status.set(texts.get("journal.status.editsKept"));
        }
    }

    /** The edits are dropped and the form shows the day as saved now. */
    void loadSavedDay(LocalDate date) {
        if (form.loadChangedDay(date)) {
            undoAvailable.set(false);
            status.set(texts.get("journal.status.savedDayLoaded"));
        }
    }
}
