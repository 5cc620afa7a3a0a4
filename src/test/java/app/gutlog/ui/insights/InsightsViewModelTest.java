package app.gutlog.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.domain.Insights.DoseResponse;
import app.gutlog.domain.Outcome;
import app.gutlog.ui.insights.InsightsViewModel.DosePoint;
import app.gutlog.ui.insights.InsightsViewModel.FactorCard;
import app.gutlog.ui.insights.InsightsViewModel.LagLine;
import app.gutlog.ui.insights.InsightsViewModel.OutcomeChoice;
import app.gutlog.ui.insights.InsightsViewModel.RangeChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @TempDir
    Path temp;

    private AppServices journal() {
        return AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static void choose(InsightsViewModel model, String outcomeKey) {
        model.outcome().set(model.outcomeChoices().stream()
                .filter(choice -> choice.outcome().equals(Outcome.fromCode(outcomeKey)))
                .findFirst().orElseThrow());
    }

    @Test
    void anEmptyJournalSaysWhatToDoNext() {
        try (AppServices services = journal()) {
            InsightsViewModel model = new InsightsViewModel(services, new ImmediateTaskRunner());

            model.refresh();

            assertThat(model.journalEmpty().get()).isTrue();
            assertThat(model.status().get()).contains("no days yet", "Journal (Ctrl+2)", "Try with demo data");
            assertThat(model.outcomeChoices()).extracting(OutcomeChoice::label).startsWith("Symptom burden", "Bloating — no days rated yet");
        }
    }

    @Test
    void symptomsNeverRatedAreMarkedAndListedAfterThoseWithDays() {
        try (AppServices services = journal()) {
            services.insights().createDemo(60, 5);
            InsightsViewModel model = new InsightsViewModel(services, new ImmediateTaskRunner());

            model.refresh();

            List<OutcomeChoice> choices = model.outcomeChoices();
            assertThat(choices.getFirst().label()).isEqualTo("Symptom burden");
            int firstUnrated = choices.indexOf(choices.stream().filter(choice -> !choice.rated()).findFirst().orElseThrow());
            assertThat(choices.subList(0, firstUnrated)).allMatch(OutcomeChoice::rated)
                    .extracting(OutcomeChoice::label).contains("Bloating", "Joint pain");
            assertThat(choices.subList(firstUnrated, choices.size())).noneMatch(OutcomeChoice::rated)
                    .extracting(OutcomeChoice::label).contains("Diarrhea — no days rated yet", "Skin problems — no days rated yet");
        }
    }

    @Test
    void cardsComeStrongestEvidenceFirstWithEveryLagAndTheirSection() {
        try (AppServices services = journal()) {
            services.insights().createDemo(365, 5);
            InsightsViewModel model = new InsightsViewModel(services, new ImmediateTaskRunner());
            model.refresh();

            choose(model, "bloating");

            assertThat(model.journalEmpty().get()).isFalse();
            assertThat(model.status().get()).isEmpty();
            assertThat(model.summary().get()).startsWith("2026-04-02 to 2026-06-30: ").contains("of 90 days have bloating rated");
            FactorCard first = model.cards().getFirst();
            assertThat(first.key()).isEqualTo("alcohol");
            assertThat(first.exposure()).isEqualTo("Exposure: any amount");
            assertThat(first.frequency()).matches("Exposed on \\d+ of the \\d+ days it was logged\\.");
            assertThat(first.lags()).extracting(LagLine::name).containsExactly("Same day", "Next day", "2 days later");
            LagLine nextDay = first.lags().get(1);
            assertThat(nextDay.notable()).isTrue();
            assertThat(nextDay.effect()).matches("\\+\\d\\.\\d\\d \\(95% CI \\+\\d\\.\\d\\d to \\+\\d\\.\\d\\d\\)");
            assertThat(nextDay.detail()).matches("\\d+ exposed vs \\d+ unexposed days · p (< )?0\\.\\d{3} · q (< )?0\\.0\\d\\d"
                    + " · adjusted for the other habits; raw difference \\+\\d\\.\\d\\d .*");
            assertThat(first.headline()).startsWith("On days after alcohol (any amount), your bloating was on average")
                    .endsWith("That is unlikely to be chance.");
            assertThat(first.factor().section().heading()).contains("NSAIDs or Alcohol");
            assertThat(model.cards()).hasSize(model.report().get().factors().size());
        }
    }

    @Test
    void tooFewDaysSayNotEnoughDataYet() {
        try (AppServices services = journal()) {
            services.insights().createDemo(365, 5);
            InsightsViewModel model = new InsightsViewModel(services, new ImmediateTaskRunner());
            model.refresh();
            model.range().set(RangeChoice.CUSTOM);
            model.customFrom().set(TODAY.minusDays(6));
            model.customTo().set(TODAY);

            LagLine sameDay = model.cards().getFirst().lags().getFirst();

            assertThat(model.summary().get()).startsWith("2026-06-24 to 2026-06-30");
            assertThat(sameDay.enoughData()).isFalse();
            assertThat(sameDay.effect()).isEqualTo("Not enough data yet");
            assertThat(sameDay.detail()).endsWith("5 of each needed");
            assertThat(model.forestRows()).isEmpty();
        }
    }

    @Test
    void aBackwardCustomRangeIsExplainedAndComputesNothing() {
        try (AppServices services = journal()) {
            services.insights().createDemo(100, 5);
            InsightsViewModel model = new InsightsViewModel(services, new ImmediateTaskRunner());
            model.refresh();
            var shown = model.report().get();
            model.range().set(RangeChoice.CUSTOM);
            model.customFrom().set(TODAY);
            model.customTo().set(TODAY.minusDays(10));

            assertThat(model.status().get()).contains("is after the last day");
            assertThat(model.report().get()).isSameAs(shown);
        }
    }

    @Test
    void theForestFollowsTheLagAndTheDosePointsCountEveryPairedDay() {
        try (AppServices services = journal()) {
            services.insights().createDemo(365, 5);
            InsightsViewModel model = new InsightsViewModel(services, new ImmediateTaskRunner());
            model.refresh();
            choose(model, "bloating");
            model.range().set(RangeChoice.LAST_YEAR);
            model.chosenFactor().set(model.report().get().factor("alcohol").orElseThrow());

            model.lag().set(1);
            assertThat(model.forestRows().getFirst().label()).isEqualTo("Alcohol");
            assertThat(model.forestRows().getFirst().notable()).isTrue();
            DoseResponse dose = model.report().get().doseResponse("alcohol", 1).orElseThrow();
            assertThat(model.dosePoints().stream().mapToInt(DosePoint::days).sum()).isEqualTo(dose.n());
            assertThat(model.doseSummary()).startsWith("Spearman's rho +0.").endsWith("Association, not proof of cause.");

            model.lag().set(0);
            assertThat(model.forestRows().getFirst().label()).isNotEqualTo("Alcohol");
            model.chosenFactor().set(model.report().get().factor("gut_infection").orElseThrow());
            assertThat(model.doseSummary()).isEqualTo("Gut infection (diagnosed) is logged as yes or no, so it has no dose to compare.");
        }
    }
}
