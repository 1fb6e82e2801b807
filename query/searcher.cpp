#include "query/searcher.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <unordered_set>

#include <fmt/format.h>

#include "query/facets.hpp"
#include "query/match_bitmap.hpp"
#include "query/prior_source.hpp"
#include "query/segment_caches.hpp"
#include "query/snippet.hpp"
#include "schema/fields.hpp"
#include "schema/segments.hpp"
#include "schema/stored.hpp"
#include "schema/utf8.hpp"

namespace assay {
namespace {

using Q = Xapian::Query;

// The user's query plus form filters, as one AST: filters join the top-level group.
QueryAst request_ast(const SearchRequest& req) {
    QueryAst root = parse_query(req.query);
    if (req.filters.empty()) return root;
    auto group = std::make_unique<QueryNode>();
    group->kind = QueryNode::Kind::group;
    if (root) {
        if (root->kind == QueryNode::Kind::group)
            group = std::move(root);
        else
            group->children.push_back(std::move(root));
    }
    for (const auto& [name, value] : req.filters) {
        // A form value may itself be a range ("2012..2014") or plain text.
        auto filter = parse_query(name + ":\"" + value + "\"");
        if (auto dots = value.find(".."); dots != std::string::npos) {
            filter->range = true;
            filter->lo = value.substr(0, dots);
            filter->hi = value.substr(dots + 2);
        }
        group->children.push_back(std::move(filter));
    }
    return group;
}

Q combine_filters(const ResolvedQuery& rq, bool with_facet_filters) {
    std::vector<Q> parts;
    if (with_facet_filters)
        for (const auto& f : rq.facet_filters) parts.push_back(f.query);
    for (const auto& f : rq.other_filters) parts.push_back(f);
    if (parts.empty()) return rq.text;
    return Q(Q::OP_FILTER, rq.text, Q(Q::OP_AND, parts.begin(), parts.end()));
}

double ms_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

// The combined database is made of the segments' own handles (Xapian shares them), so bitmaps
// can be read per segment through the same open files.
Searcher::Searcher(std::shared_ptr<const IndexSnapshot> snapshot) : snapshot_(std::move(snapshot)) {
    for (const auto& path : snapshot_->segment_paths) {
        segments_.emplace_back(path.string());
        db_.add_database(segments_.back());
    }
}

// Paragraphs a later update replaced or removed stay in their segment until a merge; they never
// match, so they can neither be shown nor hide a live copy of their wording from the collapse.
// With the text's matches known, only when some deleted paragraph is among them.
Xapian::Query Searcher::without_deleted(const Xapian::Query& query, const SegmentedBitmap* deleted_matches) const {
    if (snapshot_->deleted.isEmpty() || (deleted_matches && deleted_matches->isEmpty())) return query;
    auto* deleted = new DeletedParagraphs(snapshot_->deleted_by_segment);
    return Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(deleted->release()));
}

// "Did you mean": each query word the index has never seen, replaced by the closest word it
// has (Xapian's spelling table, filled at indexing). Empty when every word is known.
std::string Searcher::suggest(const std::string& query, const std::vector<std::string>& words) {
    std::string suggestion = query;
    bool changed = false;
    for (const auto& w : words) {
        if (w.size() < 3 || db_.get_termfreq(analyzer_.term(w)) > 0) continue;
        std::string better = db_.get_spelling_suggestion(w);
        if (better.empty()) continue;
        // The user's spelling may differ in case; replace case-insensitively.
        std::string lower = suggestion;
        for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (auto at = lower.find(w); at != std::string::npos) {
            suggestion.replace(at, w.size(), better);
            changed = true;
        }
    }
    return changed ? suggestion : std::string();
}

// The share of the typed words whose first occurrence is among the paragraph's opening words.
// Inspectors open a paragraph with its finding, so a paragraph that opens with the words is
// about them; one that meets them late mentions them in passing.
double Searcher::opening_share(Xapian::docid did, const std::vector<std::string>& terms) const {
    if (terms.empty()) return 0;
    std::size_t opening = 0;
    for (const auto& t : terms) {
        auto pos = db_.positionlist_begin(did, t);
        if (pos != db_.positionlist_end(did, t) && *pos <= ranking.opening_words) ++opening;
    }
    return static_cast<double>(opening) / static_cast<double>(terms.size());
}

// The page: Xapian's ranked hits, the first rescore_depth of them rescored (each paragraph's
// score scaled down by how many paragraphs share its wording, since template text says little
// about one authority, and raised by how much of the query its opening holds) and re-sorted,
// the rest in Xapian's order. The rescored set does not depend on the page asked for, so a
// page of 10 starts as a page of 20 does and consecutive pages neither repeat nor skip a hit.
Searcher::Page Searcher::ranked_page(Xapian::Enquire& enquire, const SearchRequest& req, const ResolvedQuery& rq) {
    const bool ranked = rq.has_text;
    const std::size_t want = req.offset + req.limit;
    const std::size_t depth = ranked ? ranking.rescore_depth : 0;
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(std::max(want, depth)));
    Page page;
    page.estimated = mset.get_matches_estimated();
    std::unordered_set<std::uint64_t> seen;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Candidate c{it.get_document(), *it, it.get_weight(), snapshot_->columns->signature(*it), {}};
        if (c.signature != 0) {
            if (req.per_report > 0 && !seen.insert(c.signature).second) continue;
            c.copies = snapshot_->columns->copies(c.signature, snapshot_->deleted);
        }
        if (page.hits.size() < depth) {
            if (ranking.template_weight > 0 && c.copies.size() > 1)
                c.score /= 1.0 + ranking.template_weight * std::log(static_cast<double>(c.copies.size()));
            if (ranking.opening_weight > 0) c.score += ranking.opening_weight * opening_share(*it, rq.opening_terms);
        }
        page.hits.push_back(std::move(c));
    }
    const auto rescored = page.hits.begin() + static_cast<std::ptrdiff_t>(std::min(depth, page.hits.size()));
    std::stable_sort(page.hits.begin(), rescored,
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    if (page.hits.size() > want) page.hits.resize(want);
    page.hits.erase(page.hits.begin(),
                    page.hits.begin() + static_cast<std::ptrdiff_t>(std::min(req.offset, page.hits.size())));
    return page;
}

