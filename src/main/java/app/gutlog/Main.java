package app.gutlog;

import app.gutlog.cli.GutlogCommand;
import app.gutlog.ui.bootstrap.GutLogApp;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts GutLog: the desktop app with no subcommand, the command line with one (which starts no JavaFX). The app's own
 * arguments are read without the command line's parser, which would cost the app's start-up time.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Optional<Path> desktopApp = GutlogCommand.desktopAppJournal(args);
        if (desktopApp.isPresent()) {
            GutLogApp.launch(desktopApp.get());
            System.exit(0);
        }
        System.exit(GutlogCommand.commandLine(journal -> GutLogApp.launch(journal)).execute(args));
    }
}
