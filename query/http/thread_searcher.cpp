#include "query/http/thread_searcher.hpp"

#include <optional>

namespace assay::http {
namespace {

struct ThreadState {
    std::shared_ptr<const IndexSnapshot> snap;
    std::optional<Searcher> searcher;
    std::optional<Xapian::Database> db;

    void track(const std::shared_ptr<const IndexSnapshot>& s) {
        if (snap == s) return;
        searcher.reset();
        db.reset();
        snap = s;
    }
};

thread_local ThreadState state;

}  // namespace

Searcher& thread_searcher(const std::shared_ptr<const IndexSnapshot>& snap) {
    state.track(snap);
    if (!state.searcher) state.searcher.emplace(snap);
    return *state.searcher;
}

Xapian::Database& thread_database(const std::shared_ptr<const IndexSnapshot>& snap) {
    state.track(snap);
    if (!state.db) state.db = snap->database();
    return *state.db;
}

void release_stale_thread_state(const std::shared_ptr<const IndexSnapshot>& current) {
    if (state.snap && state.snap != current) state.track(nullptr);
}

}  // namespace assay::http
