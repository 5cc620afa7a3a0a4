package app.gutlog.app;

import app.gutlog.domain.JournalException;
import app.gutlog.domain.Measure;
import app.gutlog.store.MeasureRepository;
import app.gutlog.text.Texts;
import java.util.List;

/** The measures a person can log. */
public final class CatalogService {

    private final MeasureRepository measures;

    public CatalogService(MeasureRepository measures) {
        this.measures = measures;
    }

    /** Every measure, archived ones included, in day-form order. */
    public List<Measure> allMeasures() {
        return measures.findAll();
    }

    /** The measures the day form shows: every one that is not archived, in form order. */
    public List<Measure> activeMeasures() {
        return measures.findAll().stream().filter(measure -> !measure.archived()).toList();
    }

    public void add(Measure measure) {
        if (measure.builtIn()) {
            throw new IllegalArgumentException("only custom measures can be added");
        }
        measures.add(measure);
    }

    public void rename(String key, String name, String description) {
        if (name == null || name.isBlank()) {
            throw new JournalException(texts().get("app.measure.needsName"));
        }
        measures.rename(key, name, description);
    }

    public void setArchived(String key, boolean archived) {
        measures.setArchived(key, archived);
    }

    /** The keys of the measures the daily check-in shows, in order; empty until the person has chosen them. */
    public List<String> checkInKeys() {
        return measures.checkInKeys();
    }

    /** Chooses the check-in's measures and their order. Duplicates are refused; an empty list is refused. */
    public void setCheckIn(List<String> keys) {
        if (keys.isEmpty()) {
            throw new JournalException(texts().get("app.checkIn.empty"));
        }
        if (keys.stream().distinct().count() != keys.size()) {
            throw new JournalException(texts().get("app.checkIn.twice"));
        }
        measures.setCheckIn(keys);
    }

    private static Texts texts() {
        return Texts.of(CatalogService.class);
    }
}
