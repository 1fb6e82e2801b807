#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <random>

#include "schema/facet_bitmaps.hpp"

using namespace assay;

TEST_CASE("facet bitmaps survive a serialisation round trip") {
    unsigned seed = std::random_device{}();
    CAPTURE(seed);
    std::mt19937 rng(seed);
    FacetBitmaps f;
    for (int t = 0; t < 20; ++t) {
        Roaring bm;
        for (int i = 0, n = static_cast<int>(rng() % 5000); i < n; ++i) bm.add(rng() % 200000);
        f.by_term.emplace("XA" + std::to_string(t), std::move(bm));
    }
    auto bytes = f.serialise();
    auto back = FacetBitmaps::deserialise(bytes);
    REQUIRE(back);
    CHECK(*back == f);
}

TEST_CASE("corrupt facet bytes are rejected, never trusted") {
    FacetBitmaps f;
    Roaring bm;
    for (std::uint32_t i = 1; i < 1000; i += 3) bm.add(i);
    f.by_term.emplace("XTinspection_report", bm);
    std::string bytes = f.serialise();
    CHECK_FALSE(FacetBitmaps::deserialise(""));
    CHECK_FALSE(FacetBitmaps::deserialise(bytes.substr(0, bytes.size() - 1)));
    for (std::size_t at = 0; at < bytes.size(); at += 7) {
        std::string flipped = bytes;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
        CHECK_FALSE(FacetBitmaps::deserialise(flipped));
    }
}

TEST_CASE("facet bitmaps are derived from the facet terms' posting lists") {
    auto dir = std::filesystem::temp_directory_path() / ("assay-facets-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    {
        Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
        for (int i = 0; i < 10; ++i) {
            Xapian::Document doc;
            doc.add_boolean_term(i % 2 ? "XAE09000005" : "XAE09000011");
            doc.add_boolean_term("XY" + std::to_string(2012 + i % 3));
            doc.add_term("police");
            db.add_document(doc);
        }
        db.commit();
        auto f = FacetBitmaps::from_database(db);
        REQUIRE(f.find("XAE09000005"));
        CHECK(f.find("XAE09000005")->cardinality() == 5);
        CHECK(f.find("XY2012")->cardinality() == 4);
        CHECK(f.find("XY2012")->contains(1));
        CHECK(f.find("XY2012")->contains(4));
        CHECK_FALSE(f.find("police"));  // body text is not a facet
    }
    std::filesystem::remove_all(dir);
}
