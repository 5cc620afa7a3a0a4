package app.gutlog.ui.history;

import java.util.ArrayList;
import java.util.List;

/** A day's notes cut into the pieces a search found and the pieces between, for highlighting. */
public final class NoteMatches {

    /** One piece of the notes: a word the search looked for, or the text around it. */
    public record Piece(String text, boolean match) {}

    static final int CONTEXT_BEFORE = 40;
    static final int MOST_SHOWN = 220;

    private NoteMatches() {}

    /**
     * The notes on one line, from a little before the first match, at most {@link #MOST_SHOWN} characters, cut into
     * pieces; each occurrence of any of {@code words} (case ignored) is a match.
     */
    public static List<Piece> excerpt(String notes, List<String> words) {
        String text = notes.replaceAll("\\s+", " ").strip();
        int first = firstMatch(text, words);
        int start = first <= CONTEXT_BEFORE ? 0 : text.lastIndexOf(' ', first - CONTEXT_BEFORE) + 1;
        int end = Math.min(text.length(), start + MOST_SHOWN);
        List<Piece> pieces = pieces(text.substring(start, end), words);
        if (start > 0) {
            pieces.addFirst(new Piece("…", false));
        }
        if (end < text.length()) {
            pieces.addLast(new Piece("…", false));
        }
        return pieces;
    }

    private static int firstMatch(String text, List<String> words) {
        for (int i = 0; i < text.length(); i++) {
            if (matchAt(text, i, words) > 0) {
                return i;
            }
        }
        return 0;
    }

    static List<Piece> pieces(String text, List<String> words) {
        List<Piece> pieces = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            int length = matchAt(text, i, words);
            if (length == 0) {
                i++;
                continue;
            }
            if (i > plainFrom) {
                pieces.add(new Piece(text.substring(plainFrom, i), false));
            }
            pieces.add(new Piece(text.substring(i, i + length), true));
            i += length;
            plainFrom = i;
        }
        if (plainFrom < text.length()) {
            pieces.add(new Piece(text.substring(plainFrom), false));
        }
        return pieces;
    }

    /** The length of the longest of {@code words} that begins at {@code index} of {@code text}, or 0. */
    private static int matchAt(String text, int index, List<String> words) {
        int longest = 0;
        for (String word : words) {
            if (word.length() > longest && text.regionMatches(true, index, word, 0, word.length())) {
                longest = word.length();
            }
        }
        return longest;
    }
}
