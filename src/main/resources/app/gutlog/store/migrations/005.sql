-- GutLog schema version 5: the daily check-in.
-- The check-in shows only the measures a person chose to track, in the order they chose. A measure left out keeps
-- its data and stays on the full day form. An empty table means nothing has been chosen yet, so the check-in asks.

CREATE TABLE check_in (
    position   INTEGER PRIMARY KEY CHECK (position >= 1),
    measure_id INTEGER NOT NULL UNIQUE REFERENCES measure (id)
);
