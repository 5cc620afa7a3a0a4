package app.gutlog.ui.exchange;

import app.gutlog.ui.shared.DialogService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A {@link DialogService} that answers as the test says the person would, and remembers every dialog it showed.
 * A question it has no answer for is cancelled.
 */
public final class ScriptedDialogs implements DialogService {

    /** A message shown to the person. */
    public record Message(String id, Kind kind, String header, String text) {}

    private final Map<String, Boolean> answers = new HashMap<>();
    private final Map<String, String> picks = new HashMap<>();
    private final Map<String, String> typed = new HashMap<>();
    private final Map<String, Predicate<String>> acceptable = new HashMap<>();
    private final List<String> shown = new ArrayList<>();
    private final List<Message> told = new ArrayList<>();

    /** The person chooses the action of the dialog {@code id}, or cancels it. */
    public ScriptedDialogs answer(String id, boolean goAhead) {
        answers.put(id, goAhead);
        return this;
    }

    /** The person picks the first choice of the dialog {@code id} that shows {@code text}. */
    public ScriptedDialogs pick(String id, String text) {
        picks.put(id, text);
        return this;
    }

    /** The person types {@code text} in the dialog {@code id} and gets past it, acceptable or not. */
    public ScriptedDialogs type(String id, String text) {
        typed.put(id, text);
        return this;
    }

    /** The ids of the dialogs shown, in order. */
    public List<String> shown() {
        return List.copyOf(shown);
    }

    public Optional<Message> told(String id) {
        return told.stream().filter(message -> message.id().equals(id)).reduce((first, last) -> last);
    }

    /** What the dialog {@code id} let through, as it was asked to. */
    public Predicate<String> acceptable(String id) {
        return acceptable.get(id);
    }

    @Override
    public void tell(String id, Kind kind, String header, String text) {
        shown.add(id);
        told.add(new Message(id, kind, header, text));
    }

    /** Says what was done; the person presses its open button when the test has answered yes for {@code id}. */
    @Override
    public void tellDone(String id, String header, String text, String openLabel, Runnable open) {
        tell(id, Kind.INFORMATION, header, text);
        if (answers.getOrDefault(id, false)) {
            open.run();
        }
    }

    @Override
    public boolean confirm(String id, String header, String text, String actionLabel) {
        shown.add(id);
        return answers.getOrDefault(id, false);
    }

    @Override
    public boolean confirmUndoable(String id, String header, String text, String actionLabel) {
        return confirm(id, header, text, actionLabel);
    }

    @Override
    public <T> Optional<T> choose(String id, String title, String header, String label, List<T> choices) {
        shown.add(id);
        return Optional.ofNullable(picks.get(id))
                .flatMap(text -> choices.stream().filter(choice -> choice.toString().contains(text)).findFirst());
    }

    @Override
    public Optional<String> askText(String id, String title, String header, String label, String actionLabel,
            Predicate<String> acceptable) {
        shown.add(id);
        this.acceptable.put(id, acceptable);
        return Optional.ofNullable(typed.get(id));
    }
}
