package app.gutlog;

import app.gutlog.cli.GutlogCommand;
import app.gutlog.ui.GutLogApp;

/** Starts GutLog: the desktop app with no subcommand, the command line with one (which starts no JavaFX). */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(GutlogCommand.commandLine(journal -> GutLogApp.launch(journal)).execute(args));
    }
}
