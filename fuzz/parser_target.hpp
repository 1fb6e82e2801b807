// fuzz_parser: raw file bytes -> decode (as the indexer reads a file) -> parse -> split long
// paragraphs -> Xapian documents and stored records, in memory. Nothing is written to disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/check.hpp"
#include "indexer/paragraph_limits.hpp"
#include "indexer/parse.hpp"
#include "indexer/report_json.hpp"
#include "indexer/source.hpp"
#include "indexer/writer.hpp"
#include "schema/analyzer.hpp"
#include "schema/utf8.hpp"

namespace assay::fuzz {

// What the indexer does with a file's text once read: parse, split, build documents and
// records. Returns the reports for target-specific checks.
inline std::vector<Report> parse_and_build(const std::string& text, const std::string& source) {
    static const Analyzer analyzer;
    require(is_valid_utf8(text), "text handed to the parser is valid UTF-8");
    auto reports = parse_document(text, source);
    for (auto& r : reports) {
        split_long_paragraphs(r);
        for (const auto& s : r.sections)
            for (const auto& p : s.paragraphs) {
                require(is_valid_utf8(p.text), "paragraph text is valid UTF-8");
                require(p.text.size() <= kMaxParagraphBytes, "paragraphs are split to the size limit");
            }
        BuiltReport built = build_report_documents(r, analyzer);
        for (const auto& doc : built.docs) require_indexable(doc);
        report_to_json(r).dump();  // the stored record must serialise (throws on bad UTF-8)
    }
    return reports;
}

inline int parser_one(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    // The indexer decides HTML by file extension; here a leading '<' stands for ".html".
    const bool is_html = !bytes.empty() && bytes[0] == '<';
    SourceText src = decode_source(std::move(bytes), is_html);
    if (!src.ok) return 0;
    parse_and_build(src.text, "fuzz/input.txt");
    return 0;
}

}  // namespace assay::fuzz
