// parse_document: normalise -> items -> sections, metadata, judgements, recommendations.
// A committee pack that embeds a full inspection report yields the pack and the report.
#include "indexer/parse.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "indexer/normalise.hpp"
#include "indexer/parse_blocks.hpp"
#include "indexer/parse_judgements.hpp"
#include "indexer/parse_meta.hpp"
#include "indexer/parse_sections.hpp"
#include "indexer/parse_text.hpp"
#include "schema/gazetteer.hpp"

namespace assay {
namespace {

struct Range {
    std::size_t begin, end;
};

// Everything but the metadata, which the caller has filled.
void fill_body(const std::vector<Line>& lines, const std::vector<Range>& ranges, std::string_view text, Report& r) {
    std::vector<Item> items;
    for (const auto& rg : ranges) {
        auto part = build_items(lines, rg.begin, rg.end);
        items.insert(items.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    extract_judgements(items, r);
    r.recommendations = extract_recommendations(items);
    r.sections = build_sections(items, lines, text);
}

bool report_title_line(const Line& l) {
    std::string_view t = l.text;
    if (!starts_with_ci(t, "Inspection of ") || t.size() > 160) return false;
    return contains_ci(t, "help and protection") || contains_ci(t, "children's services") ||
           contains_ci(t, "children\xE2\x80\x99s services") || contains_ci(t, "arrangements for the protection") ||
           contains_ci(t, "looked after children services") || contains_ci(t, "social care services");
}

bool blank_page_marker(std::string_view raw_clean) {
    return contains_ci(raw_clean, "intentionally left blank") || contains_ci(raw_clean, "intentionally blank");
}

// The embedded report inside a committee pack: from its title block (the authority line
// just above the title when there is one) to the next blank-page marker.
std::optional<Range> embedded_report(const std::vector<Line>& lines) {
    for (std::size_t i = 10; i < lines.size(); ++i) {
        if (lines[i].debris || !report_title_line(lines[i])) continue;
        if (lines[i].md_level == 0 && !lines[i].bold && lines[i].text.size() > 120) continue;
        std::size_t start = i;
        for (std::size_t k = i, seen = 0; k-- > 0 && seen < 3;) {
            if (lines[k].blank() || lines[k].debris) continue;
            ++seen;
            if (Gazetteer::instance().lookup(lines[k].text)) {
                start = k;
                break;
            }
        }
        std::size_t end = lines.size();
        for (std::size_t k = i + 1; k < lines.size(); ++k)
            if (lines[k].debris && blank_page_marker(lines[k].text)) {
                end = k;
                break;
            }
        return Range{start, end};
    }
    return std::nullopt;
}

// Pages of text whose pages end with form feeds (pdftotext, the PDF reader); 0 when it has none.
std::uint32_t page_count(std::string_view text) {
    const auto feeds = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\f'));
    if (feeds == 0) return 0;
    const auto tail = text.substr(text.rfind('\f') + 1);
    return feeds + (tail.find_first_not_of(" \t\r\n") != std::string_view::npos);
}

}  // namespace

std::string report_id_for(std::string_view source) {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a 64
    for (unsigned char c : source) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

std::vector<Report> parse_document(std::string_view utf8_text, const std::string& source) {
    std::vector<Line> lines = split_lines(utf8_text);
    mark_debris(lines);
    std::vector<Report> out(1);
    Report& doc = out.front();
    doc.id = report_id_for(source);
    doc.source = source;
    doc.pages = page_count(utf8_text);
    const std::size_t n = lines.size();
    // Metadata first, on the whole document, to know whether to look for an embedded report.
    extract_metadata(lines, 0, n, doc);
    std::optional<Range> inner;
    if (doc.type == DocType::committee_paper) inner = embedded_report(lines);
    if (!inner) {
        fill_body(lines, {{0, n}}, utf8_text, doc);
        return out;
    }
    // The pack's own metadata comes from its own pages, not the embedded report's.
    Report pack;
    pack.id = doc.id;
    pack.source = doc.source;
    pack.pages = doc.pages;
    extract_metadata(lines, 0, inner->begin, pack);
    pack.type = DocType::committee_paper;
    doc = std::move(pack);
    fill_body(lines, {{0, inner->begin}, {inner->end, n}}, utf8_text, doc);
    Report emb;
    emb.id = doc.id + "-1";
    emb.source = source;
    emb.part_of = doc.id;
    emb.pages = doc.pages;
    extract_metadata(lines, inner->begin, inner->end, emb);
    fill_body(lines, {{inner->begin, inner->end}}, utf8_text, emb);
    out.push_back(std::move(emb));
    return out;
}

}  // namespace assay
