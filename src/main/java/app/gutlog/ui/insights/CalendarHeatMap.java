package app.gutlog.ui.insights;

import app.gutlog.domain.DailySeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * The outcome as a calendar: rows of 53 weeks, Monday at the top, each day coloured from pale (0) to deep
 * (10). A day without the outcome is an empty outline, never the colour of 0.
 */
final class CalendarHeatMap extends Region {

    static final int WEEKS_PER_ROW = 53;
    static final int MAX_ROWS = 20;
    private static final double GAP = 2;
    private static final double LABEL_WIDTH = 64;
    private static final double YEAR_GAP = 14;
    private static final Color[] SCALE = {
        Color.web("#f7fcb9"), Color.web("#d9f0a3"), Color.web("#addd8e"), Color.web("#78c679"), Color.web("#41ab5d"),
        Color.web("#238443"), Color.web("#006837"), Color.web("#004529")
    };

    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private DailySeries outcome;
    private static final Color UNLOGGED_OUTLINE = Color.gray(0.5, 0.7);
    private static final DateTimeFormatter ROW_TITLE = DateTimeFormatter.ofPattern("MMM yyyy");

    CalendarHeatMap() {
        getChildren().add(canvas);
        getStyleClass().add("calendar-heat-map");
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(event -> tip.setText(describe(event.getX(), event.getY())));
    }

    /** Shows the series; of a very long one, only the last {@value #MAX_ROWS} rows of weeks. */
    void show(DailySeries outcomeByDay) {
        int keep = Math.min(outcomeByDay.size(), MAX_ROWS * WEEKS_PER_ROW * 7 - 6);
        int skipped = outcomeByDay.size() - keep;
        outcome = skipped == 0 ? outcomeByDay : new DailySeries(outcomeByDay.date(skipped),
                Arrays.copyOfRange(outcomeByDay.toArray(), skipped, outcomeByDay.size()));
        getChildren().setAll(canvas);
        LocalDate monday = firstMonday();
        for (int row = 0; row < rows(); row++) {
            Label title = new Label(ROW_TITLE.format(monday.plusWeeks((long) row * WEEKS_PER_ROW)));
            title.getStyleClass().addAll("text-small", "text-muted");
            getChildren().add(title);
        }
        requestLayout();
    }

    /** The colour of a value from 0 to 10. */
    static Color colourOf(double value) {
        int index = (int) Math.round(Math.max(0, Math.min(10, value)) / 10 * (SCALE.length - 1));
        return SCALE[index];
    }

    private LocalDate firstMonday() {
        return outcome.first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private int rows() {
        if (outcome == null || outcome.size() == 0) {
            return 0;
        }
        long weeks = ChronoUnit.WEEKS.between(firstMonday(), outcome.date(outcome.size() - 1)) + 1;
        return (int) Math.ceil(weeks / (double) WEEKS_PER_ROW);
    }

    /** Short ranges get larger squares: a row is only as many weeks as the range has, up to a year. */
    private double cell() {
        double width = getWidth() > 0 ? getWidth() : 800;
        long weeks = outcome == null ? WEEKS_PER_ROW
                : Math.min(WEEKS_PER_ROW, ChronoUnit.WEEKS.between(firstMonday(), outcome.date(outcome.size() - 1)) + 1);
        return Math.max(6, Math.min(24, (width - LABEL_WIDTH) / Math.max(weeks, 1) - GAP));
    }

    private double rowHeight() {
        return 7 * (cell() + GAP) + YEAR_GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(rowHeight() * rows(), 40);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        for (int row = 1; row < getChildren().size(); row++) {
            getChildren().get(row).resizeRelocate(0, (row - 1) * rowHeight(), LABEL_WIDTH - 4, cell() * 2);
        }
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (outcome == null) {
            return;
        }
        double size = cell();
        for (int day = 0; day < outcome.size(); day++) {
            double x = x(day, size);
            double y = y(day, size);
            if (outcome.isLogged(day)) {
                g.setFill(colourOf(outcome.value(day)));
                g.fillRect(x, y, size, size);
            } else {
                g.setStroke(UNLOGGED_OUTLINE);
                g.setLineWidth(1);
                g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
            }
        }
    }

    private long weekOf(int day) {
        return ChronoUnit.WEEKS.between(firstMonday(), outcome.date(day));
    }

    private double x(int day, double size) {
        return LABEL_WIDTH + (weekOf(day) % WEEKS_PER_ROW) * (size + GAP);
    }

    private double y(int day, double size) {
        int row = (int) (weekOf(day) / WEEKS_PER_ROW);
        return row * rowHeight() + (outcome.date(day).getDayOfWeek().getValue() - 1) * (size + GAP);
    }

    /** The date and value under the mouse, for the tooltip. */
    private String describe(double mouseX, double mouseY) {
        if (outcome == null) {
            return "";
        }
        double size = cell();
        int row = (int) (mouseY / rowHeight());
        int column = (int) Math.floor((mouseX - LABEL_WIDTH) / (size + GAP));
        int weekday = (int) Math.floor((mouseY - row * rowHeight()) / (size + GAP));
        if (column < 0 || column >= WEEKS_PER_ROW || weekday < 0 || weekday > 6) {
            return "";
        }
        LocalDate date = firstMonday().plusWeeks((long) row * WEEKS_PER_ROW + column).plusDays(weekday);
        long day = ChronoUnit.DAYS.between(outcome.first(), date);
        if (day < 0 || day >= outcome.size()) {
            return date + ": outside the range";
        }
        return outcome.isLogged((int) day)
                ? String.format(Locale.ROOT, "%s: %.1f", date, outcome.value((int) day))
                : date + ": not logged";
    }
}
