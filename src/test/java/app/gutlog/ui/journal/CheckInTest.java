package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.reminder.ReminderService;
import app.gutlog.domain.DayEntry;
import app.gutlog.store.StoredDays;
import app.gutlog.ui.shared.TextSize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daily check-in, driven as a person would: by keyboard alone, by mouse, and on the very first day. */
class CheckInTest extends JournalUi {

    private static final List<String> TWELVE = List.of("bloating", "gas", "abdominal_pain", "diarrhea",
            "constipation", "heartburn", "fatigue", "sugar", "alcohol", "nsaid", "sleep_hours", "stool_form");

    private final LocalDate today = LocalDate.now();
    private int keyPresses;

    @BeforeEach
    void keepAnyReminderFilesInTheTestsFolder() {
        System.setProperty(ReminderService.CONFIG_HOME_PROPERTY, temp.resolve("config").toString());
    }

    @AfterEach
    void forgetTheFolder() {
        System.clearProperty(ReminderService.CONFIG_HOME_PROPERTY);
    }

    private void track(List<String> keys) {
        try (AppServices services = AppServices.open(journal)) {
            services.catalog().setCheckIn(keys);
        }
    }

    private List<String> tracked() {
        try (AppServices services = AppServices.open(journal)) {
            return services.catalog().checkInKeys();
        }
    }

    /** Presses keys together (a shortcut), counting each key pressed. */
    private void keys(KeyCode... chord) {
        keyPresses += chord.length;
        push(chord);
    }

    /** Types characters that are one key each on a keyboard. */
    private void typed(String characters) {
        keyPresses += characters.length();
        write(characters);
    }

    private void enter() {
        keys(KeyCode.ENTER);
    }

    private void openCheckIn() throws Exception {
        start(journal);
        waitUntilVisible("#home-page");
        keys(KeyCode.SHORTCUT, KeyCode.K);
        waitUntilFocused("#check-in-bloating .quick-scale");
    }

