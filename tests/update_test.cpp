// Incremental updates, add/remove, stats and check, against the published index.
#include <doctest/doctest.h>

#include <fstream>

#include "indexer/build.hpp"
#include "indexer/inspect.hpp"
#include "indexer/merge.hpp"
#include "indexer/paragraph_limits.hpp"
#include "indexer/update.hpp"
#include "query/searcher.hpp"
#include "schema/index_layout.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;
using namespace std::string_view_literals;
namespace fs = std::filesystem;

namespace {

std::string report_text(const std::string& topic) {
    return "Notes on " + topic +
           "\n\n"
           "Inspectors found that " +
           topic +
           " was considered carefully in every case they saw.\n\n"
           "Managers review " +
           topic + " each month and act on what they find.\n";
}

struct Corpus {
    TempDir dir{"update"};
    fs::path corpus = dir.path / "corpus";
    fs::path index = dir.path / "index";
    BuildOptions options() const {
        BuildOptions o;
        o.corpora = {corpus};
        o.index_dir = index;
        o.jobs = 2;
        return o;
    }
    void write(const std::string& name, const std::string& text) const { dir.write("corpus/" + name, text); }
    std::size_t hits(const std::string& q) const {
        Searcher s(IndexSnapshot::open(index));
        SearchRequest req;
        req.query = q;
        return s.search(req).total;
    }
};

}  // namespace

TEST_CASE("update adds, re-indexes and removes; a second run changes nothing") {
    Corpus c;
    c.write("a.txt", report_text("fostering"));
    c.write("b.txt", report_text("adoption"));
    c.write("sub/c.txt", report_text("caseloads"));
    auto built = build_index(c.options());
    CHECK(built.files_indexed == 3);
    CHECK(index_stats(c.index).reports == 3);
    std::string first_generation = index_stats(c.index).generation;

    auto same = update_index(c.options());
    CHECK(same.unchanged == 3);
    CHECK(same.generation.empty());
    CHECK(index_stats(c.index).generation == first_generation);

    c.write("b.txt", report_text("chronologies"));  // changed content
    c.write("d.txt", report_text("advocacy"));      // new
    fs::remove(c.corpus / "sub/c.txt");             // deleted
    auto changed = update_index(c.options());
    CHECK(changed.added == 1);
    CHECK(changed.changed == 1);
    CHECK(changed.removed == 1);
    CHECK(changed.unchanged == 1);
    CHECK(c.hits("adoption") == 0);
    CHECK(c.hits("chronologies") > 0);
    CHECK(c.hits("advocacy") > 0);
    CHECK(c.hits("caseloads") == 0);
    CHECK(c.hits("fostering") > 0);
    CHECK(index_stats(c.index).reports == 3);
    CHECK(check_index(c.index).ok());

    auto again = update_index(c.options());
    CHECK(again.generation.empty());
    CHECK(again.unchanged == 3);
}

TEST_CASE("add and remove single files keep facets in step") {
    Corpus c;
    c.write("a.txt", report_text("fostering"));
    build_index(c.options());
    auto extra = c.dir.write("elsewhere/e.txt", report_text("radicalisation"));
    auto added = add_files(c.index, {extra}, c.options());
    CHECK(added.added == 1);
    CHECK(c.hits("radicalisation") > 0);
    CHECK(check_index(c.index).ok());
    auto removed = remove_files(c.index, {extra});
    CHECK(removed.removed == 1);
    CHECK(c.hits("radicalisation") == 0);
    CHECK(check_index(c.index).ok());
    auto missing = remove_files(c.index, {c.dir.path / "never.txt"});
    CHECK(missing.removed == 0);
    REQUIRE(missing.skipped.size() == 1);
    CHECK(missing.skipped[0].reason == "not in the index");
}

TEST_CASE("a broken file never stops a build, and the summary says why") {
    Corpus c;
    c.write("good.txt", report_text("supervision"));
    c.write("empty.txt", "");
    c.write("binary.txt", std::string("\x7f"
                                      "ELF\0\0\0\x01\x02",
                                      9));
    c.write("latin1.txt", "Caf\xE9 supervision notes.\n");
    auto s = build_index(c.options());
    CHECK(s.files_seen == 4);
    CHECK(s.files_indexed == 2);
    REQUIRE(s.skipped.size() == 2);
    bool empty_reason = false, binary_reason = false;
    for (const auto& f : s.skipped) {
        empty_reason |= f.path.find("empty.txt") != std::string::npos && f.reason == "empty file";
        binary_reason |= f.path.find("binary.txt") != std::string::npos && f.reason.find("binary") != std::string::npos;
    }
    CHECK(empty_reason);
    CHECK(binary_reason);
    REQUIRE(s.notes.size() == 1);
    CHECK(s.notes[0].reason.find("Windows-1252") != std::string::npos);
    CHECK(c.hits("supervision") >= 2);
}

