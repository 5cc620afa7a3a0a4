package app.gutlog.ui.journal;

import app.gutlog.domain.DayRules;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.SectionLink;
import app.gutlog.ui.shared.Tooltips;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One measure's cell on the day form: its name (with why GutLog asks, and whether it is a risk factor or a support),
 * the range allowed and what the range's ends mean; at its end, its control and a clear button; and under them any
 * problem with its value.
 */
final class MeasureCell {

    private final KnowledgeBase knowledge;
    private final Navigator navigator;

    private static Texts texts() {
        return Texts.of(MeasureCell.class);
    }

    MeasureCell(KnowledgeBase knowledge, Navigator navigator) {
        this.knowledge = knowledge;
        this.navigator = navigator;
    }

    VBox create(MeasureField field) {
        Measure measure = field.measure();
        Control control = MeasureControls.forField(field);
        Label problem = problemLabel(field.problem());
        problem.setId("problem-" + measure.key());
        HBox edit = new HBox(8, control, clearButton(field));
        edit.setAlignment(Pos.CENTER_RIGHT);
        BorderPane row = new BorderPane(label(measure, control), null, edit, null, null);
        BorderPane.setAlignment(row.getCenter(), Pos.CENTER_LEFT);
        BorderPane.setAlignment(edit, Pos.CENTER_RIGHT);
        BorderPane.setMargin(edit, new Insets(0, 0, 0, 8));
        VBox cell = new VBox(2, row, problem);
        cell.getStyleClass().add("measure-cell");
        return cell;
    }

    /** The measure's name (with its description as a tooltip, and why GutLog asks), over its range and tag. */
    private VBox label(Measure measure, Control control) {
        Label name = new Label(measure.name());
        name.getStyleClass().add("measure-name");
        name.setLabelFor(control);
        if (measure.description() != null) {
            Tooltips.install(name, measure.description());
        }
        HBox nameRow = new HBox(2, name);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        knowledge.whyMeasure(measure.key()).ifPresent(why -> nameRow.getChildren()
                .add(SectionLink.create("why-" + measure.key(), measure.name(), why, knowledge, navigator)));
        VBox label = new VBox(0, nameRow, hintRow(measure));
        control.setAccessibleHelp(DayRules.allowedRange(measure));
        ScaleAnchors.of(measure).ifPresent(anchors -> {
            label.getChildren().add(anchors(measure, anchors));
            control.setAccessibleHelp(texts().format("journal.field.help", DayRules.allowedRange(measure), anchors));
        });
        label.getStyleClass().add("measure-label");
        return label;
    }

    /** The range allowed, and beside it (or under it, if there is no room) "risk factor" or "support". */
    private static FlowPane hintRow(Measure measure) {
        Label hint = new Label(DayRules.allowedRange(measure));
        hint.getStyleClass().add("measure-hint");
        hint.setMinWidth(Control.USE_PREF_SIZE);
        FlowPane row = new FlowPane(6, 0, hint);
        row.setPrefWrapLength(0);
        row.setAlignment(Pos.CENTER_LEFT);
        ScaleAnchors.kindTag(measure).ifPresent(kind -> {
            Label tag = new Label(kind);
            tag.setId("kind-" + measure.key());
            tag.getStyleClass().addAll("kind-tag", measure.kind().code().replace('_', '-'));
            tag.setMinWidth(Control.USE_PREF_SIZE);
            row.getChildren().add(tag);
        });
        return row;
    }

    private static Label anchors(Measure measure, String text) {
        Label anchors = new Label(text);
        anchors.setId("anchors-" + measure.key());
        anchors.getStyleClass().addAll("measure-hint", "scale-anchors");
        anchors.setWrapText(true);
        anchors.setMinHeight(Control.USE_PREF_SIZE);
        return anchors;
    }

    private static Button clearButton(MeasureField field) {
        Measure measure = field.measure();
        Button clear = new Button(null, new FontIcon("fth-x"));
        clear.setId("clear-" + measure.key());
        clear.getStyleClass().addAll("button-icon", "flat");
        clear.setFocusTraversable(false);
        clear.setAccessibleText(texts().format("journal.field.clear", measure.name()));
        Tooltips.install(clear, texts().format("journal.field.clear.tooltip", measure.name()));
        clear.setOnAction(event -> field.clear());
        clear.visibleProperty().bind(field.logged());
        return clear;
    }

    /** A line that says what is wrong with a value, shown only while something is. */
    static Label problemLabel(ObservableValue<String> problem) {
        Label label = new Label();
        label.getStyleClass().add("problem");
        label.setWrapText(true);
        label.textProperty().bind(problem);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
