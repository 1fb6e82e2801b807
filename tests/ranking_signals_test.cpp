// The signals that rank a paragraph, checked against known answers: section kinds on the real
// report formats (../shared/corpus/ofsted), paragraph signatures, the collapse of copies with
// their "also in" list, the weight of template text, and words typed side by side.
#include <doctest/doctest.h>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer/paragraph_signature.hpp"
#include "indexer/parse.hpp"
#include "query/searcher.hpp"
#include "support/published_index.hpp"
#include "support/report_lookup.hpp"
#include "support/sample_reports.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;
namespace fs = std::filesystem;

namespace {

std::optional<Report> real_report(const std::string& name) {
    fs::path p = fs::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted" / name;
    if (!fs::exists(p)) return std::nullopt;
    std::ifstream f(p, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    auto reports = parse_document(s.str(), p.string());
    if (reports.empty()) return std::nullopt;
    return reports.front();
}

const Section* section_of(const Report& r, const Paragraph* p) {
    for (const auto& s : r.sections)
        for (const auto& q : s.paragraphs)
            if (&q == p) return &s;
    return nullptr;
}

const Section* section_starting(const Report& r, std::string_view text) {
    for (const auto& s : r.sections)
        for (const auto& p : s.paragraphs)
            if (p.text.starts_with(text)) return &s;
    return nullptr;
}

struct TinyIndex {
    TempDir dir{"ranking"};
    std::shared_ptr<const IndexSnapshot> snap;
    explicit TinyIndex(const std::vector<Report>& reports) : snap(searchable(dir.path, reports)) {}
    SearchResult search(const std::string& q, RankingParams params = {}, std::size_t limit = 10,
                        std::size_t offset = 0) {
        Searcher s(snap);
        s.ranking = params;
        SearchRequest req;
        req.query = q;
        req.limit = limit;
        req.offset = offset;
        return s.search(req);
    }
};

Report area_report(const std::string& id, const std::string& authority, const std::string& code,
                   std::vector<std::string> paragraphs) {
    return make_report(id, authority, code, {2024, 3, 1}, DocType::send_inspection, "send_2023", "", 0,
                       {{SectionKind::findings, std::move(paragraphs)}});
}

constexpr const char* kTemplate =
    "The local area partnership's arrangements lead to inconsistent experiences and outcomes for children "
    "and young people with special educational needs and disabilities in {}. The local area partnership "
    "must work jointly to make improvements.";

std::string templated(const std::string& place) {
    std::string t = kTemplate;
    return t.replace(t.find("{}"), 2, place);
}

// Three area SEND reports that each repeat the template; Bexley's also has a finding of its own.
std::vector<Report> three_areas(const std::string& bexley_finding) {
    return {area_report("a", "Bexley", "E09000004", {templated("Bexley"), bexley_finding}),
            area_report("b", "Brent", "E09000005", {templated("Brent")}),
            area_report("c", "Barnet", "E09000003", {templated("Barnet")})};
}

}  // namespace

TEST_CASE("ILACS and focused-visit summaries are filed as summaries, not front matter") {
    auto bexley = real_report("ofsted-ilacs_bexley_2023-03-24.txt");
    auto barking = real_report("ofsted-fv_barking-and-dagenham_2018-04-03.txt");
    if (!bexley || !barking) {
        MESSAGE("../shared/corpus/ofsted not found: skipped");
        return;
    }
    // The prose after the judgement table, before "What needs to improve?".
    const Section* s = section_starting(*bexley, "Clear strategic direction, strong partnerships");
    REQUIRE(s);
    CHECK(s->kind == SectionKind::summary);
    // The judgement table itself stays with the title block.
    CHECK(bexley->sections.front().kind == SectionKind::front_matter);
    // A focused-visit letter's "Overview".
    s = section_starting(*barking, "Within Barking and Dagenham, there is strong corporate leadership");
    REQUIRE(s);
    CHECK(s->kind == SectionKind::summary);
    CHECK(s->heading == "Overview");
}

TEST_CASE("the first line after a lone paragraph number is that paragraph's text, not a heading") {
    auto bexley = real_report("ofsted-ilacs_bexley_2023-03-24.txt");
    if (!bexley) return;
    const Paragraph* p = numbered(*bexley, "2");
    REQUIRE(p);
    CHECK(p->text.starts_with("Collaborative partnership working within the multi-agency safeguarding hub (MASH)"));
    CHECK(section_of(*bexley, p)->kind == SectionKind::help_and_protection);
    for (const auto& s : bexley->sections) CHECK(s.kind != SectionKind::other);
}

TEST_CASE("a bracketed reference stays with its recommendation; sub-headings are cited with their section") {
    auto notts = real_report("ofsted-sif_nottinghamshire_2015-07-20.txt");
    if (!notts) return;
    for (const auto& s : notts->sections) CHECK_FALSE(s.heading.starts_with("(Paragraph"));
    bool found = false;
    for (const auto& rec : notts->recommendations)
        if (rec.text.starts_with("Implement, monitor and review the 16+ accommodation strategy")) {
            found = true;
            CHECK(rec.text.ends_with("(Paragraph 106)"));
        }
    CHECK(found);
    // "Summary" under the looked-after judgement says which summary it is.
    bool cited = false;
    for (const auto& s : notts->sections)
        if (s.heading == "The experiences and progress of children looked after and achieving permanence: Summary") {
            cited = true;
            CHECK(s.kind == SectionKind::looked_after);
        }
    CHECK(cited);
}

TEST_CASE("across the real corpus, few long paragraphs are left in front matter or 'other'") {
    fs::path dir = fs::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted";
    if (!fs::exists(dir)) return;
    std::size_t front = 0, other = 0, all = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        std::ifstream f(e.path(), std::ios::binary);
        std::stringstream s;
        s << f.rdbuf();
        for (const auto& r : parse_document(s.str(), e.path().string()))
            for (const auto& sec : r.sections)
                for (const auto& p : sec.paragraphs) {
                    ++all;
                    front += sec.kind == SectionKind::front_matter && p.text.size() > 300;
                    other += sec.kind == SectionKind::other;
                }
    }
    MESSAGE("paragraphs ", all, ": long ones in front matter ", front, ", in 'other' ", other);
    // Before summaries had their kind: 1,458 long front-matter paragraphs and 2,845 'other'.
    CHECK(front < 500);
    CHECK(other < 2000);
}

