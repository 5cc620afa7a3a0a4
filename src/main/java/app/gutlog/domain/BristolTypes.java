package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The seven stool forms of the Bristol stool scale ({@link Scale#BRISTOL}), in the words a person recognises. */
public final class BristolTypes {

    private static final int TYPES = 7;

    private BristolTypes() {}

    /** The types in order, 1 to 7. */
    public static List<Integer> types() {
        return IntStream.rangeClosed(1, TYPES).boxed().toList();
    }

    /** What type {@code type} (1 to 7) looks like, such as "smooth, soft sausage" for type 4. */
    public static String form(int type) {
        Texts texts = Texts.of(BristolTypes.class);
        return switch (type) {
            case 1 -> texts.get("domain.bristol.type1");
            case 2 -> texts.get("domain.bristol.type2");
            case 3 -> texts.get("domain.bristol.type3");
            case 4 -> texts.get("domain.bristol.type4");
            case 5 -> texts.get("domain.bristol.type5");
            case 6 -> texts.get("domain.bristol.type6");
            case 7 -> texts.get("domain.bristol.type7");
            default -> throw new IndexOutOfBoundsException("a Bristol type is 1 to 7, not " + type);
        };
    }

    /** The type a single typed character names ("4" names type 4); empty for any other text. */
    public static Optional<Integer> named(String typed) {
        if (typed == null || typed.length() != 1 || !Character.isDigit(typed.charAt(0))) {
            return Optional.empty();
        }
        int type = Character.digit(typed.charAt(0), 10);
        return type >= 1 && type <= TYPES ? Optional.of(type) : Optional.empty();
    }
}
