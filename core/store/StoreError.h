#pragma once

#include <QString>

namespace Waymark {

// Why a storage call failed, in words a member can act on. The kind decides the CLI exit code:
// InvalidInput is 2 (a bad value or an unknown id), every other kind is 3 (storage).
struct StoreError
{
    enum class Kind
    {
        None,
        InvalidInput, // unknown assessment id, a value the store cannot take
        Missing,      // no database at the path, and none was to be created
        NotWaymark,   // the file is not a Waymark database
        Corrupt,      // fails SQLite's integrity check, or SQLite says so
        TooNew,       // written by a newer Waymark
        Locked,       // open in another running Waymark
        ReadOnly,     // read-only file, folder or disk (or a read-only standby server)
        DiskFull,
        CannotOpen,
        Unreachable, // a database server that cannot be reached, or whose connection was lost
        Denied,      // a database server that refuses this login, or this change by it
        Failed,      // anything else the database reports
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    static StoreError none() { return {}; }
};

inline StoreError makeError(StoreError::Kind kind, const QString &message)
{
    StoreError error;
    error.kind = kind;
    error.message = message;
    return error;
}

// Hands an error to a caller that asked for it: every store call takes a StoreError pointer
// that may be null, for a caller that only wants to know whether the call worked.
inline void setError(StoreError *error, const StoreError &value)
{
    if (error)
        *error = value;
}

} // namespace Waymark