    @Test
    void aWholeCheckInOfTwelveMeasuresFromOpeningItToSavedTakesAtMostThirtyKeyPresses() throws Exception {
        track(TWELVE);
        store(new DayEntry(today.minusDays(1), Map.of("sleep_hours", 7.5), null));
        store(new DayEntry(today, Map.of("skin", 2.0), "kept from the full form"));
        skipTour();

        openCheckIn();
        typed("3=0201" + "5");
        typed("2");
        enter();
        typed("0");
        enter();
        typed("1");
        enter();
        typed("r");
        typed("4");
        assertThat(focused("#check-in-note")).as("the note comes after the last measure").isTrue();
        enter();
        waitUntilStatus("Saved");

        System.out.printf("Check-in of %d measures, from opening it to \"Saved\": %d key presses (target: at most 30)%n",
                TWELVE.size(), keyPresses);
        assertThat(keyPresses).isLessThanOrEqualTo(30);
        DayEntry saved = StoredDays.load(journal, today).orElseThrow();
        assertThat(saved.values()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("bloating", 3.0), Map.entry("gas", 10.0), Map.entry("abdominal_pain", 0.0),
                Map.entry("diarrhea", 2.0), Map.entry("constipation", 0.0), Map.entry("heartburn", 1.0),
                Map.entry("fatigue", 5.0), Map.entry("sugar", 2.0), Map.entry("alcohol", 0.0),
                Map.entry("nsaid", 1.0), Map.entry("sleep_hours", 7.5), Map.entry("stool_form", 4.0),
                Map.entry("skin", 2.0)));
        assertThat(saved.notes()).as("what the check-in does not show is kept").isEqualTo("kept from the full form");
    }

    @Test
    void clicksSetValuesBackspaceMakesAFieldNotLoggedAgainAndSwitchingToTheFullFormKeepsTheEdits() throws Exception {
        track(List.of("bloating", "gut_infection"));
        skipTour();
        openCheckIn();

        clickOn(lookup("#check-in-bloating .quick-chip").match(node -> "7".equals(((Labeled) node).getText()))
                .queryAs(Node.class));
        assertThat(badge()).isEqualTo("Unsaved changes");
        clickOn(lookup("#check-in-gut_infection .quick-chip").match(node -> "Yes".equals(((Labeled) node).getText()))
                .queryAs(Node.class));
        type(KeyCode.SPACE);
        clickOn("#mode-full-form");
        assertThat(input("bloating")).isEqualTo("7");
        clickOn("#mode-check-in");
        focus("#check-in-bloating .quick-scale");
        type(KeyCode.BACK_SPACE);
        push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntilStatus("Saved");

        DayEntry saved = StoredDays.load(journal, today).orElseThrow();
        assertThat(saved.isLogged("bloating")).as("cleared, so not logged rather than 0").isFalse();
        assertThat(saved.values()).containsEntry("gut_infection", 0.0);
    }

    @Test
    void eachScaleIsOneRowBesideItsNameInAWideWindowAndBelowItAt150PercentIn1024Pixels() throws Exception {
        skipTour();
        track(TWELVE);
        openCheckInSized(TextSize.NORMAL, 1440, 900);
        assertThat(rowsOfValues("#check-in-bloating")).as("0 to 10 in one row").isEqualTo(1);
        assertThat(top("#check-in-bloating .quick-chip")).as("beside the name")
                .isLessThan(bottom("#check-in-bloating .check-in-name"));
        stop();

        openCheckInSized(TextSize.HUGE, 1024, 640);
        assertThat(rowsOfValues("#check-in-bloating")).as("0 to 10 in one row, at 150 % text").isEqualTo(1);
        assertThat(top("#check-in-bloating .quick-chip")).as("below the name")
                .isGreaterThanOrEqualTo(bottom("#check-in-bloating .check-in-name"));
        Node ten = lookup("#check-in-bloating .quick-chip").match(node -> "10".equals(((Labeled) node).getText()))
                .query();
        assertThat(ten.localToScene(ten.getBoundsInLocal()).getMaxX()).as("10 within the window")
                .isLessThanOrEqualTo(ten.getScene().getWidth());
    }

    private void openCheckInSized(TextSize text, int width, int height) throws Exception {
        startSized(journal, text, width, height);
        push(KeyCode.SHORTCUT, KeyCode.K);
        waitUntilFocused("#check-in-bloating .quick-scale");
    }

    private double top(String query) {
        Node node = lookup(query).query();
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    private double bottom(String query) {
        Node node = lookup(query).query();
        return node.localToScene(node.getBoundsInLocal()).getMaxY();
    }

    private long rowsOfValues(String line) {
        return lookup(line + " .quick-chip").queryAll().stream()
                .map(chip -> Math.round(chip.localToScene(chip.getBoundsInLocal()).getMinY())).distinct().count();
    }

    @Test
    void theFirstCheckInAsksWhatToTrackOffersTheGutSetAndStartsOnItsFirstMeasure() throws Exception {
        skipTour();
        start(journal);
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.K);
        waitUntilVisible("#tracked-set-picker");
        assertThat(lookup("#preset-gut-and-diet").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#tracked-set-picker #reminder-chooser").tryQuery()).as("the daily reminder is offered")
                .isPresent();
        assertThat(lookup("#reminder-on").queryAs(CheckBox.class).isSelected()).as("and off unless asked for").isFalse();
        clickOn("#preset-sleep-and-stress");
        clickOn("#choose-tracked");

        waitUntilFocused("#check-in-bloating .quick-scale");
        assertThat(lookup("#check-in-stress").tryQuery()).isPresent();
        stop();
        assertThat(tracked()).startsWith("bloating", "gas").contains("stool_form", "sleep_hours", "stress")
                .doesNotContain("probiotic", "blood_in_stool");
    }

    @Test
    void theMeasuresPageChangesWhatTheCheckInTracks() throws Exception {
        track(List.of("bloating"));
        skipTour();
        start(journal);
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        waitUntilTextStartsWith("#check-in-summary", "The check-in tracks 1 measure");

        clickOn("#choose-check-in");
        waitUntilVisible("#check-in-choice-dialog");
        clickOn("#preset-sleep-and-stress");
        clickOn("#choose-tracked");

        waitUntilGone("#check-in-choice-dialog");
        waitUntilTextStartsWith("#check-in-summary", "The check-in tracks 5 measures");
        stop();
        assertThat(tracked()).containsExactly("bloating", "sleep_hours", "sleep_quality", "stress", "relaxation");
    }
}
