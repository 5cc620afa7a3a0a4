package app.gutlog.app.reminder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Records the programs it is asked to run, and answers as a desktop with or without systemd would. */
public final class RecordingRunner implements ProcessRunner {

    public final List<List<String>> ran = new ArrayList<>();
    public final List<List<String>> started = new ArrayList<>();
    private final Function<List<String>, Result> answer;

    public RecordingRunner(Function<List<String>, Result> answer) {
        this.answer = answer;
    }

    /** A desktop where the systemd user manager answers every systemctl call. */
    public static RecordingRunner withSystemd() {
        return new RecordingRunner(command -> new Result(0, ""));
    }

    /** A desktop with no systemctl at all. */
    public static RecordingRunner withoutSystemd() {
        return new RecordingRunner(command -> null);
    }

    @Override
    public Result run(List<String> command) throws IOException {
        ran.add(command);
        Result result = answer.apply(command);
        if (result == null) {
            throw new IOException("Cannot run program \"" + command.getFirst() + "\": No such file or directory");
        }
        return result;
    }

    @Override
    public void start(List<String> command) {
        started.add(command);
    }
}
