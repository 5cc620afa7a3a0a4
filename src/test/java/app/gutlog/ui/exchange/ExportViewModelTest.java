package app.gutlog.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.domain.DayEntry;
import app.gutlog.text.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's choices and its questions, without a toolkit: the person's answers are scripted. */
class ExportViewModelTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    private static final LocalDate LAST = LocalDate.of(2026, 3, 9);

    @TempDir
    Path temp;

    private final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final KeptFolder folder = new KeptFolder();
    private AppServices services;

    @BeforeEach
    void openJournal() {
        services = AppServices.open(temp.resolve("journal.db"));
        services.days().save(new DayEntry(FIRST, Map.of("bloating", 4.0), null));
        services.days().save(new DayEntry(LAST, Map.of("bloating", 2.0), null));
    }

    @AfterEach
    void closeJournal() {
        services.close();
    }

    private ExportViewModel model() {
        return new ExportViewModel(services.exports(), services.days(), services.catalog(), tasks, dialogs, folder.files());
    }

    private ExportViewModel loaded() {
        ExportViewModel model = model();
        model.load(() -> { });
        return model;
    }

    @Test
    void theJournalIsReadOnlyInTheBackgroundAndThenOffersEveryDayAndMeasure() {
        ExportViewModel model = model();
        assertThat(tasks.started()).isZero();
        assertThat(model.from().get()).isNull();
        assertThat(model.ready().get()).isFalse();

        boolean[] loaded = {false};
        model.load(() -> loaded[0] = true);

        assertThat(loaded[0]).isTrue();
        assertThat(tasks.started()).isOne();
        assertThat(model.from().get()).isEqualTo(FIRST);
        assertThat(model.to().get()).isEqualTo(LAST);
        assertThat(model.measures()).isNotEmpty();
        assertThat(model.file().get()).endsWith(".csv");
        assertThat(model.ready().get()).isTrue();
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenThePersonSaysSo() throws Exception {
        Path csv = Files.writeString(temp.resolve("mine.csv"), "my own spreadsheet");
        ExportViewModel model = loaded();
        model.file().set(csv.toString());

        model.export();

        assertThat(dialogs.shown()).containsExactly("replace-dialog");
        assertThat(Files.readString(csv)).isEqualTo("my own spreadsheet");

        dialogs.answer("replace-dialog", true);
        model.export();

        assertThat(Files.readString(csv)).startsWith("date,");
        assertThat(dialogs.told("export-done").orElseThrow().text()).startsWith("Wrote 2 days to " + csv);
    }

    @Test
    void theNextExportIsOfferedInTheFolderUsedLastAndOpenFolderOpensIt() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("for the clinic"));
        ExportViewModel model = loaded();
        model.file().set(elsewhere.resolve("days.csv").toString());
        dialogs.answer("export-done", true);

        model.export();

        assertThat(folder.opened).containsExactly(elsewhere.toUri().toString());
        assertThat(Path.of(loaded().file().get()).getParent()).isEqualTo(elsewhere);
        assertThat(model.startFolder()).isEqualTo(elsewhere);
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhy() {
        ExportViewModel model = loaded();
        model.file().set(temp.resolve("journal.db").toString());

        model.export();

        assertThat(dialogs.shown()).containsExactly("export-failed");
        assertThat(dialogs.told("export-failed").orElseThrow().text()).contains("it is the journal itself");
    }

    @Test
    void theDoneMessageCountsOneDayAsOneDay() {
        Texts texts = Texts.of(ExportViewModel.class);
        assertThat(texts.format("exchange.export.done.message", 1, "a.csv", "b.csv")).startsWith("Wrote 1 day to a.csv");
        assertThat(texts.format("exchange.export.done.message", 0, "a.csv", "b.csv")).startsWith("Wrote 0 days to");
    }
}
