package app.gutlog.exchange;

import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.DayRules;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Scale;
import app.gutlog.exchange.CsvFiles.Row;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a wide or long CSV file (with or without a byte order mark, with "," or ";") into days, checking all of it
 * first: every problem names its line, its column and the reason, and nothing is returned unless there are none.
 * The file is read row by row, once for its structure and once for its days; it is never held whole.
 */
public final class CsvImport {

    /** Larger files are refused before they are read: ten years of every measure take well under 5 MB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** A cell longer than the longest notes allowed cannot be anything GutLog wrote. */
    static final int MAX_CELL_CHARS = DayRules.MAX_NOTES_LENGTH + 1;
    /** How many problems a message lists before it says how many more there are. */
    static final int PROBLEMS_SHOWN = 20;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");

    /** The problems found in a file, in file order. Nothing was written. */
    public static final class InvalidFileException extends JournalException {
        private final List<String> problems;

        InvalidFileException(String fileName, List<String> problems, int count) {
            super(summary(fileName, problems, count));
            this.problems = List.copyOf(problems);
        }

        InvalidFileException(String fileName, String problem) {
            this(fileName, List.of(problem), 1);
        }

        /** The problems the message lists: the first {@link #PROBLEMS_SHOWN} of them. */
        public List<String> problems() {
            return problems;
        }

        private static String summary(String fileName, List<String> problems, int count) {
            StringBuilder text = new StringBuilder(texts().format("import.refused", fileName, count));
            problems.forEach(problem -> text.append("\n").append(problem));
            if (count > problems.size()) {
                text.append("\n").append(texts().format("import.more", count - problems.size()));
            }
            return text.toString();
        }
    }

    /** Problems in file order: the first {@link #PROBLEMS_SHOWN} are kept, the others only counted. */
    private static final class Problems {
        private final List<String> shown = new ArrayList<>();
        private int count;

        void add(String problem) {
            if (count++ < PROBLEMS_SHOWN) {
                shown.add(problem);
            }
        }

        void throwIfAny(String fileName) {
            if (count > 0) {
                throw new InvalidFileException(fileName, shown, count);
            }
        }
    }

    /** Reads the rows of a file, from its header on. */
    private interface RowReader<T> {
        T read(CsvFiles.Rows rows) throws IOException;
    }

    private final Path file;
    private final String fileName;
    private final CsvOptions.Layout layout;
    private final char separator;
    private final List<String> header;
    private final int rowCount;
    private final Set<String> measureKeys;

    private CsvImport(Path file, CsvOptions.Layout layout, char separator, List<String> header, int rowCount,
            Set<String> measureKeys) {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.layout = layout;
        this.separator = separator;
        this.header = header;
        this.rowCount = rowCount;
        this.measureKeys = Collections.unmodifiableSet(measureKeys);
    }

    /**
     * Reads the file's structure: its layout, separator, header, rows and the measures it uses. Refuses anything but
     * a regular file of at most {@link #MAX_FILE_BYTES}, and a file that is not such a CSV.
     */
    public static CsvImport read(Path file) {
        requireSmallRegularFile(file);
        String fileName = file.getFileName().toString();
        return readRows(file, rows -> {
            Row first = rows.next();
            if (first == null) {
                throw new InvalidFileException(fileName, atLine(1, texts().get("import.empty")));
            }
            List<String> header = first.cells().stream().map(String::strip).toList();
            CsvOptions.Layout layout = layoutOf(header, fileName);
            Set<String> keys = new LinkedHashSet<>();
            if (layout == CsvOptions.Layout.WIDE) {
                keys.addAll(header.subList(1, header.size()));
            }
            int rowCount = 0;
            for (Row row = rows.next(); row != null; row = rows.next()) {
                rowCount++;
                if (layout == CsvOptions.Layout.LONG && row.cells().size() > 1 && !row.cells().get(1).isBlank()) {
                    keys.add(row.cells().get(1).strip());
                }
            }
            return new CsvImport(file, layout, rows.separator(), header, rowCount, keys);
        });
    }

