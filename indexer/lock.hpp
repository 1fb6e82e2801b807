// WriterLock: at most one writer per index folder. Held with flock(2) on INDEX/LOCK, which the
// kernel releases if the process dies, so a crash never leaves a stale lock behind.
#pragma once

#include <filesystem>
#include <stdexcept>

namespace assay {

class LockError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

class WriterLock {
public:
    // Throws LockError naming the holder's pid when another process holds the lock, and
    // std::runtime_error when the lock file cannot be opened at all.
    explicit WriterLock(const std::filesystem::path& index_dir);
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

private:
    int fd_ = -1;
};

}  // namespace assay
