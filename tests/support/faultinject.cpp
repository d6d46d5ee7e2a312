// A fault-injection library for tests: loaded into a real waymark-cli or test process with
// LD_PRELOAD, it makes the system calls on files under one folder fail the way a full, read-only
// or permission-less disk makes them fail. The failure paths of the store and of every file
// Waymark writes can then be tested on any machine, as root or not, in a container without user
// namespaces, where mounting a small or read-only tmpfs (the real thing, still used where the
// machine allows it) is impossible.
//
// Configured by environment variables, read once when the library loads:
//   WAYMARK_FAULT_DIR=/abs/folder      faults apply to files opened in or under this folder
//   WAYMARK_FAULT_NOSPACE_AFTER=N      after N bytes written to such files in this process,
//                                      writes fail with ENOSPC (the write that crosses N is
//                                      cut short, as on a real disk)
//   WAYMARK_FAULT_NOSPACE_ERRNO=EDQUOT the error of a "full" write: EDQUOT (over quota) instead
//                                      of ENOSPC
//   WAYMARK_FAULT_SYNC=ENOSPC|EDQUOT|EIO
//                                      fsync/fdatasync of such files fail with that error (the
//                                      final flush of a file system that allocates late)
//   WAYMARK_FAULT_CHMOD=ignore|eperm   chmod of such files is ignored (reports success, changes
//                                      nothing, as on FAT or exFAT, where every file created
//                                      shows the mount's one mode: 0644 here, whatever the
//                                      umask) or refused with EPERM
//   WAYMARK_FAULT_READONLY=1           opening such files for writing, creating, renaming,
//                                      linking, removing or truncating them fails with EROFS
//
// A test process that has the library preloaded into itself (FaultInjection::inThisProcess())
// changes the faults between test functions: it sets the variables again and calls
// waymark_fault_configure(), which reads them afresh and starts counting bytes from zero.
//
// Nothing here is linked into Waymark itself; tests/CMakeLists.txt builds it as a module.
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <mutex>
#include <string>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

struct Config
{
    std::string folder; // absolute, without a trailing slash; empty: no faults at all
    long long noSpaceAfter = -1;
    int noSpaceErrno = ENOSPC;
    int syncErrno = 0;
    enum class Chmod
    {
        Normal,
        Ignore,
        Refuse
    } chmod = Chmod::Normal;
    bool readOnly = false;
};

int errnoNamed(const char *name)
{
    if (std::strcmp(name, "EIO") == 0)
        return EIO;
    if (std::strcmp(name, "EDQUOT") == 0)
        return EDQUOT;
    return ENOSPC;
}

Config fromEnvironment()
{
    Config c;
    // Room for any path, so that waymark_fault_configure() never frees the string that another
    // thread may be comparing a path with.
    c.folder.reserve(4096);
    if (const char *folder = std::getenv("WAYMARK_FAULT_DIR")) {
        c.folder = folder;
        while (c.folder.size() > 1 && c.folder.back() == '/')
            c.folder.pop_back();
    }
    if (const char *n = std::getenv("WAYMARK_FAULT_NOSPACE_AFTER"); n && *n)
        c.noSpaceAfter = std::atoll(n);
    if (const char *error = std::getenv("WAYMARK_FAULT_NOSPACE_ERRNO"); error && *error)
        c.noSpaceErrno = errnoNamed(error);
    if (const char *sync = std::getenv("WAYMARK_FAULT_SYNC"); sync && *sync)
        c.syncErrno = errnoNamed(sync);
    if (const char *mode = std::getenv("WAYMARK_FAULT_CHMOD"); mode && *mode) {
        c.chmod = std::strcmp(mode, "eperm") == 0 ? Config::Chmod::Refuse : Config::Chmod::Ignore;
    }
    if (const char *ro = std::getenv("WAYMARK_FAULT_READONLY"))
        c.readOnly = ro[0] == '1';
    return c;
}

Config &config()
{
    static Config value = fromEnvironment();
    return value;
}

constexpr int MaxTracked = 4096;
bool tracked[MaxTracked];
long long bytesWritten = 0;
std::mutex mutex;

template<typename Fn>
Fn real(const char *name)
{
    return reinterpret_cast<Fn>(dlsym(RTLD_NEXT, name));
}

