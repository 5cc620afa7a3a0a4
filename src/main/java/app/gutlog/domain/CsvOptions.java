package app.gutlog.domain;

/**
 * How a CSV file is laid out: wide (a row per day, a column per measure) or long (a row per logged value), the
 * separator, and whether it starts with a UTF-8 byte order mark so that spreadsheet programs read it as UTF-8.
 */
public record CsvOptions(Layout layout, char separator, boolean byteOrderMark) {

    public enum Layout {
        WIDE("wide"),
        LONG("long");

        private final String code;

        Layout(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Layout fromCode(String code) {
            for (Layout layout : values()) {
                if (layout.code.equals(code)) {
                    return layout;
                }
            }
            throw new IllegalArgumentException("layout is wide or long, not " + code);
        }
    }

    public static final CsvOptions DEFAULT = new CsvOptions(Layout.WIDE, ',', false);

    public CsvOptions {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("the separator is , or ;, not " + separator);
        }
    }
}
