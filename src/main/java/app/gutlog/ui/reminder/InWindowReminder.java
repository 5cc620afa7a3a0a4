package app.gutlog.ui.reminder;

import app.gutlog.app.AppServices;
import app.gutlog.app.TaskRunner;
import app.gutlog.app.reminder.ReminderService;
import app.gutlog.text.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The daily reminder inside the window: from the set time on, while the day is not logged, a notice at the top of the
 * window offers to open the day. It never blocks anything, and "Not now" hides it until tomorrow.
 */
public final class InWindowReminder {

    /** How often it looks whether the reminder was set or changed elsewhere (the command line, another window). */
    static final Duration LOOK_EVERY = Duration.minutes(5);

    private final ReminderService reminders;
    private final ObservableValue<AppServices> services;
    private final TaskRunner tasks;
    private final Clock clock;
    private final HBox banner;
    private final Label message = new Label();
    private final PauseTransition atTheTime = new PauseTransition();
    private final Texts texts = Texts.of(InWindowReminder.class);
    private Optional<LocalDate> hiddenOn = Optional.empty();

    private InWindowReminder(ReminderService reminders, ObservableValue<AppServices> services, TaskRunner tasks,
            Clock clock, Runnable openCheckIn) {
        this.reminders = reminders;
        this.services = services;
        this.tasks = tasks;
        this.clock = clock;
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button open = new Button(texts.get("reminder.notice.open"));
        open.setId("reminder-open");
        open.setOnAction(event -> {
            hideForToday();
            openCheckIn.run();
        });
        Button notNow = new Button(texts.get("reminder.notice.notNow"));
        notNow.setId("reminder-not-now");
        notNow.setOnAction(event -> hideForToday());
        banner = new HBox(10, message, open, notNow);
        banner.setId("reminder-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("demo-banner");
        banner.setAccessibleText(texts.get("reminder.title"));
        show(false);
    }

    /**
     * Adds the notice to {@code container} (the top of the window) for the journal that {@code services} holds open
     * ({@code journal}); {@code openCheckIn} shows today's check-in. It looks at the reminder and the day when the journal opens, at
     * the reminder's time, every few minutes, and after each save while the notice shows.
     */
    public static void install(Pane container, Path journal, ObservableValue<AppServices> services, TaskRunner tasks,
            Runnable openCheckIn) {
        InWindowReminder reminder = new InWindowReminder(ReminderService.forCurrentUser(journal), services, tasks,
                Clock.systemDefaultZone(), openCheckIn);
        container.getChildren().add(reminder.banner);
        services.addListener((observable, was, now) -> {
            if (now != null) {
                now.onJournalChanged(() -> Platform.runLater(() -> {
                    if (reminder.banner.isVisible()) {
                        reminder.check();
                    }
                }));
                reminder.check();
            } else {
                reminder.show(false);
            }
        });
        reminder.lookWhenTheWindowIsFocused();
        Timeline ticks = new Timeline(new KeyFrame(LOOK_EVERY, event -> reminder.check()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticks.play();
        reminder.check();
    }

    /** Looks again whenever the window comes back to the front, as after the reminder dialog or a command changed it. */
    private void lookWhenTheWindowIsFocused() {
        banner.sceneProperty().addListener((observable, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> {
                    if (window != null) {
                        window.focusedProperty().addListener((f, was, focused) -> {
                            if (focused) {
                                check();
                            }
                        });
                    }
                });
            }
        });
    }

    /** Whether the notice is due: on, at or after its time today, not hidden today, and the day not logged. */
    static boolean due(Optional<LocalTime> at, LocalDateTime now, Optional<LocalDate> hiddenOn, boolean logged) {
        return at.isPresent() && !now.toLocalTime().isBefore(at.get())
                && !hiddenOn.equals(Optional.of(now.toLocalDate())) && !logged;
    }

    private void check() {
        AppServices open = services.getValue();
        if (open == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LocalDate> hidden = hiddenOn;
        tasks.run(texts.get("reminder.progress.looking"), progress -> {
            Optional<LocalTime> at = reminders.current();
            return new Look(at, due(at, now, hidden, false) && open.days().load(now.toLocalDate()).isEmpty());
        }, look -> {
            look.at().filter(at -> look.due())
                    .ifPresent(at -> message.setText(texts.format("reminder.notice.message", at.toString())));
            show(look.due() && !hiddenOn.equals(Optional.of(LocalDate.now(clock))));
            banner.setUserData(now); // when it last looked: tests wait for a look to have happened
            lookAgainAtTheTime(look.at(), now);
        }, error -> show(false));
    }

    private record Look(Optional<LocalTime> at, boolean due) {}

    /** Looks again at the reminder's time, when that is still to come today. */
    private void lookAgainAtTheTime(Optional<LocalTime> at, LocalDateTime now) {
        atTheTime.stop();
        at.map(time -> now.toLocalDate().atTime(time)).filter(now::isBefore).ifPresent(time -> {
            atTheTime.setDuration(Duration.millis(java.time.Duration.between(now, time).toMillis() + 1000));
            atTheTime.setOnFinished(event -> check());
            atTheTime.playFromStart();
        });
    }

    private void hideForToday() {
        hiddenOn = Optional.of(LocalDate.now(clock));
        show(false);
    }

    private void show(boolean shown) {
        banner.setVisible(shown);
        banner.setManaged(shown);
    }
}
