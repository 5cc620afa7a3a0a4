package app.gutlog.ui.shared;

import app.gutlog.text.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** How large the text of every window is, as a share of the theme's own 14-pixel text. */
public enum TextSize {
    SMALLER(90),
    NORMAL(100),
    LARGER(115),
    LARGEST(130),
    HUGE(150);

    /** Every text-size stylesheet begins with this, so the one in force can be found and replaced. */
    static final String STYLESHEET_PREFIX = "data:text/css;charset=utf-8;base64,";
    private static final double THEME_FONT_PIXELS = 14;

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    /** The size's name with its share, as "Larger (115%)". */
    public String label() {
        Texts texts = Texts.of(TextSize.class);
        String name = texts.get(switch (this) {
            case SMALLER -> "shared.textSize.smaller";
            case NORMAL -> "shared.textSize.normal";
            case LARGER -> "shared.textSize.larger";
            case LARGEST -> "shared.textSize.largest";
            case HUGE -> "shared.textSize.huge";
        });
        return texts.format("shared.textSize.label", name, percent);
    }

    public int percent() {
        return percent;
    }

    public double fontPixels() {
        return THEME_FONT_PIXELS * percent / 100;
    }

    public TextSize larger() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    public TextSize smaller() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    /**
     * A scene stylesheet that sets the root font size; the themes size everything else in em, so the whole window
     * scales with it.
     */
    String stylesheet() {
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.1fpx; }", fontPixels());
        return STYLESHEET_PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
