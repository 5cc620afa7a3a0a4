package app.gutlog.domain;

import java.time.LocalDate;
import java.util.Arrays;

/** One value per calendar day from {@code first} on; NaN where nothing was logged that day. Immutable. */
public final class DailySeries {

    private final LocalDate first;
    private final double[] values;

    public DailySeries(LocalDate first, double[] values) {
        this.first = first;
        this.values = values.clone();
    }

    public LocalDate first() {
        return first;
    }

    public int size() {
        return values.length;
    }

    public LocalDate date(int index) {
        return first.plusDays(index);
    }

    /** The value on day {@code index}, NaN when that day has none. */
    public double value(int index) {
        return values[index];
    }

    public boolean isLogged(int index) {
        return !Double.isNaN(values[index]);
    }

    /** A copy of the values, one per day. */
    public double[] toArray() {
        return values.clone();
    }

    public long loggedDays() {
        return Arrays.stream(values).filter(value -> !Double.isNaN(value)).count();
    }
}
