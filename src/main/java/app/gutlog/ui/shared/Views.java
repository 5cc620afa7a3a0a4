package app.gutlog.ui.shared;

import app.gutlog.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a feature's FXML view for a controller that was already built with its view model: {@code XController}
 * goes with {@code XView.fxml} at the same package path in resources, and reads its text ({@code %key}) from the
 * feature's {@link Texts}.
 */
public final class Views {

    private Views() {}

    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        String viewName = type.getSimpleName().replaceFirst("Controller$", "View") + ".fxml";
        URL fxml = type.getResource(viewName);
        if (fxml == null) {
            throw new IllegalStateException("missing view " + viewName + " beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, Texts.of(type).bundle());
        loader.setControllerFactory(requested -> {
            if (!requested.isInstance(controller)) {
                throw new IllegalStateException(viewName + " asks for " + requested.getName() + ", not " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + viewName, e);
        }
    }
}