    private static CsvOptions.Layout layoutOf(List<String> header, String fileName) {
        if (!header.getFirst().equals(CsvExport.DATE)) {
            throw new InvalidFileException(fileName,
                    atLine(1, texts().format("import.firstColumn", header.getFirst())));
        }
        boolean isLong = header.size() >= 3 && header.get(1).equals(CsvExport.LONG_HEADER[1])
                && header.get(2).equals(CsvExport.LONG_HEADER[2]);
        if (isLong && !(header.size() == 3 || header.size() == 4 && header.get(3).equals(CsvExport.LONG_HEADER[3]))) {
            throw new InvalidFileException(fileName, atLine(1, texts().get("import.longHeader")));
        }
        return isLong ? CsvOptions.Layout.LONG : CsvOptions.Layout.WIDE;
    }

    private static void requireSmallRegularFile(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new JournalException(texts().format("import.noFile", file.toString()), e);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        if (!attributes.isRegularFile()) {
            throw new JournalException(texts().format("import.notRegular", file.toString()));
        }
        if (attributes.size() > MAX_FILE_BYTES) {
            throw new JournalException(texts().format("import.tooLarge", file.getFileName().toString(),
                    attributes.size() / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)));
        }
    }

    /** What {@code reader} makes of the file's rows; a file that cannot be read is refused in plain words. */
    private static <T> T readRows(Path file, RowReader<T> reader) {
        String fileName = file.getFileName().toString();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder());
                CsvFiles.Rows rows = new CsvFiles.Rows(in)) {
            return reader.read(rows);
        } catch (CsvFiles.NotCsvException e) {
            throw new InvalidFileException(fileName, e.getMessage());
        } catch (CharacterCodingException e) {
            throw notUtf8(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static JournalException notUtf8(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new InvalidFileException(file.getFileName().toString(),
                    atLine(CsvFiles.lineNotUtf8(in), texts().get("import.notUtf8")));
        } catch (IOException e) {
            return cannotRead(file, e);
        }
    }

    private static JournalException cannotRead(Path file, IOException e) {
        return new JournalException(texts().format("import.cannotRead", file.toString(), e.getMessage()), e);
    }

    public CsvOptions.Layout layout() {
        return layout;
    }

    public char separator() {
        return separator;
    }

    public int rowCount() {
        return rowCount;
    }

    /** The measure keys the file uses: its columns (wide) or the values of its measure column (long). */
    public Set<String> measureKeys() {
        return measureKeys;
    }

    /**
     * The days the file holds, checked against {@code catalogue} (every measure the journal will have) and today's
     * date. Throws {@link InvalidFileException} listing the problems when there are any.
     */
    public List<DayEntry> days(Map<String, Measure> catalogue, LocalDate today) {
        Problems problems = new Problems();
        for (String key : measureKeys) {
            if (!catalogue.containsKey(key)) {
                problems.add(texts().format("import.at.column", key, notAMeasure(key)));
            }
        }
        if (layout == CsvOptions.Layout.WIDE) {
            Set<String> seen = new HashSet<>();
            for (String key : header.subList(1, header.size())) {
                if (!seen.add(key)) {
                    problems.add(at(1, key, texts().get("import.columnTwice")));
                }
            }
        }
        problems.throwIfAny(fileName);
        TreeMap<LocalDate, Day> days = new TreeMap<>();
        readRows(file, rows -> {
            rows.next();
            for (Row row = rows.next(); row != null; row = rows.next()) {
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
            return null;
        });
        problems.throwIfAny(fileName);
        List<DayEntry> entries = new ArrayList<>(days.size());
        while (!days.isEmpty()) {
            Day day = days.pollFirstEntry().getValue();
            entries.add(new DayEntry(day.date, day.values, day.notes));
        }
        return entries;
    }

    private static String notAMeasure(String key) {
        return texts().format("import.notAMeasure", key);
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
            Problems problems) {
        if (days.containsKey(date)) {
            problems.add(at(row, CsvExport.DATE, texts().format("import.dateTwice", date.toString())));
            return;
        }
        Day day = new Day(date);
        days.put(date, day);
        for (int column = 1; column < header.size(); column++) {
            store(row, header.get(column), row.cells().get(column), catalogue.get(header.get(column)), day, problems);
        }
    }

    private void readLong(Row row, LocalDate date, Map<String, Measure> catalogue, Map<LocalDate, Day> days,
            Problems problems) {
        Day day = days.computeIfAbsent(date, Day::new);
        String key = row.cells().get(1).strip();
        if (key.isEmpty()) {
            if (!row.cells().get(2).isEmpty()) {
                problems.add(at(row, CsvExport.LONG_HEADER[1], texts().get("import.valueWithoutMeasure")));
            }
            return;
        }
        Measure measure = catalogue.get(key);
        if (measure == null) { // the file changed after read() listed its measures
            problems.add(at(row, CsvExport.LONG_HEADER[1], notAMeasure(key)));
            return;
        }
        if (day.values.containsKey(key) || measure.scale() == Scale.TEXT && day.notes != null) {
            problems.add(at(row, CsvExport.LONG_HEADER[1], texts().format("import.measureTwice", key, date.toString())));
            return;
        }
        if (header.size() == 4 && measure.scale() != Scale.TEXT) {
            String unit = CsvCells.unguard(row.cells().get(3).strip());
            if (!unit.isEmpty() && measure.unit() != null && !unit.equals(measure.unit())) {
                problems.add(at(row, CsvExport.LONG_HEADER[3],
                        texts().format("import.wrongUnit", unit, measure.name(), measure.unit())));
                return;
            }
        }
        store(row, key, row.cells().get(2), measure, day, problems);
    }

    /** Puts one cell's value (or notes) into the day, or notes the problem with it. An empty cell is "not logged". */
    private static void store(Row row, String column, String cell, Measure measure, Day day, Problems problems) {
        if (cell.length() > MAX_CELL_CHARS) {
            problems.add(at(row, column,
                    texts().format("import.cellTooLong", cell.length(), DayRules.MAX_NOTES_LENGTH)));
            return;
        }
        if (cell.isEmpty()) {
            return;
        }
        if (measure.scale() == Scale.TEXT) {
            String notes = CsvCells.unguard(cell);
            DayRules.notesProblem(notes).ifPresentOrElse(message -> problems.add(at(row, column, message)),
                    () -> day.notes = notes);
            return;
        }
        String number = cell.strip();
        if (!NUMBER.matcher(number).matches()) {
            problems.add(at(row, column, texts().format(
                    number.matches("\\d+,\\d+") ? "import.notANumber.decimalComma" : "import.notANumber",
                    abbreviate(number))));
            return;
        }
        double value = Double.parseDouble(number);
        DayRules.valueProblem(measure, value).ifPresentOrElse(
                message -> problems.add(at(row, column, withoutName(message, measure))),
                () -> day.values.put(measure.key(), value));
    }

    private LocalDate date(Row row, LocalDate today, Problems problems) {
        String cell = row.cells().get(0).strip();
        try {
            LocalDate date = LocalDate.parse(cell);
            var outside = DayRules.dateProblem(date, today);
            if (outside.isPresent()) {
                problems.add(at(row, CsvExport.DATE, outside.get()));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(at(row, CsvExport.DATE, texts().format("import.notADate", abbreviate(cell))));
            return null;
        }
    }

    private static boolean hasCells(Row row, int expected, Problems problems) {
        if (row.cells().size() != expected) {
            problems.add(atLine(row.line(), texts().format("import.cellCount", row.cells().size(), expected)));
            return false;
        }
        return true;
    }

    private static String at(Row row, String column, String problem) {
        return at(row.line(), column, problem);
    }

    private static String at(long line, String column, String problem) {
        return texts().format("import.at.cell", line, column, problem);
    }

    static String atLine(long line, String problem) {
        return texts().format("import.at.line", line, problem);
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
        return texts().format(layout == CsvOptions.Layout.WIDE ? "import.file.wide" : "import.file.long",
                String.valueOf(separator), rowCount);
    }

    static Texts texts() {
        return Texts.of(CsvImport.class);
    }
}
