package app.gutlog.store;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Measure;
import java.util.List;

/** Writes an import: its new custom measures and its days, in one transaction, so that it lands whole or not at all. */
public final class ImportRepository {

    private final Database database;

    public ImportRepository(Database database) {
        this.database = database;
    }

    public void addAll(List<Measure> newMeasures, List<DayEntry> days) {
        database.write(c -> {
            for (Measure measure : newMeasures) {
                MeasureRepository.insert(c, measure);
            }
            for (DayEntry day : days) {
                DayRepository.replace(c, day);
            }
            return null;
        });
    }
}
