#include "query/snapshot_probe.hpp"

#include "query/snapshot.hpp"
#include "schema/child_process.hpp"

namespace assay {

void probe_index_in_child(const std::filesystem::path& index_dir) {
    ChildOutcome probe = run_in_child([&] {
        IndexSnapshot::open(index_dir);
        return std::string();
    });
    if (probe.signal != 0)
        throw IndexDamaged("cannot read index " + index_dir.string() + ": reading it crashed the reader (" +
                           probe.describe() + "); run assay-index check, then rebuild it");
}

}  // namespace assay
