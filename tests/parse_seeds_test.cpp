// Golden test: the parser extracts from the real seed reports what a careful reader finds
// (../shared/eval/metadata.json): type, authority, framework, dates, lead inspector, every
// judgement, recommendation timescales, numbered paragraph samples, the embedded report.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "indexer/parse.hpp"

using namespace assay;
using nlohmann::json;

namespace {

const std::filesystem::path kShared = ASSAY_SHARED_DIR;

std::string slurp(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

std::string iso(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }

void check_date(const json& want, const char* key, const std::optional<Date>& got) {
    if (!want.contains(key)) return;
    INFO(key);
    if (want[key].is_null())
        CHECK_FALSE(got.has_value());
    else
        CHECK(iso(got) == want[key].get<std::string>());
}

const Paragraph* numbered(const Report& r, const std::string& number) {
    for (const auto& s : r.sections)
        for (const auto& p : s.paragraphs)
            if (p.number == number) return &p;
    return nullptr;
}

// Checks common to a top-level report and an embedded one.
void check_report(const Report& r, const json& want, const std::string& source_text) {
    CHECK(std::string(to_string(r.type)) == want["type"].get<std::string>());
    if (want.contains("authority")) {
        CHECK(r.authority.name == want["authority"]["name"].get<std::string>());
        CHECK(r.authority.ons_code == want["authority"]["code"].get<std::string>());
    }
    if (want.contains("framework")) {
        if (want["framework"].is_null())
            CHECK(r.framework.empty());
        else
            CHECK(r.framework_title == want["framework"].get<std::string>());
    }
    check_date(want, "inspection_start", r.inspection_start);
    check_date(want, "inspection_end", r.inspection_end);
    check_date(want, "published", r.published);
    check_date(want, "meeting_date", r.meeting_date);
    if (want.contains("lead_inspector")) CHECK(r.lead_inspector == want["lead_inspector"].get<std::string>());
    if (want.contains("judgements")) {
        const auto& js = want["judgements"];
        CHECK(r.judgements.size() == js.size());
        for (auto it = js.begin(); it != js.end(); ++it) {
            INFO("area: " << it.key());
            const Judgement* found = nullptr;
            for (const auto& j : r.judgements)
                if (j.area == it.key()) found = &j;
            REQUIRE(found != nullptr);
            CHECK(found->grade.word == it.value().get<std::string>());
            CHECK(found->grade.ordinal >= 1);
        }
    }
    if (want.contains("recommendation_timescales")) {
        std::vector<std::string> seen;
        for (const auto& rec : r.recommendations)
            if (!rec.timescale.empty() && (seen.empty() || seen.back() != rec.timescale)) seen.push_back(rec.timescale);
        // Every timescale the reader listed, in order. (Seed 002 also prints "Within six
        // months:", which the reader's list leaves out; each extra one must be in the text.)
        auto listed = want["recommendation_timescales"].get<std::vector<std::string>>();
        std::size_t k = 0;
        for (const auto& t : seen)
            if (k < listed.size() && t == listed[k]) ++k;
        CHECK(k == listed.size());
        for (const auto& t : seen) CHECK(source_text.find("\n" + t + ":") != std::string::npos);
    }
    if (want.contains("paragraph_samples")) {
        for (auto it = want["paragraph_samples"].begin(); it != want["paragraph_samples"].end(); ++it) {
            INFO("paragraph " << it.key());
            const Paragraph* p = numbered(r, it.key());
            REQUIRE(p != nullptr);
            CHECK(p->text.find(it.value().get<std::string>()) != std::string::npos);
        }
    }
}

}  // namespace

TEST_CASE("seed reports match the careful reader's metadata") {
    const json meta = json::parse(slurp(kShared / "eval" / "metadata.json"));
    int files = 0;
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (it.key().starts_with("_")) continue;
        ++files;
        const auto path = kShared / "corpus" / "seeds" / it.key();
        const std::string text = slurp(path);
        REQUIRE_FALSE(text.empty());
        INFO("seed " << it.key());
        auto reports = parse_document(text, path.string());
        REQUIRE_FALSE(reports.empty());
        const Report& r = reports.front();
        CHECK(r.id == report_id_for(path.string()));
        CHECK(r.source == path.string());
        check_report(r, it.value(), text);
        if (it.value().contains("embedded_report")) {
            REQUIRE(reports.size() == 2);
            const Report& e = reports[1];
            CHECK(e.part_of == r.id);
            CHECK(e.id == r.id + "-1");
            CHECK(e.authority.ons_code == r.authority.ons_code);
            check_report(e, it.value()["embedded_report"], text);
        } else {
            CHECK(reports.size() == 1);
        }
    }
    CHECK(files == 5);
}

TEST_CASE("seed paragraphs point at their first character in the original text") {
    for (const auto& entry : std::filesystem::directory_iterator(kShared / "corpus" / "seeds")) {
        const std::string text = slurp(entry.path());
        INFO(entry.path().filename().string());
        for (const auto& r : parse_document(text, entry.path().string()))
            for (const auto& s : r.sections)
                for (const auto& p : s.paragraphs) {
                    REQUIRE(p.byte_offset < text.size());
                    // 1-based line: count the newlines before the offset.
                    std::size_t line =
                        1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + p.byte_offset, '\n'));
                    CHECK(line == p.line);
                    if (p.table_row) continue;
                    // The paragraph's first word starts at the offset (markup like ** aside).
                    std::string first = p.text.substr(0, p.text.find(' '));
                    std::string_view at(text.data() + p.byte_offset,
                                        std::min<std::size_t>(200, text.size() - p.byte_offset));
                    INFO("paragraph: " << p.text.substr(0, 60));
                    CHECK(at.find(first.substr(0, std::min<std::size_t>(first.size(), 2))) <= 4);
                }
    }
}

TEST_CASE("seed markup and page debris never reach paragraph text") {
    for (const auto& entry : std::filesystem::directory_iterator(kShared / "corpus" / "seeds")) {
        const std::string text = slurp(entry.path());
        INFO(entry.path().filename().string());
        for (const auto& r : parse_document(text, entry.path().string()))
            for (const auto& s : r.sections) {
                CHECK(s.heading.find("**") == std::string::npos);
                CHECK(s.heading.find("<b>") == std::string::npos);
                for (const auto& p : s.paragraphs) {
                    INFO(p.text.substr(0, 80));
                    CHECK(p.text.find("**") == std::string::npos);
                    CHECK(p.text.find("<b>") == std::string::npos);
                    CHECK(p.text.find("<sup>") == std::string::npos);
                    CHECK(p.text.find("](") == std::string::npos);
                    CHECK(p.text.find("intentionally left blank") == std::string::npos);
                    CHECK(p.text.find("Contact Us") == std::string::npos);
                    CHECK(p.text.find('\t') == std::string::npos);
                }
            }
    }
}
