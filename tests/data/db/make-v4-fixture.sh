#!/bin/sh
# Writes v4.db: a Waymark database at schema version 4, written by waymark-cli itself as it was
# before jurisdictions were recorded (commit b806e01, the last with version 4 and question bank
# 1.0.0 alone), for the migration tests in tst_store. Build that commit's waymark-cli (git archive
# b806e01 | tar -x -C /tmp/old, then the usual cmake build there) and run from this folder:
#     sh make-v4-fixture.sh /tmp/old/build/app/waymark-cli
# It holds:
#   1  a lead member's assessment against bank 1.0.0 with three answers, one of them LEAD-08
#      (which bank 2.0.0 moved into PART-01);
#   2  a councillor's assessment with one answer;
#   workshop 1 with one member added in the room.
# Version 5 adds the jurisdiction to assessments and workshops: every earlier one was England's.
set -eu
CLI=$1
rm -rf v4.db v4.db-wal v4.db-shm v4.db.lock v4-backups

"$CLI" new --db v4.db --authority "Borsetshire County Council" --respondent "Cllr Ann Example" \
    --role lead-member --title "Spring review" --date 2026-04-01 >/dev/null
"$CLI" answer --db v4.db --assessment 1 --question LEAD-01 --rating 3 \
    --evidence "Appointment minute, 2025"
"$CLI" answer --db v4.db --assessment 1 --question LEAD-08 --rating 1 --note "Ask the partners"
"$CLI" answer --db v4.db --assessment 1 --question DUTY-02 --rating dont-know
"$CLI" new --db v4.db --authority "Borsetshire County Council" --respondent "Cllr Bob Example" \
    --role councillor --date 2026-04-02 >/dev/null
"$CLI" answer --db v4.db --assessment 2 --question LEAD-01 --rating 2
"$CLI" workshop new --db v4.db --name "Members' workshop" --authority "Borsetshire County Council" \
    --date 2026-04-10 >/dev/null
"$CLI" workshop member --db v4.db --workshop 1 --name "Cllr Cat Example" --role councillor \
    >/dev/null

rm -rf v4.db-wal v4.db-shm v4.db.lock v4-backups
