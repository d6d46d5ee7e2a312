#pragma once

#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QString>

namespace Waymark::ServerSchema {

// Everything Waymark keeps on a PostgreSQL server lives in this schema (PostgreSQL's sense: a
// namespace inside the council's database), so that it sits beside whatever else is there.
inline constexpr const char *Name = "waymark";

// The four group roles (docs/server.md › Who sees what). Logins are made members of them.
inline constexpr const char *MemberRole = "waymark_member";
inline constexpr const char *FacilitatorRole = "waymark_facilitator";
inline constexpr const char *OfficerRole = "waymark_officer";
inline constexpr const char *AdminRole = "waymark_admin";

// Creates the group roles (where missing), the schema, its tables, the row-level security
// policies, column privileges, the answer history and the notifications, at toVersion, in one
// transaction. Run by a role that may create roles and schemas (the council's database
// administrator); the objects are owned by waymark_admin so that an admin can upgrade them.
bool create(QSqlDatabase &db, int toVersion, StoreError *error);

// Raises the schema from fromVersion to toVersion, in one transaction. Version 5 is the first
// schema a server has had, so today there is no step to run; each later version adds its step.
bool migrate(QSqlDatabase &db, int fromVersion, int toVersion, StoreError *error);

} // namespace Waymark::ServerSchema
