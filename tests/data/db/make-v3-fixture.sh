#!/bin/sh
# Writes v3.db: a Waymark database at schema version 3, written by waymark-cli itself as it was
# before the unused store_meta table was dropped (commit b7ab945, the last with version 3), for
# the migration tests in tst_store. Build that commit's waymark-cli (git archive b7ab945 | tar -x
# -C /tmp/old, then the usual cmake build there) and run from this folder:
#     sh make-v3-fixture.sh /tmp/old/build/app/waymark-cli
# It holds:
#   1  a lead member's assessment with three answers, and LEAD-03 answered then cleared: version 3
#      keeps the clear as an empty row with its time;
#   2  an assessment imported from a file (format 2) with an action plan of two actions and a
#      clear of its own;
#   3  a member added in the room to workshop 1, which has an agreed rating.
# Like every version 1 to 3 database it has the empty store_meta table that version 4 drops.
set -eu
CLI=$1
rm -rf v3.db v3.db-wal v3.db-shm v3.db.lock v3-backups imported.json

"$CLI" new --db v3.db --authority "Cyngor Sir Gâr" --respondent "Cllr Ann Example" \
    --role lead-member --title "Autumn review" --date 2025-10-01 >/dev/null
"$CLI" answer --db v3.db --assessment 1 --question LEAD-01 --rating 3 \
    --evidence "Appointment minute, 2024"
"$CLI" answer --db v3.db --assessment 1 --question LEAD-02 --rating 1 --note "Ask who deputises"
"$CLI" answer --db v3.db --assessment 1 --question DUTY-02 --rating dont-know
"$CLI" answer --db v3.db --assessment 1 --question LEAD-03 --rating 2
"$CLI" answer --db v3.db --assessment 1 --question LEAD-03 --rating clear

cat >imported.json <<'JSON'
{
  "format": "waymark-assessment",
  "formatVersion": 2,
  "bank": {"id": "waymark-gateway", "version": "1.0.0"},
  "assessment": {
    "uid": "3b9e7c2d-5a41-4f0e-9c8d-7e6f5a4b3c2d",
    "title": "Handed in",
    "authority": "Cyngor Sir Gâr",
    "respondent": "Cllr Bethan Jones",
    "role": "councillor",
    "date": "2025-10-03",
    "created": "2025-10-03T09:00:00.000Z",
    "updated": "2025-10-03T11:00:00.000Z"
  },
  "answers": [
    {"question": "LEAD-01", "rating": 2, "note": "Asked at scrutiny",
     "updated": "2025-10-03T10:00:00.000Z"}
  ],
  "cleared": [
    {"question": "LEAD-02", "updated": "2025-10-03T10:30:00.000Z"}
  ],
  "actions": [
    {"question": "LEAD-01", "what": "Ask for the audit", "who": "Lead Member",
     "due": "2026-01-31", "status": "in-progress"},
    {"question": "", "what": "Visit the MASH", "who": "", "status": "not-started"}
  ]
}
JSON
"$CLI" import --db v3.db imported.json >/dev/null
rm imported.json

"$CLI" workshop new --db v3.db --name "Autumn workshop" --authority "Cyngor Sir Gâr" \
    --date 2025-10-05 >/dev/null
"$CLI" workshop member --db v3.db --workshop 1 --name "Cllr Bryn" --role councillor >/dev/null
"$CLI" workshop agree --db v3.db --workshop 1 --question LEAD-01 --rating 2

# Opening took the daily backup; the fixture is the database alone.
rm -rf v3-backups
