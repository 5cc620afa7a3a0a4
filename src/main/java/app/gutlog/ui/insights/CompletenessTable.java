package app.gutlog.ui.insights;

import app.gutlog.domain.InsightsReport.Completeness;
import app.gutlog.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;

/**
 * The Completeness tab's table: each measure, on how many days of the range it was logged, and that share as a bar.
 * Its columns are as wide as so many letters of the page's text, so they grow with the text size.
 */
final class CompletenessTable {

    private static final double NAME_EMS = 16;
    private static final double DAYS_EMS = 9;
    private static final double SHARE_EMS = 11;

    private CompletenessTable() {}

    /**
     * Fills in the columns of {@code table}: the measure's name, its days and its share of {@code daysInRange};
     * {@code textFont} is the font of the page's text, which the column widths follow.
     */
    static void bind(TableView<Completeness> table, TableColumn<Completeness, String> name,
            TableColumn<Completeness, String> days, TableColumn<Completeness, Double> share, IntSupplier daysInRange,
            ObservableValue<Font> textFont) {
        Texts texts = Texts.of(CompletenessTable.class);
        name.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().measure().name()));
        days.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                texts.format("insights.completeness.days", row.getValue().loggedDays(), daysInRange.getAsInt())));
        share.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(daysInRange.getAsInt() == 0 ? 0.0
                : (double) row.getValue().loggedDays() / daysInRange.getAsInt()));
        share.setCellFactory(column -> new ShareCell());
        table.setPlaceholder(new Label(texts.get("insights.completeness.none")));
        textFont.addListener((observable, before, now) -> sizeColumns(List.of(name, days, share), now));
        sizeColumns(List.of(name, days, share), textFont.getValue());
    }

    private static void sizeColumns(List<TableColumn<Completeness, ?>> columns, Font font) {
        double em = font.getSize();
        double[] ems = {NAME_EMS, DAYS_EMS, SHARE_EMS};
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(ems[i] * em);
        }
    }

    /** A share as a bar and a percentage. */
    private static final class ShareCell extends TableCell<Completeness, Double> {
        private final ProgressBar bar = new ProgressBar();
        private final Texts texts = Texts.of(CompletenessTable.class);

        ShareCell() {
            bar.getStyleClass().add("completeness-bar");
        }

        @Override
        protected void updateItem(Double share, boolean empty) {
            super.updateItem(share, empty);
            if (empty || share == null) {
                setGraphic(null);
                setText(null);
            } else {
                bar.setProgress(share);
                setGraphic(bar);
                setText(texts.format("insights.completeness.percent", String.format(Locale.ROOT, "%.0f", share * 100)));
            }
        }
    }
}
