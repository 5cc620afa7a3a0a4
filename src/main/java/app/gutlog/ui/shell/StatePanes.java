package app.gutlog.ui.shell;

import app.gutlog.text.Texts;
import app.gutlog.ui.shell.ShellViewModel.State;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * What the window shows and allows while the journal opens, or once it could not be opened: the opening and failure
 * panes over the page area, and the navigation and menus that wait for an open journal.
 */
final class StatePanes {

    private static final String RESTORE_ITEM = "menu-restore";

    private final ShellViewModel model;
    private final Texts texts = Texts.of(StatePanes.class);

    StatePanes(ShellViewModel model) {
        this.model = model;
    }

    void showOpening(Node openingPane) {
        openingPane.visibleProperty().bind(model.state().isEqualTo(State.OPENING));
    }

    /** Why the journal could not be opened, and a button to restore the newest good backup when there is one. */
    void showFailure(Node failurePane, Label failureMessage, Button restoreGoodBackup) {
        failurePane.visibleProperty().bind(model.state().isEqualTo(State.FAILED));
        failureMessage.textProperty().bind(model.failure());
        restoreGoodBackup.visibleProperty().bind(model.goodBackup().isNotNull());
        restoreGoodBackup.managedProperty().bind(restoreGoodBackup.visibleProperty());
        restoreGoodBackup.textProperty().bind(Bindings.createStringBinding(() -> model.goodBackup().get() == null
                ? "" : texts.format("shell.failure.restoreGoodBackup", model.goodBackup().get().getFileName()),
                model.goodBackup()));
        InvalidationListener offerTheGoodBackupFirst = observable -> {
            if (failurePane.isVisible() && restoreGoodBackup.isVisible()) {
                restoreGoodBackup.requestFocus();
            }
        };
        failurePane.visibleProperty().addListener(offerTheGoodBackupFirst);
        restoreGoodBackup.visibleProperty().addListener(offerTheGoodBackupFirst);
    }

    /**
     * Disables the navigation, the Go menu, the tour and the File menu's journal items until the journal is open.
     * Restoring a backup stays possible when it could not be opened.
     */
    void disableUntilReady(Node navigation, Menu goMenu, MenuItem tourItem, MenuItem checkInItem, Menu fileMenu) {
        navigation.disableProperty().bind(model.state().isNotEqualTo(State.READY));
        goMenu.disableProperty().bind(navigation.disableProperty());
        tourItem.disableProperty().bind(navigation.disableProperty());
        checkInItem.disableProperty().bind(navigation.disableProperty());
        fileMenu.getItems().stream().filter(item -> item.getId() != null && !item.getId().equals(RESTORE_ITEM))
                .forEach(item -> item.disableProperty().bind(navigation.disableProperty()));
        fileMenu.getItems().stream().filter(item -> RESTORE_ITEM.equals(item.getId())).findFirst()
                .ifPresent(item -> item.disableProperty().bind(model.state().isEqualTo(State.OPENING)));
    }
}
