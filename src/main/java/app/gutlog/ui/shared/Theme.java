package app.gutlog.ui.shared;

import app.gutlog.text.Texts;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.ColorScheme;

/** The look of the whole app: the AtlantaFX Primer themes, or whichever of them matches the system's colour scheme. */
public enum Theme {
    SYSTEM,
    LIGHT,
    DARK;

    public String label() {
        Texts texts = Texts.of(Theme.class);
        return texts.get(switch (this) {
            case SYSTEM -> "shared.theme.system";
            case LIGHT -> "shared.theme.light";
            case DARK -> "shared.theme.dark";
        });
    }

    /** The light or dark theme this choice shows while the system's colour scheme is {@code system}. */
    public Theme under(ColorScheme system) {
        return this != SYSTEM ? this : system == ColorScheme.DARK ? DARK : LIGHT;
    }

    /** The user-agent stylesheet of this choice while the system's colour scheme is {@code system}. */
    public String stylesheet(ColorScheme system) {
        return switch (under(system)) {
            case DARK -> new PrimerDark().getUserAgentStylesheet();
            default -> new PrimerLight().getUserAgentStylesheet();
        };
    }
}