TEST_CASE("check reports a damaged deletion file") {
    Corpus c;
    for (const char* topic :
         {"fostering", "adoption", "caseloads", "supervision", "leaving care", "advocacy", "respite", "kinship"})
        c.write(std::string(topic) + ".txt", report_text(topic));
    build_index(c.options());
    fs::remove(c.corpus / "adoption.txt");
    BuildOptions unmerged = c.options();  // else the update may rewrite the segment it deletes from
    unmerged.merge = MergePolicy::never();
    CHECK(update_index(unmerged).removed == 1);
    CHECK(check_index(c.index).ok());
    fs::path gen = *current_generation(c.index);
    std::size_t damaged = 0;
    for (const auto& e : fs::directory_iterator(gen))
        if (e.path().extension() == ".deleted") {
            std::ofstream(e.path(), std::ios::binary | std::ios::trunc) << "garbage";
            ++damaged;
        }
    REQUIRE(damaged == 1);
    auto r = check_index(c.index);
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].find("deletion file") != std::string::npos);
}

namespace {
// A report of one section holding one paragraph.
Report one_paragraph_report(const Paragraph& p) {
    Report r;
    r.sections.emplace_back();
    r.sections[0].paragraphs.push_back(p);
    return r;
}
}  // namespace

TEST_CASE("an overlong paragraph is split into bounded parts that keep its number") {
    Paragraph p;
    p.number = "7";
    for (int i = 0; i < 20000; ++i) p.text += "caseloads ";
    p.text += "\xE2\x80\x99";  // a multi-byte character at the end
    Report r = one_paragraph_report(p);
    CHECK(split_long_paragraphs(r, 4096) == 1);
    std::string joined;
    for (const auto& part : r.sections[0].paragraphs) {
        CHECK(part.text.size() <= 4096);
        CHECK(part.number == "7");
        joined += part.text;
    }
    CHECK(joined == p.text);
    CHECK(r.sections[0].paragraphs.size() >= 49);
}

TEST_CASE("a space right at the limit does not make a part one byte too long") {
    Paragraph p;
    p.text = std::string(60, 'a') + " " + std::string(39, 'b') + " " + std::string(30, 'c');  // a space at byte 100
    Report r = one_paragraph_report(p);
    CHECK(split_long_paragraphs(r, 100) == 1);
    std::string joined;
    for (const auto& part : r.sections[0].paragraphs) {
        CHECK(part.text.size() <= 100);
        joined += part.text;
    }
    CHECK(joined == p.text);
}

TEST_CASE("update trusts a file's stamp only while the file is unwritten") {
    Corpus c;
    c.write("a.txt", report_text("fostering"));
    c.write("b.txt", report_text("adoption"));
    build_index(c.options());

    // Rewritten to the same size with its old modification time put back: the change time
    // still moved, so the update reads it and finds the new words.
    auto old_time = fs::last_write_time(c.corpus / "a.txt");
    c.write("a.txt", report_text("placement"));
    REQUIRE(fs::file_size(c.corpus / "a.txt") == report_text("fostering").size());
    fs::last_write_time(c.corpus / "a.txt", old_time);
    auto changed = update_index(c.options());
    CHECK(changed.changed == 1);
    CHECK(changed.unchanged == 1);
    CHECK(c.hits("placement") == 2);
    CHECK(c.hits("fostering") == 0);

    // Written again with the same bytes: a new stamp, but the fingerprint says unchanged and
    // nothing is published.
    c.write("b.txt", report_text("adoption"));
    auto same = update_index(c.options());
    CHECK(same.unchanged == 2);
    CHECK(same.changed == 0);
    CHECK(same.generation.empty());
}

TEST_CASE("a report's key keeps its four fields through encoding; damaged bytes are refused") {
    ReportKey k{"/corpus/a b.txt", "f00d", "123 456 789 42", ""};
    auto back = ReportKey::decode(k.encode());
    REQUIRE(back);
    CHECK(back->source == k.source);
    CHECK(back->fingerprint == k.fingerprint);
    CHECK(back->stamp == k.stamp);
    CHECK(back->part_of.empty());
    CHECK_FALSE(ReportKey::decode("only\0three\0fields\0"sv));
    CHECK_FALSE(ReportKey::decode(k.encode() + "x"));
    CHECK_FALSE(ReportKey::decode(""));
}

TEST_CASE("an update tells unchanged reports from their keys, also after a merge") {
    Corpus c;
    for (const char* t : {"neglect", "adoption", "fostering", "leaving care"})
        c.write(std::string(t) + ".txt", report_text(t));
    build_index(c.options());
    c.write("neglect.txt", report_text("neglect and drift"));
    auto u = update_index(c.options());
    CHECK(u.changed == 1);
    CHECK(u.unchanged == 3);
    merge_index(c.index);
    auto again = update_index(c.options());  // the merge rebuilt the segments and kept the keys
    CHECK(again.changed == 0);
    CHECK(again.added == 0);
    CHECK(again.unchanged == 4);
}
