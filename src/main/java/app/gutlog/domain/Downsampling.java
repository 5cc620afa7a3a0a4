package app.gutlog.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Thins long daily series to what a chart of a given pixel width can show, so that charts of years stay smooth.
 * Lines keep each pixel column's lowest and highest value, so no peak disappears.
 */
public final class Downsampling {

    /** A point to draw: the day's index in the series and its value. */
    public record Point(int day, double value) {}

    private Downsampling() {}

    /**
     * Every logged value when they fit in {@code columns} pixel columns twice over; otherwise each column's lowest
     * and highest values, in day order. Unlogged days are left out, never drawn as 0.
     */
    public static List<Point> line(DailySeries series, int columns) {
        int size = series.size();
        List<Point> points = new ArrayList<>();
        if (columns <= 0 || size <= 2 * columns) {
            for (int day = 0; day < size; day++) {
                if (series.isLogged(day)) {
                    points.add(new Point(day, series.value(day)));
                }
            }
            return points;
        }
        for (int column = 0; column < columns; column++) {
            int start = (int) ((long) column * size / columns);
            int end = (int) ((long) (column + 1) * size / columns);
            int lowest = -1;
            int highest = -1;
            for (int day = start; day < end; day++) {
                if (series.isLogged(day)) {
                    if (lowest < 0 || series.value(day) < series.value(lowest)) {
                        lowest = day;
                    }
                    if (highest < 0 || series.value(day) > series.value(highest)) {
                        highest = day;
                    }
                }
            }
            if (lowest >= 0) {
                int earlier = Math.min(lowest, highest);
                int later = Math.max(lowest, highest);
                points.add(new Point(earlier, series.value(earlier)));
                if (later != earlier) {
                    points.add(new Point(later, series.value(later)));
                }
            }
        }
        return points;
    }

    /** A run of days drawn as one bar: its first day, its length, and the share of its logged days that were exposed. */
    public record Bar(int firstDay, int days, double exposedShare) {}

    /**
     * The exposed days as bars: one per day when the days fit in {@code columns}, otherwise one per pixel column
     * whose height is the share of exposed days among the days logged in it. Columns with no exposure have no bar.
     */
    public static List<Bar> exposure(DailySeries amounts, ExposureRule rule, int columns) {
        int size = amounts.size();
        int buckets = columns <= 0 ? size : Math.min(size, columns);
        List<Bar> bars = new ArrayList<>();
        for (int bucket = 0; bucket < buckets; bucket++) {
            int start = (int) ((long) bucket * size / buckets);
            int end = (int) ((long) (bucket + 1) * size / buckets);
            int logged = 0;
            int exposed = 0;
            for (int day = start; day < end; day++) {
                if (amounts.isLogged(day)) {
                    logged++;
                    exposed += rule.isExposed(amounts.value(day)) ? 1 : 0;
                }
            }
            if (exposed > 0) {
                bars.add(new Bar(start, end - start, (double) exposed / logged));
            }
        }
        return bars;
    }
}
