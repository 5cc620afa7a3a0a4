package app.gutlog.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.ui.AppUiTest;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Drives the real history page: logged days and gaps in the calendar, and opening a day from it. */
class HistoryViewTest extends AppUiTest {

    private final LocalDate today = LocalDate.now();

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
        waitUntil(() -> lookup("#date-picker").tryQuery()
                .map(picker -> logged.equals(((DatePicker) picker).getValue())).orElse(false));
        waitUntil(() -> "8".equals(lookup("#field-bloating").queryAs(Spinner.class).getEditor().getText()));
        assertThat(lookup("#nav-journal").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }
}
