package app.gutlog.store;

import app.gutlog.domain.Backup;
import app.gutlog.domain.JournalException;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The names of a journal's copies: its backups, in the {@code backups} folder beside it, and the damaged copies kept
 * aside beside it. They are found by name alone, without opening them.
 */
final class BackupFiles {

    /** The time in the name of a backup or a damaged copy. */
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupFiles() {}

    /** The {@code backups} folder beside {@code journal}. */
    static Path folderOf(Path journal) {
        return journal.toAbsolutePath().resolveSibling("backups");
    }

    /**
     * Where a backup of {@code journal} goes: {@code backups/journal.daily-2026-11-23.db} beside {@code journal.db}.
     * The journal's name leads, so that journals sharing a folder (the demo journal beside one's own) never mix
     * their backups.
     */
    static Path fileFor(Path journal, Backup.Kind kind, String detail) {
        return folderOf(journal).resolve(stem(journal) + "." + kind.prefix() + "-" + detail + ".db");
    }

    /** Where {@code journal} is kept aside, when it is too damaged to be backed up, before it is replaced. */
    static Path damagedCopyFor(Path journal, String stamp) {
        return journal.resolveSibling(journal.getFileName() + ".damaged-" + stamp);
    }

    /** Every backup of {@code journal}, newest first. */
    static List<Backup> listOf(Path journal) {
        List<Backup> backups = new ArrayList<>();
        for (Path file : files(folderOf(journal))) {
            kindOf(journal, file).ifPresent(kind -> {
                try {
                    backups.add(new Backup(file.getFileName().toString(), kind,
                            LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()),
                            Files.size(file)));
                } catch (IOException vanished) {
                    // removed while listing: not a backup any more
                }
            });
        }
        backups.sort(Comparator.comparing(Backup::made).reversed());
        return backups;
    }

    /** The backups of the journal, newest first, and the damaged copies kept aside beside it. */
    static List<String> keptCopies(Path journal) {
        List<String> kept = new ArrayList<>();
        listOf(journal).forEach(backup -> kept.add("backups/" + backup.fileName()));
        String damaged = damagedCopyFor(journal, "").getFileName().toString();
        try (Stream<Path> siblings = Files.list(journal.getParent())) {
            siblings.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(damaged) && !name.endsWith("-wal") && !name.endsWith(".partial"))
                    .sorted()
                    .forEach(kept::add);
        } catch (IOException | UncheckedIOException noFolderYet) {
            // a folder that cannot be listed holds no copies GutLog could offer
        }
        return kept;
    }

    /** The database files in {@code folder}, backups or not. */
    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(file -> file.getFileName().toString().endsWith(".db")).toList();
        } catch (IOException e) {
            throw new JournalException(texts().format("store.backup.cannotList", folder.toString(), e.getMessage()), e);
        }
    }

    /** Which kind of backup of {@code journal} the file is, if it is one. */
    static Optional<Backup.Kind> kindOf(Path journal, Path file) {
        String name = file.getFileName().toString();
        String prefix = stem(journal) + ".";
        return Stream.of(Backup.Kind.values())
                .filter(kind -> name.startsWith(prefix + kind.prefix() + "-"))
                .findFirst();
    }

    private static String stem(Path journal) {
        String name = journal.getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }

    private static Texts texts() {
        return Texts.of(BackupFiles.class);
    }
}
