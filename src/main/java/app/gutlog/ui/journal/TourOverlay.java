package app.gutlog.ui.journal;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * Shows the tour of the day form: its card, with the step on show and buttons to move through it, and an outline
 * around the part of the page the step points at, scrolled into view.
 */
final class TourOverlay {

    private static final String TARGET = "tour-target";

    private final DayFormTour tour;
    private final Parent page;
    private final FocusScroller scroller;
    private final Label position;
    private final Label title;
    private final Label text;
    private final Button back;
    private final Button next;

    /** Shows {@code tour} in {@code card}, the tour's card on {@code page}, whose parts it finds by their ids. */
    static void bind(DayFormTour tour, Parent card, Parent page, FocusScroller scroller) {
        new TourOverlay(tour, card, page, scroller);
    }

    private TourOverlay(DayFormTour tour, Parent card, Parent page, FocusScroller scroller) {
        this.tour = tour;
        this.page = page;
        this.scroller = scroller;
        position = part(card, "tour-position", Label.class);
        title = part(card, "tour-title", Label.class);
        text = part(card, "tour-text", Label.class);
        back = part(card, "tour-back", Button.class);
        next = part(card, "tour-next", Button.class);
        back.setOnAction(event -> tour.back());
        next.setOnAction(event -> tour.next());
        part(card, "tour-skip", Button.class).setOnAction(event -> tour.end());
        card.visibleProperty().bind(tour.running());
        card.managedProperty().bind(card.visibleProperty());
        tour.step().addListener((observable, before, now) -> show(before, now));
    }

    private static <T extends Node> T part(Parent card, String id, Class<T> type) {
        return type.cast(card.lookup("#" + id));
    }

    /** Shows the step's card and outlines the part of the form it points at (scrolled into view). */
    private void show(DayFormTour.Step before, DayFormTour.Step now) {
        if (before != null) {
            Optional.ofNullable(page.lookup("#" + before.targetId()))
                    .ifPresent(target -> target.getStyleClass().remove(TARGET));
        }
        if (now == null) {
            return;
        }
        position.setText(tour.position());
        title.setText(now.title());
        text.setText(now.text());
        back.setDisable(tour.index().get() == 0);
        next.setText(tour.atLastStep() ? "Done" : "Next");
        Node target = page.lookup("#" + now.targetId());
        if (target != null) {
            target.getStyleClass().add(TARGET);
            scroller.show(target);
        }
    }
}
