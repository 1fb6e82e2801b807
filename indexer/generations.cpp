#include "indexer/generations.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include "schema/index_layout.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {
void sync_dir(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
}  // namespace

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

void publish_generation(const fs::path& index_dir, const fs::path& gen) {
    fs::path rel = fs::path(kGenerationsDir) / gen.filename();
    fs::path tmp = index_dir / (std::string(kCurrentLink) + ".tmp");
    std::error_code ec;
    fs::remove(tmp, ec);
    fs::create_directory_symlink(rel, tmp);
    sync_dir(gen);
    fs::rename(tmp, index_dir / kCurrentLink);  // atomic replacement
    sync_dir(index_dir);
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
