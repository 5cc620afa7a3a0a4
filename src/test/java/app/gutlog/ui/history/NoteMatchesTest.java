package app.gutlog.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.ui.history.NoteMatches.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteMatchesTest {

    @Test
    void everyOccurrenceOfEveryWordIsAMatchWhateverItsCase() {
        assertThat(NoteMatches.excerpt("Red wine,\nthen more WINE and red meat", List.of("wine", "red")))
                .containsExactly(new Piece("Red", true), new Piece(" ", false), new Piece("wine", true),
                        new Piece(", then more ", false), new Piece("WINE", true), new Piece(" and ", false),
                        new Piece("red", true), new Piece(" meat", false));
    }

    @Test
    void longNotesAreCutAroundTheFirstMatch() {
        String notes = "word ".repeat(30) + "cheese " + "more ".repeat(60);
        List<Piece> pieces = NoteMatches.excerpt(notes, List.of("cheese"));
        assertThat(pieces.getFirst()).isEqualTo(new Piece("…", false));
        assertThat(pieces.getLast()).isEqualTo(new Piece("…", false));
        assertThat(pieces).contains(new Piece("cheese", true));
        String shown = pieces.stream().map(Piece::text).reduce("", String::concat);
        assertThat(shown.length()).isLessThanOrEqualTo(NoteMatches.MOST_SHOWN + 2);
        assertThat(shown.indexOf("cheese")).isBetween(1, NoteMatches.CONTEXT_BEFORE + 2);
    }

    @Test
    void theLongerOfTwoOverlappingWordsIsHighlighted() {
        assertThat(NoteMatches.pieces("cheesecake", List.of("cheese", "cheesecake")))
                .containsExactly(new Piece("cheesecake", true));
    }
}
