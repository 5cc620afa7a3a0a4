package app.gutlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.Downsampling.Bar;
import app.gutlog.domain.Downsampling.Point;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DownsamplingTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final double NAN = Double.NaN;

    @Test
    void aShortSeriesKeepsEveryLoggedDayAndNoGap() {
        DailySeries series = new DailySeries(FIRST, new double[] {1, NAN, 3, 0});

        assertThat(Downsampling.line(series, 100))
                .containsExactly(new Point(0, 1), new Point(2, 3), new Point(3, 0));
    }

    @Test
    void aLongSeriesKeepsEachColumnsLowestAndHighestInDayOrder() {
        double[] values = new double[12];
        for (int day = 0; day < values.length; day++) {
            values[day] = day % 4;
        }
        values[5] = 9;
        values[6] = NAN;

        assertThat(Downsampling.line(new DailySeries(FIRST, values), 3)).containsExactly(
                new Point(0, 0), new Point(3, 3),
                new Point(4, 0), new Point(5, 9),
                new Point(8, 0), new Point(11, 3));
    }

    @Test
    void exposureBarsGiveTheExposedShareOfTheLoggedDaysInEachColumn() {
        double[] drinks = {0, 2, NAN, 0, 0, 0, 1, 1};

        assertThat(Downsampling.exposure(new DailySeries(FIRST, drinks), ExposureRule.ANY_AMOUNT, 2))
                .containsExactly(new Bar(0, 4, 1 / 3.0), new Bar(4, 4, 0.5));
        assertThat(Downsampling.exposure(new DailySeries(FIRST, drinks), ExposureRule.ANY_AMOUNT, 100))
                .containsExactly(new Bar(1, 1, 1.0), new Bar(6, 1, 1.0), new Bar(7, 1, 1.0));
    }
}
