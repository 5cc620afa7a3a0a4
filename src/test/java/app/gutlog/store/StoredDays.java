package app.gutlog.store;

import app.gutlog.domain.DayEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Reads what a journal holds on disk, read-only, while the app under test keeps it open. */
public final class StoredDays {

    private StoredDays() {}

    public static Optional<DayEntry> load(Path journal, LocalDate date) {
        try (Database database = Database.openReadOnly(journal)) {
            return new DayRepository(database).find(date);
        }
    }

    public static int count(Path journal) {
        try (Database database = Database.openReadOnly(journal)) {
            return new DayRepository(database).summary().daysLogged();
        }
    }
}
