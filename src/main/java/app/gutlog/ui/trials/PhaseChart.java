package app.gutlog.ui.trials;

import app.gutlog.domain.DailySeries;
import app.gutlog.domain.Trial;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.AxisTitle;
import app.gutlog.ui.shared.DateAxes;
import app.gutlog.ui.shared.OutcomeAxis;
import app.gutlog.ui.shared.TimeAxisTicks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.VPos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A trial's outcome day by day, with its baseline, trial and reintroduction phases shaded behind it and named at their
 * top, so that the shade is never the only way to tell them apart. The time axis ends on the trial's last day, whose
 * date is always shown. Each run of logged days is a line of its own: a day not logged is a gap, never a line across
 * it.
 */
final class PhaseChart extends LineChart<Number, Number> {

    private final NumberAxis time;
    private final OutcomeAxis outcomeAxis;
    private final Map<Rectangle, LocalDate[]> phases = new LinkedHashMap<>();
    private final Map<Rectangle, Text> names = new LinkedHashMap<>();
    private final Texts texts = Texts.of(PhaseChart.class);

    PhaseChart() {
        this(new OutcomeAxis());
    }

    private PhaseChart(OutcomeAxis outcomeAxis) {
        super(DateAxes.create(), outcomeAxis.axis());
        time = (NumberAxis) getXAxis();
        this.outcomeAxis = outcomeAxis;
        AxisTitle.fit(outcomeAxis.axis(), texts.get("trials.scale.long"), texts.get("trials.scale.medium"),
                texts.get("trials.scale.short"));
        setCreateSymbols(true);
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("phase-chart");
    }

    OutcomeAxis outcomeAxis() {
        return outcomeAxis;
    }

    void show(Trial trial, DailySeries outcome) {
        getPlotChildren().removeAll(phases.keySet());
        getPlotChildren().removeAll(names.values());
        phases.clear();
        names.clear();
        phase("baseline", texts.get("trials.phase.baseline"), trial.baselineFrom(), trial.baselineTo());
        phase("trial", texts.get("trials.phase.trial"), trial.start(), trial.end());
        if (trial.reintroduceUntil() != null) {
            phase("reintroduction", texts.get("trials.phase.reintroduction"), trial.end().plusDays(1),
                    trial.reintroduceUntil());
        }
        getPlotChildren().addAll(0, phases.keySet());
        getPlotChildren().addAll(names.values());
        LocalDate last = trial.reintroduceUntil() != null ? trial.reintroduceUntil() : trial.end();
        DateAxes.show(time, trial.baselineFrom(), last);
        TimeAxisTicks.fit(time);
        outcomeAxis.show(Arrays.stream(outcome.toArray()));
        getData().setAll(runsOfLoggedDays(outcome));
    }

    /** One series per run of consecutive logged days. */
    private static List<XYChart.Series<Number, Number>> runsOfLoggedDays(DailySeries outcome) {
        List<XYChart.Series<Number, Number>> runs = new ArrayList<>();
        List<XYChart.Data<Number, Number>> run = new ArrayList<>();
        for (int day = 0; day <= outcome.size(); day++) {
            if (day < outcome.size() && outcome.isLogged(day)) {
                run.add(new XYChart.Data<>(outcome.date(day).toEpochDay(), outcome.value(day)));
            } else if (!run.isEmpty()) {
                runs.add(new XYChart.Series<>("Outcome", FXCollections.observableArrayList(run)));
                run = new ArrayList<>();
            }
        }
        return runs;
    }

    private void phase(String styleName, String title, LocalDate from, LocalDate to) {
        Rectangle band = new Rectangle();
        band.getStyleClass().addAll("phase", "phase-" + styleName);
        phases.put(band, new LocalDate[] {from, to});
        Text name = new Text(title);
        name.getStyleClass().add("phase-name");
        name.setTextOrigin(VPos.TOP);
        names.put(band, name);
    }

    int phasesShown() {
        return phases.size();
    }

    /** The names written on the phases, in order. */
    List<String> phaseNames() {
        return names.values().stream().map(Text::getText).toList();
    }

    /** The runs of logged days drawn as lines, each as its number of days. */
    List<Integer> runsShown() {
        return getData().stream().map(series -> series.getData().size()).toList();
    }

    /** A phase's band reaches to the end of its last day, but not past the end of the axis. */
    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis level = (NumberAxis) getYAxis();
        double top = level.getDisplayPosition(level.getUpperBound());
        double bottom = level.getDisplayPosition(level.getLowerBound());
        double end = time.getDisplayPosition(time.getUpperBound());
        phases.forEach((band, days) -> {
            double left = time.getDisplayPosition(days[0].toEpochDay());
            double right = Math.min(end, time.getDisplayPosition(days[1].plusDays(1).toEpochDay()));
            band.setX(left);
            band.setY(top);
            band.setWidth(Math.max(0, right - left));
            band.setHeight(bottom - top);
            Text name = names.get(band);
            name.setX(left + 4);
            name.setY(top + 4);
            name.setVisible(name.getLayoutBounds().getWidth() + 8 <= band.getWidth());
        });
    }
}
