package app.gutlog.ui.shared;

/** Where the chosen theme and text size are remembered between runs. */
public interface AppearanceSettings {

    Theme theme();

    void setTheme(Theme theme);

    TextSize textSize();

    void setTextSize(TextSize size);
}
