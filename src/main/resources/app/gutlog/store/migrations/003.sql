-- GutLog schema version 3: red-flag symptoms.
-- A red flag is a yes/no symptom that calls for prompt medical advice rather than tracking. It is marked with
-- red_flag = 1 so that it never counts in the symptom burden, is never offered as an outcome, and always brings its
-- notice (the texts and their citations are in assets/knowledge/knowledge.xml, under <safety>).
-- The keys never change once released. A journal that somehow holds a measure with one of these keys already (a
-- custom one) keeps it as it is: INSERT OR IGNORE leaves it alone, and only a built-in measure is marked.

ALTER TABLE measure ADD COLUMN red_flag INTEGER NOT NULL DEFAULT 0 CHECK (red_flag IN (0, 1));

INSERT OR IGNORE INTO measure (key, name, kind, grp, scale, unit, exposure_op, exposure_threshold, description,
                               builtin, position, red_flag)
VALUES
    ('blood_in_stool', 'Blood in the stool or black stools', 'symptom', 'symptoms', 'yes_no', NULL, NULL, NULL, 'Any blood in or on your stool, or stools that look black. A warning sign: it needs a doctor, not tracking.', 1, 160, 1),
    ('weight_loss',    'Unintended weight loss',             'symptom', 'symptoms', 'yes_no', NULL, NULL, NULL, 'Losing weight without trying to. A warning sign: it needs a doctor, not tracking.', 1, 170, 1),
    ('fever',          'Fever',                              'symptom', 'symptoms', 'yes_no', NULL, NULL, NULL, 'A high temperature. A warning sign if it does not settle: it needs a doctor, not tracking.', 1, 180, 1),
    ('night_waking',   'Symptoms that wake you at night',    'symptom', 'symptoms', 'yes_no', NULL, NULL, NULL, 'Gut symptoms that wake you from sleep. A warning sign: it needs a doctor, not tracking.', 1, 190, 1);

UPDATE measure SET red_flag = 1
 WHERE builtin = 1 AND key IN ('blood_in_stool', 'weight_loss', 'fever', 'night_waking');
