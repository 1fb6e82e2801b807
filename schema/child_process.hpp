// Runs a piece of work in a forked child and brings back what it printed. Used where the work
// reads files that may be damaged: libxapian trusts the bytes on disk, and a garbled B-tree
// block has been seen to end in SIGSEGV (or a sanitizer abort) rather than an exception. In a
// child, that crash becomes a finding instead of the end of the calling process.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace assay {

struct ChildOutcome {
    bool completed = false;              // the work returned and the child exited 0
    int signal = 0;                      // the signal that ended the child, if one did
    int exit_code = 0;                   // the child's exit status otherwise
    bool timed_out = false;              // the child outlived the time limit and was killed
    std::chrono::milliseconds limit{0};  // that limit, when there was one
    std::string output;                  // what the work returned (whatever arrived, if it did not complete)
    // "killed by SIGSEGV (Segmentation fault)", "exited with status 1", "timed out after 5000 ms"
    std::string describe() const;
};

// Forks; the child runs work() and sends its result back through a pipe, then _exits. An
// exception from work() ends the child with status 1. When no child can be made, work runs in
// this process (so a caller never loses the check, only the protection).
// Only the calling thread exists in the child, so a lock another thread held at the fork stays
// held there for good (ASan's allocator is one such lock; glibc's malloc is made safe by fork).
// A multi-threaded caller should therefore give a time limit: a child that has not finished by
// then is killed with SIGKILL and reported as timed_out.
ChildOutcome run_in_child(const std::function<std::string()>& work,
                          std::optional<std::chrono::milliseconds> limit = std::nullopt);

}  // namespace assay
