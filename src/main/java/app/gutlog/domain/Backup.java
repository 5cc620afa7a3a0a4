package app.gutlog.domain;

import app.gutlog.text.Texts;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A copy of the journal in its {@code backups} folder: why it was made, when, and its file name there. */
public record Backup(String fileName, Kind kind, LocalDateTime made, long bytes) {

    /** "23 Nov 2026 09:00 · Daily · 57 KB", as a list of backups shows it. */
    @Override
    public String toString() {
        return Texts.of(Backup.class).format("domain.backup.line",
                made.format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)), kind.label(),
                Long.toString(Math.max(1, bytes / 1024)));
    }

    /** Why a backup was made. {@code prefix} is written into its file name, which the kind is read back from. */
    public enum Kind {
        DAILY("daily"),
        WEEKLY("weekly"),
        MANUAL("manual"),
        BEFORE_MIGRATION("before-migration"),
        BEFORE_RESTORE("before-restore");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        public String label() {
            Texts texts = Texts.of(Backup.class);
            return switch (this) {
                case DAILY -> texts.get("domain.backup.daily");
                case WEEKLY -> texts.get("domain.backup.weekly");
                case MANUAL -> texts.get("domain.backup.manual");
                case BEFORE_MIGRATION -> texts.get("domain.backup.beforeMigration");
                case BEFORE_RESTORE -> texts.get("domain.backup.beforeRestore");
            };
        }
    }
}
