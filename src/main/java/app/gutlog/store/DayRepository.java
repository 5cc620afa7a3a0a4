package app.gutlog.store;

import app.gutlog.domain.JournalSummary;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

/** The logged days. */
public final class DayRepository {

    private final Database database;

    public DayRepository(Database database) {
        this.database = database;
    }

    public JournalSummary summary() {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT count(*), min(day), max(day) FROM day");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return new JournalSummary(row.getInt(1), parse(row.getString(2)), parse(row.getString(3)));
            }
        });
    }

    private static LocalDate parse(String isoDay) {
        return isoDay == null ? null : LocalDate.parse(isoDay);
    }
}
