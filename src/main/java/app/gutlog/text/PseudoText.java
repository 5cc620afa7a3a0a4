package app.gutlog.text;

import java.util.Enumeration;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Pseudo-localised text: each letter of a text is swapped for an accented one, the text is lengthened by at least
 * 40 % (with dots and spaces, where a line may break) and it is marked at both ends with brackets. A missing end bracket on screen is a truncated text. In a text
 * with placeholders, a {@link java.text.MessageFormat} pattern, the placeholders ({@code {0}}) and quoted parts are
 * kept as they are.
 */
public final class PseudoText {

    private static final String PLAIN = "AEIOUYCNaeiouycn";
    private static final String ACCENTED = "ÁÉÍÓÚÝÇÑáéíóúýçñ";
    private static final double LONGER_BY = 0.4;
    private static final char PADDING = '·';
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    private PseudoText() {}

    public static String of(String text) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder("[");
        boolean pattern = PLACEHOLDER.matcher(text).find();
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (pattern && c == '\'') {
                quoted = !quoted;
            } else if (pattern && !quoted && c == '{') {
                depth++;
            } else if (pattern && !quoted && c == '}') {
                depth--;
            }
            int plain = PLAIN.indexOf(c);
            out.append(depth == 0 && !quoted && plain >= 0 ? ACCENTED.charAt(plain) : c);
        }
        int wanted = (int) Math.ceil(text.length() * (1 + LONGER_BY)) - 1;
        while (out.length() < wanted) {
            out.append(out.length() % 2 == 0 ? ' ' : PADDING);
        }
        return out.append(']').toString();
    }

    /** A bundle whose every text is the pseudo-localised text of another bundle's. */
    static final class Bundle extends ResourceBundle {

        private final ResourceBundle english;

        Bundle(ResourceBundle english) {
            this.english = english;
        }

        @Override
        protected Object handleGetObject(String key) {
            return english.containsKey(key) ? of(english.getString(key)) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return english.getKeys();
        }
    }
}
