package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.domain.DayEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undoing on the day form, and a refusal to save that goes away once the fields are right, with no UI toolkit. */
class JournalUndoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @TempDir
    Path temp;

    private AppServices services;

    @BeforeEach
    void open() {
        services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private JournalViewModel model() {
        JournalViewModel model = new JournalViewModel(services.days(), services.catalog(), services.trials(),
                new ImmediateTaskRunner());
        model.start();
        return model;
    }

    private static MeasureField field(JournalViewModel model, String key) {
        return model.fields().stream().filter(f -> f.measure().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theRefusalToSaveWrongFieldsGoesOnceTheyAreRight() {
        JournalViewModel model = model();
        field(model, "bloating").input().set("11");
        field(model, "gas").input().set("lots");
        assertThat(model.save()).isFalse();
        assertThat(model.status().get()).isEqualTo("Not saved: correct the fields marked in red first.");

        field(model, "bloating").input().set("10");
        assertThat(model.status().get()).as("gas is still wrong").startsWith("Not saved");
        field(model, "gas").input().set("2");

        assertThat(model.status().get()).isEmpty();
    }

    @Test
    void otherMessagesStayWhenAFieldIsCorrected() {
        JournalViewModel model = model();
        field(model, "bloating").input().set("5");
        model.save();
        field(model, "gas").input().set("11");
        field(model, "gas").input().set("1");

        assertThat(model.status().get()).startsWith("Saved");
    }

    @Test
    void undoPutsBackADeletedDay() {
        DayEntry day = new DayEntry(TODAY, Map.of("bloating", 4.0), "note");
        services.days().save(day);
        JournalViewModel model = model();
        model.delete();
        assertThat(model.canUndo()).isTrue();

        model.undo();

        assertThat(services.days().load(TODAY)).contains(day);
        assertThat(field(model, "bloating").input().get()).isEqualTo("4");
        assertThat(model.undoAvailable().get()).isFalse();
    }

    @Test
    void undoBringsTheEditedFieldsOfASavedDayBackToTheValuesSaved() {
        services.days().save(new DayEntry(TODAY, Map.of("bloating", 4.0), "note"));
        JournalViewModel model = model();
        assertThat(model.canUndo()).as("nothing edited yet").isFalse();
        field(model, "bloating").input().set("9");
        field(model, "gas").input().set("2");
        model.notes().set("changed");

        model.undo();

        assertThat(field(model, "bloating").input().get()).isEqualTo("4");
        assertThat(field(model, "gas").input().get()).isEmpty();
        assertThat(model.notes().get()).isEqualTo("note");
        assertThat(model.isDirty()).isFalse();
        assertThat(model.dayState().get()).isEqualTo(DayState.SAVED);
        assertThat(services.days().load(TODAY).orElseThrow().values()).isEqualTo(Map.of("bloating", 4.0));
    }

    @Test
    void aDayNeverSavedHasNothingToUndo() {
        JournalViewModel model = model();
        field(model, "bloating").input().set("3");

        assertThat(model.canUndo()).isFalse();
        model.undo();

        assertThat(field(model, "bloating").input().get()).isEqualTo("3");
    }
}
