package app.gutlog.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The seven stool forms of the Bristol stool scale ({@link Scale#BRISTOL}), in the words a person recognises. */
public final class BristolTypes {

    private static final List<String> FORMS = List.of(
            "separate hard lumps", "lumpy and sausage-like", "sausage with cracks", "smooth, soft sausage",
            "soft blobs with clear edges", "mushy, ragged pieces", "watery, no solid pieces");

    private BristolTypes() {}

    /** The types in order, 1 to 7. */
    public static List<Integer> types() {
        return IntStream.rangeClosed(1, FORMS.size()).boxed().toList();
    }

    /** What type {@code type} (1 to 7) looks like, such as "smooth, soft sausage" for type 4. */
    public static String form(int type) {
        return FORMS.get(type - 1);
    }

    /** The type a single typed character names ("4" names type 4); empty for any other text. */
    public static Optional<Integer> named(String typed) {
        if (typed == null || typed.length() != 1 || !Character.isDigit(typed.charAt(0))) {
            return Optional.empty();
        }
        int type = Character.digit(typed.charAt(0), 10);
        return type >= 1 && type <= FORMS.size() ? Optional.of(type) : Optional.empty();
    }
}