TEST_CASE("a paragraph's signature ignores names and numbers, not wording") {
    CHECK(paragraph_signature(templated("Bexley")) == paragraph_signature(templated("North Yorkshire")));
    CHECK(paragraph_signature("In 2023, 45% of plans in Brent were reviewed on time and were of good quality.") ==
          paragraph_signature("In 2021, 12% of plans in Barnet were reviewed on time and were of good quality."));
    CHECK(paragraph_signature(templated("Bexley")) !=
          paragraph_signature("The local area partnership's arrangements typically lead to positive experiences and "
                              "outcomes for children and young people with special educational needs."));
    // Short paragraphs are keyed by every letter: grades and headings stay apart.
    CHECK(paragraph_signature("Good") != paragraph_signature("Inadequate"));
    CHECK(paragraph_signature("Recommendations") == paragraph_signature("RECOMMENDATIONS"));
    CHECK(paragraph_signature("Leaders know their services well.") != 0);
}

TEST_CASE("copies of one paragraph show once, with the other places listed") {
    TinyIndex ix(three_areas("Joint commissioning of speech and language therapy is weak."));
    auto r = ix.search("local area partnership arrangements inconsistent experiences");
    CHECK(r.total == 3);  // every matching paragraph is counted
    REQUIRE(r.hits.size() == 1);
    const Hit& h = r.hits[0];
    REQUIRE(h.also_in.size() == 2);
    std::set<std::string> others{h.also_in[0].authority, h.also_in[1].authority};
    CHECK(others.count(h.authority) == 0);
    CHECK(others.size() == 2);
    for (const auto& c : h.also_in) CHECK(!c.source.empty());
}

