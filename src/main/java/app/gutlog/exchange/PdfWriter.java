package app.gutlog.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text, tables and lines out on A4 pages from the top down, starting a new page when one is full. Text is set
 * in the embedded DejaVu Sans, so notes in any script print; a character the font lacks prints as "?".
 */
final class PdfWriter implements AutoCloseable {

    static final float MARGIN = 56;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10;
    private static final float LEADING = 1.35f;

    private final PDDocument document;
    private final IntFunction<String> footer;
    final PDFont regular;
    final PDFont bold;
    private PDPageContentStream page;
    private float y;
    private int pages;

    /** {@code footer} gives the line at the foot of each page from the page's number. */
    PdfWriter(PDDocument document, IntFunction<String> footer) {
        this.document = document;
        this.footer = footer;
        this.regular = font("/assets/fonts/DejaVuSans.ttf");
        this.bold = font("/assets/fonts/DejaVuSans-Bold.ttf");
    }

    private PDFont font(String resource) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDPageContentStream page() {
        return page;
    }

    float y() {
        return y;
    }

    void newPage() throws IOException {
        closePage();
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages++;
        y = PDRectangle.A4.getHeight() - MARGIN;
        text(regular, 8, MARGIN, MARGIN / 2, footer.apply(pages));
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void need(float height) throws IOException {
        if (page == null || y - height < MARGIN) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    void heading(String text) throws IOException {
        need(60);
        space(8);
        y -= 14;
        text(bold, 14, MARGIN, y, text);
        space(8);
    }

    void paragraph(String text) throws IOException {
        paragraph(regular, BODY, text);
    }

    void paragraph(PDFont font, float size, String text) throws IOException {
        for (String line : wrap(font, size, text, WIDTH)) {
            need(size * LEADING);
            y -= size * LEADING;
            text(font, size, MARGIN, y, line);
        }
        space(4);
    }

    /**
     * A table with a bold header row; {@code widths} are fractions of the page width. Cells wrap within their
     * column, and a row never splits across pages.
     */
    void table(float[] widths, List<String> header, List<List<String>> rows) throws IOException {
        need(70); // the header with at least a couple of rows under it
        row(widths, header, bold, true);
        for (List<String> cells : rows) {
            row(widths, cells, regular, false);
        }
        space(6);
    }

    private void row(float[] widths, List<String> cells, PDFont font, boolean isHeader) throws IOException {
        float size = 9;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cellLines = wrap(font, size, cells.get(i), widths[i] * WIDTH - 6);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        float height = lines * size * LEADING + 4;
        need(height);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float lineY = y - size * LEADING;
            for (String line : wrapped.get(i)) {
                text(font, size, x, lineY, line);
                lineY -= size * LEADING;
            }
            x += widths[i] * WIDTH;
        }
        y -= height;
        page.setLineWidth(isHeader ? 0.8f : 0.3f);
        page.moveTo(MARGIN, y + 2);
        page.lineTo(MARGIN + WIDTH, y + 2);
        page.stroke();
    }

    void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(printable(font, text));
        page.endText();
    }

    float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /** Lines of at most {@code maxWidth} points, breaking at spaces (and inside words longer than a line). */
    List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, size, rest) > maxWidth && rest.length() > 1) {
                    int fits = rest.length() - 1;
                    while (fits > 1 && width(font, size, rest.substring(0, fits)) > maxWidth) {
                        fits--;
                    }
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with every character the font cannot draw (and every control character) replaced by "?". */
    static String printable(PDFont font, String text) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(codePoint) || !hasGlyph(font, codePoint)) {
                out.append('?');
            } else {
                out.appendCodePoint(codePoint);
            }
        }
        return out.toString();
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void closePage() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    @Override
    public void close() throws IOException {
        closePage();
    }
}
