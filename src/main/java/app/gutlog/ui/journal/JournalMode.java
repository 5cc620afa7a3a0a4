package app.gutlog.ui.journal;

import app.gutlog.ui.checkin.CheckInPlan;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/**
 * Which of the two ways to log a day the Journal page shows: the check-in (the tracked measures only) or the full
 * form. A person who has chosen what to track starts on the check-in; one who has not starts on the full form until
 * they ask for the check-in. A switch made by hand holds until GutLog closes.
 */
final class JournalMode {

    private final ToggleButton checkInToggle;
    private final ToggleButton fullFormToggle;
    private final ScrollPane checkInScroll;
    private final ScrollPane formScroll;
    private final CheckInView checkIn;
    private boolean chosenByHand;

    JournalMode(ToggleButton checkInToggle, ToggleButton fullFormToggle, ScrollPane checkInScroll,
            ScrollPane formScroll, CheckInView checkIn, CheckInPlan plan, Runnable fullFormShown) {
        this.checkInToggle = checkInToggle;
        this.fullFormToggle = fullFormToggle;
        this.checkInScroll = checkInScroll;
        this.formScroll = formScroll;
        this.checkIn = checkIn;
        ToggleGroup modes = new ToggleGroup();
        modes.getToggles().addAll(checkInToggle, fullFormToggle);
        fullFormToggle.setSelected(true);
        modes.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                showSelected();
            }
        });
        checkInToggle.setOnAction(event -> chosenByHand = true);
        fullFormToggle.setOnAction(event -> {
            chosenByHand = true;
            fullFormShown.run();
        });
        plan.loaded().subscribe(loaded -> {
            if (loaded && !chosenByHand && !plan.keys().isEmpty()) {
                checkInToggle.setSelected(true);
            }
        });
        showSelected();
    }

    /** Shows the check-in and puts the focus on its first line. */
    void showCheckIn() {
        chosenByHand = true;
        checkInToggle.setSelected(true);
        checkIn.focusFirst();
    }

    /** Shows the full form, for the tour and for a measure to find on it. */
    void showFullForm() {
        chosenByHand = true;
        fullFormToggle.setSelected(true);
    }

    boolean isCheckIn() {
        return checkInToggle.isSelected();
    }

    private void showSelected() {
        boolean checkingIn = checkInToggle.isSelected();
        checkInScroll.setVisible(checkingIn);
        formScroll.setVisible(!checkingIn);
        fullFormToggle.setSelected(!checkingIn);
    }
}
