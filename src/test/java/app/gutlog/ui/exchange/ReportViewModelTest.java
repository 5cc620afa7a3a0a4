package app.gutlog.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.domain.DayEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practitioner report's choices and its questions, without a toolkit: the person's answers are scripted. */
class ReportViewModelTest {

    private static final LocalDate LAST = LocalDate.of(2026, 3, 2);

    @TempDir
    Path temp;

    private final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final KeptFolder folder = new KeptFolder();
    private AppServices services;

    @BeforeEach
    void openJournal() {
        services = AppServices.open(temp.resolve("journal.db"));
        services.days().save(new DayEntry(LAST.minusDays(200), Map.of("bloating", 6.0), null));
        services.days().save(new DayEntry(LAST, Map.of("bloating", 2.0), null));
    }

    @AfterEach
    void closeJournal() {
        services.close();
    }

    private ReportViewModel model() {
        return new ReportViewModel(services.reports(), services.days(), tasks, dialogs, folder.files());
    }

    @Test
    void theJournalIsReadOnlyInTheBackgroundAndThenOffersItsLastThreeMonths() {
        ReportViewModel model = model();
        assertThat(tasks.started()).isZero();
        assertThat(model.to().get()).isNull();

        model.load(() -> { });

        assertThat(model.to().get()).isEqualTo(LAST);
        assertThat(model.from().get()).isEqualTo(LAST.minusDays(89));
        assertThat(model.file().get()).endsWith(".pdf");
        assertThat(model.ready().get()).isTrue();
    }

    @Test
    void anExistingReportIsKeptUnlessThePersonSaysToReplaceIt() throws Exception {
        Path pdf = Files.writeString(temp.resolve("report.pdf"), "last month's report");
        ReportViewModel model = model();
        model.load(() -> { });
        model.file().set(pdf.toString());

        model.save();

        assertThat(dialogs.shown()).containsExactly("replace-dialog");
        assertThat(Files.readString(pdf)).isEqualTo("last month's report");
        assertThat(dialogs.told("report-done")).isEmpty();
    }

    @Test
    void openReportOpensTheSavedReport() {
        Path pdf = temp.resolve("report.pdf");
        ReportViewModel model = model();
        model.load(() -> { });
        model.file().set(pdf.toString());
        dialogs.answer("report-done", true);

        model.save();

        assertThat(dialogs.told("report-done").orElseThrow().text()).isEqualTo("The report is in " + pdf + ".");
        assertThat(folder.opened).containsExactly(pdf.toUri().toString());
        assertThat(model.startFolder()).isEqualTo(temp);
    }
}
