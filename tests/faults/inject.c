// An LD_PRELOAD fault injector for the fault suites (RELIABILITY.md R05-R07). It wraps the
// libc calls a writer makes and fails the N-th matching one with a chosen errno, so a test can
// sweep a failure over every point of a build. Configuration, read once at load:
//
//   ASSAY_FAULT_CALL         write | fsync | rename | openat | malloc
//                              write  = write, pwrite, pwrite64, writev, copy_file_range, sendfile
//                              fsync  = fsync, fdatasync
//                              rename = rename, renameat, renameat2
//                              openat = open, open64, openat, openat64, creat (and fortified forms)
//                              malloc = any malloc or operator new of ASSAY_FAULT_MIN_BYTES or more
//                                       (default 1 MiB; inject_new.cpp)
//   ASSAY_FAULT_NTH          the first matching call to fail (1-based); 0 or unset: never fail
//   ASSAY_FAULT_ERRNO        ENOSPC | EIO | EFBIG | EDQUOT | ENOMEM | a number (default EIO)
//   ASSAY_FAULT_MODE         once (only call N fails) | persist (N and every later one fails) |
//                            crash (call N ends the process with SIGSEGV, as a crash inside the
//                            library making the call would)
//   ASSAY_FAULT_PATH_SUBSTR  only calls on paths containing this string match (an fd's path is
//                            read from /proc/self/fd); unset: every call matches
//   ASSAY_FAULT_COUNT_FILE   at exit, write "<matching calls> <injected faults>\n" here
//
// Without ASSAY_FAULT_NTH the library only counts, which is how a test learns how many calls
// there are to sweep over.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

enum call_class { CALL_NONE, CALL_WRITE, CALL_FSYNC, CALL_RENAME, CALL_OPEN, CALL_MALLOC };

static enum call_class target = CALL_NONE;
static long nth = 0;
static int fault_errno = EIO;
static int persist = 0, crash = 0;
static const char* path_substr = NULL;
static const char* count_file = NULL;
static size_t min_bytes = 1 << 20;
static atomic_long calls = 0, injected = 0;
static int configured = 0;

extern void* __libc_malloc(size_t);

static int parse_errno(const char* s) {
    static const struct { const char* name; int value; } names[] = {
        {"ENOSPC", ENOSPC}, {"EIO", EIO}, {"EFBIG", EFBIG}, {"EDQUOT", EDQUOT}, {"ENOMEM", ENOMEM}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; ++i)
        if (strcmp(s, names[i].name) == 0) return names[i].value;
    int n = atoi(s);
    return n > 0 ? n : EIO;
}

__attribute__((constructor)) static void configure(void) {
    const char* call = getenv("ASSAY_FAULT_CALL");
    if (call) {
        if (strcmp(call, "write") == 0) target = CALL_WRITE;
        else if (strcmp(call, "fsync") == 0) target = CALL_FSYNC;
        else if (strcmp(call, "rename") == 0) target = CALL_RENAME;
        else if (strcmp(call, "openat") == 0 || strcmp(call, "open") == 0) target = CALL_OPEN;
        else if (strcmp(call, "malloc") == 0) target = CALL_MALLOC;
    }
    const char* s;
    if ((s = getenv("ASSAY_FAULT_NTH"))) nth = atol(s);
    if ((s = getenv("ASSAY_FAULT_ERRNO"))) fault_errno = parse_errno(s);
    if ((s = getenv("ASSAY_FAULT_MODE"))) {
        persist = strcmp(s, "persist") == 0;
        crash = strcmp(s, "crash") == 0;
    }
    if ((s = getenv("ASSAY_FAULT_MIN_BYTES"))) min_bytes = (size_t)atoll(s);
    path_substr = getenv("ASSAY_FAULT_PATH_SUBSTR");
    if (path_substr && !*path_substr) path_substr = NULL;
    count_file = getenv("ASSAY_FAULT_COUNT_FILE");
    configured = 1;
}

__attribute__((destructor)) static void report(void) {
    if (!count_file) return;
    configured = 0;  // writing the count is not a call to count
    FILE* f = fopen(count_file, "w");
    if (!f) return;
    fprintf(f, "%ld %ld\n", (long)calls, (long)injected);
    fclose(f);
}

static int path_matches(const char* path) {
    return !path_substr || (path && strstr(path, path_substr));
}

// The path an fd names (from /proc/self/fd), or NULL.
static const char* fd_path(int fd, char* buf, size_t size) {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, buf, size - 1);
    if (n <= 0) return NULL;
    buf[n] = '\0';
    return buf;
}

// Counts a matching call; true when this one must fail (errno is then set). Each injected
// fault is logged on stderr ("assay-fault: fsync(/path) failed with errno 5"), written with a
// raw system call so that the log line is not itself a write to count.
static int fails(enum call_class c, const char* fn, const char* path) {
    if (!configured || c != target || !path_matches(path)) return 0;
    long n = atomic_fetch_add(&calls, 1) + 1;
    if (nth <= 0 || n < nth || (!persist && n != nth)) return 0;
    atomic_fetch_add(&injected, 1);
    char line[4200];
    int len = snprintf(line, sizeof line, "assay-fault: %s(%s) failed with errno %d\n", fn, path ? path : "?", fault_errno);
    if (len > 0) syscall(SYS_write, 2, line, (size_t)len < sizeof line ? (size_t)len : sizeof line - 1);
    if (crash) {
        signal(SIGSEGV, SIG_DFL);
        raise(SIGSEGV);
    }
    errno = fault_errno;
    return 1;
}

static int fd_fails(enum call_class c, const char* fn, int fd) {
    if (!configured || c != target) return 0;
    char buf[4096];
    return fails(c, fn, fd_path(fd, buf, sizeof buf));
}

