// Golden checks over the real Ofsted corpus (../shared/corpus/ofsted): every file gets the
// type its kind implies and the authority its name names; graded reports get their grades;
// numbered reports keep their numbering; no page furniture reaches a paragraph. Rates are
// printed; the few files that genuinely lack something are listed with the reason.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "indexer/parse.hpp"
#include "schema/gazetteer.hpp"

using namespace assay;
namespace fs = std::filesystem;

namespace {

struct Parsed {
    std::string name, kind, slug, date;  // from "ofsted-<kind>_<slug>_<date>.txt"
    std::vector<Report> reports;
    std::string head;         // the first 1,500 bytes (title block)
    bool not_judged = false;  // prints "Not judged" for some area
};

std::string slurp(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

const std::vector<Parsed>& corpus() {
    static const std::vector<Parsed> all = [] {
        std::vector<Parsed> out;
        for (const auto& e : fs::directory_iterator(fs::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted")) {
            if (e.path().extension() != ".txt") continue;
            Parsed p;
            p.name = e.path().filename().string();
            auto a = p.name.find('_'), b = p.name.rfind('_');
            p.kind = p.name.substr(7, a - 7);
            p.slug = p.name.substr(a + 1, b - a - 1);
            p.date = p.name.substr(b + 1, p.name.size() - b - 5);
            const std::string text = slurp(e.path());
            p.reports = parse_document(text, e.path().string());
            p.head = text.substr(0, 1500);
            p.not_judged = text.find("Not judged") != std::string::npos ||
                           text.find("Not Judged") != std::string::npos ||
                           text.find("was not judged") != std::string::npos;
            out.push_back(std::move(p));
        }
        std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.name < y.name; });
        return out;
    }();
    return all;
}

bool has_area(const Report& r, std::string_view area) {
    return std::any_of(r.judgements.begin(), r.judgements.end(), [&](const auto& j) { return j.area == area; });
}

// Rates are printed on every run, passing or not: they are the point of the suite.
void rate(const char* what, std::size_t ok, std::size_t total) {
    std::printf("parse corpus: %s: %zu/%zu = %.1f%%\n", what, ok, total, total ? 100.0 * ok / total : 0.0);
}

// File-name slugs that abbreviate the authority's name.
const AuthorityInfo* authority_for_slug(std::string slug) {
    static const std::map<std::string, std::string> kAbbrev{
        {"london-corporation", "City of London"},
        {"windsor-maidenhead", "Windsor and Maidenhead"},
        {"telford-wrekin", "Telford and Wrekin"},
        {"bournemouth-christchurch-poole", "Bournemouth, Christchurch and Poole"},
    };
    if (auto it = kAbbrev.find(slug); it != kAbbrev.end()) slug = it->second;
    std::replace(slug.begin(), slug.end(), '-', ' ');
    return Gazetteer::instance().lookup(slug);
}

}  // namespace

TEST_CASE("corpus: the type follows the kind of publication") {
    const std::map<std::string, DocType> kExpected{{"fv", DocType::focused_visit},
                                                   {"jtai", DocType::joint_inspection},
                                                   {"send", DocType::send_inspection},
                                                   {"sif", DocType::inspection_report},
                                                   {"ilacs", DocType::inspection_report},
                                                   {"lac2013", DocType::inspection_report},
                                                   {"lscb", DocType::inspection_report},
                                                   {"jar", DocType::inspection_report},
                                                   {"school", DocType::other}};
    std::size_t ok = 0;
    for (const auto& p : corpus()) {
        INFO(p.name);
        REQUIRE(p.reports.size() == 1);
        CHECK(p.reports[0].type == kExpected.at(p.kind));
        ok += p.reports[0].type == kExpected.at(p.kind);
    }
    rate("type matches kind", ok, corpus().size());
    CHECK(corpus().size() == 735);
}

