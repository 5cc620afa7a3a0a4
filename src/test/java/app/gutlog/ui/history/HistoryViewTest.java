package app.gutlog.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.ui.AppUiTest;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.Button;
import app.gutlog.domain.DayOverview;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/** Drives the real history page: logged days and gaps in the calendar, and opening a day from it. */
class HistoryViewTest extends AppUiTest {

    private final LocalDate today = LocalDate.now();

    private static List<LocalDate> dates(ListView<DayOverview> list) {
        return list.getItems().stream().map(DayOverview::date).toList();
    }

    /** The words highlighted as found in the list of days. */
    private List<String> matches() {
        return lookup("#day-list .search-match").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void theCalendarMarksLoggedDaysAndOpensThemInTheJournal() throws Exception {
        LocalDate logged = today.withDayOfMonth(1);
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            services.days().save(new DayEntry(logged, Map.of("bloating", 8.0, "gas", 6.0), "rough day"));
        }
        start(temp.resolve("journal.db"));
        waitUntilVisible("#home-page");

        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        waitUntilVisible("#day-" + logged);

        Button square = lookup("#day-" + logged).queryButton();
        assertThat(square.getStyleClass()).contains("band-high");
        assertThat(square.getAccessibleText()).endsWith("burden 7.0");
        if (!logged.equals(today)) {
            assertThat(lookup("#day-" + today).queryButton().getStyleClass()).contains("band-not-logged");
        }

        clickOn(square);
        waitUntilFormDate(logged);
        waitUntilSeen("#field-bloating to show \"8\"",
                () -> lookup("#field-bloating").queryAs(Spinner.class).getEditor().getText(), "8"::equals);
        assertThat(lookup("#nav-journal").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void ctrlFSearchesTheNotesHighlightsTheWordsFoundAndEscapeClearsIt() throws Exception {
        LocalDate monthsAgo = today.minusMonths(3);
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            services.days().save(new DayEntry(today, Map.of("bloating", 3.0), "Red WINE with dinner"));
            services.days().save(new DayEntry(monthsAgo, Map.of(), "a glass of wine, then bad sleep"));
            services.days().save(new DayEntry(today.minusDays(1), Map.of("gas", 1.0), "rice and fish"));
        }
        start(temp.resolve("journal.db"));
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        waitUntilVisible("#day-" + today);
        @SuppressWarnings("unchecked")
        ListView<DayOverview> list = lookup("#day-list").queryAs(ListView.class);
        waitUntilSeen("#day-list to list days", () -> dates(list), days -> !days.isEmpty());

        push(KeyCode.SHORTCUT, KeyCode.F);
        waitUntilFocused("#note-search");
        write("wine");

        waitUntilSeen("#day-list to list " + List.of(today, monthsAgo), () -> dates(list),
                List.of(today, monthsAgo)::equals);
        assertThat(lookup("#search-summary").queryLabeled().getText()).isEqualTo("2 days with “wine” in the notes.");
        assertThat(lookup("#list-title").queryLabeled().getText()).isEqualTo("Days found");
        waitUntilSeen("two words highlighted in #day-list", this::matches, words -> words.size() == 2);
        assertThat(lookup("#day-list .search-match").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyInAnyOrder("WINE", "wine");
        assertThat(lookup("#day-list .found-day").queryAllAs(Text.class)).as("each day found is headed in bold")
                .hasSize(2).allSatisfy(heading -> assertThat(heading.getFont().getStyle()).containsIgnoringCase("bold"));

        push(KeyCode.ESCAPE);

        waitUntilTextIs("#note-search", "");
        waitUntilSeen("no words highlighted in #day-list", this::matches, List::isEmpty);
        assertThat(list.getItems()).extracting(DayOverview::date).allMatch(date -> !date.isBefore(today.withDayOfMonth(1)));
        assertThat(lookup("#list-title").queryLabeled().getText()).isEqualTo("Logged days");
    }
}
