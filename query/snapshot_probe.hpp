// Opening a damaged index can crash the process inside libxapian (its B-tree code trusts the
// bytes on disk: a flipped byte in postlist.glass has been seen to end in SIGSEGV rather than
// an exception). A long-running reader therefore opens each new generation first in a child
// process; if the child dies by a signal, the generation is reported damaged and never opened
// in the serving process.
#pragma once

#include <filesystem>

namespace assay {

// Throws IndexDamaged when opening the index at index_dir kills a child process; returns
// normally otherwise (including when the child merely failed: the caller's own open then gives
// that error in full). Throws std::runtime_error when the child has not finished within 10 s:
// it is killed, and the caller should try again later.
void probe_index_in_child(const std::filesystem::path& index_dir);

}  // namespace assay
