#!/bin/sh
# Writes v2.db: a Waymark database at schema version 2, written by waymark-cli itself as it was
# before clears were kept (commit b704e58, the last with version 2), for the migration tests in
# tst_store. Build that commit's waymark-cli (git archive b704e58 | tar -x -C /tmp/old, then the
# usual cmake build there) and run from this folder:
#     sh make-v2-fixture.sh /tmp/old/build/app/waymark-cli
# It holds:
#   1  a lead member's assessment with three answers and an action plan that the CLI cannot make
#      (none), and LEAD-03 answered then cleared: version 2 deleted the row, so the clear is lost;
#   2  an assessment imported from a file written on a computer whose clock said 9999: its
#      created and updated times and its LEAD-01 answer are in the year 9999, LEAD-02 is not;
#   3  a member added in the room to workshop 1, which has an agreed rating.
set -eu
CLI=$1
rm -rf v2.db v2.db-wal v2.db-shm v2.db.lock v2-backups future.json

"$CLI" new --db v2.db --authority "Cyngor Sir Gâr" --respondent "Cllr Ann Example" \
    --role lead-member --title "Autumn review" --date 2025-10-01 >/dev/null
"$CLI" answer --db v2.db --assessment 1 --question LEAD-01 --rating 3 \
    --evidence "Appointment minute, 2024"
"$CLI" answer --db v2.db --assessment 1 --question LEAD-02 --rating 1 --note "Ask who deputises"
"$CLI" answer --db v2.db --assessment 1 --question DUTY-02 --rating dont-know
"$CLI" answer --db v2.db --assessment 1 --question LEAD-03 --rating 2
"$CLI" answer --db v2.db --assessment 1 --question LEAD-03 --rating clear

cat >future.json <<'EOF'
{
  "format": "waymark-assessment",
  "formatVersion": 1,
  "bank": {"id": "waymark-gateway", "version": "1.0.0"},
  "assessment": {
    "uid": "9d4c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09",
    "title": "From a wrong clock",
    "authority": "Cyngor Sir Gâr",
    "respondent": "Cllr From The Future",
    "role": "councillor",
    "date": "2025-10-02",
    "created": "9999-01-01T00:00:00.000Z",
    "updated": "9999-12-31T23:59:59.000Z"
  },
  "answers": [
    {"question": "LEAD-01", "rating": 0, "updated": "9999-06-01T12:00:00.000Z"},
    {"question": "LEAD-02", "rating": 2, "updated": "2025-10-02T10:30:00.000Z"}
  ],
  "actions": []
}
EOF
"$CLI" import --db v2.db future.json >/dev/null
rm future.json

"$CLI" workshop new --db v2.db --name "Autumn workshop" --authority "Cyngor Sir Gâr" \
    --date 2025-10-05 >/dev/null
"$CLI" workshop member --db v2.db --workshop 1 --name "Cllr Bryn" --role councillor >/dev/null
"$CLI" workshop agree --db v2.db --workshop 1 --question LEAD-01 --rating 2

# Opening took the daily backup; the fixture is the database alone.
rm -rf v2-backups