// The absolute form of path as seen from dirfd, without resolving symlinks: tests name their
// folders by the paths they created.
std::string absolute(int dirfd, const char *path)
{
    if (!path)
        return {};
    if (path[0] == '/')
        return path;
    std::string base;
    if (dirfd == AT_FDCWD) {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd))
            base = cwd;
    } else {
        char link[64];
        char target[4096];
        std::snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
        const ssize_t n = readlink(link, target, sizeof target - 1);
        if (n > 0)
            base.assign(target, size_t(n));
    }
    return base + '/' + path;
}

bool underFolder(const std::string &path)
{
    const std::string &folder = config().folder;
    if (folder.empty() || path.compare(0, folder.size(), folder) != 0)
        return false;
    return path.size() == folder.size() || path[folder.size()] == '/';
}

bool isTracked(int fd)
{
    std::lock_guard<std::mutex> guard(mutex);
    return fd >= 0 && fd < MaxTracked && tracked[fd];
}

void track(int fd, bool on)
{
    std::lock_guard<std::mutex> guard(mutex);
    if (fd >= 0 && fd < MaxTracked)
        tracked[fd] = on;
}

bool writes(int flags)
{
    return (flags & O_ACCMODE) != O_RDONLY || (flags & (O_CREAT | O_TRUNC)) != 0;
}

int openedAt(int dirfd, const char *path, int flags, int fd)
{
    if (fd < 0)
        return fd;
    const bool faulty = underFolder(absolute(dirfd, path));
    track(fd, faulty);
    const bool creates = (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE;
    if (faulty && creates && config().chmod == Config::Chmod::Ignore) {
        static auto realFchmod = real<int (*)(int, mode_t)>("fchmod");
        const int saved = errno;
        realFchmod(fd, 0644);
        errno = saved;
    }
    return fd;
}

bool refusedAsReadOnly(int dirfd, const char *path)
{
    if (config().readOnly && underFolder(absolute(dirfd, path))) {
        errno = EROFS;
        return true;
    }
    return false;
}

// How many of count bytes may still be written before the disk is "full"; -1 when none may.
ssize_t allowance(int fd, size_t count)
{
    if (!isTracked(fd) || config().noSpaceAfter < 0)
        return ssize_t(count);
    std::lock_guard<std::mutex> guard(mutex);
    const long long left = config().noSpaceAfter - bytesWritten;
    if (left <= 0) {
        errno = config().noSpaceErrno;
        return -1;
    }
    return ssize_t(left < (long long)count ? left : (long long)count);
}

void wrote(int fd, ssize_t n)
{
    if (n > 0 && isTracked(fd)) {
        std::lock_guard<std::mutex> guard(mutex);
        bytesWritten += n;
    }
}

mode_t modeFrom(int flags, va_list args)
{
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? mode_t(va_arg(args, int)) : 0;
}

// Descriptors inherited across exec (a shell's redirection) are tracked from the start.
__attribute__((constructor)) void trackInherited()
{
    if (config().folder.empty())
        return;
    for (int fd = 0; fd < 256; ++fd) {
        char link[64];
        char target[4096];
        std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        const ssize_t n = readlink(link, target, sizeof target - 1);
        if (n > 0)
            track(fd, underFolder(std::string(target, size_t(n))));
    }
}

} // namespace

