package app.gutlog.exchange;

import java.math.BigDecimal;

/**
 * How single cells are written and read: numbers with "." whatever the locale, and text guarded so that a
 * spreadsheet never runs it as a formula.
 */
final class CsvCells {

    private static final char GUARD = '\'';

    private CsvCells() {}

    /** The shortest decimal that reads back as the same double: 7, 7.25, 0.5. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Text as it goes into a cell: one {@code '} is put in front of text that a spreadsheet could take for a formula
     * (it begins with = + - @, a tab, CR, LF or NUL), and in front of text that already begins with {@code '}, so
     * that {@link #unguard} can always remove exactly one.
     */
    static String guard(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\0', GUARD -> GUARD + text;
            default -> text;
        };
    }

    /** Removes the one {@code '} that {@link #guard} adds. */
    static String unguard(String cell) {
        return cell.startsWith(String.valueOf(GUARD)) ? cell.substring(1) : cell;
    }
}
