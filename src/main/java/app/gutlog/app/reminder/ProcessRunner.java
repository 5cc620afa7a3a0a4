package app.gutlog.app.reminder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the desktop's own programs (systemctl, notify-send, GutLog's launcher); tests replace it. */
public interface ProcessRunner {

    /** What a finished program printed and returned. */
    record Result(int exitCode, String output) {

        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Runs {@code command} to its end; a program that cannot be started at all throws {@link IOException}. */
    Result run(List<String> command) throws IOException;

    /** Starts {@code command} on its own, without waiting for it or reading what it prints. */
    void start(List<String> command) throws IOException;

    /** The real programs, with no input; their error output goes to this process's. */
    static ProcessRunner system() {
        return new ProcessRunner() {
            @Override
            public Result run(List<String> command) throws IOException {
                Process process = new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                try {
                    return new Result(process.waitFor(), output);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroy();
                    throw new IOException(command.getFirst() + " was interrupted", e);
                }
            }

            @Override
            public void start(List<String> command) throws IOException {
                new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            }

            private static java.io.File nullDevice() {
                return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
            }
        };
    }
}
