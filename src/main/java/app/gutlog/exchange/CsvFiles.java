package app.gutlog.exchange;

import app.gutlog.text.Texts;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The CSV dialect GutLog writes and reads: RFC 4180 with CRLF line ends and a choice of separator. */
final class CsvFiles {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    /** How much of the header line is looked at to tell the separator. */
    private static final int HEADER_PEEK_CHARS = 64 * 1024;

    /** A parsed row and the line of the file it starts on (a quoted cell may span several lines). */
    record Row(long line, CSVRecord cells) {}

    /** A row that is not valid CSV. The message names its line and says what is wrong in plain words. */
    static final class NotCsvException extends IOException {
        NotCsvException(long line, CSVException cause) {
            super(CsvImport.atLine(line, plainWords(cause)), cause);
        }
    }

    /**
     * The rows of a CSV text, the header first, read one at a time: past a byte order mark, and with the separator
     * its header line uses most.
     */
    static final class Rows implements Closeable {
        private final char separator;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;

        Rows(Reader text) throws IOException {
            BufferedReader in = new BufferedReader(text);
            skipByteOrderMark(in);
            separator = separatorOf(in);
            parser = CSVParser.builder().setReader(in).setFormat(format(separator)).get();
            records = parser.iterator();
        }

        char separator() {
            return separator;
        }

        /** The next row, or null after the last one. */
        Row next() throws IOException {
            long line = parser.getCurrentLineNumber() + 1;
            try {
                return records.hasNext() ? new Row(line, records.next()) : null;
            } catch (UncheckedIOException e) {
                throw e.getCause() instanceof CSVException invalid ? new NotCsvException(line, invalid) : e.getCause();
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private CsvFiles() {}

    static CSVFormat format(char separator) {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n").get();
    }

    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != BYTE_ORDER_MARK) {
            in.reset();
        }
    }

    /** ";" when the header line holds more of them than commas, else ",". */
    private static char separatorOf(BufferedReader in) throws IOException {
        in.mark(HEADER_PEEK_CHARS + 1);
        int semicolons = 0;
        int commas = 0;
        for (int i = 0, c = in.read(); i < HEADER_PEEK_CHARS && c >= 0 && c != '\n'; i++, c = in.read()) {
            semicolons += c == ';' ? 1 : 0;
            commas += c == ',' ? 1 : 0;
        }
        in.reset();
        return semicolons > commas ? ';' : ',';
    }

    /** What Commons CSV's message about a row that is not valid CSV means, in words a person can act on. */
    private static String plainWords(CSVException e) {
        String message = String.valueOf(e.getMessage());
        Texts texts = CsvImport.texts();
        if (message.contains("EOF reached before encapsulated token")) {
            return texts.get("import.notCsv.unclosedQuote");
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return texts.get("import.notCsv.textAfterQuote");
        }
        return texts.get("import.notCsv.other");
    }

    /** The line of the first bytes of {@code in} that are not UTF-8, or 0 when it is all UTF-8. */
    static long lineNotUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        long line = 1;
        for (boolean end = false; !end; bytes.compact(), chars.clear()) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = read < 0;
            bytes.position(bytes.position() + Math.max(read, 0)).flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            line += chars.flip().chars().filter(c -> c == '\n').count();
            if (result.isError()) {
                return line;
            }
        }
        return 0;
    }
}
