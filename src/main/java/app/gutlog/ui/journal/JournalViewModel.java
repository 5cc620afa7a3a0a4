package app.gutlog.ui.journal;

import app.gutlog.app.CatalogService;
import app.gutlog.app.DayService;
import app.gutlog.app.TaskRunner;
import app.gutlog.app.TrialService;
import app.gutlog.domain.DayChangedException;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.DayRules;
import app.gutlog.domain.Trial;
import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The day form: one day's values being edited, checked as they are typed, and saved, deleted or copied in the
 * background. It knows whether the form differs from what is saved, so nothing is lost silently.
 */
public final class JournalViewModel {

    private final DayService days;
    private final CatalogService catalog;
    private final TrialService trials;
    private final TaskRunner tasks;
    private final DayWork work;
    private final Texts texts = Texts.of(JournalViewModel.class);

    private final DayForm form = new DayForm();
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final TrialNotice trialNotice = new TrialNotice(form.fields(), date);
    private final DayStatus status = new DayStatus(form.hasProblems());
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(this, "undoAvailable", false);
    private final JournalChanges changes = new JournalChanges(form, trialNotice, status.writable(), undoAvailable);
    private DayEntry deleted;
    private boolean formReady;
    private LocalDate requestedDate;

    public JournalViewModel(DayService days, CatalogService catalog, TrialService trials, TaskRunner tasks) {
        this.days = days;
        this.catalog = catalog;
        this.trials = trials;
        this.tasks = tasks;
        this.work = new DayWork(tasks, this::journalChanged);
    }

    /** Loads the catalogue, then today's day. */
    public void start() {
        work.preparing();
        tasks.run(texts.get("journal.progress.loading"), progress -> catalog.activeMeasures(), measures -> {
            form.useMeasures(measures);
            formReady = true;
            open(requestedDate != null ? requestedDate : days.today());
        }, this::failed);
    }

    /** Shows {@code day}: what was saved for it, or an empty form. Unsaved edits are replaced, so ask first. */
    public void open(LocalDate day) {
        open(day, null);
    }

    private void open(LocalDate day, String message) {
        Optional<String> tooFar = DayRules.dateProblem(day, days.today());
        if (tooFar.isPresent()) {
            status.show(texts.format("journal.status.dateProblem", tooFar.get()));
            return;
        }
        if (!formReady) {
            requestedDate = day;
            return;
        }
        work.start();
        tasks.run(texts.format("journal.progress.opening", day), progress -> new Opened(days.load(day), trials.activeOn(day)), opened -> {
            Optional<DayEntry> entry = opened.entry();
            trialNotice.showTrials(opened.trials());
            date.set(day);
            form.showSaved(entry, day);
            undoAvailable.set(false);
            status.opened(message, entry.isPresent());
            work.finish();
        }, this::failed);
    }

    /** A day as read, with the trials running on it. */
    private record Opened(Optional<DayEntry> entry, List<Trial> trials) {}

    /**
     * Saves the form if every field is valid; then runs {@code afterSaving}. Returns false if it could not start. It
     * saves only over the day as the form loaded it: if the journal's copy has changed since, nothing is saved, and
     * {@link #changedInJournal()} asks whether to keep the edits or load the saved day.
     */
    public boolean save(Runnable afterSaving) {
        if (form.hasProblems().get()) {
            status.fixFieldsFirst();
            return false;
        }
        if (form.changedInJournal().get() != null) {
            status.show(texts.get("journal.status.changedFirst"));
            return false;
        }
        DayEntry entry = formEntry();
        Optional<DayEntry> over = form.loadedEntry();
        work.start();
        tasks.run(texts.format("journal.progress.saving", entry.date()), progress -> {
            days.save(entry, over);
            return entry;
        }, written -> {
            form.savedAs(written);
            undoAvailable.set(false);
            status.saved(written.date());
            work.finish();
            afterSaving.run();
        }, this::failed);
        return true;
    }

    public boolean save() {
        return save(() -> {});
    }

    /**
     * Takes in a change to the journal made anywhere (an import, a restore, a trial, a measure, another page): a form
     * with no edits shows the day as saved now; a form with edits keeps them and asks, through
     * {@link #changedInJournal()}, which to keep. Also takes up measures added, renamed or archived.
     */
    public void journalChanged() {
        if (!formReady || date.get() == null) {
            return;
        }
        LocalDate day = date.get();
        work.reload(texts.format("journal.progress.checking", day),
                progress -> new JournalChanges.Reloaded(catalog.activeMeasures(), days.load(day), trials.activeOn(day)),
                reloaded -> changes.takeUp(reloaded, date.get()), this::failed);
    }

