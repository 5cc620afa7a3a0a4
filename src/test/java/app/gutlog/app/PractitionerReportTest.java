package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.ReportService.ReportRequest;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.exchange.ReportPdf;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(ReportPdf.TITLE);
            assertThat(text).contains(ReportPdf.TITLE, "Alex Example", "Days from 2 April 2026 to 30 June 2026",
                    "Made on 30 June 2026");
            assertThat(text).contains(ReportPdf.SECTIONS);
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