extern "C" {

// Reads the WAYMARK_FAULT_* variables again, forgets which descriptors were in the old folder and
// starts counting bytes from zero: for a test process that has the library in itself. Call it
// while no other thread writes files.
__attribute__((visibility("default"))) void waymark_fault_configure()
{
    const Config fresh = fromEnvironment();
    std::lock_guard<std::mutex> guard(mutex);
    Config &current = config();
    current.folder.assign(fresh.folder, 0, current.folder.capacity());
    current.noSpaceAfter = fresh.noSpaceAfter;
    current.noSpaceErrno = fresh.noSpaceErrno;
    current.syncErrno = fresh.syncErrno;
    current.chmod = fresh.chmod;
    current.readOnly = fresh.readOnly;
    bytesWritten = 0;
    std::memset(tracked, 0, sizeof tracked);
}

#define WAYMARK_OPEN(name)                                                                         \
    int name(const char *path, int flags, ...)                                                     \
    {                                                                                              \
        va_list args;                                                                              \
        va_start(args, flags);                                                                     \
        const mode_t mode = modeFrom(flags, args);                                                 \
        va_end(args);                                                                              \
        if (writes(flags) && refusedAsReadOnly(AT_FDCWD, path))                                    \
            return -1;                                                                             \
        static auto next = real<int (*)(const char *, int, ...)>(#name);                           \
        return openedAt(AT_FDCWD, path, flags, next(path, flags, mode));                           \
    }
WAYMARK_OPEN(open)
WAYMARK_OPEN(open64)

#define WAYMARK_OPENAT(name)                                                                       \
    int name(int dirfd, const char *path, int flags, ...)                                          \
    {                                                                                              \
        va_list args;                                                                              \
        va_start(args, flags);                                                                     \
        const mode_t mode = modeFrom(flags, args);                                                 \
        va_end(args);                                                                              \
        if (writes(flags) && refusedAsReadOnly(dirfd, path))                                       \
            return -1;                                                                             \
        static auto next = real<int (*)(int, const char *, int, ...)>(#name);                      \
        return openedAt(dirfd, path, flags, next(dirfd, path, flags, mode));                       \
    }
WAYMARK_OPENAT(openat)
WAYMARK_OPENAT(openat64)

// The forms _FORTIFY_SOURCE builds call instead of open and openat.
int __open_2(const char *path, int flags)
{
    return open(path, flags);
}

int __open64_2(const char *path, int flags)
{
    return open64(path, flags);
}

int __openat_2(int dirfd, const char *path, int flags)
{
    return openat(dirfd, path, flags);
}

int __openat64_2(int dirfd, const char *path, int flags)
{
    return openat64(dirfd, path, flags);
}

int creat(const char *path, mode_t mode)
{
    return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int creat64(const char *path, mode_t mode)
{
    return open64(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int close(int fd)
{
    track(fd, false);
    static auto next = real<int (*)(int)>("close");
    return next(fd);
}

// A copy of a tracked descriptor is tracked too (a shell's redirection moves the file to fd 1).
int copied(int from, int to)
{
    if (to >= 0 && to != from)
        track(to, isTracked(from));
    return to;
}

int dup(int fd)
{
    static auto next = real<int (*)(int)>("dup");
    return copied(fd, next(fd));
}

int dup2(int fd, int to)
{
    static auto next = real<int (*)(int, int)>("dup2");
    return copied(fd, next(fd, to));
}

int dup3(int fd, int to, int flags)
{
    static auto next = real<int (*)(int, int, int)>("dup3");
    return copied(fd, next(fd, to, flags));
}

int fcntl(int fd, int command, ...)
{
    va_list args;
    va_start(args, command);
    void *argument = va_arg(args, void *); // every fcntl argument fits in a pointer
    va_end(args);
    static auto next = real<int (*)(int, int, ...)>("fcntl");
    const int result = next(fd, command, argument);
    if (command == F_DUPFD || command == F_DUPFD_CLOEXEC)
        copied(fd, result);
    return result;
}

int fcntl64(int fd, int command, ...)
{
    va_list args;
    va_start(args, command);
    void *argument = va_arg(args, void *);
    va_end(args);
    static auto next = real<int (*)(int, int, ...)>("fcntl64");
    const int result = next(fd, command, argument);
    if (command == F_DUPFD || command == F_DUPFD_CLOEXEC)
        copied(fd, result);
    return result;
}

ssize_t write(int fd, const void *buffer, size_t count)
{
    const ssize_t allowed = allowance(fd, count);
    if (allowed < 0)
        return -1;
    static auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    const ssize_t n = next(fd, buffer, size_t(allowed));
    wrote(fd, n);
    return n;
}

#define WAYMARK_PWRITE(name, OffsetType)                                                           \
    ssize_t name(int fd, const void *buffer, size_t count, OffsetType offset)                      \
    {                                                                                              \
        const ssize_t allowed = allowance(fd, count);                                              \
        if (allowed < 0)                                                                           \
            return -1;                                                                             \
        static auto next = real<ssize_t (*)(int, const void *, size_t, OffsetType)>(#name);        \
        const ssize_t n = next(fd, buffer, size_t(allowed), offset);                               \
        wrote(fd, n);                                                                              \
        return n;                                                                                  \
    }
WAYMARK_PWRITE(pwrite, off_t)
WAYMARK_PWRITE(pwrite64, off64_t)

ssize_t writev(int fd, const struct iovec *vector, int count)
{
    size_t total = 0;
    for (int i = 0; i < count; ++i)
        total += vector[i].iov_len;
    if (allowance(fd, total) != ssize_t(total)) {
        errno = config().noSpaceErrno; // a vector write that does not fit is refused whole
        return -1;
    }
    static auto next = real<ssize_t (*)(int, const struct iovec *, int)>("writev");
    const ssize_t n = next(fd, vector, count);
    wrote(fd, n);
    return n;
}

#define WAYMARK_SYNC(name)                                                                         \
    int name(int fd)                                                                               \
    {                                                                                              \
        if (config().syncErrno && isTracked(fd)) {                                                 \
            errno = config().syncErrno;                                                            \
            return -1;                                                                             \
        }                                                                                          \
        static auto next = real<int (*)(int)>(#name);                                              \
        return next(fd);                                                                           \
    }
WAYMARK_SYNC(fsync)
WAYMARK_SYNC(fdatasync)

int fchmod(int fd, mode_t mode)
{
    if (isTracked(fd) && config().chmod != Config::Chmod::Normal) {
        if (config().chmod == Config::Chmod::Ignore)
            return 0;
        errno = EPERM;
        return -1;
    }
    static auto next = real<int (*)(int, mode_t)>("fchmod");
    return next(fd, mode);
}

int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
    if (config().chmod != Config::Chmod::Normal && underFolder(absolute(dirfd, path))) {
        if (config().chmod == Config::Chmod::Ignore)
            return 0;
        errno = EPERM;
        return -1;
    }
    static auto next = real<int (*)(int, const char *, mode_t, int)>("fchmodat");
    return next(dirfd, path, mode, flags);
}

int chmod(const char *path, mode_t mode)
{
    return fchmodat(AT_FDCWD, path, mode, 0);
}

int mkdir(const char *path, mode_t mode)
{
    if (refusedAsReadOnly(AT_FDCWD, path))
        return -1;
    static auto next = real<int (*)(const char *, mode_t)>("mkdir");
    return next(path, mode);
}

int unlink(const char *path)
{
    if (refusedAsReadOnly(AT_FDCWD, path))
        return -1;
    static auto next = real<int (*)(const char *)>("unlink");
    return next(path);
}

int unlinkat(int dirfd, const char *path, int flags)
{
    if (refusedAsReadOnly(dirfd, path))
        return -1;
    static auto next = real<int (*)(int, const char *, int)>("unlinkat");
    return next(dirfd, path, flags);
}

int rmdir(const char *path)
{
    if (refusedAsReadOnly(AT_FDCWD, path))
        return -1;
    static auto next = real<int (*)(const char *)>("rmdir");
    return next(path);
}

int mkdirat(int dirfd, const char *path, mode_t mode)
{
    if (refusedAsReadOnly(dirfd, path))
        return -1;
    static auto next = real<int (*)(int, const char *, mode_t)>("mkdirat");
    return next(dirfd, path, mode);
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    if (refusedAsReadOnly(fromDir, from) || refusedAsReadOnly(toDir, to))
        return -1;
    static auto next = real<int (*)(int, const char *, int, const char *)>("renameat");
    return next(fromDir, from, toDir, to);
}

int rename(const char *from, const char *to)
{
    if (refusedAsReadOnly(AT_FDCWD, from) || refusedAsReadOnly(AT_FDCWD, to))
        return -1;
    static auto next = real<int (*)(const char *, const char *)>("rename");
    return next(from, to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    if (refusedAsReadOnly(fromDir, from) || refusedAsReadOnly(toDir, to))
        return -1;
    static auto next = real<int (*)(int, const char *, int, const char *, unsigned)>("renameat2");
    return next(fromDir, from, toDir, to, flags);
}

int link(const char *from, const char *to)
{
    if (refusedAsReadOnly(AT_FDCWD, to))
        return -1;
    static auto next = real<int (*)(const char *, const char *)>("link");
    return next(from, to);
}

int symlink(const char *target, const char *path)
{
    if (refusedAsReadOnly(AT_FDCWD, path))
        return -1;
    static auto next = real<int (*)(const char *, const char *)>("symlink");
    return next(target, path);
}

int linkat(int fromDir, const char *from, int toDir, const char *to, int flags)
{
    if (refusedAsReadOnly(toDir, to))
        return -1;
    static auto next = real<int (*)(int, const char *, int, const char *, int)>("linkat");
    return next(fromDir, from, toDir, to, flags);
}

int ftruncate(int fd, off_t length)
{
    if (config().readOnly && isTracked(fd)) {
        errno = EROFS;
        return -1;
    }
    static auto next = real<int (*)(int, off_t)>("ftruncate");
    return next(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    if (config().readOnly && isTracked(fd)) {
        errno = EROFS;
        return -1;
    }
    static auto next = real<int (*)(int, off64_t)>("ftruncate64");
    return next(fd, length);
}

} // extern "C"
