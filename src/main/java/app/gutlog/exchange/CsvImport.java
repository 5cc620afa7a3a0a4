package app.gutlog.exchange;

import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.DayRules;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Scale;
import app.gutlog.exchange.CsvFiles.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a wide or long CSV file (with or without a byte order mark, with "," or ";") into days, checking all of it
 * first: every problem names its line, its column and the reason, and nothing is returned unless there are none.
 */
public final class CsvImport {

    /** Larger files are refused before they are read: ten years of every measure take well under 5 MB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** A cell longer than the longest notes allowed cannot be anything GutLog wrote. */
    static final int MAX_CELL_CHARS = DayRules.MAX_NOTES_LENGTH + 1;
    /** How many problems a message lists before it says how many more there are. */
    static final int PROBLEMS_SHOWN = 20;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");

    /** Every problem found in a file, in file order. Nothing was written. */
    public static final class InvalidFileException extends JournalException {
        private final List<String> problems;

        InvalidFileException(String fileName, List<String> problems) {
            super(summary(fileName, problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }

        private static String summary(String fileName, List<String> problems) {
            StringBuilder text = new StringBuilder(fileName + " was not imported; nothing was changed. ");
            text.append(problems.size() == 1 ? "1 problem:" : problems.size() + " problems:");
            problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> text.append("\n").append(problem));
            if (problems.size() > PROBLEMS_SHOWN) {
                text.append("\n…and ").append(problems.size() - PROBLEMS_SHOWN).append(" more");
            }
            return text.toString();
        }
    }

    private final String fileName;
    private final CsvOptions.Layout layout;
    private final char separator;
    private final List<String> header;
    private final List<Row> rows;

    private CsvImport(String fileName, CsvOptions.Layout layout, char separator, List<String> header, List<Row> rows) {
        this.fileName = fileName;
        this.layout = layout;
        this.separator = separator;
        this.header = header;
        this.rows = rows;
    }

    /** Reads the file's structure: its layout, separator, header and rows. Fails on a file that is not such a CSV. */
    public static CsvImport read(String text, String fileName) {
        String body = CsvFiles.withoutByteOrderMark(text);
        if (body.isBlank()) {
            throw new InvalidFileException(fileName, List.of("line 1: the file is empty; it needs a header row"));
        }
        char separator = CsvFiles.separatorOf(body);
        List<Row> all;
        try {
            all = CsvFiles.rows(body, separator);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidFileException(fileName, List.of("the file is not valid CSV: " + e.getMessage()));
        }
        List<String> header = all.getFirst().cells().stream().map(String::strip).toList();
        if (header.isEmpty() || !header.getFirst().equals(CsvExport.DATE)) {
            throw new InvalidFileException(fileName, List.of("line 1: the first column must be 'date', not '"
                    + (header.isEmpty() ? "" : header.getFirst()) + "'"));
        }
        boolean isLong = header.size() >= 3 && header.get(1).equals(CsvExport.LONG_HEADER[1])
                && header.get(2).equals(CsvExport.LONG_HEADER[2]);
        if (isLong && !(header.size() == 3 || header.size() == 4 && header.get(3).equals(CsvExport.LONG_HEADER[3]))) {
            throw new InvalidFileException(fileName, List.of("line 1: a long file's header is date,measure,value,unit"));
        }
        return new CsvImport(fileName, isLong ? CsvOptions.Layout.LONG : CsvOptions.Layout.WIDE, separator, header,
                all.subList(1, all.size()));
    }

    public CsvOptions.Layout layout() {
        return layout;
    }

    public char separator() {
        return separator;
    }

    public int rowCount() {
        return rows.size();
    }

    /** The measure keys the file uses: its columns (wide) or the values of its measure column (long). */
    public Set<String> measureKeys() {
        Set<String> keys = new LinkedHashSet<>();
        if (layout == CsvOptions.Layout.WIDE) {
            keys.addAll(header.subList(1, header.size()));
        } else {
            rows.stream().filter(row -> row.cells().size() > 1).map(row -> row.cells().get(1).strip())
                    .filter(key -> !key.isEmpty()).forEach(keys::add);
        }
        return keys;
    }

