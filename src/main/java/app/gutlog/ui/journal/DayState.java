package app.gutlog.ui.journal;

/** What the badge beside the date says about the shown day, and the style class it wears for it. */
public enum DayState {
    NOT_LOGGED("Not logged", "new-day"),
    SAVED("Saved", "saved"),
    UNSAVED("Unsaved changes", "unsaved");

    private final String label;
    private final String styleClass;

    DayState(String label, String styleClass) {
        this.label = label;
        this.styleClass = styleClass;
    }

    public String label() {
        return label;
    }

    public String styleClass() {
        return styleClass;
    }
}
