package app.gutlog.ui.reminder;

import app.gutlog.text.Texts;
import java.time.LocalTime;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The reminder's setting as a part of a page or a dialog: "Remind me every day at HH : MM", what that will do and where
 * its files go, and whether it worked. It shows what {@link #model()} holds; {@link ReminderViewModel#apply} saves it.
 */
public final class ReminderChooser extends VBox {

    private final ReminderViewModel model;
    private final Texts texts = Texts.of(ReminderChooser.class);

    public ReminderChooser(ReminderViewModel model) {
        super(10);
        this.model = model;
        setId("reminder-chooser");
        CheckBox on = new CheckBox(texts.get("reminder.on"));
        on.setId("reminder-on");
        on.selectedProperty().bindBidirectional(model.on());
        Spinner<Integer> hour = timeSpinner("reminder-hour", 23, model.time().get().getHour(),
                texts.get("reminder.hour.accessible"));
        Spinner<Integer> minute = timeSpinner("reminder-minute", 59, model.time().get().getMinute(),
                texts.get("reminder.minute.accessible"));
        hour.valueProperty().addListener((o, was, now) -> model.time().set(model.time().get().withHour(now)));
        minute.valueProperty().addListener((o, was, now) -> model.time().set(model.time().get().withMinute(now)));
        model.time().addListener((o, was, now) -> {
            hour.getValueFactory().setValue(now.getHour());
            minute.getValueFactory().setValue(now.getMinute());
        });
        hour.disableProperty().bind(model.on().not());
        minute.disableProperty().bind(model.on().not());
        Label separator = new Label(texts.get("reminder.time.separator"));
        on.setMinWidth(Region.USE_PREF_SIZE);
        separator.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, on, hour, separator, minute);
        row.setAlignment(Pos.CENTER_LEFT);

        Label explanation = new Label();
        explanation.setId("reminder-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.explanation());
        explanation.getStyleClass().add("text-muted");
        Label status = new Label();
        status.setId("reminder-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        getChildren().addAll(row, explanation, status);
        disableProperty().bind(model.busy());
    }

    private static Spinner<Integer> timeSpinner(String id, int max, int value, String spoken) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, max, value));
        spinner.getValueFactory().setWrapAround(true);
        spinner.getValueFactory().setConverter(new javafx.util.converter.IntegerStringConverter() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : String.format("%02d", number);
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int number = Integer.parseInt(text.strip());
                    return number >= 0 && number <= max ? number : spinner.getValue();
                } catch (NumberFormatException e) {
                    return spinner.getValue();
                }
            }
        });
        spinner.setEditable(true);
        spinner.setPrefWidth(76);
        spinner.setId(id);
        spinner.setAccessibleText(spoken);
        return spinner;
    }

    public ReminderViewModel model() {
        return model;
    }

    /** The time shown, for tests and the first-run screen. */
    public LocalTime time() {
        return model.time().get();
    }
}
