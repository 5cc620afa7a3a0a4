package app.gutlog.store;

import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trials of a journal. A trial keeps the moment it was first saved ({@code created_at}, with the person's UTC
 * offset then), so that a trial set up after the fact can say so; editing a trial never changes it.
 */
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

    /**
     * Saves a new trial with its measures in one transaction and returns it with its id and the day it was set up:
     * the local date of {@code setUpAt}.
     */
    public Trial add(Trial trial, OffsetDateTime setUpAt) {
        long id = database.write(c -> {
            long newId;
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO trial (name, protocol, baseline_from, start_day, end_day, reintroduce_until, outcome,
                                       created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                bindFields(insert, trial);
                insert.setString(8, setUpAt.toString());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    newId = keys.getLong(1);
                }
            }
            insertMeasures(c, newId, trial);
            return newId;
        });
        return trial.withId(id).withSetUpOn(setUpAt.toLocalDate());
    }

    /**
     * Replaces a saved trial's fields and measures with {@code trial}'s, in one transaction; the day it was set up
     * stays. False, with nothing changed, when no trial has its id.
     */
    public boolean update(Trial trial) {
        return database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE trial SET name = ?, protocol = ?, baseline_from = ?, start_day = ?, end_day = ?,
                                     reintroduce_until = ?, outcome = ?
                    WHERE id = ?""")) {
                bindFields(update, trial);
                update.setLong(8, trial.id());
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            deleteMeasures(c, trial.id());
            insertMeasures(c, trial.id(), trial);
            return true;
        });
    }

    /** Deletes a trial and its measures (never a logged value). False when no trial has that id. */
    public boolean delete(long id) {
        return database.write(c -> {
            deleteMeasures(c, id);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM trial WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static void bindFields(PreparedStatement statement, Trial trial) throws SQLException {
        statement.setString(1, trial.name());
        statement.setString(2, trial.protocol().code());
        statement.setString(3, trial.baselineFrom().toString());
        statement.setString(4, trial.start().toString());
        statement.setString(5, trial.end().toString());
        statement.setString(6, trial.reintroduceUntil() == null ? null : trial.reintroduceUntil().toString());
        statement.setString(7, trial.outcome().code());
    }

    private static void insertMeasures(Connection c, long trialId, Trial trial) throws SQLException {
        try (PreparedStatement measure = c.prepareStatement(
                "INSERT INTO trial_measure (trial_id, measure_key, role) VALUES (?, ?, ?)")) {
            for (String key : trial.avoid()) {
                insertMeasure(measure, trialId, key, "avoid");
            }
            for (String key : trial.add()) {
                insertMeasure(measure, trialId, key, "add");
            }
        }
    }

    private static void insertMeasure(PreparedStatement measure, long trialId, String key, String role)
            throws SQLException {
        measure.setLong(1, trialId);
        measure.setString(2, key);
        measure.setString(3, role);
        measure.executeUpdate();
    }

    private static void deleteMeasures(Connection c, long trialId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM trial_measure WHERE trial_id = ?")) {
            delete.setLong(1, trialId);
            delete.executeUpdate();
        }
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
                            SELECT id, name, protocol, baseline_from, start_day, end_day, reintroduce_until, outcome,
                                   created_at
                            FROM trial ORDER BY start_day DESC, id DESC""")) {
                while (rows.next()) {
                    Roles trialRoles = roles.getOrDefault(rows.getLong(1), new Roles());
                    String reintroduce = rows.getString(7);
                    trials.add(new Trial(rows.getLong(1), rows.getString(2), Trial.Protocol.fromCode(rows.getString(3)),
                            LocalDate.parse(rows.getString(4)), LocalDate.parse(rows.getString(5)),
                            LocalDate.parse(rows.getString(6)), reintroduce == null ? null : LocalDate.parse(reintroduce),
                            Outcome.fromCode(rows.getString(8)), trialRoles.avoid(), trialRoles.add(),
                            OffsetDateTime.parse(rows.getString(9)).toLocalDate()));
                }
            }
            return trials;
        });
    }
}
