// fuzz_analyzer: bytes -> the schema Analyzer on both sides: indexing into a Xapian document
// (what every paragraph goes through) and tokenising + stemming (what every query word goes
// through).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/check.hpp"
#include "schema/analyzer.hpp"
#include "schema/utf8.hpp"

namespace assay::fuzz {

inline int analyzer_one(const std::uint8_t* data, std::size_t size) {
    static const Analyzer analyzer;
    std::string_view text(reinterpret_cast<const char*>(data), size);

    Xapian::Document doc;
    std::vector<std::string> words;
    const std::uint32_t end = analyzer.index(doc, text, 1, &words);
    require(end >= 1, "positions never go backwards");
    require_indexable(doc);
    for (const auto& w : words) require(is_valid_utf8(w), "spelling words are valid UTF-8");

    const std::string clean = sanitize_utf8(text);
    for (const Token& t : analyzer.tokenize(text)) {
        require(t.start <= t.end && t.end <= clean.size(), "token offsets lie inside the sanitised text");
        require(is_valid_utf8(t.word), "token words are valid UTF-8");
        const std::string term = analyzer.term(t.word);
        require(term.size() <= kXapianMaxTermBytes, "query terms fit Xapian's limit");
        // Folding a folded word changes nothing: what the index keeps is what a query typing the
        // word gets.
        const std::string again = analyzer.fold(t.word);
        require(again == t.word || t.compound, "folding a folded word changes nothing");
    }
    return 0;
}

}  // namespace assay::fuzz
