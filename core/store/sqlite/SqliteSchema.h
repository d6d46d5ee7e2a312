#pragma once

#include "store/StoreEngine.h"
#include "store/StoreError.h"

#include <QSqlDatabase>

// The SQLite schema: its DDL, version by version, and the steps that raise an older file.
namespace Waymark::Sqlite {

// Written to PRAGMA application_id so that a Waymark database is recognisable as one.
constexpr int ApplicationId = 0x57594d4b; // "WYMK"

// Creates the schema from nothing, or migrates it step by step from fromVersion to toVersion,
// all in one transaction that is rolled back on any failure; records the version in PRAGMA
// user_version and marks the file as Waymark's. repair, when given, says what the step to
// version 3 repaired.
bool createOrMigrate(QSqlDatabase &db, int fromVersion, int toVersion, StoreError *error,
                     FutureTimesRepair *repair = nullptr);

} // namespace Waymark::Sqlite
