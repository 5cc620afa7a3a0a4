package app.gutlog.ui.journal;

import app.gutlog.domain.RedFlagNotice;
import app.gutlog.domain.RedFlags;
import app.gutlog.domain.Safety;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;

/**
 * Shows, the moment a warning sign (blood in the stool, unintended weight loss, fever, night waking) is logged, why it
 * calls for prompt medical advice, with its sources. It stays for as long as the sign is logged on the shown day.
 */
final class RedFlagWatch {

    private RedFlagWatch() {}

    static void show(ObservableList<MeasureField> fields, Safety safety, Label notice) {
        Runnable rebind = () -> {
            Observable[] inputs = fields.stream().map(MeasureField::input).toArray(Observable[]::new);
            notice.textProperty().bind(Bindings.createStringBinding(() -> text(fields, safety), inputs));
        };
        rebind.run();
        fields.addListener((ListChangeListener<MeasureField>) change -> rebind.run());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
    }

    static String text(List<MeasureField> fields, Safety safety) {
        Map<String, Double> values = new HashMap<>();
        fields.forEach(field -> field.value().ifPresent(value -> values.put(field.measure().key(), value)));
        List<RedFlagNotice> notices = RedFlags.notices(values,
                fields.stream().map(MeasureField::measure).toList(), safety);
        return notices.stream().map(RedFlagNotice::fullText).collect(Collectors.joining("\n\n"));
    }
}