TEST_CASE("corpus: the authority is the one the file name names") {
    std::size_t ok = 0, total = 0;
    for (const auto& p : corpus()) {
        if (p.kind == "school") continue;  // named after the school, not an authority
        ++total;
        INFO(p.name);
        const AuthorityInfo* want = authority_for_slug(p.slug);
        REQUIRE(want != nullptr);
        CHECK(p.reports[0].authority.ons_code == want->ons_code);
        ok += p.reports[0].authority.ons_code == want->ons_code;
    }
    rate("authority matches file name", ok, total);
}

TEST_CASE("corpus: ILACS reports carry their judgements") {
    std::size_t files = 0, overall = 0, complete = 0;
    for (const auto& p : corpus()) {
        if (p.kind != "ilacs") continue;
        ++files;
        const Report& r = p.reports[0];
        INFO(p.name);
        CHECK(r.framework == "ilacs");
        // From April 2026 the overall effectiveness judgement is no longer made.
        const bool no_overall_era = p.date >= "2026-04-01";
        if (!no_overall_era) CHECK(has_area(r, "overall effectiveness"));
        overall += has_area(r, "overall effectiveness");
        const bool care = has_area(r, "children in care and care leavers") ||
                          (has_area(r, "children in care") && has_area(r, "care leavers"));
        const bool all = has_area(r, "impact of leaders") && has_area(r, "help and protection") && care;
        CHECK(all);
        complete += all;
        CHECK(r.judgements.size() >= 3);
        CHECK(r.judgements.size() <= 5);
        for (const auto& j : r.judgements) CHECK(j.grade.word != "Adequate");
    }
    rate("ILACS with overall effectiveness", overall, files);
    rate("ILACS with all graded areas", complete, files);
}

TEST_CASE("corpus: SIF reports carry their judgements") {
    std::size_t files = 0, overall = 0, seven = 0;
    for (const auto& p : corpus()) {
        if (p.kind != "sif") continue;
        ++files;
        const Report& r = p.reports[0];
        INFO(p.name);
        CHECK(r.framework == "sif");
        CHECK(has_area(r, "overall effectiveness"));
        CHECK(has_area(r, "help and protection"));
        CHECK(has_area(r, "leadership, management and governance"));
        overall += has_area(r, "overall effectiveness");
        seven += r.judgements.size() == 7;
        // The LSCB is graded when the title says it was reviewed ("... and Review of the
        // effectiveness of the Local Safeguarding Children Board"); the looked-after areas are
        // graded unless the report prints "Not judged" (Isles of Scilly, City of London).
        if (p.head.find("Review of the effectiveness") != std::string::npos)
            CHECK(has_area(r, "local safeguarding children board"));
        for (std::string_view area : {"looked after and achieving permanence", "adoption performance", "care leavers"})
            if (!p.not_judged) CHECK(has_area(r, area));
        for (const auto& j : r.judgements) CHECK(j.grade.word != "Adequate");
    }
    rate("SIF with overall effectiveness", overall, files);
    rate("SIF with all seven judgements (reports without an LSCB review or with areas \"Not judged\" have fewer)",
         seven, files);
}

TEST_CASE("corpus: SEND reports carry their inspection outcome") {
    std::size_t files = 0, ok = 0;
    for (const auto& p : corpus()) {
        if (p.kind != "send") continue;
        ++files;
        INFO(p.name);
        CHECK(has_area(p.reports[0], "send outcome"));
        ok += has_area(p.reports[0], "send outcome");
    }
    rate("SEND with outcome", ok, files);
}

