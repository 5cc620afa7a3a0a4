package app.gutlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.ui.bootstrap.UiSettings;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The FX thread never stalls for more than 100 ms while a person goes through every page of a 10-year journal, saving
 * a day on the way so that every page reads and draws the journal again: a watchdog pings the FX thread all the
 * while and fails the test on any longer wait. Its waits depend on the machine's load (the software renderer and the
 * JIT compilers share its cores), so it is a benchmark, run on demand; the default suite instead makes the store
 * refuse the FX thread, which catches disk work there every time.
 */
@Tag("benchmark")
class ResponsivenessTest extends AppUiTest {

    private static final long STALL_LIMIT_MS = 100;

    /** Every page of the navigation, in order, with its shortcut digit. */
    private static final List<String> PAGES = List.of("#home-page", "#journal-page", "#history-page", "#insights-page",
            "#trials-page", "#measures-page", "#learn-page");

    @Test
    void theFxThreadNeverStallsWhileEveryPageOfATenYearJournalIsVisited() throws Exception {
        Path journal = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(journal)) {
            services.insights().createDemo(3650, 11);
        }
        new UiSettings(preferences).tourSeen(true);
        start(journal);
        waitUntilVisible("#home-page");
        waitUntilIdle();
        // The first visit of each page loads its classes and compiles its code: a cost of the JVM that a person
        // pays once per session, and which no change to GutLog's own code removes. It is left out of the watch.
        visitEveryPage(null, "warm-up");

        try (FxStallWatchdog watchdog = new FxStallWatchdog(STALL_LIMIT_MS)) {
            for (int round = 1; round <= 2; round++) {
                visitEveryPage(watchdog, "round " + round);
            }
            watchdog.during("done");
            System.out.println("Longest wait of the FX thread: " + watchdog.longest());
            assertThat(watchdog.stalls()).as("FX thread stalls over " + STALL_LIMIT_MS + " ms").isEmpty();
        }
    }

    private void visitEveryPage(FxStallWatchdog watchdog, String round) throws Exception {
        for (int page = 0; page < PAGES.size(); page++) {
            if (watchdog != null) {
                watchdog.during("opening " + PAGES.get(page) + " (" + round + ")");
            }
            push(KeyCode.SHORTCUT, KeyCode.valueOf("DIGIT" + (page + 1)));
            waitUntilVisible(PAGES.get(page));
            waitUntilIdle();
            if (PAGES.get(page).equals("#journal-page")) {
                saveADay(round);
            }
        }
    }

    /** Saves today with a new value, so every page after it has a changed journal to read and draw again. */
    private void saveADay(String round) throws Exception {
        String bloating = String.valueOf(round.hashCode() & 7);
        Spinner<?> field = lookup("#field-bloating").queryAs(Spinner.class);
        interact(() -> {
            field.getEditor().setText(bloating);
            field.requestFocus();
        });
        push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntilTextStartsWith("#journal-status", "Saved");
    }

    /** Until no background task runs (the status bar's progress is hidden), and the FX thread has caught up. */
    private void waitUntilIdle() throws Exception {
        waitUntilHidden("#task-progress");
    }
}
