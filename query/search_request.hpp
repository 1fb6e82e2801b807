// SearchRequest and SearchResult: the one request type and the one result type that the CLI
// and the HTTP API both build and render.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace assay {

struct SearchRequest {
    std::string query;
    std::vector<std::pair<std::string, std::string>> filters;  // field, value (as from a form)
    std::size_t limit = 10;
    std::size_t offset = 0;
    unsigned per_report = 0;  // 0 = no collapsing
    bool facets = true;
    bool explain = false;
};

inline constexpr std::size_t kMaxLimit = 1000;
inline constexpr std::size_t kMaxOffset = 10000;

// Another paragraph with the same wording (search shows one of them).
struct Copy {
    std::string report_id, source, authority, date, paragraph;
    std::size_t seq = 0;
};
inline constexpr std::size_t kMaxCopies = 10;  // copies listed per hit

struct Hit {
    std::size_t rank = 0;
    double score = 0;
    std::string report_id, source, authority, ons_code, date, type, framework;
    std::string section, section_kind, paragraph;  // heading, kind, printed number
    std::size_t seq = 0, line = 0;
    std::uint32_t page = 0;  // 1-based page the paragraph starts on; 0 when the source has none
    std::string format;      // of the source file: text, html, pdf, docx
    std::string file_url;    // where the daemon serves the source (PDFs it can read); "" otherwise
    std::string text, snippet;
    std::vector<Copy> also_in;  // the same paragraph in other places, at most kMaxCopies
    std::string signature;      // the wording's key: one hit per signature
};

struct FacetValue {
    std::string value;  // what a filter takes: "Brent", "2013", "good"
    std::size_t count = 0;
    bool selected = false;
};

struct SearchResult {
    std::string query;
    std::size_t total = 0;    // matching paragraphs
    std::size_t reports = 0;  // distinct reports among them
    double took_ms = 0;
    std::vector<Hit> hits;
    std::vector<std::pair<std::string, std::vector<FacetValue>>> facets;  // in display order
    std::string suggestion;
    std::string explain;
};

}  // namespace assay
