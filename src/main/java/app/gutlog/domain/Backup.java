package app.gutlog.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A copy of the journal in its {@code backups} folder: why it was made, when, and its file name there. */
public record Backup(String fileName, Kind kind, LocalDateTime made, long bytes) {

    /** "23 Nov 2026 09:00 · Daily · 57 KB", as a list of backups shows it. */
    @Override
    public String toString() {
        return made.format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH))
                + " · " + kind.label() + " · " + Math.max(1, bytes / 1024) + " KB";
    }

    public enum Kind {
        DAILY("daily", "Daily"),
        WEEKLY("weekly", "Weekly"),
        MANUAL("manual", "Backed up by hand"),
        BEFORE_MIGRATION("before-migration", "Before a schema update"),
        BEFORE_RESTORE("before-restore", "Before a restore");

        private final String prefix;
        private final String label;

        Kind(String prefix, String label) {
            this.prefix = prefix;
            this.label = label;
        }

        public String prefix() {
            return prefix;
        }

        public String label() {
            return label;
        }
    }
}
