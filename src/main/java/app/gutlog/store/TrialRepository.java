package app.gutlog.store;

import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The trials of a journal. */
public final class TrialRepository {

    private final Database database;

    /** The measures a trial avoids and adds, as read. */
    private record Roles(List<String> avoid, List<String> add) {
        Roles() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    public TrialRepository(Database database) {
        this.database = database;
    }

    /** Saves a new trial with its measures in one transaction and returns it with its id. */
    public Trial add(Trial trial) {
        long id = database.write(c -> {
            long newId;
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO trial (name, protocol, baseline_from, start_day, end_day, reintroduce_until, outcome,
                                       created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, trial.name());
                insert.setString(2, trial.protocol().code());
                insert.setString(3, trial.baselineFrom().toString());
                insert.setString(4, trial.start().toString());
                insert.setString(5, trial.end().toString());
                insert.setString(6, trial.reintroduceUntil() == null ? null : trial.reintroduceUntil().toString());
                insert.setString(7, trial.outcome().code());
                insert.setString(8, Instant.now().toString());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    newId = keys.getLong(1);
                }
            }
            try (PreparedStatement measure = c.prepareStatement(
                    "INSERT INTO trial_measure (trial_id, measure_key, role) VALUES (?, ?, ?)")) {
                for (String key : trial.avoid()) {
                    measure.setLong(1, newId);
                    measure.setString(2, key);
                    measure.setString(3, "avoid");
                    measure.executeUpdate();
                }
                for (String key : trial.add()) {
                    measure.setLong(1, newId);
                    measure.setString(2, key);
                    measure.setString(3, "add");
                    measure.executeUpdate();
                }
            }
            return newId;
        });
        return trial.withId(id);
    }

    /** Every trial, the newest start first. */
    public List<Trial> findAll() {
        return database.read(c -> {
            Map<Long, Roles> roles = new LinkedHashMap<>();
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT trial_id, measure_key, role FROM trial_measure ORDER BY trial_id, rowid")) {
                while (rows.next()) {
                    Roles trialRoles = roles.computeIfAbsent(rows.getLong(1), id -> new Roles());
                    (rows.getString(3).equals("avoid") ? trialRoles.avoid() : trialRoles.add()).add(rows.getString(2));
                }
            }
            List<Trial> trials = new ArrayList<>();
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("""
                            SELECT id, name, protocol, baseline_from, start_day, end_day, reintroduce_until, outcome
                            FROM trial ORDER BY start_day DESC, id DESC""")) {
                while (rows.next()) {
                    Roles trialRoles = roles.getOrDefault(rows.getLong(1), new Roles());
                    String reintroduce = rows.getString(7);
                    trials.add(new Trial(rows.getLong(1), rows.getString(2), Trial.Protocol.fromCode(rows.getString(3)),
                            LocalDate.parse(rows.getString(4)), LocalDate.parse(rows.getString(5)),
                            LocalDate.parse(rows.getString(6)), reintroduce == null ? null : LocalDate.parse(reintroduce),
                            Outcome.fromCode(rows.getString(8)), trialRoles.avoid(), trialRoles.add()));
                }
            }
            return trials;
        });
    }
}
