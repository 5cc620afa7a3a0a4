package app.gutlog.ui.checkin;

import app.gutlog.domain.CheckInPreset;
import app.gutlog.domain.Measure;
import app.gutlog.text.Texts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

/**
 * The choice of what the check-in tracks: ready-made presets that combine, and a list to pick measures one by one and
 * put them in order. The checked measures, in the list's order, are the check-in. It offers the gut preset to a
 * person who has not chosen yet, so that one click starts.
 */
public final class TrackedSetPicker {

    private final CheckInPlan plan;
    private final VBox root = new VBox(10);
    private final CheckListView<Measure> measures = new CheckListView<>();
    private final List<CheckBox> presetBoxes = new ArrayList<>();
    private final Button chooseButton = new Button();
    private final FlowPane actions = new FlowPane(12, 6);
    private final Texts texts = Texts.of(TrackedSetPicker.class);

    /** {@code onChosen} runs once the choice is saved; {@code onCancel}, if not null, adds a Cancel button. */
    public TrackedSetPicker(CheckInPlan plan, String chooseText, Runnable onChosen, Runnable onCancel) {
        this.plan = plan;
        root.setId("tracked-set-picker");
        root.getStyleClass().add("tracked-set-picker");
        Label title = wrapped(new Label(texts.get("checkin.title")));
        title.getStyleClass().add("title-3");
        Label explanation = wrapped(new Label(texts.get("checkin.explanation")));
        VBox presets = new VBox(6);
        for (CheckInPreset preset : CheckInPreset.values()) {
            CheckBox box = new CheckBox(texts.format("checkin.preset", preset.title(), preset.contents()));
            box.setUserData(preset);
            box.setWrapText(true);
            box.setMinHeight(Region.USE_PREF_SIZE);
            box.setId("preset-" + preset.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.setOnAction(event -> presetChanged(box));
            presetBoxes.add(box);
            presets.getChildren().add(box);
        }
        measures.setId("tracked-measures");
        measures.setPrefHeight(240);
        measures.setCellFactory(list -> new MeasureCheckCell(measures, texts));
        VBox.setVgrow(measures, Priority.ALWAYS);
        Button up = new Button(texts.get("checkin.moveUp"));
        up.setOnAction(event -> move(-1));
        Button down = new Button(texts.get("checkin.moveDown"));
        down.setOnAction(event -> move(1));
        Label count = new Label();
        count.setId("tracked-count");
        count.textProperty().bind(Bindings.createStringBinding(this::countText, measures.getCheckModel().getCheckedItems()));
        HBox order = new HBox(8, up, down);
        order.setAlignment(Pos.CENTER_LEFT);
        chooseButton.setText(chooseText);
        chooseButton.setId("choose-tracked");
        chooseButton.getStyleClass().add("accent");
        chooseButton.disableProperty().bind(Bindings.isEmpty(measures.getCheckModel().getCheckedItems()));
        chooseButton.setOnAction(event -> plan.choose(chosenKeys(), onChosen));
        actions.getChildren().addAll(chooseButton, count);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (onCancel != null) {
            Button cancel = new Button(texts.get("checkin.cancel"));
            cancel.setOnAction(event -> onCancel.run());
            actions.getChildren().add(1, cancel);
        }
        Label problem = wrapped(new Label());
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(plan.problem());
        root.getChildren().addAll(title, explanation, presets, actions, problem,
                wrapped(new Label(texts.get("checkin.oneByOne"))),
                measures, order);
        List.of(up, down, chooseButton).forEach(button -> button.setMinWidth(Region.USE_PREF_SIZE));
        plan.choosable().addListener((ListChangeListener<Measure>) change -> showPlan());
        plan.keys().addListener((ListChangeListener<String>) change -> showPlan());
        showPlan();
    }

    /** Adds {@code part} (an offer of a daily reminder, say) just above the button that saves the choice. */
    public TrackedSetPicker with(Node part) {
        root.getChildren().add(root.getChildren().indexOf(actions), part);
        return this;
    }

    public VBox root() {
        return root;
    }

    /** Where a keyboard user starts: the first preset. */
    public Node firstChoice() {
        return presetBoxes.getFirst();
    }

    /** Shows the plan as saved: its measures ticked, first and in order; or the gut preset if there is none yet. */
    private void showPlan() {
        List<String> chosen = plan.keys().isEmpty()
                ? plan.keysOf(Set.of(CheckInPreset.GUT_AND_DIET))
                : plan.keys();
        List<Measure> ordered = new ArrayList<>();
        for (String key : chosen) {
            plan.choosable().stream().filter(m -> m.key().equals(key)).findFirst().ifPresent(ordered::add);
        }
        plan.choosable().stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
        measures.getItems().setAll(ordered);
        measures.getCheckModel().clearChecks();
        ordered.stream().filter(m -> chosen.contains(m.key())).forEach(measures.getCheckModel()::check);
        for (CheckBox box : presetBoxes) {
            List<String> presetKeys = plan.keysOf(Set.of((CheckInPreset) box.getUserData()));
            box.setSelected(!presetKeys.isEmpty() && chosen.containsAll(presetKeys)
                    && (box.getUserData() != CheckInPreset.EVERYTHING || chosen.size() == plan.choosable().size()));
        }
    }

    /**
     * Ticking a preset ticks its measures; unticking one unticks those of its measures that no other ticked preset
     * takes. Measures ticked one by one stay as they are.
     */
    private void presetChanged(CheckBox changed) {
        List<String> keys = plan.keysOf(Set.of((CheckInPreset) changed.getUserData()));
        Set<CheckInPreset> others = EnumSet.noneOf(CheckInPreset.class);
        presetBoxes.stream().filter(box -> box != changed && box.isSelected())
                .forEach(box -> others.add((CheckInPreset) box.getUserData()));
        List<String> kept = plan.keysOf(others);
        for (Measure measure : measures.getItems()) {
            if (!keys.contains(measure.key())) {
                continue;
            }
            if (changed.isSelected()) {
                measures.getCheckModel().check(measure);
            } else if (!kept.contains(measure.key())) {
                measures.getCheckModel().clearCheck(measure);
            }
        }
    }

    private void move(int by) {
        int from = measures.getSelectionModel().getSelectedIndex();
        int to = from + by;
        if (from < 0 || to < 0 || to >= measures.getItems().size()) {
            return;
        }
        Measure moving = measures.getItems().get(from);
        boolean checked = measures.getCheckModel().isChecked(moving);
        List<Measure> checkedBefore = List.copyOf(measures.getCheckModel().getCheckedItems());
        measures.getItems().remove(from);
        measures.getItems().add(to, moving);
        measures.getCheckModel().clearChecks();
        checkedBefore.forEach(measures.getCheckModel()::check);
        if (checked) {
            measures.getCheckModel().check(moving);
        }
        measures.getSelectionModel().select(to);
        measures.getFocusModel().focus(to);
    }

    /** The ticked measures' keys, in the list's order. */
    List<String> chosenKeys() {
        return measures.getItems().stream().filter(measures.getCheckModel()::isChecked).map(Measure::key).toList();
    }

    private String countText() {
        return texts.format("checkin.count", measures.getCheckModel().getCheckedItems().size());
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A measure in the list: its name, with its group, ticked or not. */
    private static final class MeasureCheckCell extends CheckBoxListCell<Measure> {
        MeasureCheckCell(CheckListView<Measure> list, Texts texts) {
            super(list::getItemBooleanProperty, new StringConverter<>() {
                @Override
                public String toString(Measure measure) {
                    return measure == null ? ""
                            : texts.format("checkin.measure", measure.name(), measure.group().label());
                }

                @Override
                public Measure fromString(String text) {
                    throw new UnsupportedOperationException();
                }
            });
        }
    }
}