    /**
     * The days the file holds, checked against {@code catalogue} (every measure the journal will have) and today's
     * date. Throws {@link InvalidFileException} listing every problem when there is any.
     */
    public List<DayEntry> days(Map<String, Measure> catalogue, LocalDate today) {
        List<String> problems = new ArrayList<>();
        for (String key : measureKeys()) {
            if (!catalogue.containsKey(key)) {
                problems.add("column " + key + ": '" + key + "' is not a measure in this journal. Add it as a custom"
                        + " measure first, or choose to create custom measures for unknown columns (--create-measures)");
            }
        }
        if (layout == CsvOptions.Layout.WIDE) {
            Set<String> seen = new LinkedHashSet<>();
            for (String key : header.subList(1, header.size())) {
                if (!seen.add(key)) {
                    problems.add("line 1, column " + key + ": the column appears twice");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(fileName, problems);
        }
        Map<LocalDate, Day> days = new TreeMap<>();
        for (Row row : rows) {
            if (!hasCells(row, header.size(), problems)) {
                continue;
            }
            LocalDate date = date(row, today, problems);
            if (date == null) {
                continue;
            }
            if (layout == CsvOptions.Layout.WIDE) {
                readWide(row, date, catalogue, days, problems);
            } else {
                readLong(row, date, catalogue, days, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(fileName, problems);
        }
        return days.values().stream().map(day -> new DayEntry(day.date, day.values, day.notes)).toList();
    }

    private static final class Day {
        final LocalDate date;
        final Map<String, Double> values = new HashMap<>();
        String notes;

        Day(LocalDate date) {
            this.date = date;
        }
    }

    private void readWide(Row row, LocalDate date, Map<String, Measure> catalogue, Map<LocalDate, Day> days,
            List<String> problems) {
        if (days.containsKey(date)) {
            problems.add(at(row, CsvExport.DATE) + date + " appears on an earlier line too");
            return;
        }
        Day day = new Day(date);
        days.put(date, day);
        for (int column = 1; column < header.size(); column++) {
            store(row, header.get(column), row.cells().get(column), catalogue.get(header.get(column)), day, problems);
        }
    }

    private void readLong(Row row, LocalDate date, Map<String, Measure> catalogue, Map<LocalDate, Day> days,
            List<String> problems) {
        Day day = days.computeIfAbsent(date, Day::new);
        String key = row.cells().get(1).strip();
        if (key.isEmpty()) {
            if (!row.cells().get(2).isEmpty()) {
                problems.add(at(row, "measure") + "a value needs a measure");
            }
            return;
        }
        Measure measure = catalogue.get(key);
        if (day.values.containsKey(key) || measure.scale() == Scale.TEXT && day.notes != null) {
            problems.add(at(row, "measure") + key + " on " + date + " appears on an earlier line too");
            return;
        }
        if (header.size() == 4 && measure.scale() != Scale.TEXT) {
            String unit = CsvCells.unguard(row.cells().get(3).strip());
            if (!unit.isEmpty() && measure.unit() != null && !unit.equals(measure.unit())) {
                problems.add(at(row, "unit") + "'" + unit + "' is not " + measure.name() + "'s unit, "
                        + measure.unit());
                return;
            }
        }
        store(row, key, row.cells().get(2), measure, day, problems);
    }

    /** Puts one cell's value (or notes) into the day, or notes the problem with it. An empty cell is "not logged". */
    private static void store(Row row, String column, String cell, Measure measure, Day day, List<String> problems) {
        if (cell.length() > MAX_CELL_CHARS) {
            problems.add(String.format(Locale.ROOT, "%sthe cell holds %,d characters; at most %,d are allowed",
                    at(row, column), cell.length(), DayRules.MAX_NOTES_LENGTH));
            return;
        }
        if (cell.isEmpty()) {
            return;
        }
        if (measure.scale() == Scale.TEXT) {
            day.notes = CsvCells.unguard(cell);
            return;
        }
        String number = cell.strip();
        if (!NUMBER.matcher(number).matches()) {
            problems.add(at(row, column) + "'" + abbreviate(number) + "' is not a number"
                    + (number.matches("\\d+,\\d+") ? "; use . as the decimal point" : ""));
            return;
        }
        double value = Double.parseDouble(number);
        DayRules.valueProblem(measure, value).ifPresentOrElse(
                message -> problems.add(at(row, column) + withoutName(message, measure)),
                () -> day.values.put(measure.key(), value));
    }

    private LocalDate date(Row row, LocalDate today, List<String> problems) {
        String cell = row.cells().get(0).strip();
        try {
            LocalDate date = LocalDate.parse(cell);
            var future = DayRules.dateProblem(date, today);
            if (future.isPresent()) {
                problems.add(at(row, CsvExport.DATE) + future.get());
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(at(row, CsvExport.DATE) + "'" + abbreviate(cell) + "' is not a date like 2026-01-31");
            return null;
        }
    }

    private static boolean hasCells(Row row, int expected, List<String> problems) {
        if (row.cells().size() != expected) {
            problems.add("line " + row.line() + ": " + row.cells().size() + (row.cells().size() == 1 ? " cell" : " cells")
                    + ", but the header has " + expected);
            return false;
        }
        return true;
    }

    private static String at(Row row, String column) {
        return "line " + row.line() + ", column " + column + ": ";
    }

    /** "Sleep: 31 is above 24 (allowed …)" reads as "31 is above 24 (allowed …)" once the column is named. */
    private static String withoutName(String message, Measure measure) {
        String prefix = measure.name() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The layout and separator the file was found to use, for the preview. */
    public String describe() {
        return (layout == CsvOptions.Layout.WIDE ? "wide" : "long") + ", separated by '" + separator + "', "
                + rows.size() + (rows.size() == 1 ? " row" : " rows");
    }
}
