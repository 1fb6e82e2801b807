// The original file of an indexed report, served by report id (GET /api/reports/{id}/file) so
// the page can open a PDF at the cited page. Only a file the index records as the report's
// source is ever read: the request names a report, never a path. Only PDFs are served (the
// one format with pages to open at), up to kMaxServedFileBytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "query/search_request.hpp"

namespace assay::http {

inline constexpr std::size_t kMaxServedFileBytes = 64u << 20;

// "/api/reports/<id>/file" when the daemon can serve the hit's source now, "" otherwise.
std::string source_file_url(const Hit& hit);

// Fills file_url for every hit whose source can be served.
void link_source_files(SearchResult& result);

}  // namespace assay::http
