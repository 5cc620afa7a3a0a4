package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import app.gutlog.ui.checkin.CheckInPlan;
import app.gutlog.ui.shared.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where the keyboard focus goes on the Journal page, on the real JavaFX thread. The check-in's lines and the day
 * form's fields are built again when the journal's measures change: the focus stays where the person was, instead of
 * falling to the first control. And the focus asked for when the check-in opens reaches its first line, however late
 * the check-in enters the window.
 */
@Tag("ui")
class JournalFocusTest {

    @TempDir
    Path temp;

    private AppServices services;
    private JournalViewModel model;
    private DayFormView formView;
    private CheckInView checkIn;
    private final VBox box = new VBox();
    private final VBox form = new VBox();
    private final FxTaskRunner tasks = new FxTaskRunner();

    @BeforeEach
    void showCheckIn() throws Exception {
        services = AppServices.open(temp.resolve("journal.db"));
        services.catalog().setCheckIn(List.of("bloating", "gas", "sleep_hours"));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new VBox(box, form), 640, 800));
            stage.show();
        });
        onFxThread(() -> {
            model = new JournalViewModel(services.days(), services.catalog(), services.trials(), tasks);
            CheckInPlan plan = new CheckInPlan(services.catalog(), services.days(), tasks);
            checkIn = new CheckInView(box, model, plan, model::save, Optional.empty());
            formView = new DayFormView(form, model, services.knowledge(), destination -> {});
            plan.load();
            model.start();
            return null;
        });
        waitForFxThread(() -> box.lookup("#check-in-note") != null && formView.built().get());
    }

    @AfterEach
    void close() throws Exception {
        onFxThread(() -> {
            tasks.shutdown();
            return null;
        });
        FxToolkit.cleanupStages();
        services.close();
    }

    private static <T> T onFxThread(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    /** Until {@code done}, asked on the JavaFX thread, says so: the journal is read and written on worker threads. */
    private static void waitForFxThread(Callable<Boolean> done) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFxThread(done));
    }

    private Node focusOwner() {
        return form.getScene().getFocusOwner();
    }

    private void addMeasureAndTakeItUp() throws Exception {
        services.catalog().add(new Measure("coffee", "Coffee", MeasureKind.RISK_FACTOR, MeasureGroup.DIET,
                Scale.COUNT, "cups", ExposureRule.ANY_AMOUNT, null, false, false));
        onFxThread(() -> {
            model.journalChanged();
            return null;
        });
    }

    /**
     * Shows {@code part} (the check-in or the form, the other hidden, as the Journal page does), puts the focus on
     * {@code query} there, and has a measure added: once both are built again, the new {@code query} has the focus.
     */
    private void assertFocusKeptWhenBuiltAgain(VBox part, String query) throws Exception {
        Node before = onFxThread(() -> {
            box.setVisible(part == box);
            form.setVisible(part == form);
            part.lookup(query).requestFocus();
            return part.lookup(query);
        });
        assertThat(onFxThread(() -> focusOwner() == before)).as(query + " has the focus before").isTrue();

        addMeasureAndTakeItUp();
        waitForFxThread(() -> formView.built().get() && form.lookup("#field-coffee") != null
                && part.lookup(query) != null && part.lookup(query) != before);

        assertThat(onFxThread(() -> focusOwner() == part.lookup(query))).as(query + ", built again, has the focus")
                .isTrue();
    }

    @Test
    void aMeasureAddedWhileTheCheckInIsOpenLeavesTheFocusOnTheSameLine() throws Exception {
        assertFocusKeptWhenBuiltAgain(box, "#check-in-gas .quick-scale");
    }

    @Test
    void theNoteKeepsTheFocusWhenTheLinesAreBuiltAgain() throws Exception {
        assertFocusKeptWhenBuiltAgain(box, "#check-in-note");
    }

    @Test
    void theFormsFieldKeepsTheFocusWhenTheFormIsBuiltAgain() throws Exception {
        assertFocusKeptWhenBuiltAgain(form, "#field-gas");
    }

    /**
     * On the Journal page the check-in is the content of a scroll pane, which takes it into the window only when the
     * pane is first laid out; by then the lines may be built and the focus asked for.
     */
    @Test
    void theFocusAskedForBeforeTheCheckInIsInTheWindowReachesItsFirstLineOnceItIs() throws Exception {
        Pane page = onFxThread(() -> {
            Pane parent = (Pane) box.getParent();
            parent.getChildren().remove(box);
            checkIn.focusFirst();
            return parent;
        });
        WaitForAsyncUtils.waitForFxEvents(); // the focus was asked for, and not given, while out of the window
        Node firstLine = onFxThread(() -> {
            page.getChildren().addFirst(box);
            return box.lookup("#check-in-bloating .quick-scale");
        });

        try {
            waitForFxThread(() -> focusOwner() == firstLine);
        } catch (TimeoutException notSeen) {
            // the assertion says where the focus is instead
        }
        assertThat(onFxThread(this::focusOwner)).as("the focus, once the check-in is in the window")
                .isSameAs(firstLine);
    }
}
