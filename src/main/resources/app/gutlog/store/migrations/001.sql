-- GutLog schema version 1: the generic measure / day / value model and the built-in catalogue.
-- A measure that was not logged on a day has no row in day_value: absent, never zero.

CREATE TABLE measure (
    id                 INTEGER PRIMARY KEY,
    key                TEXT    NOT NULL UNIQUE
                               CHECK (length(key) BETWEEN 1 AND 40 AND key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z0-9_]*'),
    name               TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind               TEXT    NOT NULL CHECK (kind IN ('symptom', 'risk_factor', 'support', 'other')),
    grp                TEXT    NOT NULL CHECK (grp IN ('symptoms', 'diet', 'sleep', 'stress', 'alcohol_medications',
                                                       'exercise', 'supplements', 'stool', 'notes')),
    scale              TEXT    NOT NULL CHECK (scale IN ('severity', 'count', 'hours', 'minutes', 'rating', 'yes_no',
                                                         'bristol', 'text')),
    unit               TEXT,
    exposure_op        TEXT    CHECK (exposure_op IN ('>', '>=', '<', '<=')),
    exposure_threshold REAL,
    description        TEXT,
    builtin            INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    archived           INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    position           INTEGER NOT NULL,
    CHECK ((exposure_op IS NULL) = (exposure_threshold IS NULL))
);

