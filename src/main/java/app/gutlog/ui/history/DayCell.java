package app.gutlog.ui.history;

import app.gutlog.domain.DayOverview;
import app.gutlog.text.Texts;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A day in the list; its text wraps to the list's width rather than scroll sideways. While a search is shown, the
 * notes around the words found follow, with those words highlighted.
 */
final class DayCell extends ListCell<DayOverview> {

    private final BooleanSupplier searching;
    private final Supplier<List<String>> searchWords;
    private final Texts texts = Texts.of(DayCell.class);
    private final DateTimeFormatter listDate = texts.dates("history.list.date");
    private final DateTimeFormatter foundDate = texts.dates("history.list.foundDate");

    DayCell(ListView<DayOverview> list, BooleanSupplier searching, Supplier<List<String>> searchWords) {
        this.searching = searching;
        this.searchWords = searchWords;
        prefWidthProperty().bind(list.widthProperty().subtract(40));
        setMinWidth(0);
    }

    @Override
    protected void updateItem(DayOverview day, boolean empty) {
        super.updateItem(day, empty);
        setGraphic(null);
        setText(null);
        setAccessibleText(null);
        if (empty || day == null) {
            return;
        }
        if (!searching.getAsBoolean() || day.notes() == null) {
            String line = texts.format("history.list.day", listDate.format(day.date()), HistoryViewModel.describe(day));
            show(new TextFlow(text(line)), line);
            return;
        }
        String heading = texts.format("history.list.day", foundDate.format(day.date()),
                HistoryViewModel.describe(day).lines().findFirst().orElse("")) + "\n";
        Text headingText = text(heading);
        headingText.getStyleClass().add("found-day");
        TextFlow flow = new TextFlow(headingText);
        StringBuilder spoken = new StringBuilder(heading);
        for (NoteMatches.Piece piece : NoteMatches.excerpt(day.notes(), searchWords.get())) {
            flow.getChildren().add(node(piece));
            spoken.append(piece.text());
        }
        show(flow, spoken.toString());
    }

    /** Shows {@code flow}, which wraps to the list's width (a cell's own text would be cut off instead). */
    private void show(TextFlow flow, String spoken) {
        flow.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
        setGraphic(flow);
        setAccessibleText(spoken);
    }

    /** As tall as the shown text is once wrapped to the width it is given, however many lines that makes. */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof TextFlow flow) {
            return Math.max(super.computePrefHeight(width),
                    snappedTopInset() + flow.prefHeight(flow.getMaxWidth()) + snappedBottomInset());
        }
        return super.computePrefHeight(width);
    }

    private static Text text(String content) {
        Text text = new Text(content);
        text.getStyleClass().add("text");
        return text;
    }

    private static Node node(NoteMatches.Piece piece) {
        if (!piece.match()) {
            return text(piece.text());
        }
        Label match = new Label(piece.text());
        match.getStyleClass().add("search-match");
        return match;
    }
}
