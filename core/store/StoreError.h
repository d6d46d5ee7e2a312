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
        ReadOnly,     // read-only file, folder or disk
        DiskFull,
        CannotOpen,
        Failed, // anything else SQLite reports
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    static StoreError none() { return {}; }
};

} // namespace Waymark
