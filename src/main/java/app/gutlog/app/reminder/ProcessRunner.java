package app.gutlog.app.reminder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the desktop's own programs (systemctl, notify-send, GutLog's launcher); tests replace it. */
public interface ProcessRunner {

    /** What a finished program printed, on its output and on its error output, and returned. */
    record Result(int exitCode, String output, String error) {

        public Result(int exitCode, String output) {
            this(exitCode, output, "");
        }

        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Runs {@code command} to its end; a program that cannot be started at all throws {@link IOException}. */
    Result run(List<String> command) throws IOException;

    /** Starts {@code command} on its own, without waiting for it or reading what it prints. */
    void start(List<String> command) throws IOException;

    /** The real programs, with no input. */
    static ProcessRunner system() {
        return new ProcessRunner() {
            @Override
            public Result run(List<String> command) throws IOException {
                Process process = new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                        .start();
                CompletableFuture<String> error = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
                String output = readAll(process.getInputStream());
                try {
                    return new Result(process.waitFor(), output, error.join());
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

            private static String readAll(InputStream stream) {
                try (stream) {
                    return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private static java.io.File nullDevice() {
                return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
            }
        };
    }
}
