package app.gutlog.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a file, such as an export or a report, so that it is either complete or absent: into a private (0600)
 * temporary file beside it, which {@link DurableFiles} then puts over the target. A failure part-way leaves the target
 * as it was. Each temporary file is listed in a ledger while it exists, so that one left behind by a process that was
 * killed is removed by {@link #cleanUp()}.
 */
public final class AtomicFiles {

    /** Writes the file's content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Pattern PART_FILE = Pattern.compile("\\..+\\.part");

    private final Path ledger;

    private AtomicFiles(Path ledger) {
        this.ledger = ledger;
    }

    /** Writes files for the journal at {@code journal}, listing their temporary files in its ledger beside it. */
    public static AtomicFiles besideJournal(Path journal) {
        return new AtomicFiles(JournalFiles.partFileLedger(journal));
    }

    public void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = PrivateFiles.createTemporaryFile(folder, "." + target.getFileName() + ".", ".part");
        try {
            remember(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
            }
            DurableFiles.moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
            forget(temporary);
        }
    }

    /** Removes the temporary files that a write cut short (by a crash or a kill) left behind, and empties the ledger. */
    public synchronized void cleanUp() throws IOException {
        for (Path leftover : listed()) {
            if (PART_FILE.matcher(leftover.getFileName().toString()).matches()) {
                Files.deleteIfExists(leftover);
            }
        }
        Files.deleteIfExists(ledger);
    }

    private synchronized void remember(Path temporary) throws IOException {
        List<Path> listed = listed();
        listed.add(temporary.toAbsolutePath());
        writeLedger(listed);
    }

    private synchronized void forget(Path temporary) throws IOException {
        List<Path> listed = listed();
        listed.remove(temporary.toAbsolutePath());
        if (listed.isEmpty()) {
            Files.deleteIfExists(ledger);
        } else {
            writeLedger(listed);
        }
    }

    private List<Path> listed() throws IOException {
        List<Path> listed = new ArrayList<>();
        if (Files.exists(ledger)) {
            Files.readAllLines(ledger, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .map(Path::of).forEach(listed::add);
        }
        return listed;
    }

    private void writeLedger(List<Path> listed) throws IOException {
        Path folder = ledger.toAbsolutePath().getParent();
        Path next = PrivateFiles.createTemporaryFile(folder, "." + ledger.getFileName() + ".", ".next");
        try {
            StringBuilder text = new StringBuilder();
            listed.forEach(path -> text.append(path).append('\n'));
            Files.writeString(next, text, StandardCharsets.UTF_8);
            DurableFiles.moveIntoPlace(next, ledger);
        } finally {
            Files.deleteIfExists(next);
        }
    }
}
