package app.gutlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrialsCommandTest extends CommandLineTest {

    private String journal() {
        return temp.resolve("journal.db").toString();
    }

    @Test
    void aTrialAddedFromTheCommandLineIsListedWithItsResultNumbers() throws Exception {
        LocalDate today = LocalDate.now();
        assertThat(run("--db", journal(), "demo", "--days", "120")).isZero();
        assertThat(run("--db", journal(), "trials", "add", "--name", "No NSAIDs", "--protocol", "nsaid_free",
                "--baseline-from", today.minusDays(100).toString(), "--start", today.minusDays(60).toString(),
                "--end", today.minusDays(20).toString(), "--reintroduce-until", today.toString(),
                "--outcome", "abdominal_pain")).isZero();
        assertThat(out.toString()).contains("Added trial 1: No NSAIDs");
        out.getBuffer().setLength(0);

        assertThat(run("--db", journal(), "trials", "--json")).isZero();

        JsonNode trial = new ObjectMapper().readTree(out.toString()).get("trials").get(0);
        assertThat(trial.get("protocol").asText()).isEqualTo("nsaid_free");
        assertThat(trial.get("avoid").get(0).asText()).isEqualTo("nsaid");
        assertThat(trial.get("outcome").asText()).isEqualTo("abdominal_pain");
        assertThat(trial.get("baseline_days").asInt()).isGreaterThan(30);
        assertThat(trial.get("difference").isNumber()).isTrue();
        assertThat(trial.get("p").asDouble()).isBetween(0.0, 1.0);
        assertThat(trial.get("logged_trial_days").asInt()).isGreaterThanOrEqualTo(trial.get("kept_trial_days").asInt());
    }

    @Test
    void aBadTrialIsRefusedWithEveryProblemAndAnUnknownProtocolIsAUsageError() {
        assertThat(run("--db", journal(), "trials", "add", "--name", "x", "--protocol", "fasting",
                "--baseline-from", "2026-01-01", "--start", "2026-02-01", "--end", "2026-03-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--protocol is one of gluten_free");
        assertThat(run("--db", journal(), "trials", "add", "--name", "x", "--protocol", "custom",
                "--baseline-from", "2026-03-01", "--start", "2026-02-01", "--end", "2026-03-01")).isEqualTo(1);
        assertThat(err.toString()).contains("must start before the trial", "avoids or adds at least one measure");
        assertThat(run("--db", journal(), "trials")).isZero();
        assertThat(out.toString()).contains("No trials yet");
    }

    @Test
    void theBaselineCanBeTheLastDaysAlreadyLogged() throws Exception {
        LocalDate today = LocalDate.now();
        assertThat(run("--db", journal(), "demo", "--days", "60")).isZero();
        assertThat(run("--db", journal(), "trials", "add", "--name", "Probiotic", "--protocol", "probiotic",
                "--baseline-days", "14", "--start", today.toString(), "--end", today.plusDays(27).toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("--db", journal(), "trials", "--json")).isZero();
        JsonNode trial = new ObjectMapper().readTree(out.toString()).get("trials").get(0);
        assertThat(trial.get("baseline_days").asInt()).isEqualTo(14);
        assertThat(trial.get("add").get(0).asText()).isEqualTo("probiotic");

        assertThat(run("--db", journal(), "trials", "add", "--name", "x", "--protocol", "probiotic",
                "--baseline-days", "999", "--start", today.toString(), "--end", today.plusDays(5).toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("fewer than the 999 asked for the baseline");
    }
}
