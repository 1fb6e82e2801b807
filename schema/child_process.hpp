// Runs a piece of work in a forked child and brings back what it printed. Used where the work
// reads files that may be damaged: libxapian trusts the bytes on disk, and a garbled B-tree
// block has been seen to end in SIGSEGV (or a sanitizer abort) rather than an exception. In a
// child, that crash becomes a finding instead of the end of the calling process.
#pragma once

#include <functional>
#include <string>

namespace assay {

struct ChildOutcome {
    bool completed = false;  // the work returned and the child exited 0
    int signal = 0;          // the signal that ended the child, if one did
    int exit_code = 0;       // the child's exit status otherwise
    std::string output;      // what the work returned (whatever arrived, if it did not complete)
    std::string describe() const;  // "killed by SIGSEGV (Segmentation fault)", "exited with status 1"
};

// Forks; the child runs work() and sends its result back through a pipe, then _exits. An
// exception from work() ends the child with status 1. When no child can be made, work runs in
// this process (so a caller never loses the check, only the protection).
// The caller must be single-threaded at the time, or its other threads must hold no locks the
// work needs: only the calling thread exists in the child.
ChildOutcome run_in_child(const std::function<std::string()>& work);

}  // namespace assay
