package app.gutlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InsightsCommandTest extends CommandLineTest {

    private Path demoJournal(int days) {
        Path db = temp.resolve("demo.db");
        assertThat(run("--db", db.toString(), "demo", "--days", String.valueOf(days), "--seed", "3")).isZero();
        out.getBuffer().setLength(0);
        return db;
    }

    @Test
    void demoFillsAnEmptyJournalAndRefusesOneThatHoldsDays() {
        Path db = temp.resolve("demo.db");
        assertThat(run("--db", db.toString(), "demo", "--days", "120", "--seed", "3")).isZero();
        assertThat(out.toString()).matches("(?s)Wrote 1\\d\\d demo days to .*demo.db\\R");
        int logged;
        try (AppServices services = AppServices.open(db)) {
            logged = services.days().summary().daysLogged();
        }

        assertThat(run("--db", db.toString(), "demo", "--days", "30")).isEqualTo(1);
        assertThat(err.toString()).contains("already holds days");
        try (AppServices services = AppServices.open(db)) {
            assertThat(services.days().summary().daysLogged()).isEqualTo(logged);
        }
    }

    @Test
    void jsonHoldsEveryEffectAndDoseResponseWithTheSameNumbersAsTheService() throws Exception {
        Path db = demoJournal(365);
        assertThat(run("--db", db.toString(), "insights", "--json", "--outcome", "bloating")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());

        InsightsReport report;
        try (AppServices services = AppServices.open(db)) {
            report = services.insights().report(null, null, Outcome.fromCode("bloating"));
        }
        assertThat(json.get("outcome").asText()).isEqualTo("bloating");
        assertThat(json.get("effects")).hasSize(report.insights().effects().size());
        assertThat(json.get("dose_response")).hasSize(report.insights().doseResponse().size());
        for (int i = 0; i < report.insights().effects().size(); i++) {
            Effect expected = report.insights().effects().get(i);
            JsonNode effect = json.get("effects").get(i);
            assertThat(effect.get("factor").asText()).isEqualTo(expected.factorKey());
            assertThat(effect.get("lag").asInt()).isEqualTo(expected.lag());
            assertThat(effect.get("n_exposed").asInt()).isEqualTo(expected.nExposed());
            assertThat((Double) number(effect, "difference")).isEqualTo((Double) expected.difference());
            assertThat((Double) number(effect, "ci_low")).isEqualTo((Double) expected.ciLow());
            assertThat((Double) number(effect, "p")).isEqualTo((Double) expected.p());
            assertThat((Double) number(effect, "q")).isEqualTo((Double) expected.q());
        }
        JsonNode first = json.get("effects").get(0);
        assertThat(first.get("factor").asText()).isEqualTo("alcohol");
        assertThat(first.get("lag").asInt()).isEqualTo(1);
        assertThat(first.get("exposed_rule").asText()).isEqualTo("Alcohol: any amount");
        assertThat(first.get("section").asText()).contains("NSAIDs or Alcohol");
        assertThat(json.get("dose_response").get(0).fieldNames()).toIterable()
                .containsExactly("factor", "lag", "rho", "p", "q", "n");
    }

    /** JSON writes NaN ("too little data") as null. */
    private static double number(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value.isNull() ? Double.NaN : value.asDouble();
    }

    @Test
    void tooFewDaysGiveNullStatisticsNotNumbers() throws Exception {
        Path db = demoJournal(365);
        LocalDate today = LocalDate.now();
        assertThat(run("--db", db.toString(), "insights", "--json", "--from", today.minusDays(6).toString(),
                "--to", today.toString())).isZero();
        JsonNode effect = new ObjectMapper().readTree(out.toString()).get("effects").get(0);
        assertThat(effect.get("difference").isNull()).isTrue();
        assertThat(effect.get("ci_low").isNull()).isTrue();
        assertThat(effect.get("p").isNull()).isTrue();
        assertThat(effect.get("q").isNull()).isTrue();
        assertThat(effect.get("n_exposed").asInt() + effect.get("n_unexposed").asInt()).isLessThanOrEqualTo(7);
    }

    @Test
    void theTableSaysWhatItComparesAndTheCaveat() {
        Path db = demoJournal(200);
        assertThat(run("--db", db.toString(), "insights")).isZero();
        assertThat(out.toString()).contains("Outcome: burden", "association, not proof of cause", "FACTOR", "95% CI");
    }

    @Test
    void anUnknownOutcomeOrABackwardRangeIsRefusedWithAMessage() {
        Path db = demoJournal(60);
        assertThat(run("--db", db.toString(), "insights", "--outcome", "alcohol")).isEqualTo(1);
        assertThat(err.toString()).contains("'alcohol' is not a symptom", "bloating");
        assertThat(run("--db", db.toString(), "insights", "--from", "2026-03-01", "--to", "2026-01-01")).isEqualTo(1);
        assertThat(err.toString()).contains("starts on 2026-03-01, after it ends on 2026-01-01");
        assertThat(run("--db", db.toString(), "insights", "--from", "March")).isEqualTo(2);
        assertThat(err.toString()).contains("--from");
    }
}
