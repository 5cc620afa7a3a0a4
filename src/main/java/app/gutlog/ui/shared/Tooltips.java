package app.gutlog.ui.shared;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tooltips made when the pointer first reaches their node. Every tooltip is a small window of its own, so a page with
 * a hundred of them (the day form, a chart's points) would otherwise spend a noticeable moment making windows that
 * are mostly never shown. Screen readers get the same text at once, as the node's accessible help.
 */
public final class Tooltips {

    private static final Duration SHOW_DELAY = Duration.millis(250);
    private static final double MAX_WIDTH = 360;

    private Tooltips() {}

    public static void install(Node node, String text) {
        node.setAccessibleHelp(text);
        EventHandler<MouseEvent> firstVisit = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip(text);
                tip.setShowDelay(SHOW_DELAY);
                tip.setWrapText(true);
                tip.setMaxWidth(MAX_WIDTH);
                if (node instanceof Control control) {
                    control.setTooltip(tip);
                } else {
                    Tooltip.install(node, tip);
                }
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, firstVisit);
    }
}