TEST_CASE("corpus: ungraded letters have no judgements; dates are found") {
    std::size_t dated = 0, total = 0, lead = 0, graded = 0;
    for (const auto& p : corpus()) {
        const Report& r = p.reports[0];
        INFO(p.name);
        if (p.kind == "fv" || p.kind == "jtai") CHECK(r.judgements.empty());
        if (p.kind == "school" || p.kind == "jar") continue;  // no inspection dates printed
        // Prints "24 October 2022 to 25 October 2023" for a two-day visit: a typo, rejected.
        if (p.name == "ofsted-fv_darlington_2023-11-28.txt") continue;
        ++total;
        const bool ok =
            r.inspection_start && r.inspection_end && r.inspection_start->ordinal() <= r.inspection_end->ordinal();
        CHECK(ok);
        dated += ok;
        if (ok) {
            // Inspections end before (or when) they are published.
            const std::string end = r.inspection_end->iso();
            CHECK(end <= p.date);
        }
        if (p.kind == "sif" || p.kind == "ilacs") {
            ++graded;
            lead += !r.lead_inspector.empty();
            // These two print no lead inspector anywhere.
            static const std::set<std::string> kNoLead{"ofsted-ilacs_devon_2025-05-13.txt",
                                                       "ofsted-ilacs_warwickshire_2025-10-14.txt"};
            if (!kNoLead.count(p.name)) CHECK_FALSE(r.lead_inspector.empty());
        }
    }
    rate("inspection dates found", dated, total);
    rate("SIF/ILACS lead inspector found", lead, graded);
}

TEST_CASE("corpus: numbered reports keep their numbering in order") {
    std::size_t files = 0, ordered = 0, numbered_files = 0;
    for (const auto& p : corpus()) {
        if (p.kind != "sif" && p.kind != "ilacs" && p.kind != "lac2013") continue;
        ++files;
        INFO(p.name);
        // Early SIF reports restart at 1 for the LSCB review, which is a separate report.
        long last = 0, count = 0, backwards = 0;
        for (const auto& s : p.reports[0].sections)
            for (const auto& para : s.paragraphs) {
                if (para.number.empty() || para.number.find('.') != std::string::npos) continue;
                long n = std::stol(para.number);
                backwards += n <= last && !(n == 1 && s.kind == SectionKind::lscb);
                last = n;
                ++count;
            }
        numbered_files += count >= 10;
        // The first SIF reports (February 2014) print unnumbered bullet paragraphs.
        static const std::set<std::string> kUnnumbered{
            "ofsted-sif_derbyshire_2014-02-11.txt", "ofsted-sif_hartlepool_2014-02-11.txt",
            "ofsted-sif_hillingdon_2014-02-11.txt", "ofsted-sif_slough_2014-02-14.txt"};
        if (!kUnnumbered.count(p.name)) CHECK(count >= 10);
        // Lambeth 2026 prints paragraph 57 twice.
        if (p.name != "ofsted-ilacs_lambeth_2026-03-10.txt") CHECK(backwards == 0);
        ordered += backwards == 0;
    }
    rate("numbered reports with 10+ numbered paragraphs", numbered_files, files);
    rate("numbered reports in increasing order", ordered, files);
}

TEST_CASE("corpus: no page furniture in paragraphs") {
    std::size_t paras = 0, bad = 0;
    for (const auto& p : corpus()) {
        INFO(p.name);
        std::map<std::string, int> repeats;
        for (const auto& s : p.reports[0].sections)
            for (const auto& para : s.paragraphs) {
                ++paras;
                const std::string& t = para.text;
                bool furniture = t.find('\f') != std::string::npos || t.empty() ||
                                 (t.size() <= 3 && std::all_of(t.begin(), t.end(), ::isdigit)) ||
                                 t.find("intentionally left blank") != std::string::npos;
                CHECK_FALSE(furniture);
                bad += furniture;
                if (t.size() >= 20 && t.size() <= 120 && !para.table_row) ++repeats[t];
            }
        // A running header left behind repeats on page after page, and names the report
        // ("Inspection of Barnsley local authority children's services", "Inspection report: ...").
        // (SEND reports legitimately repeat the responsible bodies under each priority action.)
        for (const auto& pair : repeats) {  // (no structured binding: clang 14 cannot capture one in INFO)
            const std::string& text = pair.first;
            const int n = pair.second;
            INFO("repeated paragraph: " << text);
            const bool names_report = text.starts_with("Inspection of") || text.starts_with("Inspection report") ||
                                      text == p.reports[0].title;
            CHECK((n < 2 || !names_report));
            CHECK(n < 5);
        }
    }
    rate("paragraphs free of furniture", paras - bad, paras);
}
