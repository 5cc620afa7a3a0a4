package app.gutlog.store;

import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import app.gutlog.text.Texts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The catalogue of measures: the built-in ones from the first migration plus any the user adds. */
public final class MeasureRepository {

    private static final String COLUMNS =
            "key, name, kind, grp, scale, unit, exposure_op, exposure_threshold, description, builtin, archived, red_flag";

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
                measures.sort(Comparator.comparing(Measure::group)); // stable: keeps the order inside a group
                return measures;
            }
        });
    }

    /** Adds a measure at the end of its group. Fails with a message if the key is taken. */
    public void add(Measure measure) {
        database.write(c -> {
            insert(c, measure);
            return null;
        });
    }

    /** Inserts a custom measure at the end of its group, inside the caller's transaction. */
    static void insert(Connection c, Measure measure) throws SQLException {
        try (PreparedStatement taken = c.prepareStatement("SELECT 1 FROM measure WHERE key = ?")) {
            taken.setString(1, measure.key());
            try (ResultSet rows = taken.executeQuery()) {
                if (rows.next()) {
                    throw new JournalException(texts().format("store.measure.taken", measure.key()));
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO measure (key, name, kind, grp, scale, unit, exposure_op, exposure_threshold,
                                     description, builtin, archived, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?,
                        (SELECT coalesce(max(position), 0) + 1 FROM measure WHERE grp = ?))""")) {
            ExposureRule exposure = measure.exposure();
            insert.setString(1, measure.key());
            insert.setString(2, measure.name());
            insert.setString(3, measure.kind().code());
            insert.setString(4, measure.group().code());
            insert.setString(5, measure.scale().code());
            insert.setString(6, measure.unit());
            insert.setString(7, exposure == null ? null : exposure.comparison().symbol());
            insert.setObject(8, exposure == null ? null : exposure.threshold());
            insert.setString(9, measure.description());
            insert.setBoolean(10, measure.archived());
            insert.setString(11, measure.group().code());
            insert.executeUpdate();
        }
    }

    /** Changes a measure's name and description; its key, and so its data, stay as they are. */
    public void rename(String key, String name, String description) {
        update(key, "UPDATE measure SET name = ?, description = ? WHERE key = ?", name.strip(),
                description == null || description.isBlank() ? null : description.strip());
    }

    /** Archives (hides from the day form) or restores a measure. Its logged values are kept either way. */
    public void setArchived(String key, boolean archived) {
        update(key, "UPDATE measure SET archived = ? WHERE key = ?", archived ? 1 : 0);
    }

    /** The keys of the measures the check-in shows, in its order; empty until the person has chosen. */
    public List<String> checkInKeys() {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("""
                            SELECT m.key FROM check_in ci JOIN measure m ON m.id = ci.measure_id
                             WHERE m.archived = 0 ORDER BY ci.position""");
                    ResultSet rows = query.executeQuery()) {
                List<String> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
                return keys;
            }
        });
    }

    /**
     * Makes {@code keys} the check-in's measures, in that order, in one transaction. Fails with a message naming the
     * first key that is not a measure, and changes nothing.
     */
    public void setCheckIn(List<String> keys) {
        database.write(c -> {
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM check_in")) {
                clear.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO check_in (position, measure_id) SELECT ?, id FROM measure WHERE key = ?")) {
                int position = 1;
                for (String key : keys) {
                    insert.setInt(1, position++);
                    insert.setString(2, key);
                    if (insert.executeUpdate() != 1) {
                        throw new JournalException(texts().format("store.measure.none", key));
                    }
                }
            }
            return null;
        });
    }

    private void update(String key, String sql, Object... values) {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.setString(values.length + 1, key);
                if (update.executeUpdate() != 1) {
                    throw new JournalException(texts().format("store.measure.none", key));
                }
            }
            return null;
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
                row.getBoolean("archived"),
                row.getBoolean("red_flag"));
    }

    private static Texts texts() {
        return Texts.of(MeasureRepository.class);
    }
}
