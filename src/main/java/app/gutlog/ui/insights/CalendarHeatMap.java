package app.gutlog.ui.insights;

import app.gutlog.domain.DailySeries;
import app.gutlog.domain.DayOverview;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.BurdenBand;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * The outcome as a calendar: rows of weeks, as many as fit the width, Monday at the top. Each row names its year and
 * months above and the weekdays on its left, in the person's language. A day is coloured by the History calendar's
 * bands, pale green when it was good to red when it was bad; a day without the outcome is an empty outline, never a
 * colour.
 */
final class CalendarHeatMap extends Region {

    static final int MAX_WEEKS = 20 * 53;
    static final double MIN_CELL = 14;
    private static final double MAX_CELL = 24;
    private static final int MAX_WEEKS_PER_ROW = 53;
    private static final double GAP = 2;
    private static final double ROW_GAP = 14;
    private static final double LABEL_GAP = 6;
    private static final Color UNLOGGED_OUTLINE = Color.gray(0.5, 0.7);
    /** The colours of gutlog.css's .band-low to .band-severe, which the History calendar's days have. */
    private static final Map<BurdenBand, Color> BAND_COLOURS = new EnumMap<>(Map.of(
            BurdenBand.LOW, Color.web("#d7f0dd"),
            BurdenBand.MILD, Color.web("#eef2c4"),
            BurdenBand.MODERATE, Color.web("#fbe3b5"),
            BurdenBand.HIGH, Color.web("#f8c8a8"),
            BurdenBand.SEVERE, Color.web("#f2a7a7")));

    /** Carries the font and colour of the labels, as the theme and the text size give them. */
    private final Label textStyle = new Label();
    private final List<Canvas> rowCanvases = new ArrayList<>();
    private final Tooltip tip = new Tooltip();
    private final List<String> monthsDrawn = new ArrayList<>();
    private DailySeries outcome;
    private Locale locale = Locale.getDefault(Locale.Category.FORMAT);

    /** Sizes for one width: the square, the weeks in a row, the rows, and the room for the labels. */
    private record Grid(double cell, int weeksPerRow, int rows, double labelWidth, double header) {
        double rowHeight() {
            return header + 7 * (cell + GAP) + ROW_GAP;
        }

        double pitch() {
            return cell + GAP;
        }
    }

    CalendarHeatMap() {
        textStyle.getStyleClass().addAll("text-small", "text-muted");
        textStyle.setManaged(false);
        textStyle.setVisible(false);
        textStyle.fontProperty().addListener(observable -> requestLayout());
        getChildren().add(textStyle);
        getStyleClass().add("calendar-heat-map");
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(this, tip);
        setOnMouseMoved(event -> tip.setText(describe(event.getX(), event.getY())));
    }

    /** Shows the series; of a very long one, only the last {@value #MAX_WEEKS} weeks. */
    void show(DailySeries outcomeByDay) {
        int keep = Math.min(outcomeByDay.size(), MAX_WEEKS * 7 - 6);
        int skipped = outcomeByDay.size() - keep;
        outcome = skipped == 0 ? outcomeByDay : new DailySeries(outcomeByDay.date(skipped),
                Arrays.copyOfRange(outcomeByDay.toArray(), skipped, outcomeByDay.size()));
        locale = Locale.getDefault(Locale.Category.FORMAT);
        requestLayout();
    }

    /** The colour of a value from 0 to 10: its band's in the History calendar. */
    static Color colourOf(double value) {
        return BAND_COLOURS.get(bandOf(value));
    }

    /** The band of a value, by the very limits the History calendar uses. */
    static BurdenBand bandOf(double value) {
        return BurdenBand.of(Optional.of(new DayOverview(LocalDate.EPOCH, OptionalDouble.of(value), 1, null)), false);
    }

    /** The side of a day's square now. */
    double cellSize() {
        return grid(getWidth()).cell();
    }

    /** The weekday names on the left of each row, Monday first, in the person's language. */
    List<String> weekdayLabels() {
        return Arrays.stream(DayOfWeek.values()).map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList();
    }

    /** The month names drawn above the rows, in order. */
    List<String> monthLabels() {
        return List.copyOf(monthsDrawn);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return grid(0).labelWidth() + 8 * (MIN_CELL + GAP);
    }

    @Override
    protected double computePrefHeight(double width) {
        Grid grid = grid(width > 0 ? width : getWidth());
        return Math.max(grid.rows() * grid.rowHeight() - ROW_GAP, 40);
    }

    @Override
    protected void layoutChildren() {
        Grid grid = grid(getWidth());
        while (rowCanvases.size() < grid.rows()) {
            rowCanvases.add(new Canvas());
            getChildren().add(rowCanvases.getLast());
        }
        while (rowCanvases.size() > grid.rows()) {
            getChildren().remove(rowCanvases.removeLast());
        }
        monthsDrawn.clear();
        for (int row = 0; row < grid.rows(); row++) {
            Canvas canvas = rowCanvases.get(row);
            canvas.setLayoutX(0);
            canvas.setLayoutY(row * grid.rowHeight());
            canvas.setWidth(getWidth());
            canvas.setHeight(grid.rowHeight() - ROW_GAP);
            drawRow(canvas.getGraphicsContext2D(), grid, row);
        }
    }

    private Grid grid(double width) {
        Font font = textStyle.getFont();
        double labelWidth = Math.max(textWidth("0000", font),
                weekdayLabels().stream().mapToDouble(name -> textWidth(name, font)).max().orElse(0)) + LABEL_GAP;
        double line = Math.ceil(textHeight(font));
        long weeks = weeks();
        double fill = ((width > 0 ? width : 800) - labelWidth) / Math.max(weeks, 1) - GAP;
        double cell = Math.max(Math.max(MIN_CELL, line - GAP), Math.min(MAX_CELL, fill));
        int perRow = (int) Math.max(1, Math.min(MAX_WEEKS_PER_ROW, Math.floor((width - labelWidth + GAP) / (cell + GAP))));
        int rows = (int) Math.ceil(weeks / (double) perRow);
        return new Grid(cell, perRow, rows, labelWidth, line + GAP);
    }

