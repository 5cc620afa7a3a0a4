package app.gutlog.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-facing text of one package: the bundle {@code texts.properties} in the package (UTF-8). A UI feature's FXML
 * view reads it as {@code %key}; code reads it here. A text with placeholders ({@code {0}}) is a
 * {@link MessageFormat} pattern, so an apostrophe in it is written twice; a text without them is used as it is.
 *
 * <p>In the pseudo-locale {@link #PSEUDO_LOCALE} every text is {@linkplain PseudoText lengthened and marked}, so that
 * a layout that truncates a longer translation shows up before any translation exists.
 */
public final class Texts {

    /** The pseudo-locale, {@code en-XA}: start GutLog with {@code -Duser.language=en -Duser.country=XA}. */
    public static final Locale PSEUDO_LOCALE = Locale.forLanguageTag("en-XA");

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The texts of the package that {@code type} belongs to. */
    public static Texts of(Class<?> type) {
        String baseName = type.getPackageName() + ".texts";
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, Locale.getDefault(), type.getClassLoader());
        return new Texts(Locale.getDefault().equals(PSEUDO_LOCALE) ? new PseudoText.Bundle(bundle) : bundle);
    }

    /** The bundle itself, for an FXML loader. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text {@code key} with its placeholders filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
