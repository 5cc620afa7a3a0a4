package app.gutlog.ui;

import app.gutlog.app.AppServices;
import app.gutlog.app.TaskRunner;

/** What a feature's page is built from: the open journal's services and the runner for background work. */
public record FeatureContext(AppServices services, TaskRunner tasks) {}
