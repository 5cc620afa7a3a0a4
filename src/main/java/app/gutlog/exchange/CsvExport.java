package app.gutlog.exchange;

import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Scale;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes days as CSV. Wide: {@code date}, a column per measure key, then {@code notes}, one row per day. Long:
 * {@code date,measure,value,unit}, one row per logged value, and {@code date,,,} for a day with nothing logged. An
 * empty cell always means "not logged".
 */
public final class CsvExport {

    static final String DATE = "date";
    static final String[] LONG_HEADER = {DATE, "measure", "value", "unit"};

    private CsvExport() {}

    /**
     * Writes {@code days} (in date order) with the chosen {@code measures} (in column order; a text measure stands
     * for the notes), calling {@code rowsWritten} with the number of days written so far.
     */
    public static void write(List<DayEntry> days, List<Measure> measures, CsvOptions options, Writer out,
            IntConsumer rowsWritten) throws IOException {
        List<Measure> numeric = measures.stream().filter(measure -> measure.scale() != Scale.TEXT).toList();
        boolean notes = measures.stream().anyMatch(measure -> measure.scale() == Scale.TEXT);
        if (options.byteOrderMark()) {
            out.write(CsvFiles.BYTE_ORDER_MARK);
        }
        CSVPrinter printer = new CSVPrinter(out, CsvFiles.format(options.separator()));
        if (options.layout() == CsvOptions.Layout.WIDE) {
            List<String> header = new ArrayList<>();
            header.add(DATE);
            numeric.forEach(measure -> header.add(measure.key()));
            if (notes) {
                header.add(notesKey(measures));
            }
            printer.printRecord(header);
        } else {
            printer.printRecord((Object[]) LONG_HEADER);
        }
        int written = 0;
        for (DayEntry day : days) {
            if (options.layout() == CsvOptions.Layout.WIDE) {
                writeWide(printer, day, numeric, notes);
            } else {
                writeLong(printer, day, numeric, notes ? notesKey(measures) : null);
            }
            if (++written % 256 == 0) {
                rowsWritten.accept(written);
            }
        }
        printer.flush();
        rowsWritten.accept(written);
    }

    private static void writeWide(CSVPrinter printer, DayEntry day, List<Measure> numeric, boolean notes)
            throws IOException {
        List<String> row = new ArrayList<>(numeric.size() + 2);
        row.add(day.date().toString());
        for (Measure measure : numeric) {
            Double value = day.values().get(measure.key());
            row.add(value == null ? "" : CsvCells.number(value));
        }
        if (notes) {
            row.add(day.notes() == null ? "" : CsvCells.guard(day.notes()));
        }
        printer.printRecord(row);
    }

    private static void writeLong(CSVPrinter printer, DayEntry day, List<Measure> numeric, String notesKey)
            throws IOException {
        String date = day.date().toString();
        boolean any = false;
        for (Measure measure : numeric) {
            Double value = day.values().get(measure.key());
            if (value != null) {
                printer.printRecord(date, measure.key(), CsvCells.number(value),
                        measure.unit() == null ? "" : CsvCells.guard(measure.unit()));
                any = true;
            }
        }
        if (notesKey != null && day.notes() != null) {
            printer.printRecord(date, notesKey, CsvCells.guard(day.notes()), "");
            any = true;
        }
        if (!any) {
            printer.printRecord(date, "", "", "");
        }
    }

    private static String notesKey(List<Measure> measures) {
        return measures.stream().filter(measure -> measure.scale() == Scale.TEXT).findFirst().orElseThrow().key();
    }
}
