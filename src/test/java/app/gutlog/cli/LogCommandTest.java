package app.gutlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogCommandTest extends CommandLineTest {

    private final LocalDate day = LocalDate.now().minusDays(3);
    private final DayEntry saved = new DayEntry(day, Map.of("bloating", 3.0, "alcohol", 1.0, "stress", 6.0), "pasta");
    private Path journal;

    @BeforeEach
    void saveADay() {
        journal = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(journal)) {
            services.days().save(saved);
        }
    }

    private Optional<DayEntry> stored(LocalDate date) {
        try (AppServices services = AppServices.open(journal)) {
            return services.days().load(date);
        }
    }

    private int log(String... arguments) {
        String[] all = new String[arguments.length + 3];
        all[0] = "--db";
        all[1] = journal.toString();
        all[2] = "log";
        System.arraycopy(arguments, 0, all, 3, arguments.length);
        return run(all);
    }

    @Test
    void valuesAreMergedIntoTheSavedDayAndEveryChangeIsPrinted() {
        assertThat(log("--date", day.toString(), "bloating=5", "gas=2", "alcohol=-", "sleep_hours=7,5",
                "gut_infection=no")).isZero();

        assertThat(stored(day)).contains(new DayEntry(day,
                Map.of("bloating", 5.0, "gas", 2.0, "stress", 6.0, "sleep_hours", 7.5, "gut_infection", 0.0), "pasta"));
        assertThat(out.toString().lines()).containsExactly(
                "Saved " + day + ":",
                "  alcohol: 1 → not logged",
                "  bloating: 3 → 5",
                "  gas: not logged → 2",
                "  gut_infection: not logged → 0",
                "  sleep_hours: not logged → 7.5");
    }

    @Test
    void aNoteReplacesTheSavedOneAndAnEmptyNoteClearsIt() {
        assertThat(log("--date", day.toString(), "--note", "rice and fish")).isZero();
        assertThat(stored(day).orElseThrow().notes()).isEqualTo("rice and fish");
        assertThat(out.toString()).contains("notes: \"pasta\" → \"rice and fish\"");

        assertThat(log("--date", day.toString(), "--note", "", "stress=")).isZero();
        assertThat(stored(day)).contains(new DayEntry(day, Map.of("bloating", 3.0, "alcohol", 1.0), null));
    }

    @Test
    void todayIsTheDefaultAndYesterdayIsUnderstood() {
        LocalDate today = LocalDate.now();
        assertThat(log("fatigue=4")).isZero();
        assertThat(log("--date", "yesterday", "fatigue=2")).isZero();

        assertThat(stored(today).orElseThrow().values()).containsExactly(Map.entry("fatigue", 4.0));
        assertThat(stored(today.minusDays(1)).orElseThrow().values()).containsExactly(Map.entry("fatigue", 2.0));
    }

    @Test
    void loggingWhatIsAlreadySavedChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(journal);
        assertThat(log("--date", day.toString(), "bloating=3")).isZero();
        assertThat(out.toString()).contains("Nothing changed on " + day);
        assertThat(stored(day)).contains(saved);
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void anUnknownKeyIsRefusedWithTheFormsMessageAndNothingIsSaved() {
        assertThat(log("--date", day.toString(), "bloating=5", "frobs=2")).isEqualTo(2);
        assertThat(err.toString()).contains("'frobs' is not a measure in this journal", "nothing was saved");
        assertThat(stored(day)).contains(saved);
    }

    @Test
    void clearingAnUnknownKeyIsRefusedToo() {
        assertThat(log("--date", day.toString(), "frobs=-")).isEqualTo(2);
        assertThat(err.toString()).contains("'frobs' is not a measure in this journal");
        assertThat(stored(day)).contains(saved);
    }

    @Test
    void aValueOutsideTheScaleIsRefusedWithTheFormsMessageAndNothingIsSaved() {
        assertThat(log("--date", day.toString(), "gas=1", "bloating=11", "sleep_quality=0", "sleep_hours=7.3"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("Bloating: 11 is above 10 (allowed: 0–10)", "Sleep quality: 0 is below 1",
                "7.3 must be a multiple of 0.25");
        assertThat(stored(day)).contains(saved);
    }

    @Test
    void aValueThatIsNoNumberIsRefusedAndNothingIsSaved() {
        assertThat(log("--date", day.toString(), "gas=1", "bloating=lots")).isEqualTo(2);
        assertThat(err.toString()).contains("bloating: 'lots' is not a number", "nothing was saved");
        assertThat(stored(day)).contains(saved);
    }

    @Test
    void anArgumentThatIsNotKeyEqualsValueIsRefused() {
        assertThat(log("--date", day.toString(), "bloating")).isEqualTo(2);
        assertThat(err.toString()).contains("'bloating' is not KEY=VALUE");
        assertThat(stored(day)).contains(saved);
    }

    @Test
    void aBadOrFarFutureDateIsRefusedAndNothingIsSaved() {
        assertThat(log("--date", "2026-13-01", "gas=1")).isEqualTo(2);
        assertThat(err.toString()).contains("--date: '2026-13-01' is not a day");

        LocalDate farAhead = LocalDate.now().plusDays(5);
        assertThat(log("--date", farAhead.toString(), "gas=1")).isEqualTo(2);
        assertThat(err.toString()).contains(farAhead + " is more than a day in the future");
        assertThat(stored(farAhead)).isEmpty();
    }

    @Test
    void aNoteLongerThanTheFormAllowsIsRefused() {
        assertThat(log("--date", day.toString(), "--note", "x".repeat(10_001))).isEqualTo(2);
        assertThat(err.toString()).contains("at most 10,000 are allowed");
        assertThat(stored(day)).contains(saved);
    }

    @Test
    void nothingToLogIsAUsageError() {
        assertThat(log("--date", day.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nothing to log");
    }
}
