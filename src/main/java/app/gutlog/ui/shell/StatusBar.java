package app.gutlog.ui.shell;

import app.gutlog.app.AppServices;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.FxTaskRunner;
import app.gutlog.ui.shell.ShellViewModel.State;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * The status bar and the banners above the page: which journal is open (and whether it is the demo), the newest work
 * running in the background, and what is wrong with the open journal (a failed daily backup, a read-only file).
 */
final class StatusBar {

    private final ShellViewModel model;
    private final FxTaskRunner tasks;
    private final Texts texts = Texts.of(StatusBar.class);

    StatusBar(ShellViewModel model, FxTaskRunner tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    /** The journal's file, and the demo banner when it is the demo journal. */
    void showJournal(Label journalPath, Label demoBanner, boolean demo) {
        journalPath.setText(model.journalFile().toString());
        demoBanner.setVisible(demo);
        demoBanner.setManaged(demo);
    }

    /** The progress and message of the newest task; the bar only while one runs. */
    void showWork(ProgressBar taskProgress, Label taskMessage) {
        ListChangeListener<Task<?>> follower = change -> {
            List<? extends Task<?>> running = change.getList();
            taskProgress.progressProperty().unbind();
            taskMessage.textProperty().unbind();
            if (running.isEmpty()) {
                taskProgress.setProgress(0);
                taskMessage.setText("");
            } else {
                Task<?> newest = running.getLast();
                taskProgress.progressProperty().bind(newest.progressProperty());
                taskMessage.textProperty().bind(newest.messageProperty());
            }
        };
        tasks.running().addListener(follower);
        taskProgress.visibleProperty().bind(Bindings.isNotEmpty(tasks.running()));
    }

    /** The open journal's warnings, each shown only while it has something to say. */
    void showWarnings(Label backupWarning, Label readOnlyBanner) {
        backupWarning.visibleProperty().bind(backupWarning.textProperty().isNotEmpty());
        readOnlyBanner.visibleProperty().bind(readOnlyBanner.textProperty().isNotEmpty());
        readOnlyBanner.managedProperty().bind(readOnlyBanner.visibleProperty());
        backupWarning.managedProperty().bind(backupWarning.visibleProperty());
        model.state().addListener((observable, before, now) -> {
            backupWarning.setText("");
            readOnlyBanner.setText("");
            if (now == State.READY) {
                AppServices services = model.services().get();
                services.backups().dailyProblem().ifPresent(backupWarning::setText);
                if (services.readOnly()) {
                    readOnlyBanner.setText(texts.get("shell.readOnlyBanner"));
                }
            }
        });
    }
}
