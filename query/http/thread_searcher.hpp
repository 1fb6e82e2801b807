// One Searcher and one Xapian handle per worker thread (Xapian objects are not shared across
// threads), rebuilt when the request's snapshot is not the one they were opened on.
#pragma once

#include <memory>

#include <xapian.h>

#include "query/searcher.hpp"

namespace assay::http {

Searcher& thread_searcher(const std::shared_ptr<const IndexSnapshot>& snap);
Xapian::Database& thread_database(const std::shared_ptr<const IndexSnapshot>& snap);

}  // namespace assay::http
