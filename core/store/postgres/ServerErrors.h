#pragma once

#include "store/StoreError.h"

#include <QSqlError>
#include <QString>

namespace Waymark::Server {

// The store error for what PostgreSQL (through Qt's QPSQL driver) reported while doing `doing`,
// from its SQLSTATE where there is one: a permission the login lacks, a lost connection, a full
// disk, a read-only standby.
StoreError errorFrom(const QSqlError &sqlError, const QString &doing);

// The store error for a connection that could not be made, saying which server and why in the
// words an IT officer searches docs/server.md for: refused, no such host, authentication
// failed, TLS required, no such database, permission denied, no answer in time.
StoreError connectionError(const QSqlError &sqlError, const QString &server, const QString &user,
                           const QString &database);

// Whether an error means the connection to the server is gone (the app then keeps working on
// what it has and says it is not connected).
bool isConnectionLost(const QSqlError &sqlError);

} // namespace Waymark::Server
