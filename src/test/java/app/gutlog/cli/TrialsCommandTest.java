package app.gutlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
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
                "--baseline-from", "2026-03-01", "--start", "2026-02-01", "--end", "2026-03-01")).isEqualTo(2);
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
                .isEqualTo(2);
        assertThat(err.toString()).contains("fewer than the 999 asked for the baseline");
    }

    private JsonNode listed() throws Exception {
        out.getBuffer().setLength(0);
        assertThat(run("--db", journal(), "trials", "--json")).isZero();
        return new ObjectMapper().readTree(out.toString()).get("trials");
    }

    /** Adds an alcohol-free trial that has run for 10 days of 28 and returns its id. */
    private String addRunningTrial() throws Exception {
        LocalDate today = LocalDate.now();
        assertThat(run("--db", journal(), "trials", "add", "--name", "No wine", "--protocol", "Alcohol free",
                "--baseline-from", today.minusDays(30).toString(), "--start", today.minusDays(9).toString(),
                "--end", today.plusDays(18).toString())).isZero();
        return listed().get(0).get("id").asText();
    }

    @Test
    void protocolsAreTakenAsPeopleWriteThem() throws Exception {
        LocalDate today = LocalDate.now();
        for (String written : List.of("Low FODMAP", "low-FODMAP", "NSAID-free")) {
            assertThat(run("--db", journal(), "trials", "add", "--name", written, "--protocol", written,
                    "--baseline-from", today.minusDays(30).toString(), "--start", today.toString(),
                    "--end", today.plusDays(27).toString(), "--avoid", "sugar")).as(written).isZero();
        }
        assertThat(listed()).extracting(trial -> trial.get("protocol").asText())
                .containsExactlyInAnyOrder("low_fodmap", "low_fodmap", "nsaid_free");
    }

    @Test
    void aGlutenFreeOrPaleoTrialNeedsTheCoeliacConfirmationAndWithoutItNothingIsSaved() throws Exception {
        LocalDate today = LocalDate.now();
        for (String protocol : List.of("gluten-free", "paleo")) {
            err.getBuffer().setLength(0);
            assertThat(run("--db", journal(), "trials", "add", "--name", "x", "--protocol", protocol,
                    "--baseline-from", today.minusDays(30).toString(), "--start", today.toString(),
                    "--end", today.plusDays(27).toString())).as(protocol).isEqualTo(2);
            assertThat(err.toString()).contains("coeliac", "General guidance from GutLog",
                    "--coeliac-tested-or-advised", "Nothing was saved");
        }
        assertThat(run("--db", journal(), "trials", "add", "--name", "x", "--protocol", "custom", "--avoid", "gluten",
                "--baseline-from", today.minusDays(30).toString(), "--start", today.toString(),
                "--end", today.plusDays(27).toString())).isEqualTo(2);
        assertThat(listed()).isEmpty();

        assertThat(run("--db", journal(), "trials", "add", "--name", "Gluten-free", "--protocol", "Gluten free",
                "--baseline-from", today.minusDays(30).toString(), "--start", today.toString(),
                "--end", today.plusDays(27).toString(), "--coeliac-tested-or-advised")).isZero();
        assertThat(listed().get(0).get("avoid").get(0).asText()).isEqualTo("gluten");
        assertThat(run("--db", journal(), "trials", "add", "--name", "Sleep", "--protocol", "sleep",
                "--baseline-from", today.minusDays(30).toString(), "--start", today.toString(),
                "--end", today.plusDays(27).toString())).as("no gluten, no confirmation needed").isZero();
    }

    @Test
    void editChangesOnlyWhatIsGivenAndRefusesBadInputWithoutWriting() throws Exception {
        String id = addRunningTrial();
        JsonNode before = listed().get(0);
        LocalDate newEnd = LocalDate.now().plusDays(30);

        assertThat(run("--db", journal(), "trials", "edit", id, "--end", newEnd.toString(), "--name", "No wine, longer",
                "--avoid", "alcohol", "--avoid", "sugar")).isZero();
        assertThat(out.toString()).contains("Changed trial " + id + ": No wine, longer, Alcohol-free: avoids alcohol, sugar");
        JsonNode after = listed().get(0);
        assertThat(after.get("end").asText()).isEqualTo(newEnd.toString());
        assertThat(after.get("start")).isEqualTo(before.get("start"));
        assertThat(after.get("set_up_on")).isEqualTo(before.get("set_up_on"));
        assertThat(after.get("avoid")).extracting(JsonNode::asText).containsExactly("alcohol", "sugar");

        assertThat(run("--db", journal(), "trials", "edit", id, "--end", "2000-01-01")).isEqualTo(2);
        assertThat(err.toString()).contains("The trial was not changed", "before it starts");
        assertThat(run("--db", journal(), "trials", "edit", id, "--avoid", "coffee")).isEqualTo(2);
        assertThat(run("--db", journal(), "trials", "edit", id, "--protocol", "fasting")).isEqualTo(2);
        assertThat(run("--db", journal(), "trials", "edit", id)).isEqualTo(2);
        assertThat(err.toString()).contains("Nothing to change");
        assertThat(run("--db", journal(), "trials", "edit", "99", "--name", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("There is no trial 99");
        assertThat(run("--db", journal(), "trials", "edit", id, "--avoid", "gluten")).isEqualTo(2);
        assertThat(err.toString()).contains("--coeliac-tested-or-advised");
        assertThat(listed().get(0)).isEqualTo(after);
    }

    @Test
    void aTrialEndedOnItsFirstDayLastedOneDay() throws Exception {
        String id = addRunningTrial();
        LocalDate firstDay = LocalDate.now().minusDays(9);

        assertThat(run("--db", journal(), "trials", "end", id, "--on", firstDay.toString())).isZero();
        assertThat(out.toString()).contains("Ended trial " + id + " (No wine) on " + firstDay + ", after 1 day" + System.lineSeparator());
    }

    @Test
    void endStopsARunningTrialTodayAndRefusesADayOutsideIt() throws Exception {
        String id = addRunningTrial();
        JsonNode before = listed().get(0);

        assertThat(run("--db", journal(), "trials", "end", id, "--on", LocalDate.now().plusDays(2).toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("is after today");
        assertThat(run("--db", journal(), "trials", "end", id, "--on", LocalDate.now().minusDays(20).toString()))
                .isEqualTo(2);
        assertThat(run("--db", journal(), "trials", "end", "99")).isEqualTo(2);
        assertThat(listed().get(0)).isEqualTo(before);

        assertThat(run("--db", journal(), "trials", "end", id)).isZero();
        assertThat(out.toString()).contains("Ended trial " + id + " (No wine) on " + LocalDate.now() + ", after 10 days");
        assertThat(listed().get(0).get("end").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(run("--db", journal(), "trials", "end", id)).as("already ended").isEqualTo(2);
        assertThat(err.toString()).contains("already ends on");
    }

    @Test
    void deleteAsksForYesAndKeepsTheLoggedDays() throws Exception {
        assertThat(run("--db", journal(), "demo", "--days", "20")).isZero();
        String id = addRunningTrial();

        assertThat(run("--db", journal(), "trials", "delete", id)).isEqualTo(2);
        assertThat(err.toString()).contains("add --yes to confirm", "Nothing was deleted");
        assertThat(listed()).hasSize(1);
        assertThat(run("--db", journal(), "trials", "delete", "99", "--yes")).isEqualTo(2);
        assertThat(listed()).hasSize(1);

        assertThat(run("--db", journal(), "trials", "delete", id, "--yes")).isZero();
        assertThat(out.toString()).contains("Deleted trial " + id + ": No wine");
        assertThat(listed()).isEmpty();
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            assertThat(services.days().summary().daysLogged()).isEqualTo(20);
        }
    }

    @Test
    void aTrialAddedAfterItEndedIsListedAsSetUpAfterwards() throws Exception {
        LocalDate today = LocalDate.now();
        assertThat(run("--db", journal(), "trials", "add", "--name", "Last spring", "--protocol", "alcohol_free",
                "--baseline-from", today.minusDays(90).toString(), "--start", today.minusDays(60).toString(),
                "--end", today.minusDays(31).toString())).isZero();
        JsonNode trial = listed().get(0);
        assertThat(trial.get("set_up_after_the_end").asBoolean()).isTrue();
        assertThat(trial.get("set_up_on").asText()).isEqualTo(today.toString());
        assertThat(trial.get("description").asText()).isEqualTo("Alcohol-free: avoids alcohol");
        out.getBuffer().setLength(0);
        assertThat(run("--db", journal(), "trials")).isZero();
        assertThat(out.toString()).startsWith("1. Last spring (Alcohol-free: avoids alcohol), ")
                .contains("(set up on " + today + ", after it had ended: not planned ahead)");
    }
}
