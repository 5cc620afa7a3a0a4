package app.gutlog.ui.journal;

import app.gutlog.text.Texts;
import app.gutlog.ui.shared.SceneGraph;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows the tour of the day form: its card, with the step on show and buttons to move through it, and an outline
 * around the part of the page the step points at, scrolled into view. Next has the keyboard focus at every step, so
 * Enter moves on; Enter presses whichever of the card's buttons has the focus, without taking the Enter key from any
 * other part of the window. When the tour ends, the focus goes back to the form.
 */
final class TourOverlay {

    private static final String TARGET = "tour-target";

    private final DayFormTour tour;
    private final Parent card;
    private final Parent page;
    private final FocusScroller scroller;
    private final Runnable afterTour;
    private final Label position;
    private final Label title;
    private final Label text;
    private final Button back;
    private final Button next;
    private final Texts texts = Texts.of(TourOverlay.class);

    /**
     * Shows {@code tour} in {@code card}, the tour's card on {@code page}, whose parts it finds by their ids; runs
     * {@code afterTour} when the tour ends while the focus is in the card.
     */
    static void bind(DayFormTour tour, Parent card, Parent page, FocusScroller scroller, Runnable afterTour) {
        new TourOverlay(tour, card, page, scroller, afterTour);
    }

    private TourOverlay(DayFormTour tour, Parent card, Parent page, FocusScroller scroller, Runnable afterTour) {
        this.tour = tour;
        this.card = card;
        this.page = page;
        this.scroller = scroller;
        this.afterTour = afterTour;
        position = part(card, "tour-position", Label.class);
        title = part(card, "tour-title", Label.class);
        text = part(card, "tour-text", Label.class);
        back = part(card, "tour-back", Button.class);
        next = part(card, "tour-next", Button.class);
        back.setOnAction(event -> tour.back());
        next.setOnAction(event -> tour.next());
        part(card, "tour-skip", Button.class).setOnAction(event -> tour.end());
        card.addEventHandler(KeyEvent.KEY_PRESSED, this::pressOnEnter);
        card.visibleProperty().bind(tour.running());
        card.managedProperty().bind(card.visibleProperty());
        tour.step().addListener((observable, before, now) -> show(before, now));
    }

    private static <T extends Node> T part(Parent card, String id, Class<T> type) {
        return type.cast(card.lookup("#" + id));
    }

    private void pressOnEnter(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        event.consume();
        (event.getTarget() instanceof Button focused ? focused : next).fire();
    }

    /** Shows the step's card, outlines the part of the form it points at (scrolled into view) and focuses Next. */
    private void show(DayFormTour.Step before, DayFormTour.Step now) {
        if (before != null) {
            Optional.ofNullable(page.lookup("#" + before.targetId()))
                    .ifPresent(target -> target.getStyleClass().remove(TARGET));
        }
        if (now == null) {
            ended();
            return;
        }
        position.setText(tour.position());
        title.setText(now.title());
        text.setText(now.text());
        text.setGraphic(now.icon() == null ? null : icon(now.icon()));
        back.setDisable(tour.index().get() == 0);
        next.setText(tour.atLastStep() ? texts.get("journal.tour.done") : texts.get("journal.tour.next"));
        Node target = page.lookup("#" + now.targetId());
        if (target != null) {
            target.getStyleClass().add(TARGET);
            scroller.show(target);
        }
        next.requestFocus();
    }

    private static FontIcon icon(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("tour-text-icon");
        return icon;
    }

    private void ended() {
        Node focused = card.getScene() == null ? null : card.getScene().getFocusOwner();
        if (focused == null || SceneGraph.isWithin(focused, card)) {
            afterTour.run();
        }
    }
}