// Citation fields from the paragraph's stored record and its report's record.
void Searcher::cite(Hit& h, const Xapian::Document& doc, const StoredParagraph& stored) const {
    h.report_id = snapshot_->report_id_of(doc);
    h.paragraph = stored.number;
    h.seq = stored.seq;
    h.line = stored.line;
    h.page = stored.page;
    const auto r = snapshot_->report(h.report_id);
    if (!r) return;
    const auto& c = r->citation;
    h.source = c.source;
    h.authority = c.authority;
    h.ons_code = c.ons_code;
    h.date = c.date;
    h.type = c.type;
    h.framework = c.framework;
    h.format = c.format;
    if (stored.section < c.sections.size()) {
        h.section = c.sections[stored.section].first;
        h.section_kind = c.sections[stored.section].second;
    }
}

// The other paragraphs with the same wording, cited, at most kMaxCopies. Each is known to the
// process's cache by its segment and its docid there.
std::vector<Copy> Searcher::cite_copies(Xapian::docid self, const std::vector<Xapian::docid>& copies) const {
    std::vector<Copy> out;
    auto& cache = SegmentCaches::copies();
    for (Xapian::docid did : copies) {
        if (out.size() >= kMaxCopies) break;
        if (did == self) continue;
        auto [segment, local] = local_docid(did, snapshot_->segment_uuids.size());
        const std::string key = SegmentCaches::segment_key(snapshot_->segment_uuids[segment], std::to_string(local));
        if (auto cached = cache.get(key)) {
            out.push_back(*cached);
            continue;
        }
        Xapian::Document doc = db_.get_document(did);
        auto stored = snapshot_->records.decode(stored_record(doc));
        if (!stored) continue;
        Hit h;
        cite(h, doc, *stored);
        auto copy = std::make_shared<Copy>(Copy{h.report_id, h.source, h.authority, h.date, h.paragraph, h.seq});
        cache.put(key, copy);
        out.push_back(*copy);
    }
    return out;
}

