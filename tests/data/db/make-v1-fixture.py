#!/usr/bin/env python3
"""Writes v1.db: a Waymark database at schema version 1 (as Waymark 0.1 wrote it before the
workshop tables), holding one assessment with answers and an action, for the migration test.
Run from this folder: python3 make-v1-fixture.py"""
import os
import sqlite3

if os.path.exists("v1.db"):
    os.remove("v1.db")
db = sqlite3.connect("v1.db")
db.executescript("""
CREATE TABLE assessment ( id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '', authority TEXT NOT NULL, respondent TEXT NOT NULL, role TEXT NOT NULL, assessed_on TEXT, bank_id TEXT NOT NULL, bank_version TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE answer ( assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, question_id TEXT NOT NULL, rating TEXT, evidence TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', flagged INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, PRIMARY KEY (assessment_id, question_id));
CREATE TABLE action ( id INTEGER PRIMARY KEY, assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, question_id TEXT NOT NULL DEFAULT '', what TEXT NOT NULL, who TEXT NOT NULL DEFAULT '', due_on TEXT, status TEXT NOT NULL);
CREATE INDEX action_by_assessment ON action (assessment_id);
CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
PRAGMA application_id = 1465470283;
PRAGMA user_version = 1;
""")
db.execute("INSERT INTO assessment VALUES (1, '6f1c2a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f', 'Autumn review', "
           "'Cyngor Sir Gâr', 'Cllr Ann Example', 'lead-member', '2025-10-01', 'waymark-gateway', "
           "'1.0.0', '2025-10-01T09:00:00.000Z', '2025-10-02T10:30:00.000Z')")
db.executemany("INSERT INTO answer VALUES (1, ?, ?, ?, ?, ?, ?)", [
    ("LEAD-01", "3", "Appointment minute, 2024", "", 0, "2025-10-01T09:05:00.000Z"),
    ("LEAD-02", "1", "", "Ask who deputises", 1, "2025-10-01T09:06:00.000Z"),
    ("DUTY-02", "dont-know", "", "Ask for the s47 timeliness figures", 0, "2025-10-02T10:30:00.000Z"),
])
db.execute("INSERT INTO action VALUES (1, 1, 'LEAD-02', 'Confirm the Lead Member deputy', "
           "'Monitoring officer', '2025-12-01', 'in-progress')")
db.execute("INSERT INTO store_meta VALUES ('last_backup', '2025-10-02T10:30:00.000Z')")
db.commit()
db.close()
