package app.gutlog.ui.shared;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps each column of a table at least as wide as its header and its widest text, at the text size in force, so
 * that nothing in the table is cut off; when the columns do not all fit, the table scrolls sideways.
 */
public final class ColumnFit {

    /** Room for a cell's padding and a header's sort arrow, in multiples of the font size. */
    private static final double PADDING_EMS = 2.2;
    private static final String FITTED_FONT = ColumnFit.class.getName() + ".font";

    private ColumnFit() {}

    public static <S> void keepTextWhole(TableView<S> table) {
        ListChangeListener<S> itemsChanged = change -> fit(table);
        table.itemsProperty().addListener((observable, before, now) -> {
            if (before != null) {
                before.removeListener(itemsChanged);
            }
            if (now != null) {
                now.addListener(itemsChanged);
            }
            fit(table);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(itemsChanged);
        }
        // The headers exist, and take the text size's font, only after a layout pass: fit again after one that
        // changed their font.
        table.needsLayoutProperty().addListener((observable, was, needsLayout) -> {
            if (!needsLayout && headerLabel(table) instanceof Labeled header
                    && !header.getFont().equals(table.getProperties().get(FITTED_FONT))) {
                fit(table);
            }
        });
    }

    private static <S> void fit(TableView<S> table) {
        if (!(headerLabel(table) instanceof Labeled header)) {
            return;
        }
        Font font = header.getFont();
        table.getProperties().put(FITTED_FONT, font);
        for (TableColumn<S, ?> column : table.getColumns()) {
            double widest = width(column.getText(), font);
            for (int row = 0; row < table.getItems().size(); row++) {
                if (column.getCellData(row) instanceof String text) {
                    widest = Math.max(widest, width(text, font));
                }
            }
            column.setMinWidth(Math.ceil(widest + PADDING_EMS * font.getSize()));
        }
    }

    private static Node headerLabel(TableView<?> table) {
        return table.lookup(".column-header .label");
    }

    private static double width(String text, Font font) {
        Text measured = new Text(text == null ? "" : text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
