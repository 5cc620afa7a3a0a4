package app.gutlog.store;

import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The catalogue of measures: the built-in ones from the first migration plus any the user adds. */
public final class MeasureRepository {

    private static final String COLUMNS =
            "key, name, kind, grp, scale, unit, exposure_op, exposure_threshold, description, builtin, archived";

    private final Database database;

    public MeasureRepository(Database database) {
        this.database = database;
    }

    /** Every measure, archived ones included, in day-form order. */
    public List<Measure> findAll() {
        return database.read(c -> {
            try (PreparedStatement query =
                            c.prepareStatement("SELECT " + COLUMNS + " FROM measure ORDER BY position, id");
                    ResultSet rows = query.executeQuery()) {
                List<Measure> measures = new ArrayList<>();
                while (rows.next()) {
                    measures.add(toMeasure(rows));
                }
                return measures;
            }
        });
    }

    private static Measure toMeasure(ResultSet row) throws SQLException {
        String op = row.getString("exposure_op");
        ExposureRule exposure =
                op == null ? null : new ExposureRule(ExposureRule.Comparison.fromSymbol(op), row.getDouble("exposure_threshold"));
        return new Measure(
                row.getString("key"),
                row.getString("name"),
                MeasureKind.fromCode(row.getString("kind")),
                MeasureGroup.fromCode(row.getString("grp")),
                Scale.fromCode(row.getString("scale")),
                row.getString("unit"),
                exposure,
                row.getString("description"),
                row.getBoolean("builtin"),
                row.getBoolean("archived"));
    }
}
