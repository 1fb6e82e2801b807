// extract_isolated: runs a reader (extract_pdf, extract_docx) in a forked child with hard
// bounds: the time limit kills a child still working (one PDF page cannot be interrupted from
// inside), an address-space limit turns a runaway allocation into a reason, and a reader that
// crashes on a damaged file ends the child, not the build. Only the child ever calls the
// readers' libraries, so no lock of theirs is held by another thread at a fork. (In the
// sanitizer builds the readers run in process; see extract_isolated.cpp.)
#pragma once

#include "indexer/extraction.hpp"

namespace assay {

Extracted extract_isolated(SourceFormat format, std::string_view bytes, const ExtractLimits& limits = {});

}  // namespace assay
