// The on-disk layout of an index folder, shared by writers and readers:
//
//   INDEX/CURRENT            symlink -> generations/<name>; replaced atomically by rename(2)
//   INDEX/generations/<name> one complete generation: a list of immutable segments and their
//                            deletions (schema/segments.hpp), opened by Xapian as one database
//   INDEX/LOCK               held (flock) by the one writer; holds the writer's pid
//
// A reader opens whatever CURRENT names; a writer builds a new generation beside it and only
// then swings CURRENT. A folder that is itself a Xapian database is accepted as an index too.
#pragma once

#include <filesystem>
#include <optional>

namespace assay {

inline constexpr const char* kCurrentLink = "CURRENT";
inline constexpr const char* kGenerationsDir = "generations";
inline constexpr const char* kLockFile = "LOCK";

// The database folder readers should open, or nullopt when index_dir holds no index.
std::optional<std::filesystem::path> current_generation(const std::filesystem::path& index_dir);

}  // namespace assay
