package app.gutlog.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code gutlog} in-process and keeps what it printed, and which journals it would have opened in the app. */
abstract class CommandLineTest {

    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final List<Path> desktopLaunches = new ArrayList<>();

    int run(String... args) {
        CommandLine commandLine = GutlogCommand.commandLine(desktopLaunches::add);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
