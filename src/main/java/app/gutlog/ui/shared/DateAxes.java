package app.gutlog.ui.shared;

import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** Time axes for charts: positions are epoch days, labels are dates ("3 Mar 26", or "Mar 2026" over long spans). */
public final class DateAxes {

    private static final int DAY_LABELS_UP_TO = 400;

    private DateAxes() {}

    public static NumberAxis create() {
        Texts texts = Texts.of(DateAxes.class);
        DateTimeFormatter day = texts.dates("shared.axis.day");
        DateTimeFormatter month = texts.dates("shared.axis.month");
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                DateTimeFormatter format = axis.getUpperBound() - axis.getLowerBound() > DAY_LABELS_UP_TO ? month : day;
                return format.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the time axis is not edited");
            }
        });
        return axis;
    }

    /** Shows the days from {@code first} to {@code last} on {@code axis}, with about six labels. */
    public static void show(NumberAxis axis, LocalDate first, LocalDate last) {
        long from = first.toEpochDay();
        long to = Math.max(last.toEpochDay(), from + 1);
        axis.setLowerBound(from);
        axis.setUpperBound(to);
        axis.setTickUnit(Math.max(1, Math.ceil((to - from) / 6.0)));
    }
}