SearchResult Searcher::search(const SearchRequest& req) {
    auto start = std::chrono::steady_clock::now();
    if (req.limit > kMaxLimit) throw RequestError("limit must be at most " + std::to_string(kMaxLimit));
    if (req.offset > kMaxOffset) throw RequestError("offset must be at most " + std::to_string(kMaxOffset));

    SearchResult result;
    // Echoed as parsed: broken UTF-8 replaced by U+FFFD, as parse_query reads it, so every
    // rendering (JSON above all) gets valid text.
    result.query = sanitize_utf8(req.query);
    QueryAst ast = request_ast(req);
    ResolvedQuery rq = resolve(ast.get(), db_, snapshot_->group_terms, analyzer_, ranking);
    if (req.explain) result.explain = (ast ? describe(*ast) : "(empty)") + "\n" + rq.text.get_description();

    Xapian::Enquire enquire(db_);
    enquire.set_weighting_scheme(Xapian::BM25Weight(bm25.k1, bm25.k2, bm25.k3, bm25.b, bm25.min_normlen));
    if (!rq.has_text) enquire.set_sort_by_value_then_relevance(kSlotDate, true);
    // Copies of one paragraph show once (paragraph_signature.hpp); with at most N per report
    // the report is the collapse key and copies are dropped from the ranked window instead.
    if (req.per_report > 0)
        enquire.set_collapse_key(kSlotReport, req.per_report);
    else
        enquire.set_collapse_key(kSlotSignature);

    // Exact totals and facet counts come from bitmaps (match_bitmap.hpp); the ranked pass
    // only has to find the top k, so Xapian can skip what cannot make the page.
    SegmentedBitmap text_matches, deleted_matches;
    if (req.facets) {
        const BitmapSources from{segments_, snapshot_->segment_uuids};
        text_matches = match_bitmap(rq.text, from);
        for (const auto& f : rq.other_filters) text_matches &= match_bitmap(f, from);
        deleted_matches = text_matches & snapshot_->deleted;
        text_matches -= snapshot_->deleted;
    }
    Xapian::Query ranked = combine_filters(rq, true);
    if (rq.has_text && ranking.prose_weight > 0) {
        auto* prior = new PriorSource(snapshot_->columns, ranking.prose_weight);
        ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked, Xapian::Query(prior->release()));
    }
    enquire.set_query(without_deleted(ranked, req.facets ? &deleted_matches : nullptr));
    auto page = ranked_page(enquire, req, rq);
    if (req.facets) {
        SegmentedBitmap matches = text_matches;
        for (const auto& f : rq.facet_filters) matches &= filter_bitmap(snapshot_->facets, f);
        result.total = matches.cardinality();
        result.facets = count_facets(snapshot_->facets, text_matches, rq.facet_filters);
    } else {
        result.total = page.estimated;
    }

    std::size_t rank = req.offset;
    for (const auto& c : page.hits) {
        auto stored = snapshot_->records.decode(stored_record(c.doc));
        if (!stored) continue;
        Hit h;
        h.rank = ++rank;
        h.score = c.score;
        cite(h, c.doc, *stored);
        h.also_in = cite_copies(c.did, c.copies);
        // As the index stores it (16 hex digits).
        if (c.signature != 0) h.signature = fmt::format("{:016x}", c.signature);
        h.snippet = make_snippet(stored->text, rq.highlight_terms, analyzer_);
        // Quoted as printed: a numbered paragraph starts with its number.
        h.text = stored->number.empty() ? std::move(stored->text) : stored->number + ". " + stored->text;
        result.hits.push_back(std::move(h));
    }
    result.suggestion = suggest(result.query, rq.words);
    result.took_ms = ms_since(start);
    return result;
}

}  // namespace assay
