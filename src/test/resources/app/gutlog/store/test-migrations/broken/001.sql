CREATE TABLE thing (note TEXT NOT NULL);
INSERT INTO thing (note) VALUES ('kept');
