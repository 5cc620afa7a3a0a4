package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.ReportService.ReportRequest;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.text.PseudoText;
import app.gutlog.text.Texts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report is a PDF that PDFBox reads back, with every section, in shades of grey only. */
class PractitionerReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @TempDir
    Path temp;

    private Path report(boolean notes) {
        Path pdf = temp.resolve(notes ? "with-notes.pdf" : "without-notes.pdf");
        try (AppServices services = AppServices.open(temp.resolve("journal.db"),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
            if (services.days().summary().isEmpty()) {
                services.insights().createDemo(120, 3);
                services.days().save(new DayEntry(TODAY.minusDays(1), Map.of("bloating", 6.0),
                        "Café dinner, 🙂 then =bloated"));
                services.trials().add(new Trial(0, "Alcohol-free month", Trial.Protocol.ALCOHOL_FREE,
                        TODAY.minusDays(80), TODAY.minusDays(50), TODAY.minusDays(20), null, Outcome.BURDEN,
                        List.of("alcohol"), List.of()));
            }
            services.reports().writeReport(pdf, ExistingFile.REPLACE, new ReportRequest(TODAY.minusDays(89), TODAY, "Alex Example", notes));
        }
        return pdf;
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    @Test
    void theReportHoldsTheCoverEverySectionAndTheCaveat() throws IOException {
        Path pdf = report(true);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = text(document);

            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("GutLog practitioner report");
            assertThat(text).contains("GutLog practitioner report", "Alex Example", "Days from 2 April 2026 to 30 June 2026",
                    "Made on 30 June 2026");
            assertThat(text).contains("Warning signs logged", "Data completeness", "Summary", "Symptom burden over time",
                    "Associations with risk factors", "Trials", "Notes");
            assertThat(text).contains("not proof of cause", "Bloating", "Alcohol", "under 7 hours",
                    "\"Symptoms of Leaky Gut\", section");
            assertThat(text).contains("Café dinner, ? then =bloated");
            assertThat(text).contains("Alcohol-free month", "Trial vs baseline", "Adherence");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-------");
    }

    @Test
    void notesAreLeftOutUnlessChosen() throws IOException {
        try (PDDocument document = Loader.loadPDF(report(false).toFile())) {
            assertThat(text(document)).doesNotContain("Café dinner").doesNotContain("\nNotes\n");
        }
    }

    @Test
    void inThePseudoLocaleTheReportsOwnWordsAreAllTranslated() throws IOException {
        Locale before = Locale.getDefault();
        Path pdf;
        try {
            Locale.setDefault(Texts.PSEUDO_LOCALE);
            pdf = report(false);
        } finally {
            Locale.setDefault(before);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = text(document);
            assertThat(document.getDocumentInformation().getTitle()).startsWith(pseudo("GutLog practitioner report"));
            assertThat(text).contains(pseudo("Warning signs logged"), pseudo("Data completeness"),
                    pseudo("Symptom burden over time"), pseudo("Associations with risk factors"), pseudo("Trials"),
                    pseudo("These are associations"));
            assertThat(text).doesNotContain("Data completeness", "Symptom burden over time", "Days logged",
                    "not proof of cause", "per 30 days", "baseline from");
        }
    }

    /** The start of the pseudo-localised {@code english}: its mark and its accented letters, without the padding. */
    private static String pseudo(String english) {
        return PseudoText.of(english).substring(0, 1 + english.length());
    }

    @Test
    void everyPagePrintsInShadesOfGrey() throws IOException {
        try (PDDocument document = Loader.loadPDF(report(true).toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 40, ImageType.RGB);
                for (int x = 0; x < image.getWidth(); x++) {
                    for (int y = 0; y < image.getHeight(); y++) {
                        int rgb = image.getRGB(x, y);
                        int red = (rgb >> 16) & 0xFF;
                        int green = (rgb >> 8) & 0xFF;
                        int blue = rgb & 0xFF;
                        assertThat(red == green && green == blue).as("page %d pixel %d,%d", page + 1, x, y).isTrue();
                    }
                }
            }
        }
    }
}
