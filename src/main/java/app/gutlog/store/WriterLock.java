package app.gutlog.store;

import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes sure only one GutLog, app or command, has a journal open: an exclusive lock on {@code journal.db.lock}
 * beside it, held until the journal is closed. The operating system releases it if GutLog dies, so a crash never
 * leaves the journal locked.
 */
final class WriterLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path fileFor(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".lock");
    }

    /** Takes the lock at once, or fails at once saying that the journal is already open. */
    static WriterLock acquire(Path journal) {
        Path lockFile = fileFor(journal);
        if (Files.isSymbolicLink(lockFile)) {
            throw new JournalException(texts().format("store.lock.symbolicLink", lockFile.toString()));
        }
        FileChannel channel;
        try {
            PrivateFiles.ensurePrivateFile(lockFile);
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new JournalException(texts().format("store.lock.cannotCreate", lockFile.toString(), e.getMessage()),
                    e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new WriterLock(channel, lock);
            }
        } catch (OverlappingFileLockException | IOException held) {
            // another part of this process holds it: the journal is open, just as when another process holds it
        }
        closeQuietly(channel);
        throw new JournalException(texts().format("store.lock.held", journal.toString()));
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    private static Texts texts() {
        return Texts.of(WriterLock.class);
    }
}
