#include "indexer/generations.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include "schema/index_layout.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {
// An fsync error means the data may not be on disk: publishing anyway could point CURRENT at
// a generation a power cut loses, so it is an error, never ignored.
void sync_path(const fs::path& path, bool folder) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0));
    if (fd < 0)
        throw fs::filesystem_error("cannot open to sync it", path, std::error_code(errno, std::generic_category()));
    int failed = ::fsync(fd) != 0 ? errno : 0;
    ::close(fd);
    if (failed) throw fs::filesystem_error("cannot sync", path, std::error_code(failed, std::generic_category()));
}

void sync_dir(const fs::path& dir) { sync_path(dir, true); }

// Every file of a generation, then the folder, then its entry in generations/: whoever wrote
// the files (Xapian's commit syncs the tables it changed, not an update's copied ones, nor
// always its version file), all of it is on disk before CURRENT can name it.
void sync_generation(const fs::path& gen) {
    for (const auto& e : fs::recursive_directory_iterator(gen))
        if (e.is_regular_file())
            sync_path(e.path(), false);
        else if (e.is_directory())
            sync_dir(e.path());
    sync_dir(gen);
    sync_dir(gen.parent_path());
}
}  // namespace

PendingGeneration::~PendingGeneration() {
    if (path_.empty()) return;
    try {
        // Never remove what CURRENT names (a publish that failed after its rename and whose
        // roll-back failed too): a live generation is worth more than the space.
        auto current = current_generation(path_.parent_path().parent_path());
        if (current && current->filename() == path_.filename()) return;
        std::error_code ec;
        fs::remove_all(path_, ec);
    } catch (...) {  // debris is removed by the next run
    }
}

void throw_generation_error(const fs::path& path, const std::string& what) {
    throw GenerationWriteError("cannot write index generation " + path.string() + ": " + what);
}

fs::path new_generation(const fs::path& index_dir) {
    fs::path gens = index_dir / kGenerationsDir;
    fs::create_directories(gens);
    auto now = std::chrono::system_clock::now().time_since_epoch();
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now).count();
    for (int attempt = 0; attempt < 1000; ++attempt) {
        char name[64];
        std::snprintf(name, sizeof name, "g%016lld-%03d", static_cast<long long>(micros), attempt);
        fs::path gen = gens / name;
        std::error_code ec;
        if (fs::create_directory(gen, ec)) return gen;
    }
    throw std::runtime_error("cannot create a generation folder in " + gens.string());
}

namespace {
// Points CURRENT at target (a path relative to index_dir) by renaming a fresh link over it.
void swing_current(const fs::path& index_dir, const fs::path& target) {
    fs::path tmp = index_dir / (std::string(kCurrentLink) + ".tmp");
    std::error_code ec;
    fs::remove(tmp, ec);
    fs::create_directory_symlink(target, tmp);
    fs::rename(tmp, index_dir / kCurrentLink);  // atomic replacement
}
}  // namespace

void publish_generation(const fs::path& index_dir, const fs::path& gen) {
    std::error_code ec;
    fs::path previous = fs::read_symlink(index_dir / kCurrentLink, ec);
    if (ec) previous.clear();
    sync_generation(gen);
    swing_current(index_dir, fs::path(kGenerationsDir) / gen.filename());
    try {
        sync_dir(index_dir);
    } catch (...) {
        // The switch may not survive a power cut: put the previous generation back (best
        // effort), so the caller's "publish failed" is true of what readers see.
        try {
            if (!previous.empty()) swing_current(index_dir, previous);
        } catch (...) {}
        throw;
    }
}

std::size_t remove_old_generations(const fs::path& index_dir) {
    auto current = current_generation(index_dir);
    std::vector<fs::path> gens;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(index_dir / kGenerationsDir, ec))
        if (e.is_directory()) gens.push_back(e.path());
    std::sort(gens.begin(), gens.end());  // names sort by creation time
    std::size_t removed = 0;
    // Keep the newest generation older than the current one.
    fs::path keep_previous;
    for (const auto& g : gens)
        if (current && g.filename() < current->filename()) keep_previous = g;
    for (const auto& g : gens) {
        if ((current && g.filename() == current->filename()) || g == keep_previous) continue;
        fs::remove_all(g, ec);
        removed += !ec;
    }
    return removed;
}

}  // namespace assay