    /** Answers {@link #changedInJournal()}: the edits stay, and saving them replaces the day as saved now. */
    public void keepMyEdits() {
        changes.keepMyEdits(date.get());
    }

    /** Answers {@link #changedInJournal()}: the edits are dropped and the form shows the day as saved now. */
    public void loadSavedDay() {
        changes.loadSavedDay(date.get());
    }

    /** Deletes the shown day; {@link #undoDelete()} puts it back. Ask the person first. */
    public void delete() {
        LocalDate day = date.get();
        work.start();
        tasks.run(texts.format("journal.progress.deleting", day), progress -> days.delete(day), removed -> {
            deleted = removed.orElse(null);
            form.showSaved(Optional.empty(), date.get());
            undoAvailable.set(deleted != null);
            status.deleted(day);
            work.finish();
        }, this::failed);
    }

    public void undoDelete() {
        DayEntry restore = deleted;
        if (restore == null) {
            return;
        }
        work.start();
        tasks.run(texts.format("journal.progress.restoring", restore.date()), progress -> {
            days.save(restore);
            return restore;
        }, restored -> {
            deleted = null;
            undoAvailable.set(false);
            open(restored.date(), status.restored(restored.date()));
        }, this::failed);
    }

    /** Whether {@link #undo()} has something to undo: a deletion, or edits to a saved day. */
    public boolean canUndo() {
        return !work.busy().get() && (undoAvailable.get() || form.saved().get() && form.dirty().get());
    }

    /** Puts back the day just deleted, or else brings the fields of a saved day back to the values saved. */
    public void undo() {
        if (!canUndo()) {
            return;
        }
        if (undoAvailable.get()) {
            undoDelete();
        } else if (form.changedInJournal().get() != null) {
            loadSavedDay();
        } else {
            form.revertEdits();
            status.editsUndone();
        }
    }

    /** Fills the form with the previous day's values, without saving. Notes are not copied. */
    public void copyFromYesterday() {
        LocalDate yesterday = date.get().minusDays(1);
        work.start();
        tasks.run(texts.format("journal.progress.copying", yesterday), progress -> days.load(yesterday), entry -> {
            work.finish();
            if (entry.isEmpty() || entry.get().values().isEmpty()) {
                status.nothingToCopy(yesterday);
                return;
            }
            form.fill(entry.get().values());
            status.copied(entry.get().values().size(), yesterday);
        }, this::failed);
    }

    private void failed(Throwable error) {
        work.failed();
        if (error instanceof DayChangedException changed) {
            changes.saveRefused(changed.stored());
        } else {
            status.failed(error);
        }
    }

    /** The day as the form shows it. Only meaningful while there are no problems. */
    DayEntry formEntry() {
        return form.entry(date.get());
    }

    public LocalDate today() {
        return days.today();
    }

    public String dateTitle() {
        return date.get() == null ? "" : status.longDate(date.get());
    }

    public ObservableList<MeasureField> fields() {
        return form.fields();
    }

    public ReadOnlyObjectProperty<LocalDate> date() {
        return date.getReadOnlyProperty();
    }

    public StringProperty notes() {
        return form.notes();
    }

    public ReadOnlyStringProperty notesProblem() {
        return form.notesProblem();
    }

    /** The trials running on the shown day and their targets, and whether the form as typed breaks one. */
    public ReadOnlyStringProperty trialNotice() {
        return trialNotice.text();
    }

    /**
     * The day as the journal holds it now (empty: not saved), while it differs from what the form was loaded from and
     * the form has edits; null otherwise. Answer with {@link #keepMyEdits()} or {@link #loadSavedDay()}.
     */
    public ReadOnlyObjectProperty<Optional<DayEntry>> changedInJournal() {
        return form.changedInJournal();
    }

    public ReadOnlyBooleanProperty trialBroken() {
        return trialNotice.broken();
    }

    public ReadOnlyStringProperty status() {
        return status.text();
    }

    public ReadOnlyBooleanProperty busy() {
        return work.busy();
    }

    /** Whether the shown day exists in the journal. */
    public ReadOnlyBooleanProperty saved() {
        return form.saved();
    }

    /** Whether the shown day is not logged, saved as shown, or edited since; null until the form has its fields. */
    public ReadOnlyObjectProperty<DayState> dayState() {
        return form.state();
    }

    public ReadOnlyBooleanProperty undoAvailable() {
        return undoAvailable.getReadOnlyProperty();
    }

    /** Whether the form differs from what is saved for the day. */
    public boolean isDirty() {
        return form.dirty().get();
    }
}
