package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.ReportService.ReportRequest;
import app.gutlog.domain.DayEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practitioner report lists every day in its range on which a red-flag sign was logged, with its notice. */
class PractitionerReportRedFlagsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @TempDir
    Path temp;

    private String reportText(LocalDate from, LocalDate to) throws IOException {
        Path pdf = temp.resolve("report-" + from + ".pdf");
        try (AppServices services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
            if (services.days().summary().isEmpty()) {
                services.days().save(new DayEntry(LocalDate.of(2026, 6, 3),
                        Map.of("blood_in_stool", 1.0, "bloating", 5.0), null));
                services.days().save(new DayEntry(LocalDate.of(2026, 6, 10), Map.of("blood_in_stool", 0.0,
                        "fever", 0.0, "bloating", 3.0), null));
                services.days().save(new DayEntry(LocalDate.of(2026, 6, 21),
                        Map.of("weight_loss", 1.0, "night_waking", 1.0), null));
                services.days().save(new DayEntry(LocalDate.of(2026, 5, 2), Map.of("fever", 1.0), null));
            }
            services.reports().writeReport(pdf, ExistingFile.REPLACE, new ReportRequest(from, to, "", false));
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void everyRedFlagDayInTheRangeIsListedWithItsNoticeAndSources() throws IOException {
        String text = reportText(LocalDate.of(2026, 6, 1), TODAY);

        assertThat(text).contains("Warning signs logged", "on 2 days of this range", "3 June 2026",
                "21 June 2026", "Blood in the stool or black stools: Blood in the stool, or stools that look black,"
                        + " should always be checked by a doctor.",
                "Unintended weight loss: Losing weight without trying should be checked by a doctor.",
                "Symptoms that wake you at night: Symptoms that wake you from sleep",
                "Please seek medical advice promptly.", "not from the two articles", "Sources of these notices",
                "NHS, \u201cBowel cancer\u201d");
        assertThat(text).doesNotContain("10 June 2026").doesNotContain("2 May 2026")
                .doesNotContain("Fever: A high temperature");
    }

    @Test
    void aRangeWithoutRedFlagsSaysSoWithoutClaimingTheyWereAbsent() throws IOException {
        String text = reportText(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 20));

        assertThat(text).contains("Warning signs logged", "No warning sign was logged as present in this range",
                "not evidence that it was absent");
        assertThat(text).doesNotContain("Please seek medical advice promptly.");
    }
}
