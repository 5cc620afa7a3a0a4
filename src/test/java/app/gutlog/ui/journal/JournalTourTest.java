package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DayEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first opening of the day form: a placeholder, with the day's actions waiting, until the day is loaded and its
 * form built; then the tour at once, moved on with Enter without taking Enter from the rest of the window.
 */
class JournalTourTest extends JournalUi {

    /** What one frame showed while the day form opened. */
    private record Frame(boolean opening, boolean tour, boolean actionsWait, String title, int fields, String bloating) {

        /** Whether the day was whole: its title, all {@code allFields} fields, and its saved values. */
        boolean whole(int allFields) {
            return !title.isEmpty() && fields == allFields && "3".equals(bloating);
        }
    }

    private final List<Frame> frames = new CopyOnWriteArrayList<>();

    @Test
    void untilTheDayIsReadyAPlaceholderShowsThenTheTourComesAtOnceAndEnterMovesItOn() throws Exception {
        store(new DayEntry(LocalDate.now(), Map.of("bloating", 3.0), null));
        store(new DayEntry(LocalDate.now().minusDays(1), Map.of("gas", 1.0), null));
        start(journal);
        waitUntilVisible("#home-page");
        Runnable homesEnter = enterAccelerator();
        AnimationTimer watch = watchEveryFrame();
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilVisible("#tour");
        interact(watch::stop);

        int allFields = lookup("#day-form .measure-cell").queryAll().size();
        assertThat(frames).as("frames with the placeholder").anyMatch(Frame::opening);
        assertThat(frames).as("half-built days without the placeholder").noneMatch(
                frame -> !frame.whole(allFields) && !frame.opening());
        assertThat(frames).as("half-built days with their actions enabled").noneMatch(
                frame -> !frame.whole(allFields) && !frame.actionsWait());
        assertThat(frames).as("the tour over a half-built day").noneMatch(
                frame -> !frame.whole(allFields) && frame.tour());
        assertThat(frames).as("the whole day without its tour").noneMatch(
                frame -> frame.whole(allFields) && !frame.tour());
        assertThat(badge()).isEqualTo("Saved");
        waitUntilFocused("#tour-next");

        type(KeyCode.ENTER);
        assertThat(text("#tour-position")).isEqualTo("Step 2 of 4");
        type(KeyCode.ENTER);
        assertThat(text("#tour-position")).isEqualTo("Step 3 of 4");
        Label step = lookup("#tour-text").queryAs(Label.class);
        assertThat(step.getText()).doesNotContain("ⓘ");
        assertThat(step.getGraphic()).isInstanceOfSatisfying(FontIcon.class,
                icon -> assertThat(icon.getIconLiteral()).isEqualTo("fth-info"));
        type(KeyCode.ENTER);
        assertThat(lookup("#tour-next").queryAs(Button.class).getText()).isEqualTo("Done");
        type(KeyCode.ENTER);
        waitUntilHidden("#tour");
        waitUntilFocused("#field-bloating .text-field");

        assertThat(enterAccelerator()).as("Enter still presses Home's main button").isSameAs(homesEnter);
    }

    /** What Enter does in the window when no control takes it: press the default button of the page on show. */
    private Runnable enterAccelerator() {
        Scene scene = lookup("#home-page").query().getScene();
        return scene.getAccelerators().get(new KeyCodeCombination(KeyCode.ENTER));
    }

    /** Records what every frame shows, from the moment the day form's page is on show. */
    private AnimationTimer watchEveryFrame() {
        AnimationTimer watch = new AnimationTimer() {
            @Override
            public void handle(long now) {
                lookup("#journal-page").tryQuery().filter(Node::isVisible).ifPresent(page -> record());
            }
        };
        interact(watch::start);
        return watch;
    }

    private void record() {
        List<Node> cells = List.copyOf(lookup("#day-form .measure-cell").queryAll());
        boolean actionsWait = List.of("#copy-button", "#delete-button", "#save-button").stream()
                .allMatch(action -> lookup(action).query().isDisabled());
        frames.add(new Frame(lookup("#day-opening").query().isVisible(), lookup("#tour").query().isVisible(),
                actionsWait, text("#date-title"), cells.size(),
                lookup("#field-bloating").tryQuery().map(field -> input("bloating")).orElse("")));
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
