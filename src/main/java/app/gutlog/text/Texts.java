package app.gutlog.text;

import java.text.ListFormat;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-facing text of one package: the bundle {@code texts.properties} in the package (UTF-8). A UI feature's FXML
 * view reads it as {@code %key}; code reads it here. A text with placeholders ({@code {0}}) is a
 * {@link MessageFormat} pattern, so an apostrophe in it is written twice; a text without them is used as it is.
 *
 * <p>Numbers, dates and lists are written in the language of the texts (English where GutLog has no translation for
 * the user's language), so that a sentence does not mix two languages.
 *
 * <p>In the pseudo-locale {@link #PSEUDO_LOCALE} every text is {@linkplain PseudoText lengthened and marked}, so that
 * a layout that truncates a longer translation shows up before any translation exists.
 */
public final class Texts {

    /** The pseudo-locale, {@code en-XA}: start GutLog with {@code -Duser.language=en -Duser.country=XA}. */
    public static final Locale PSEUDO_LOCALE = Locale.forLanguageTag("en-XA");

    private final ResourceBundle bundle;
    private final ResourceBundle patterns;
    private final Locale language;

    private Texts(ResourceBundle bundle, ResourceBundle patterns) {
        this.bundle = bundle;
        this.patterns = patterns;
        this.language = patterns.getLocale().equals(Locale.ROOT) ? Locale.ENGLISH : patterns.getLocale();
    }

    /** The texts of the package that {@code type} belongs to. */
    public static Texts of(Class<?> type) {
        String baseName = type.getPackageName() + ".texts";
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, Locale.getDefault(), type.getClassLoader());
        return new Texts(Locale.getDefault().equals(PSEUDO_LOCALE) ? new PseudoText.Bundle(bundle) : bundle, bundle);
    }

    /** {@code items} listed in a sentence ("a, b, c" in English), in the language of these texts; "" for none. */
    public String list(List<String> items) {
        return items.isEmpty() ? ""
                : ListFormat.getInstance(language, ListFormat.Type.UNIT, ListFormat.Style.SHORT).format(items);
    }

    /** The parts of one message (the problems with a day, say) joined as clauses: "a; b; c" in English. */
    public String clauses(List<String> parts) {
        ResourceBundle punctuation = ResourceBundle.getBundle(Texts.class.getPackageName() + ".texts", language,
                Texts.class.getClassLoader()); // never lengthened in the pseudo-locale: it is not words
        Texts texts = new Texts(punctuation, punctuation);
        return String.join(texts.get("text.clauses.separator"), parts);
    }

    /** The bundle itself, for an FXML loader. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * The date format {@code key}, a {@link DateTimeFormatter} pattern such as {@code EEE d MMM}, with the names of
     * months and days in the language of these texts. The pseudo-locale leaves patterns as they are.
     */
    public DateTimeFormatter dates(String key) {
        return DateTimeFormatter.ofPattern(patterns.getString(key), language);
    }

    /**
     * Dates in one of the language's own styles ({@code FULL}: "Thursday, 3 December 2026"), in the language of these
     * texts: in the user's region where the user's language is that of the texts, so that a British user sees British
     * dates in English; in the texts' language otherwise, so that no sentence mixes two languages.
     */
    public DateTimeFormatter dates(FormatStyle style) {
        Locale user = Locale.getDefault(Locale.Category.FORMAT);
        return DateTimeFormatter.ofLocalizedDate(style)
                .withLocale(user.getLanguage().equals(language.getLanguage()) ? user : language);
    }

    /** The text {@code key} with its placeholders filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language).format(arguments);
    }
}
