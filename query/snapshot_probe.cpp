#include "query/snapshot_probe.hpp"

#include "query/snapshot.hpp"
#include "schema/child_process.hpp"

#include <stdexcept>

namespace assay {

// Opening a generation takes about 0.4 s at 450 MB of index (the 100 MB bench corpus); a child
// that takes 10 s is stuck (see run_in_child on forking a threaded process), not slow.
constexpr std::chrono::milliseconds kProbeLimit{10'000};

void probe_index_in_child(const std::filesystem::path& index_dir) {
    ChildOutcome probe = run_in_child(
        [&] {
            IndexSnapshot::open(index_dir);
            return std::string();
        },
        kProbeLimit);
    if (probe.timed_out)
        throw std::runtime_error("the trial open of index " + index_dir.string() + " in a child process " +
                                 probe.describe() + "; it will be tried again");
    if (probe.signal != 0)
        throw IndexDamaged("cannot read index " + index_dir.string() + ": reading it crashed the reader (" +
                           probe.describe() + "); run assay-index check, then rebuild it");
}

}  // namespace assay
