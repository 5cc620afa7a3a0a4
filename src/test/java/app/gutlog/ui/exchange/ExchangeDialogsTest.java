package app.gutlog.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.ui.AppUiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Drives the real export, import and report dialogs from the File menu's shortcuts. */
class ExchangeDialogsTest extends AppUiTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private Path journal() {
        Path file = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(file)) {
            services.days().save(new DayEntry(DAY, Map.of("bloating", 4.0, "alcohol", 2.0), "=pizza, then \"bloated\""));
        }
        return file;
    }

    private Button dialogButton(String dialogId, String text) {
        DialogPane pane = lookup("#" + dialogId).queryAs(DialogPane.class);
        return pane.getButtonTypes().stream().filter(type -> type.getText().equals(text))
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow();
    }

    private void replaceText(String fieldId, String text) {
        clickOn(fieldId).push(KeyCode.SHORTCUT, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }

    @Test
    void exportingWritesTheChosenLayoutAndTheDictionary() throws Exception {
        start(journal());
        waitUntilVisible("#home-page");
        Path csv = temp.resolve("out.csv");

        push(KeyCode.SHORTCUT, KeyCode.E);
        waitUntilVisible("#export-dialog");
        clickOn("#export-long");
        clickOn("#export-bom");
        replaceText("#export-file", csv.toString());
        clickOn(dialogButton("export-dialog", "Export"));
        waitUntilVisible("#export-done");

        assertThat(Files.readString(csv)).isEqualTo("\uFEFFdate,measure,value,unit\r\n"
                + "2026-03-02,bloating,4,\r\n2026-03-02,alcohol,2,standard drinks\r\n"
                + "2026-03-02,notes,\"'=pizza, then \"\"bloated\"\"\",\r\n");
        assertThat(temp.resolve("out.dictionary.csv")).exists();

        clickOn(dialogButton("export-done", "Open folder"));
        assertThat(browsed).containsExactly(temp.toUri().toString());
        push(KeyCode.SHORTCUT, KeyCode.E);
        waitUntilVisible("#export-dialog");
        assertThat(lookup("#export-file").queryTextInputControl().getText())
                .as("the next export is offered in the folder used last").startsWith(temp.toString());
    }

    @Test
    void anExportOntoTheJournalIsRefusedAndAnExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path journal = journal();
        start(journal);
        waitUntilVisible("#home-page");
        Path csv = Files.writeString(temp.resolve("mine.csv"), "my own spreadsheet");

        push(KeyCode.SHORTCUT, KeyCode.E);
        waitUntilVisible("#export-dialog");
        replaceText("#export-file", journal.toString());
        clickOn(dialogButton("export-dialog", "Export"));
        waitUntilVisible("#export-failed");
        assertThat(lookup("#export-failed").queryAs(DialogPane.class).getContentText())
                .contains("GutLog will not write to " + journal, "it is the journal itself");
        clickOn(lookup("#export-failed").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        for (String answer : new String[] {"Cancel", "Replace"}) {
            push(KeyCode.SHORTCUT, KeyCode.E);
            waitUntilVisible("#export-dialog");
            replaceText("#export-file", csv.toString());
            clickOn(dialogButton("export-dialog", "Export"));
            waitUntilVisible("#replace-dialog");
            assertThat(((Button) lookup("#replace-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL))
                    .isDefaultButton()).isTrue();
            clickOn(dialogButton("replace-dialog", answer));
            if (answer.equals("Cancel")) {
                assertThat(Files.readString(csv)).isEqualTo("my own spreadsheet");
            }
        }
        waitUntilVisible("#export-done");

        assertThat(Files.readString(csv)).startsWith("date,");
        stop();
        try (AppServices services = AppServices.open(journal)) {
            assertThat(services.days().load(DAY)).isPresent();
        }
    }

    @Test
    void theExportSaysWhatIsMissingBeforeItCanStart() throws Exception {
        start(journal());
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.E);
        waitUntilVisible("#export-dialog");

        clickOn("#export-all-measures");
        waitUntilSeen("the Export button disabled",
                () -> dialogButton("export-dialog", "Export").isDisabled() ? "disabled" : "enabled", "disabled"::equals);
        assertThat(lookup("#export-problem").queryLabeled().getText()).isEqualTo("Choose at least one measure, or all of them.");
        clickOn(dialogButton("export-dialog", "Cancel"));
    }

    @Test
    void importShowsTheDryRunOrEveryProblemAndImportsOnlyWhenAsked() throws Exception {
        Path good = Files.writeString(temp.resolve("good.csv"), "date,bloating,gas\n2026-03-02,6,\n2026-03-03,2,1\n");
        Path bad = Files.writeString(temp.resolve("bad.csv"), "date,bloating\n2026-03-04,12\n");
        Path journal = journal();
        start(journal);
        waitUntilVisible("#home-page");

        push(KeyCode.SHORTCUT, KeyCode.O);
        waitUntilVisible("#import-dialog");
        replaceText("#import-file", bad.toString());
        TextArea preview = lookup("#import-preview").queryAs(TextArea.class);
        waitUntilTextContains("#import-preview", "line 2, column bloating: 12 is above 10");
        assertThat(dialogButton("import-dialog", "Import").isDisabled()).isTrue();

        replaceText("#import-file", good.toString());
        waitUntilTextContains("#import-preview", "1 new day, 0 changed, 0 unchanged, 1 skipped");
        clickOn("#import-overwrite");
        waitUntilTextContains("#import-preview", "1 new day, 1 changed, 0 unchanged, 0 skipped");
        assertThat(preview.getText()).as("which day changes, and which values").contains("Days it would change:\n"
                + "2026-03-02: alcohol: 2 → not logged; bloating: 4 → 6; notes: \"=pizza, then \"bloated\"\" → none");
        clickOn(dialogButton("import-dialog", "Import"));
        waitUntilVisible("#import-done");

        stop();
        try (AppServices services = AppServices.open(journal)) {
            assertThat(services.days().load(DAY).orElseThrow().values()).isEqualTo(Map.of("bloating", 6.0));
            assertThat(services.days().load(DAY.plusDays(1)).orElseThrow().values())
                    .isEqualTo(Map.of("bloating", 2.0, "gas", 1.0));
        }
    }

    @Test
    void theReportDialogSavesAPdfWithTheNameOnItsCover() throws Exception {
        start(journal());
        waitUntilVisible("#home-page");
        Path pdf = temp.resolve("report.pdf");

        push(KeyCode.SHORTCUT, KeyCode.P);
        waitUntilVisible("#report-dialog");
        clickOn("#report-name").write("Alex Example");
        clickOn("#report-notes");
        replaceText("#report-file", pdf.toString());
        clickOn(dialogButton("report-dialog", "Save report"));
        waitUntilVisible("#report-done");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Alex Example", "=pizza, then \"bloated\"");
        }
    }
}
