-- Self-experiments: a trial compares a baseline phase with a trial phase (and an optional reintroduction).

CREATE TABLE trial (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    protocol          TEXT    NOT NULL CHECK (protocol IN ('gluten_free', 'low_fodmap', 'paleo', 'alcohol_free',
                                                          'nsaid_free', 'sleep', 'stress_practice', 'probiotic',
                                                          'glutamine', 'custom')),
    baseline_from     TEXT    NOT NULL,
    start_day         TEXT    NOT NULL,
    end_day           TEXT    NOT NULL,
    reintroduce_until TEXT,
    outcome           TEXT    NOT NULL DEFAULT 'burden',
    created_at        TEXT    NOT NULL,
    CHECK (baseline_from < start_day AND start_day <= end_day),
    CHECK (reintroduce_until IS NULL OR reintroduce_until > end_day)
);

CREATE TABLE trial_measure (
    trial_id    INTEGER NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    measure_key TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('avoid', 'add')),
    PRIMARY KEY (trial_id, measure_key)
);