TEST_CASE("template text weighs less than a finding written for one report") {
    // The same words, once in a template three reports repeat and once in Bexley's own finding.
    TinyIndex ix(
        three_areas("The local area partnership's arrangements for joint commissioning lead to inconsistent "
                    "experiences for children and young people with special educational needs in Bexley."));
    RankingParams flat;
    flat.template_weight = 0;
    RankingParams weighed;
    auto q = "local area partnership arrangements inconsistent experiences";
    auto before = ix.search(q, flat), after = ix.search(q, weighed);
    REQUIRE(before.hits.size() == 2);
    REQUIRE(after.hits.size() == 2);
    auto template_score = [](const SearchResult& r) {
        for (const auto& h : r.hits)
            if (!h.also_in.empty()) return h.score;
        return -1.0;
    };
    CHECK(template_score(after) < template_score(before));
    CHECK(after.hits[0].also_in.empty());  // the finding written for Bexley leads
    CHECK(after.hits[0].text.find("joint commissioning") != std::string::npos);
}

TEST_CASE("paging over collapsed copies neither repeats nor skips a paragraph") {
    std::vector<Report> reports;
    const char* places[] = {"Bexley", "Brent", "Barnet", "Bromley", "Camden"};
    const char* codes[] = {"E09000004", "E09000005", "E09000003", "E09000006", "E09000007"};
    const char* partners[] = {"schools", "health visitors", "the police", "housing officers", "colleges"};
    for (int i = 0; i < 5; ++i)
        reports.push_back(area_report(
            std::string(1, static_cast<char>('a' + i)), places[i], codes[i],
            {templated(places[i]), std::string("Partnership work with ") + partners[i] + " is improving."}));
    TinyIndex ix(reports);
    auto all = ix.search("partnership", {}, 10);
    std::vector<std::string> whole, paged;
    for (const auto& h : all.hits) whole.push_back(h.text);
    for (std::size_t off = 0; off < whole.size() + 2; off += 2)
        for (const auto& h : ix.search("partnership", {}, 2, off).hits) paged.push_back(h.text);
    CHECK(paged == whole);
    CHECK(whole.size() == 6);  // the template once, and each report's own finding
    CHECK(all.total == 10);
}

TEST_CASE("words typed side by side rank a paragraph that has them side by side higher") {
    TinyIndex ix({make_report("x", "Brent", "E09000005", {2020, 1, 1}, DocType::inspection_report, "ilacs", "", 0,
                              {{SectionKind::looked_after,
                                {"Children live in homes run by the council, and their own plans are reviewed.",
                                 "The council runs its own children's homes, and they are reviewed monthly."}}})});
    RankingParams side_by_side;
    side_by_side.proximity_weight = 1.0;
    side_by_side.coverage_weight = 0;
    RankingParams apart = side_by_side;
    apart.proximity_weight = 0;
    auto r = ix.search("council's own children's homes", side_by_side);
    auto plain = ix.search("council's own children's homes", apart);
    REQUIRE(r.hits.size() == 2);
    REQUIRE(plain.hits.size() == 2);
    CHECK(r.hits[0].text.find("own children's homes") != std::string::npos);
    // The pairs found side by side ("own children", "children's homes") are what adds the lead.
    CHECK(r.hits[0].score - r.hits[1].score > plain.hits[0].score - plain.hits[1].score + 0.1);
}

