#pragma once

#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// How what SQLite reports becomes a StoreError a member can act on.
namespace Waymark::Sqlite {

// The store error for a failed statement or connection, with what was being done. SQLite's
// result code decides the kind: busy or locked, read-only, full, damaged, cannot open.
StoreError errorFrom(const QSqlError &sqlError, const QString &doing);

// Runs one statement that takes no values (a PRAGMA, the DDL); on failure fills error.
bool exec(QSqlDatabase &db, const QString &sql, StoreError *error, const QString &doing);

} // namespace Waymark::Sqlite
