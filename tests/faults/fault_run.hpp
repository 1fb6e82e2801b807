// Running assay-index under the fault injector (tests/faults/inject.c) or a resource limit:
// fork + exec without a shell, so a death by signal is seen as such and not as an exit code.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace assay::testing {

struct Fault {
    std::string call;           // write | fsync | rename | openat | malloc
    long nth = 0;               // 0: count only
    std::string error = "EIO";  // errno name
    std::string mode = "once";  // once | persist | crash
    std::string path_substr;    // only calls on these paths
    std::size_t min_bytes = 0;  // malloc: only requests this large
};

struct Limits {
    rlim_t file_size = RLIM_INFINITY;  // as prlimit --fsize
};

struct Outcome {
    bool signalled = false;
    int signal = 0, code = 0;
    std::string output;            // stdout and stderr
    long calls = 0, injected = 0;  // as the injector counted them
};

inline std::string built_program(const std::string& name) { return std::string(ASSAY_BINARY_DIR) + "/" + name; }

inline Outcome run_under(const std::vector<std::string>& argv, const std::optional<Fault>& fault,
                         const std::filesystem::path& scratch, Limits limits = {}) {
    std::filesystem::path out_file = scratch / "run.out", count_file = scratch / "run.count";
    std::filesystem::remove(count_file);
    pid_t pid = ::fork();
    if (pid == 0) {
        int fd = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        ::close(fd);
        ::signal(SIGXFSZ, SIG_DFL);  // the program must cope with the default itself
        if (limits.file_size != RLIM_INFINITY) {
            rlimit rl{limits.file_size, limits.file_size};
            ::setrlimit(RLIMIT_FSIZE, &rl);
        }
        if (fault) {
#ifdef ASSAY_ASAN_RUNTIME
            // A sanitizer build's programs need ASan's runtime loaded before anything else.
            const std::string preload_first = std::string(ASSAY_ASAN_RUNTIME) + ":";
#else
            const std::string preload_first;
#endif
            ::setenv("LD_PRELOAD", (preload_first + built_program("libassay_faults.so")).c_str(), 1);
            ::setenv("ASSAY_FAULT_CALL", fault->call.c_str(), 1);
            ::setenv("ASSAY_FAULT_NTH", std::to_string(fault->nth).c_str(), 1);
            ::setenv("ASSAY_FAULT_ERRNO", fault->error.c_str(), 1);
            ::setenv("ASSAY_FAULT_MODE", fault->mode.c_str(), 1);
            ::setenv("ASSAY_FAULT_PATH_SUBSTR", fault->path_substr.c_str(), 1);
            ::setenv("ASSAY_FAULT_COUNT_FILE", count_file.c_str(), 1);
            if (fault->min_bytes) ::setenv("ASSAY_FAULT_MIN_BYTES", std::to_string(fault->min_bytes).c_str(), 1);
        }
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    Outcome o;
    o.signalled = WIFSIGNALED(status);
    o.signal = o.signalled ? WTERMSIG(status) : 0;
    o.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ostringstream text;
    text << std::ifstream(out_file).rdbuf();
    o.output = text.str();
    std::ifstream(count_file) >> o.calls >> o.injected;
    return o;
}

// Up to `samples` points of 1..total, evenly spread, always including the first and the last.
inline std::vector<long> sweep_points(long total, long samples) {
    std::vector<long> out;
    if (total <= samples) {
        for (long n = 1; n <= total; ++n) out.push_back(n);
        return out;
    }
    for (long i = 0; i < samples; ++i) out.push_back(1 + i * (total - 1) / (samples - 1));
    return out;
}

// Test folders on tmpfs when there is one: fsync there costs nothing, so the sweeps stay fast,
// and the program makes the same calls either way.
inline void prefer_tmpfs_for_temp_dirs() {
    if (std::getenv("TMPDIR") == nullptr && ::access("/dev/shm", W_OK) == 0) ::setenv("TMPDIR", "/dev/shm", 1);
}

}  // namespace assay::testing
