package app.gutlog.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The CSV dialect GutLog writes and reads: RFC 4180 with CRLF line ends and a choice of separator. */
final class CsvFiles {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    /** A parsed row and the line of the file it starts on (a quoted cell may span several lines). */
    record Row(long line, CSVRecord cells) {}

    private CsvFiles() {}

    static CSVFormat format(char separator) {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n").get();
    }

    /** Every row of {@code text}, the header included, each with the line it starts on. */
    static List<Row> rows(String text, char separator) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(text))
                .setFormat(format(separator)).get()) {
            var records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                rows.add(new Row(line, records.next()));
            }
        }
        return rows;
    }

    /** The records of a file with the given header (read from its first line), skipping a byte order mark. */
    static List<CSVRecord> parse(Reader in, String[] header) throws IOException {
        java.io.StringWriter all = new java.io.StringWriter();
        in.transferTo(all);
        String text = all.toString();
        char separator = separatorOf(withoutByteOrderMark(text));
        CSVFormat format = format(separator).builder().setHeader(header).setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(withoutByteOrderMark(text)))
                .setFormat(format).get()) {
            return parser.getRecords();
        }
    }

    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** ";" when the header line holds more of them than commas, else ",". */
    static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
