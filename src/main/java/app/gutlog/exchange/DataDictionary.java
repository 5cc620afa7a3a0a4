package app.gutlog.exchange;

import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import app.gutlog.domain.Section;
import app.gutlog.domain.Trial;
import app.gutlog.exchange.CsvFiles.Row;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The data dictionary written beside every export: one row per column of the CSV, saying what the column holds and
 * where the articles explain it. Import reads it back to recreate custom measures exactly.
 */
public final class DataDictionary {

    static final String TRIAL = "trial";
    static final String[] HEADER = {"column", "name", "kind", "group", "scale", "unit", "allowed", "exposure",
        "exposure_rule", "description", "article_section", "archived"};

    private DataDictionary() {}

    /** The dictionary's file name for an export called {@code csvFileName}: journal.csv → journal.dictionary.csv. */
    public static String fileNameFor(String csvFileName) {
        String base = csvFileName.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? csvFileName.substring(0, csvFileName.length() - 4) : csvFileName;
        return base + ".dictionary.csv";
    }

    /**
     * Writes a row per column, then a row per trial (kind {@code trial}) saying what it avoided or added, its phases
     * and outcome, and the section behind its protocol; {@code sectionFor} gives a measure's section by key and
     * {@code sectionById} a section by its id.
     */
    public static void write(List<Measure> columns, List<Trial> trials, CsvOptions options,
            Function<String, Section> sectionFor, Function<String, Section> sectionById, Writer out) throws IOException {
        CSVFormat format = CsvFiles.format(options.separator()).builder().setHeader(HEADER).get();
        if (options.byteOrderMark()) {
            out.write(CsvFiles.BYTE_ORDER_MARK);
        }
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord("date", "Date", "", "", "", "", "YYYY-MM-DD", "", "", "The day the row describes.", "", "");
        for (Measure measure : columns) {
            ExposureRule exposure = measure.exposure();
            Section section = sectionFor.apply(measure.key());
            printer.printRecord(measure.key(), CsvCells.guard(measure.name()), measure.kind().code(),
                    measure.group().code(), measure.scale().code(), CsvCells.guard(nullToEmpty(measure.unit())),
                    CsvCells.guard(measure.unitOrScale()),
                    exposure == null ? "" : exposure.comparison().symbol() + " " + CsvCells.number(exposure.threshold()),
                    exposure == null ? "" : CsvCells.guard(measure.exposureText()),
                    CsvCells.guard(nullToEmpty(measure.description())),
                    section == null ? "" : CsvCells.guard(section.citation()), measure.archived() ? "yes" : "no");
        }
        for (Trial trial : trials) {
            Section section = trial.protocol().sectionId() == null ? null : sectionById.apply(trial.protocol().sectionId());
            printer.printRecord("trial_" + trial.id(), CsvCells.guard(trial.name()), TRIAL, "", "", "", "", "",
                    CsvCells.guard(trial.describe(key -> key)), CsvCells.guard(phases(trial)),
                    section == null ? "" : CsvCells.guard(section.citation()), "no");
        }
        printer.flush();
    }

    /**
     * The measures a dictionary describes (its "date" row aside), as custom measures ready to be added. A row that
     * cannot be read is refused with its line and the reason.
     */
    public static List<Measure> read(Reader in, String fileName) throws IOException {
        List<Measure> measures = new ArrayList<>();
        try (CsvFiles.Rows rows = new CsvFiles.Rows(in)) {
            rows.next();
            for (Row row = rows.next(); row != null; row = rows.next()) {
                if (row.cells().size() < HEADER.length) {
                    throw new JournalException(CsvImport.texts().format("dictionary.cellCount", fileName,
                            row.line(), row.cells().size(), HEADER.length));
                }
                String key = cell(row, "column");
                if (key.equals("date") || cell(row, "kind").equals(TRIAL)) {
                    continue;
                }
                try {
                    String exposure = cell(row, "exposure");
                    ExposureRule rule = exposure.isBlank() ? null : new ExposureRule(
                            ExposureRule.Comparison.fromSymbol(exposure.strip().split(" ")[0]),
                            Double.parseDouble(exposure.strip().split(" ")[1]));
                    measures.add(new Measure(key, CsvCells.unguard(cell(row, "name")),
                            MeasureKind.fromCode(cell(row, "kind")), MeasureGroup.fromCode(cell(row, "group")),
                            Scale.fromCode(cell(row, "scale")), CsvCells.unguard(cell(row, "unit")), rule,
                            CsvCells.unguard(cell(row, "description")), false, cell(row, "archived").equals("yes")));
                } catch (RuntimeException e) {
                    throw new JournalException(CsvImport.texts().format("dictionary.problem", fileName, row.line(),
                            e.getMessage()), e);
                }
            }
        } catch (CsvFiles.NotCsvException e) {
            throw new JournalException(CsvImport.texts().format("dictionary.notCsv", fileName, e.getMessage()), e);
        }
        return measures;
    }

    private static String cell(Row row, String column) {
        return row.cells().get(List.of(HEADER).indexOf(column));
    }

    private static String phases(Trial trial) {
        return "Baseline " + trial.baselineFrom() + " to " + trial.baselineTo() + "; trial " + trial.start() + " to "
                + trial.end() + (trial.reintroduceUntil() == null ? ""
                        : "; reintroduction to " + trial.reintroduceUntil())
                + "; outcome " + trial.outcome().code() + ".";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
