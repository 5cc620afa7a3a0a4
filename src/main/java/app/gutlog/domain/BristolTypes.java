package app.gutlog.domain;

import java.util.List;

/** The seven stool forms of the Bristol stool scale ({@link Scale#BRISTOL}), in the words a person recognises. */
public final class BristolTypes {

    private static final List<String> FORMS = List.of(
            "separate hard lumps", "lumpy and sausage-like", "sausage with cracks", "smooth, soft sausage",
            "soft blobs with clear edges", "mushy, ragged pieces", "watery, no solid pieces");

    private BristolTypes() {}

    /** What type {@code type} (1 to 7) looks like, such as "smooth, soft sausage" for type 4. */
    public static String form(int type) {
        return FORMS.get(type - 1);
    }
}
