#pragma once

#include <QString>

namespace Waymark {

// A server password in the desktop's keyring (Secret Service, KWallet, ...) through Qt Keychain,
// under the server's address without the password. Never in settings or logs. Each call waits
// for the keyring, which answers at once, or says it is not there.
class PasswordKeeper
{
public:
    // The kept password, or an empty string (problem says why, when the keyring failed rather
    // than had none).
    static QString read(const QString &address, QString *problem);
    // Keeps password for address; false, with problem, when the keyring cannot.
    static bool keep(const QString &address, const QString &password, QString *problem);
    // Forgets any password kept for address.
    static void forget(const QString &address);
};

} // namespace Waymark
