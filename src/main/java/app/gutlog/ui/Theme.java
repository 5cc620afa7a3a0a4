package app.gutlog.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.function.Supplier;
import javafx.application.Application;

/** The look of the whole app: the AtlantaFX Primer themes. */
public enum Theme {
    LIGHT("Light", PrimerLight::new),
    DARK("Dark", PrimerDark::new);

    private final String label;
    private final Supplier<atlantafx.base.theme.Theme> atlantaTheme;

    Theme(String label, Supplier<atlantafx.base.theme.Theme> atlantaTheme) {
        this.label = label;
        this.atlantaTheme = atlantaTheme;
    }

    public String label() {
        return label;
    }

    public String stylesheet() {
        return atlantaTheme.get().getUserAgentStylesheet();
    }

    public void apply() {
        Application.setUserAgentStylesheet(stylesheet());
    }
}
