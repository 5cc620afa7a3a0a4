package app.gutlog.app;

import app.gutlog.domain.Measure;
import app.gutlog.store.MeasureRepository;
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
}
