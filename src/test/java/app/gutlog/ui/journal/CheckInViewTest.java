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
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The check-in's lines, built again while the person is on one of them, on the real JavaFX thread. */
@Tag("ui")
class CheckInViewTest {

    private static final String GAS = "#check-in-gas .quick-scale";
    private static final String NOTE = "#check-in-note";

    @TempDir
    Path temp;

    private AppServices services;
    private JournalViewModel model;
    private final VBox box = new VBox();
    private final FxTaskRunner tasks = new FxTaskRunner();

    @BeforeEach
    void showCheckIn() throws Exception {
        services = AppServices.open(temp.resolve("journal.db"));
        services.catalog().setCheckIn(List.of("bloating", "gas", "sleep_hours"));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(box, 640, 800));
            stage.show();
        });
        onFxThread(() -> {
            model = new JournalViewModel(services.days(), services.catalog(), services.trials(), tasks);
            CheckInPlan plan = new CheckInPlan(services.catalog(), services.days(), tasks);
            new CheckInView(box, model, plan, model::save, Optional.empty());
            plan.load();
            model.start();
            return null;
        });
        waitForFxThread(() -> box.lookup(GAS) != null);
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
        return box.getScene().getFocusOwner();
    }

    private void addMeasureAndTakeItUp() throws Exception {
        services.catalog().add(new Measure("coffee", "Coffee", MeasureKind.RISK_FACTOR, MeasureGroup.DIET,
                Scale.COUNT, "cups", ExposureRule.ANY_AMOUNT, null, false, false));
        onFxThread(() -> {
            model.journalChanged();
            return null;
        });
    }

    @Test
    void aMeasureAddedWhileTheCheckInIsOpenLeavesTheFocusOnTheSameLine() throws Exception {
        Node before = onFxThread(() -> {
            box.lookup(GAS).requestFocus();
            return focusOwner();
        });
        assertThat(before).isSameAs(onFxThread(() -> box.lookup(GAS)));

        addMeasureAndTakeItUp();
        waitForFxThread(() -> box.lookup(GAS) != before);

        assertThat(onFxThread(() -> focusOwner() == box.lookup(GAS))).as("the new gas line has the focus").isTrue();
    }

    @Test
    void theNoteKeepsTheFocusWhenTheLinesAreBuiltAgain() throws Exception {
        Node before = onFxThread(() -> {
            box.lookup(NOTE).requestFocus();
            return box.lookup(NOTE);
        });

        addMeasureAndTakeItUp();
        waitForFxThread(() -> box.lookup(NOTE) != before);

        assertThat(onFxThread(() -> focusOwner() == box.lookup(NOTE))).as("the new note has the focus").isTrue();
    }
}
