#pragma once

#include <QString>

namespace Waymark {

// Names and councils as people type them: the same name typed two ways ("Borsetshire County
// Council" and "borsetshire  county council ") is one name. Case and spacing (runs of spaces,
// spaces at either end) are set aside, and so is how a keyboard encoded an accent (â as one
// character or as a and a combining circumflex). Accents themselves still count: Siân and Sian
// may be two people, and a wrong match would mix one member's or one council's answers with
// another's.
namespace NameMatching {

// The form two names are compared in.
QString comparable(const QString &name);

// Whether two names are the same name as people type them.
inline bool same(const QString &a, const QString &b)
{
    return comparable(a) == comparable(b);
}

} // namespace NameMatching

} // namespace Waymark
