package app.gutlog.ui.journal;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A group's fields in one, two or three columns of equal width: as many as the width holds at each field's preferred
 * width, so a narrow window gets one column and a wide one three. A field is as wide as its column, up to its maximum
 * width. The fields keep their order, row by row, which is also the order Tab moves through them.
 */
final class FieldGrid extends Pane {

    static final int MAX_COLUMNS = 3;
    private static final double HGAP = 16;
    private static final double VGAP = 6;

    FieldGrid() {
        getStyleClass().add("field-grid");
    }

    /** How many columns a width of {@code width} holds. */
    int columnsFor(double width) {
        double field = widestField();
        if (field <= 0) {
            return 1;
        }
        int fit = (int) Math.floor((width + HGAP) / (field + HGAP));
        return Math.clamp(fit, 1, MAX_COLUMNS);
    }

    /** How many columns the grid shows now. */
    int columns() {
        return columnsFor(innerWidth(getWidth()));
    }

    private double widestField() {
        return getManagedChildren().stream().mapToDouble(node -> node.prefWidth(-1)).max().orElse(0);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widestMin = getManagedChildren().stream().mapToDouble(node -> node.minWidth(-1)).max().orElse(0);
        return horizontalInsets() + widestMin;
    }

    @Override
    protected double computePrefWidth(double height) {
        int columns = Math.min(2, Math.max(1, getManagedChildren().size()));
        return horizontalInsets() + columns * widestField() + (columns - 1) * HGAP;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? computePrefWidth(-1) - horizontalInsets() : innerWidth(width);
        int columns = columnsFor(inner);
        double columnWidth = columnWidth(inner, columns);
        double height = 0;
        List<Node> fields = getManagedChildren();
        for (int first = 0; first < fields.size(); first += columns) {
            height += rowHeight(fields.subList(first, Math.min(first + columns, fields.size())), columnWidth);
        }
        int rows = (fields.size() + columns - 1) / columns;
        Insets insets = getInsets();
        return insets.getTop() + height + Math.max(0, rows - 1) * VGAP + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double inner = innerWidth(getWidth());
        int columns = columnsFor(inner);
        double columnWidth = columnWidth(inner, columns);
        List<Node> fields = getManagedChildren();
        double y = insets.getTop();
        for (int first = 0; first < fields.size(); first += columns) {
            List<Node> row = fields.subList(first, Math.min(first + columns, fields.size()));
            double height = rowHeight(row, columnWidth);
            for (int i = 0; i < row.size(); i++) {
                double x = insets.getLeft() + i * (columnWidth + HGAP);
                double width = Math.min(columnWidth, row.get(i).maxWidth(-1));
                row.get(i).resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(width), snapSizeY(height));
            }
            y += height + VGAP;
        }
    }

    private static double columnWidth(double inner, int columns) {
        return Math.max(0, (inner - (columns - 1) * HGAP) / columns);
    }

    private static double rowHeight(List<Node> row, double columnWidth) {
        return row.stream().mapToDouble(node -> node.prefHeight(Math.min(columnWidth, node.maxWidth(-1)))).max()
                .orElse(0);
    }

    private double innerWidth(double width) {
        return Math.max(0, width - horizontalInsets());
    }

    private double horizontalInsets() {
        return getInsets().getLeft() + getInsets().getRight();
    }
}
