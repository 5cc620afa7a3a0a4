package app.gutlog.ui.journal;

import app.gutlog.text.Texts;

/** What the badge beside the date says about the shown day, and the style class it wears for it. */
public enum DayState {
    NOT_LOGGED("new-day"),
    SAVED("saved"),
    UNSAVED("unsaved");

    private final String styleClass;

    DayState(String styleClass) {
        this.styleClass = styleClass;
    }

    public String label() {
        Texts texts = Texts.of(DayState.class);
        return switch (this) {
            case NOT_LOGGED -> texts.get("journal.state.notLogged");
            case SAVED -> texts.get("journal.state.saved");
            case UNSAVED -> texts.get("journal.state.unsaved");
        };
    }

    public String styleClass() {
        return styleClass;
    }
}
