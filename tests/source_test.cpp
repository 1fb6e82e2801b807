#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "indexer/source.hpp"
#include "schema/utf8.hpp"

using namespace assay;
namespace fs = std::filesystem;

namespace {
struct TempDir {
    fs::path path =
        fs::temp_directory_path() / ("assay-src-" + std::to_string(::getpid()) + "-" + std::to_string(rand()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    fs::path write(const std::string& name, const std::string& bytes) const {
        fs::create_directories((path / name).parent_path());
        std::ofstream(path / name, std::ios::binary) << bytes;
        return path / name;
    }
};
}  // namespace

TEST_CASE("UTF-8 validation is strict") {
    CHECK(is_valid_utf8("plain"));
    CHECK(is_valid_utf8("children’s"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(is_valid_utf8("\xE2\x80"));          // truncated
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
    CHECK(sanitize_utf8("a\xFF"
                        "b") ==
          "a\xEF\xBF\xBD"
          "b");
}

TEST_CASE("decoding: BOMs, Windows-1252, binary, empty") {
    CHECK(decode_source("", false).reason == "empty file");
    CHECK(decode_source(" \n\t\n", false).reason == "no text");
    CHECK(decode_source(std::string("ab\0cd", 5), false).reason.find("binary") != std::string::npos);
    auto bom = decode_source("\xEF\xBB\xBFGood", false);
    CHECK(bom.ok);
    CHECK(bom.text == "Good");
    auto latin = decode_source("caf\xE9 \x93quoted\x94", false);
    CHECK(latin.ok);
    CHECK(latin.text == "café “quoted”");
    CHECK(latin.note.find("Windows-1252") != std::string::npos);
    std::string utf16le(
        "\xFF\xFE"
        "G\0o\0o\0d\0",
        10);
    auto u16 = decode_source(utf16le, false);
    CHECK(u16.ok);
    CHECK(u16.text == "Good");
}

TEST_CASE("HTML becomes text with paragraph breaks") {
    auto t = html_to_text(
        "<html><head><title>x</title></head><body><p>One &amp; "
        "two</p><script>evil()</script><p>Three&rsquo;s</p></body>");
    CHECK(t.find("One & two") != std::string::npos);
    CHECK(t.find("evil") == std::string::npos);
    CHECK(t.find("Three’s") != std::string::npos);
    CHECK(t.find("\n\n") != std::string::npos);
}

TEST_CASE("enumeration: report extensions, hidden files, symlink loops, sorted") {
    TempDir d;
    d.write("b.txt", "b");
    d.write("a/c.md", "c");
    d.write("a/page.HTML", "<p>x</p>");
    d.write("image.png", "png");
    d.write(".hidden/x.txt", "x");
    fs::create_directory_symlink(d.path, d.path / "a" / "loop");
    auto e = enumerate_sources({d.path, d.path / "missing"});
    REQUIRE(e.files.size() == 3);
    CHECK(e.files[0].filename() == "c.md");
    CHECK(e.files[1].filename() == "page.HTML");
    CHECK(e.files[2].filename() == "b.txt");
    REQUIRE(e.problems.size() == 1);
    CHECK(e.problems[0].first.find("missing") != std::string::npos);
}

TEST_CASE("read_source: size limit and unreadable files give reasons") {
    TempDir d;
    auto big = d.write("big.txt", std::string(3 << 20, 'a'));
    SourceOptions small;
    small.max_file_bytes = 1 << 20;
    auto r = read_source(big, small);
    CHECK_FALSE(r.ok);
    CHECK(r.reason.find("too large") != std::string::npos);
    auto locked = d.write("locked.txt", "text");
    ::chmod(locked.c_str(), 0);
    if (::geteuid() != 0) {  // root reads anything
        auto l = read_source(locked);
        CHECK_FALSE(l.ok);
        CHECK(l.reason.find("cannot read") != std::string::npos);
    }
    CHECK(read_source(d.path / "gone.txt").reason.find("cannot read") != std::string::npos);
}

TEST_CASE("enumeration: the same report in several formats in one folder is read once, the best format kept") {
    TempDir d;
    for (const char* name :
         {"leeds.pdf", "leeds.txt", "leeds.md", "paper.docx", "paper.html", "alone.txt", "x/leeds.txt"})
        d.write(name, "x");
    auto e = enumerate_sources({d.path});
    std::vector<std::string> kept;
    for (const auto& f : e.files) kept.push_back(fs::relative(f, d.path).string());
    CHECK(kept == std::vector<std::string>{"alone.txt", "leeds.pdf", "paper.docx", "x/leeds.txt"});
    std::map<std::string, std::string> dropped;
    for (const auto& [path, reason] : e.problems) dropped[fs::path(path).filename().string()] = reason;
    CHECK(dropped == std::map<std::string, std::string>{{"leeds.md", "same report as leeds.pdf (kept leeds.pdf)"},
                                                        {"leeds.txt", "same report as leeds.pdf (kept leeds.pdf)"},
                                                        {"paper.html", "same report as paper.docx (kept paper.docx)"}});
}