CREATE TABLE day (
    day        TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    notes      TEXT,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE day_value (
    day        TEXT    NOT NULL REFERENCES day (day) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES measure (id),
    value      REAL    NOT NULL,
    PRIMARY KEY (day, measure_id)
) WITHOUT ROWID;

CREATE INDEX day_value_by_measure ON day_value (measure_id, day);

INSERT INTO measure (key, name, kind, grp, scale, unit, exposure_op, exposure_threshold, description, builtin, position)
VALUES
    -- symptoms, severity 0-10
    ('bloating',          'Bloating',                       'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'A swollen, full or tight belly.', 1, 10),
    ('gas',               'Gas',                            'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Wind or flatulence beyond what is usual for you.', 1, 20),
    ('abdominal_pain',    'Cramping or abdominal pain',     'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Cramps or pain anywhere in the belly.', 1, 30),
    ('diarrhea',          'Diarrhea',                       'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Loose or urgent stools.', 1, 40),
    ('constipation',      'Constipation',                   'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Hard, infrequent or difficult stools.', 1, 50),
    ('heartburn',         'Heartburn or reflux',            'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Burning behind the breastbone or acid rising into the throat.', 1, 60),
    ('food_reaction',     'Reaction to a food',             'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Symptoms that seem to follow a particular food.', 1, 70),
    ('brain_fog',         'Brain fog',                      'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Trouble thinking clearly, focusing or remembering.', 1, 80),
    ('fatigue',           'Fatigue',                        'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Tiredness that rest does not fix.', 1, 90),
    ('joint_pain',        'Joint pain',                     'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Aching or stiff joints.', 1, 100),
    ('skin',              'Skin problems',                  'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Rashes, itching, acne or flare-ups of a skin condition.', 1, 110),
    ('anxiety',           'Anxiety',                        'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Feeling worried, tense or on edge.', 1, 120),
    ('low_mood',          'Low mood',                       'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Feeling down, flat or hopeless.', 1, 130),
    ('irritability',      'Irritability',                   'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Getting annoyed or short-tempered easily.', 1, 140),
    ('cravings',          'Food cravings',                  'symptom', 'symptoms', 'severity', NULL, NULL, NULL, 'Strong urges for particular foods, often sweet or starchy.', 1, 150),

    -- diet: risk factors, then supports
    ('sugar',             'Added sugar',                    'risk_factor', 'diet', 'count', 'servings', '>', 0, 'Sweets, sugary drinks and foods with added sugar.', 1, 200),
    ('processed_food',    'Processed food',                 'risk_factor', 'diet', 'count', 'servings', '>', 0, 'Packaged, fried or heavily processed meals and snacks.', 1, 210),
    ('sweeteners',        'Artificial sweeteners',          'risk_factor', 'diet', 'count', 'servings', '>', 0, 'Diet drinks and foods sweetened without sugar.', 1, 220),
    ('gluten',            'Gluten',                         'risk_factor', 'diet', 'count', 'servings', '>', 0, 'Wheat, barley, rye and foods made from them.', 1, 230),
    ('dairy',             'Dairy',                          'risk_factor', 'diet', 'count', 'servings', '>', 0, 'Milk, cheese, yoghurt, cream and butter.', 1, 240),
    ('fermented_food',    'Fermented food',                 'support',     'diet', 'count', 'servings', '>', 0, 'Live-culture foods such as sauerkraut, kimchi, kefir or yoghurt.', 1, 250),
    ('bone_broth',        'Bone broth',                     'support',     'diet', 'count', 'servings', '>', 0, 'Broth simmered from bones.', 1, 260),
    ('vegetables',        'Vegetables, greens and berries', 'support',     'diet', 'count', 'servings', '>', 0, 'Vegetables, leafy greens and berries.', 1, 270),

    -- sleep
    ('sleep_hours',       'Sleep',                          'risk_factor', 'sleep', 'hours',  'hours', '<',  7, 'Hours slept last night.', 1, 300),
    ('sleep_quality',     'Sleep quality',                  'risk_factor', 'sleep', 'rating', NULL,    '<=', 2, 'How well you slept, from 1 (very poorly) to 5 (very well).', 1, 310),

    -- stress
    ('stress',            'Stress',                         'risk_factor', 'stress', 'severity', NULL,     '>=', 6, 'How stressed you felt today, from 0 (calm) to 10 (overwhelmed).', 1, 400),
    ('relaxation',        'Relaxation practice',            'support',     'stress', 'minutes', 'minutes', '>',  0, 'Time spent on a stress-reduction practice such as breathing, meditation or a quiet walk.', 1, 410),

    -- alcohol and medications
    ('alcohol',           'Alcohol',                        'risk_factor', 'alcohol_medications', 'count',  'standard drinks', '>', 0, 'Standard drinks of beer, wine or spirits.', 1, 500),
    ('nsaid',             'NSAIDs',                         'risk_factor', 'alcohol_medications', 'count',  'doses', '>', 0, 'Doses of anti-inflammatory painkillers such as ibuprofen, naproxen or aspirin.', 1, 510),
    ('antibiotic',        'Antibiotics',                    'risk_factor', 'alcohol_medications', 'count',  'doses', '>', 0, 'Doses of an antibiotic.', 1, 520),
    ('steroid',           'Steroids',                       'risk_factor', 'alcohol_medications', 'count',  'doses', '>', 0, 'Doses of a corticosteroid such as prednisone.', 1, 530),
    ('gut_infection',     'Gut infection (diagnosed)',      'risk_factor', 'alcohol_medications', 'yes_no', NULL,    '>', 0, 'A gut infection that a clinician has diagnosed and that is still active.', 1, 540),

    -- exercise
    ('moderate_exercise', 'Moderate exercise',              'support',     'exercise', 'minutes', 'minutes', '>', 0, 'Walking, cycling, swimming or similar at a comfortable effort.', 1, 600),
    ('hard_training',     'Hard training',                  'risk_factor', 'exercise', 'minutes', 'minutes', '>', 0, 'Long or very intense training that leaves you drained.', 1, 610),

    -- supplements
    ('probiotic',         'Probiotic',                      'support', 'supplements', 'count', 'doses', '>', 0, 'Doses of a probiotic supplement.', 1, 700),
    ('glutamine',         'L-glutamine',                    'support', 'supplements', 'count', 'doses', '>', 0, 'Doses of L-glutamine.', 1, 710),
    ('vitamin_d',         'Vitamin D',                      'support', 'supplements', 'count', 'doses', '>', 0, 'Doses of vitamin D.', 1, 720),
    ('zinc',              'Zinc',                           'support', 'supplements', 'count', 'doses', '>', 0, 'Doses of zinc.', 1, 730),

    -- stool and notes
    ('stool_form',        'Stool form',                     'other', 'stool', 'bristol', NULL, NULL, NULL, 'The Bristol stool type of the day''s typical stool, from 1 (hard lumps) to 7 (watery).', 1, 800),
    ('notes',             'Notes',                          'other', 'notes', 'text',    NULL, NULL, NULL, 'Anything else about the day, in your own words.', 1, 900);