// The next definition of a libc function, looked up once.
#define REAL(name)                                                                  \
    ({                                                                              \
        static __typeof__(&name) next_##name;                                       \
        if (!next_##name) next_##name = (__typeof__(&name))dlsym(RTLD_NEXT, #name); \
        next_##name;                                                                \
    })

// --- write ---------------------------------------------------------------------------------
ssize_t write(int fd, const void* buf, size_t n) {
    if (fd_fails(CALL_WRITE, __func__, fd)) return -1;
    return REAL(write)(fd, buf, n);
}
ssize_t pwrite(int fd, const void* buf, size_t n, off_t off) {
    if (fd_fails(CALL_WRITE, __func__, fd)) return -1;
    return REAL(pwrite)(fd, buf, n, off);
}
ssize_t pwrite64(int fd, const void* buf, size_t n, off64_t off) {
    if (fd_fails(CALL_WRITE, __func__, fd)) return -1;
    return REAL(pwrite64)(fd, buf, n, off);
}
ssize_t writev(int fd, const struct iovec* iov, int count) {
    if (fd_fails(CALL_WRITE, __func__, fd)) return -1;
    return REAL(writev)(fd, iov, count);
}
ssize_t copy_file_range(int in, off64_t* in_off, int out, off64_t* out_off, size_t n, unsigned flags) {
    if (fd_fails(CALL_WRITE, __func__, out)) return -1;
    return REAL(copy_file_range)(in, in_off, out, out_off, n, flags);
}
ssize_t sendfile(int out, int in, off_t* off, size_t n) {
    if (fd_fails(CALL_WRITE, __func__, out)) return -1;
    return REAL(sendfile)(out, in, off, n);
}
ssize_t sendfile64(int out, int in, off64_t* off, size_t n) {
    if (fd_fails(CALL_WRITE, __func__, out)) return -1;
    return REAL(sendfile64)(out, in, off, n);
}

// --- fsync ---------------------------------------------------------------------------------
int fsync(int fd) {
    if (fd_fails(CALL_FSYNC, __func__, fd)) return -1;
    return REAL(fsync)(fd);
}
int fdatasync(int fd) {
    if (fd_fails(CALL_FSYNC, __func__, fd)) return -1;
    return REAL(fdatasync)(fd);
}

static int rename_fails(const char* fn, const char* from, const char* to) {
    return fails(CALL_RENAME, fn, path_matches(from) ? from : to);
}

// --- rename --------------------------------------------------------------------------------
int rename(const char* from, const char* to) {
    if (rename_fails(__func__, from, to)) return -1;
    return REAL(rename)(from, to);
}
int renameat(int fromdir, const char* from, int todir, const char* to) {
    if (rename_fails(__func__, from, to)) return -1;
    return REAL(renameat)(fromdir, from, todir, to);
}
int renameat2(int fromdir, const char* from, int todir, const char* to, unsigned flags) {
    if (rename_fails(__func__, from, to)) return -1;
    return REAL(renameat2)(fromdir, from, todir, to, flags);
}

// --- open ----------------------------------------------------------------------------------
// A relative path with openat is matched by its own text only: the index paths the tests use
// are absolute.
static mode_t mode_arg(int flags, va_list ap) {
    return (flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE ? (mode_t)va_arg(ap, int) : 0;
}
#define open_fails(path) fails(CALL_OPEN, __func__, path)
#define WRAP_OPEN(name)                                   \
    int name(const char* path, int flags, ...) {          \
        va_list ap;                                       \
        va_start(ap, flags);                              \
        mode_t mode = mode_arg(flags, ap);                \
        va_end(ap);                                       \
        if (open_fails(path)) return -1;                  \
        return REAL(name)(path, flags, mode);             \
    }
#define WRAP_OPENAT(name)                                 \
    int name(int dir, const char* path, int flags, ...) { \
        va_list ap;                                       \
        va_start(ap, flags);                              \
        mode_t mode = mode_arg(flags, ap);                \
        va_end(ap);                                       \
        if (open_fails(path)) return -1;                  \
        return REAL(name)(dir, path, flags, mode);        \
    }
WRAP_OPEN(open)
WRAP_OPEN(open64)
WRAP_OPENAT(openat)
WRAP_OPENAT(openat64)

// What _FORTIFY_SOURCE builds (such as the system's libxapian) call instead of open().
int __open_2(const char* path, int flags) {
    if (open_fails(path)) return -1;
    return REAL(__open_2)(path, flags);
}
int __open64_2(const char* path, int flags) {
    if (open_fails(path)) return -1;
    return REAL(__open64_2)(path, flags);
}
int __openat_2(int dir, const char* path, int flags) {
    if (open_fails(path)) return -1;
    return REAL(__openat_2)(dir, path, flags);
}
int __openat64_2(int dir, const char* path, int flags) {
    if (open_fails(path)) return -1;
    return REAL(__openat64_2)(dir, path, flags);
}
int creat(const char* path, mode_t mode) {
    if (open_fails(path)) return -1;
    return REAL(creat)(path, mode);
}

// --- malloc --------------------------------------------------------------------------------
// Only large requests can fail, so the program's small bookkeeping allocations (and dlsym's)
// go through; __libc_malloc avoids looking up the next malloc while malloc is being resolved.
// While operator new (inject_new.cpp) forwards a request, the malloc under it is the same one.
_Thread_local int assay_fault_in_new = 0;

int assay_fault_allocation_fails(size_t n, const char* fn) {
    return target == CALL_MALLOC && n >= min_bytes && !assay_fault_in_new && fails(CALL_MALLOC, fn, NULL);
}

void* malloc(size_t n) {
    if (assay_fault_allocation_fails(n, "malloc")) return NULL;
    return __libc_malloc(n);
}
