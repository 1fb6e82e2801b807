// Generations: a build writes a complete database into a fresh generation folder, then
// publishes it by atomically replacing the CURRENT symlink (see schema/index_layout.hpp).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace assay {

// A write to a generation failed (disk full, I/O error); the message names the folder.
class GenerationWriteError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A generation folder being written. Unless published (release()), the destructor removes it,
// so a failed build frees the space it took instead of leaving debris for the next run.
class PendingGeneration {
public:
    explicit PendingGeneration(std::filesystem::path path) : path_(std::move(path)) {}
    ~PendingGeneration();
    PendingGeneration(const PendingGeneration&) = delete;
    PendingGeneration& operator=(const PendingGeneration&) = delete;
    const std::filesystem::path& path() const { return path_; }
    void release() { path_.clear(); }

private:
    std::filesystem::path path_;
};

// Runs write (which fills the generation at path) and turns a Xapian error into a
// GenerationWriteError naming the folder: Xapian's own text ("Error writing block 3 (No space
// left on device)") does not say where.
template <typename Write>
void write_generation(const std::filesystem::path& path, Write&& write);

// A new, empty, uniquely named generation folder under INDEX/generations.
std::filesystem::path new_generation(const std::filesystem::path& index_dir);

// Points CURRENT at gen (rename of a temporary link over CURRENT: readers see the old or the
// new generation, never neither) and syncs the folder.
void publish_generation(const std::filesystem::path& index_dir, const std::filesystem::path& gen);

// Removes generations other than the current one and the one before it (a reader that resolved
// CURRENT just before the switch may still be opening it), including debris of crashed builds.
// Call only while holding the writer lock. Returns how many were removed.
std::size_t remove_old_generations(const std::filesystem::path& index_dir);

[[noreturn]] void throw_generation_error(const std::filesystem::path& path, const std::string& what);

}  // namespace assay

#include <xapian.h>

namespace assay {

template <typename Write>
void write_generation(const std::filesystem::path& path, Write&& write) {
    try {
        write();
    } catch (const Xapian::Error& e) {
        // Some of Xapian's messages leave the system error out ("Failed to create iamglass file").
        std::string what = e.get_description();
        if (const char* system = e.get_error_string(); system && what.find(system) == std::string::npos)
            what += std::string(" (") + system + ")";
        throw_generation_error(path, what);
    }
}

}  // namespace assay
