// Generations: a build writes a complete database into a fresh generation folder, then
// publishes it by atomically replacing the CURRENT symlink (see schema/index_layout.hpp).
#pragma once

#include <filesystem>

namespace assay {

// A new, empty, uniquely named generation folder under INDEX/generations.
std::filesystem::path new_generation(const std::filesystem::path& index_dir);

// Points CURRENT at gen (rename of a temporary link over CURRENT: readers see the old or the
// new generation, never neither) and syncs the folder.
void publish_generation(const std::filesystem::path& index_dir, const std::filesystem::path& gen);

// Removes generations other than the current one and the one before it (a reader that resolved
// CURRENT just before the switch may still be opening it), including debris of crashed builds.
// Call only while holding the writer lock. Returns how many were removed.
std::size_t remove_old_generations(const std::filesystem::path& index_dir);

}  // namespace assay