    private long weeks() {
        return outcome == null || outcome.size() == 0 ? 0
                : ChronoUnit.WEEKS.between(firstMonday(), outcome.date(outcome.size() - 1)) + 1;
    }

    private LocalDate firstMonday() {
        return outcome.first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private void drawRow(GraphicsContext g, Grid grid, int row) {
        g.clearRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        g.setFont(textStyle.getFont());
        g.setFill(textStyle.getTextFill());
        g.setTextBaseline(VPos.CENTER);
        List<String> weekdays = weekdayLabels();
        for (int weekday = 0; weekday < 7; weekday++) {
            g.fillText(weekdays.get(weekday), 0, grid.header() + weekday * grid.pitch() + grid.cell() / 2);
        }
        drawMonths(g, grid, row);
        long firstWeek = (long) row * grid.weeksPerRow();
        LocalDate monday = firstMonday().plusWeeks(firstWeek);
        int from = (int) Math.max(0, ChronoUnit.DAYS.between(outcome.first(), monday));
        int to = (int) Math.min(outcome.size(), ChronoUnit.DAYS.between(outcome.first(),
                monday.plusWeeks(grid.weeksPerRow())));
        for (int day = from; day < to; day++) {
            long daysIn = ChronoUnit.DAYS.between(monday, outcome.date(day));
            drawDay(g, day, grid.labelWidth() + daysIn / 7 * grid.pitch(),
                    grid.header() + daysIn % 7 * grid.pitch(), grid.cell());
        }
    }

    /**
     * Names the row's year on its left, and above the row each month that starts in it, and the month it starts in
     * unless that name would hide the next. A January after the row's first week names its year too.
     */
    private void drawMonths(GraphicsContext g, Grid grid, int row) {
        g.setTextBaseline(VPos.TOP);
        g.fillText(String.valueOf(firstMonday().plusWeeks((long) row * grid.weeksPerRow()).plusDays(6).getYear()), 0, 0);
        List<MonthName> names = monthNames(grid, row);
        double freeFrom = 0;
        for (int i = 0; i < names.size(); i++) {
            MonthName name = names.get(i);
            boolean hidesNext = i + 1 < names.size() && name.end() > names.get(i + 1).x();
            if (name.x() >= freeFrom && !(name.continued() && hidesNext)) {
                g.fillText(name.text(), name.x(), 0);
                monthsDrawn.add(name.text());
                freeFrom = name.end();
            }
        }
    }

    /** A month's name above a row: where it starts and ends, and whether the month began in an earlier row. */
    private record MonthName(String text, double x, double end, boolean continued) {}

    private List<MonthName> monthNames(Grid grid, int row) {
        DateTimeFormatter withYear = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        DateTimeFormatter monthOnly = DateTimeFormatter.ofPattern("MMM", locale);
        List<MonthName> names = new ArrayList<>();
        for (int column = 0; column < grid.weeksPerRow(); column++) {
            long week = (long) row * grid.weeksPerRow() + column;
            LocalDate monday = firstMonday().plusWeeks(week);
            LocalDate firstOfMonth = monday.plusDays(6).withDayOfMonth(1);
            boolean monthStarts = !firstOfMonth.isBefore(monday);
            if (week >= weeks() || column > 0 && !monthStarts) {
                continue;
            }
            LocalDate month = monthStarts ? firstOfMonth : monday;
            String text = (column > 0 && month.getMonthValue() == 1 ? withYear : monthOnly).format(month);
            double x = grid.labelWidth() + column * grid.pitch();
            names.add(new MonthName(text, x, x + textWidth(text, textStyle.getFont()) + LABEL_GAP, !monthStarts));
        }
        return names;
    }

    private void drawDay(GraphicsContext g, int day, double x, double y, double size) {
        if (outcome.isLogged(day)) {
            g.setFill(colourOf(outcome.value(day)));
            g.fillRect(x, y, size, size);
        } else {
            g.setStroke(UNLOGGED_OUTLINE);
            g.setLineWidth(1);
            g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
        }
    }

    /** The date and value under the mouse, for the tooltip. */
    private String describe(double mouseX, double mouseY) {
        if (outcome == null) {
            return "";
        }
        Grid grid = grid(getWidth());
        int row = (int) Math.floor(mouseY / grid.rowHeight());
        int column = (int) Math.floor((mouseX - grid.labelWidth()) / grid.pitch());
        int weekday = (int) Math.floor((mouseY - row * grid.rowHeight() - grid.header()) / grid.pitch());
        if (column < 0 || column >= grid.weeksPerRow() || weekday < 0 || weekday > 6) {
            return "";
        }
        LocalDate date = firstMonday().plusWeeks((long) row * grid.weeksPerRow() + column).plusDays(weekday);
        long day = ChronoUnit.DAYS.between(outcome.first(), date);
        if (day < 0 || day >= outcome.size()) {
            return texts().format("insights.calendar.day.outside", date);
        }
        return outcome.isLogged((int) day)
                ? texts().format("insights.calendar.day.value", date,
                        String.format(Locale.ROOT, "%.1f", outcome.value((int) day)))
                : texts().format("insights.calendar.day.notLogged", date);
    }

    private static Texts texts() {
        return Texts.of(CalendarHeatMap.class);
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    private static double textHeight(Font font) {
        Text measure = new Text("Mg");
        measure.setFont(font);
        return measure.getLayoutBounds().getHeight();
    }
}
