package app.gutlog.app;

/**
 * Where the desktop app opens: Home, or the daily check-in ({@code gutlog --check-in}, which a reminder's
 * notification runs when clicked). The command line asks through a system property, read once the window is built.
 */
public enum StartPage {
    HOME,
    CHECK_IN;

    public static final String PROPERTY = "gutlog.startPage";
    private static final String CHECK_IN_VALUE = "check-in";

    /** Asks the desktop app, started next in this JVM, to open on this page. */
    public void request() {
        if (this == CHECK_IN) {
            System.setProperty(PROPERTY, CHECK_IN_VALUE);
        } else {
            System.clearProperty(PROPERTY);
        }
    }

    public static StartPage requested() {
        return CHECK_IN_VALUE.equals(System.getProperty(PROPERTY)) ? CHECK_IN : HOME;
    }
}
