package app.gutlog.ui;

import app.gutlog.app.AppServices;
import app.gutlog.app.TaskRunner;
import java.time.LocalDate;

/** What a feature's page is built from: the open journal's services, the runner for background work, and navigation. */
public record FeatureContext(AppServices services, TaskRunner tasks, Navigator navigator) {

    /** Moves between pages. */
    public interface Navigator {
        /** Shows the day form on {@code date}. */
        void openDay(LocalDate date);
    }
}
