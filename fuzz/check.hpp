// What every fuzz target asserts beyond "no sanitizer report": a broken invariant aborts with
// a message, which libFuzzer records as a crash and the regression suite as a failure.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <xapian.h>

namespace assay::fuzz {

inline void require(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

// Xapian refuses terms over 245 bytes at commit time; nothing we build may carry one (R35).
inline constexpr std::size_t kXapianMaxTermBytes = 245;

inline void require_indexable(const Xapian::Document& doc) {
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
        require((*t).size() <= kXapianMaxTermBytes && !(*t).empty(), "every term is 1..245 bytes");
}

}  // namespace assay::fuzz
