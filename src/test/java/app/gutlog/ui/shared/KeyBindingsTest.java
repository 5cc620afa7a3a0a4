package app.gutlog.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The registry of shortcuts is the only one: no view names keys of its own, and no two actions share keys. */
class KeyBindingsTest {

    @Test
    void noViewSetsOrNamesAShortcutOfItsOwn() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            List<Path> naming = files.filter(file -> file.toString().endsWith(".fxml")).filter(file -> {
                String view = read(file);
                return view.contains("accelerator=\"") || view.contains("Ctrl+") || view.contains("Alt+");
            }).toList();
            assertThat(naming).as("views that set or name keys of their own").isEmpty();
        }
    }

    @Test
    void noTwoActionsShareKeys() throws IllegalAccessException {
        List<KeyCombination> all = new ArrayList<>();
        for (Field field : KeyBindings.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == KeyCombination.class) {
                all.add((KeyCombination) field.get(null));
            }
        }
        for (int page = 1; page <= 7; page++) {
            all.add(KeyBindings.page(page));
        }
        assertThat(all).hasSizeGreaterThan(20).doesNotHaveDuplicates();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
