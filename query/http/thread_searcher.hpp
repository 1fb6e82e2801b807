// One Searcher and one Xapian handle per worker thread (Xapian objects are not shared across
// threads), rebuilt when the request's snapshot is not the one they were opened on.
#pragma once

#include <memory>

#include <xapian.h>

#include "query/searcher.hpp"

namespace assay::http {

Searcher& thread_searcher(const std::shared_ptr<const IndexSnapshot>& snap);
Xapian::Database& thread_database(const std::shared_ptr<const IndexSnapshot>& snap);

// Drops this thread's searcher and handle when they belong to another snapshot than current:
// an idle worker must not keep a replaced generation's files open (its disk space is freed
// only when the last handle closes).
void release_stale_thread_state(const std::shared_ptr<const IndexSnapshot>& current);

}  // namespace assay::http
