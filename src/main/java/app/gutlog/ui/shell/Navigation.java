package app.gutlog.ui.shell;

import app.gutlog.app.AppServices;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.FeatureContext;
import app.gutlog.ui.shell.ShellViewModel.State;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The pages of the window and the ways between them: the navigation bar and the Go menu, the page on show and its
 * leave guard, and reloading that page after the journal changes. The first page is shown once the journal is open;
 * pages built on a journal are dropped when it is closed for a restore or a deletion.
 */
final class Navigation implements FeatureContext.Navigator {

    /** What a page is built from, for the open journal. */
    @FunctionalInterface
    interface Contexts {
        FeatureContext of(AppServices services, FeatureContext.Navigator navigator);
    }

    /** What a page's data was last read from: the journal at a revision, on a day. */
    private record JournalState(long revision, LocalDate today) {}

    private final ShellViewModel model;
    private final List<Feature> features;
    private final Contexts contexts;
    private final StackPane pageArea;
    private final Map<Feature, Feature.Page> pages = new HashMap<>();
    private final Map<Feature, JournalState> refreshedAt = new HashMap<>();
    private final ToggleGroup buttons = new ToggleGroup();
    private Feature current;
    private Destination startAt;

    /** Adds a button to {@code bar} and an item to {@code goMenu} for each feature; pages go in {@code pageArea}. */
    Navigation(ShellViewModel model, List<Feature> features, Contexts contexts, Pane bar, Menu goMenu,
            StackPane pageArea) {
        this.model = model;
        this.features = List.copyOf(features);
        this.contexts = contexts;
        this.pageArea = pageArea;
        this.features.forEach(feature -> add(feature, bar, goMenu));
        model.state().addListener((observable, before, now) -> stateChanged(now));
    }

    private void add(Feature feature, Pane bar, Menu goMenu) {
        ToggleButton button = new ToggleButton(feature.title(), new FontIcon(feature.icon()));
        button.setId("nav-" + feature.id());
        button.getStyleClass().add("nav-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setToggleGroup(buttons);
        button.setUserData(feature);
        button.setOnAction(event -> navigateTo(feature));
        bar.getChildren().add(button);

        MenuItem item = new MenuItem(feature.title());
        item.setAccelerator(feature.shortcut());
        item.setOnAction(event -> navigateTo(feature));
        goMenu.getItems().add(item);
    }

    /** Opens {@code destination} instead of the first page when the journal is first ready. */
    void startAt(Destination destination) {
        startAt = destination;
    }

    private void stateChanged(State now) {
        if (now == State.OPENING) {
            pages.clear();
            refreshedAt.clear();
            current = null;
            pageArea.getChildren().clear();
        }
        if (now == State.READY) {
            followJournalChanges(model.services().get());
            if (startAt != null) {
                open(startAt);
                startAt = null;
            } else if (!features.isEmpty()) {
                show(features.getFirst());
            }
        }
    }

    /** Leaves the current page (if it lets us) and shows {@code feature}. */
    private void navigateTo(Feature feature) {
        selectInNavigation(current);
        if (feature != current) {
            leaveCurrentPage(() -> show(feature));
        }
    }

    /** Asks the current page whether it may be left, then runs {@code proceed} (at once, or after saving). */
    void leaveCurrentPage(Runnable proceed) {
        if (current == null) {
            proceed.run();
        } else {
            pages.get(current).leaveGuard().leave(proceed);
        }
    }

    @Override
    public void open(Destination destination) {
        features.stream()
                .filter(feature -> feature.destinations().contains(destination.getClass()))
                .findFirst()
                .ifPresent(feature -> {
                    if (feature == current) {
                        pages.get(feature).opener().accept(destination);
                    } else {
                        leaveCurrentPage(() -> show(feature).opener().accept(destination));
                    }
                });
    }

    /**
     * Shows {@code feature}'s page, building it the first time. A page once built stays in the window, hidden while
     * another is shown: taking it out and putting it back would style every one of its nodes again.
     */
    private Feature.Page show(Feature feature) {
        Feature.Page page = pages.computeIfAbsent(feature, f -> {
            Feature.Page built = f.pageFactory().apply(contexts.of(model.services().get(), this));
            pageArea.getChildren().add(built.root());
            return built;
        });
        current = feature;
        pages.values().forEach(other -> showWhen(other.root(), other == page));
        selectInNavigation(feature);
        refreshIfChanged(feature, page);
        return page;
    }

    /** Reloads the page's data unless nothing was saved (and the day has not turned) since it last did. */
    private void refreshIfChanged(Feature feature, Feature.Page page) {
        AppServices services = model.services().get();
        JournalState now = new JournalState(services.journalRevision(), services.days().today());
        if (!now.equals(refreshedAt.put(feature, now))) {
            page.refresh().run();
        }
    }

    /**
     * After every change saved to the journal, from any page, dialog or background task, the page on show reloads
     * what it shows (the others do when they are shown again). Changes saved in a burst are taken up once.
     */
    private void followJournalChanges(AppServices services) {
        AtomicBoolean queued = new AtomicBoolean();
        services.onJournalChanged(() -> {
            if (queued.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    queued.set(false);
                    if (model.services().get() == services && current != null) {
                        refreshIfChanged(current, pages.get(current));
                    }
                });
            }
        });
    }

    private static void showWhen(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void selectInNavigation(Feature feature) {
        buttons.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == feature));
    }
}