TEST_CASE("a paragraph that opens with the typed words ranks above one that meets them in passing") {
    // The same words, the same number of times, in paragraphs of the same length: only where
    // they stand differs.
    const std::string opens =
        "Placement stability for children in care has improved, and most children now stay with the same "
        "carers. Managers review every move at a panel and social workers visit children often.";
    const std::string passing =
        "Managers review every move at a panel and social workers visit children often, and most children "
        "now stay with the same carers. Placement stability for children in care has improved.";
    TinyIndex ix({make_report("x", "Brent", "E09000005", {2020, 1, 1}, DocType::inspection_report, "ilacs", "", 0,
                              {{SectionKind::looked_after, {passing, opens}}})});
    RankingParams flat;
    flat.opening_weight = 0;
    flat.coverage_weight = 0;
    RankingParams opening = flat;
    opening.opening_weight = 0.75;
    auto before = ix.search("placement stability", flat), after = ix.search("placement stability", opening);
    REQUIRE(before.hits.size() == 2);
    REQUIRE(after.hits.size() == 2);
    CHECK(std::abs(before.hits[0].score - before.hits[1].score) < 1e-6);  // nothing else tells them apart
    CHECK(after.hits[0].text.ends_with(opens));
    // Both words open the one paragraph, neither the other: the whole weight is the difference.
    CHECK(after.hits[0].score - after.hits[1].score == doctest::Approx(0.75));
}

TEST_CASE("rescoring does not depend on the page: a page of 10 starts a page of 20, and pages join up") {
    // 30 paragraphs whose BM25 order (shorter first) and opening order (word early) disagree, so
    // rescoring moves hits across every page boundary.
    std::vector<std::string> paragraphs;
    for (int i = 0; i < 30; ++i) {
        std::string filler;
        for (int j = 0; j < 5 + i; ++j) filler += "social workers visit children regularly ";
        paragraphs.push_back(i % 2 ? "Placement stability is improving. " + filler
                                   : filler + "and placement stability.");
    }
    TinyIndex ix({make_report("x", "Brent", "E09000005", {2020, 1, 1}, DocType::inspection_report, "ilacs", "", 0,
                              {{SectionKind::looked_after, paragraphs}})});
    auto texts = [](const SearchResult& r) {
        std::vector<std::string> out;
        for (const auto& h : r.hits) out.push_back(h.text);
        return out;
    };
    auto ten = texts(ix.search("placement stability", {}, 10));
    auto twenty = texts(ix.search("placement stability", {}, 20));
    auto all = texts(ix.search("placement stability", {}, 30));
    REQUIRE(ten.size() == 10);
    REQUIRE(all.size() == 30);
    CHECK(std::equal(ten.begin(), ten.end(), twenty.begin()));
    std::vector<std::string> paged;
    for (std::size_t off = 0; off < 30; off += 7)
        for (auto& t : texts(ix.search("placement stability", {}, 7, off))) paged.push_back(std::move(t));
    CHECK(paged == all);
    // The opening moved hits: the first ten are not simply the shortest paragraphs.
    RankingParams flat;
    flat.opening_weight = 0;
    CHECK(texts(ix.search("placement stability", flat, 10)) != ten);
}

TEST_CASE("the prior is matched exactly: a page of 10 is the start of a page of 100 over real reports") {
    // Paragraphs of different priors (prose, summaries, title pages, lists) over a dozen real
    // reports: a prior that dropped out of the match once the page filled would leave paragraphs
    // late in docid order without it, and a short page would differ from a long one.
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted"))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    if (files.empty()) {
        MESSAGE("../shared/corpus/ofsted not found: test skipped");
        return;
    }
    std::sort(files.begin(), files.end());
    std::vector<Report> reports;
    for (std::size_t i = 0; i < files.size() && reports.size() < 12; i += 7)
        if (auto r = real_report(files[i].filename().string())) reports.push_back(std::move(*r));
    REQUIRE(reports.size() == 12);
    TinyIndex ix(reports);
    for (const std::string q : {"children", "quality of social work practice", "care plans"}) {
        CAPTURE(q);
        auto page = ix.search(q, {}, 10);
        auto long_page = ix.search(q, {}, 100);
        REQUIRE(page.hits.size() == 10);
        for (std::size_t i = 0; i < page.hits.size(); ++i) {
            CHECK(page.hits[i].text == long_page.hits[i].text);
            CHECK(page.hits[i].score == doctest::Approx(long_page.hits[i].score));
        }
    }
}
