// Sets and facet counts kept per segment (segmented_bitmap.hpp, generation_facets.hpp) against
// answers worked out by hand. Xapian numbers segment i's docid d of n as (d - 1) * n + i + 1.
#include <doctest/doctest.h>

#include <memory>

#include "query/facets.hpp"
#include "query/segmented_bitmap.hpp"

using namespace assay;

namespace {

SegmentedBitmap of(std::initializer_list<Roaring> parts) {
    SegmentedBitmap out(parts.size());
    std::size_t i = 0;
    for (const auto& p : parts) out.part(i++) = p;
    return out;
}

std::size_t count_of(const std::vector<std::pair<std::string, std::vector<FacetValue>>>& facets,
                     const std::string& name, const std::string& value) {
    for (const auto& [n, values] : facets)
        if (n == name)
            for (const auto& v : values)
                if (v.value == value) return v.count;
    return 0;
}

}  // namespace

TEST_CASE("a segmented set answers in the combined database's docids") {
    auto s = of({Roaring::bitmapOf(2, 1u, 2u), Roaring::bitmapOf(1, 1u), Roaring::bitmapOf(1, 2u)});
    CHECK(s.cardinality() == 4);
    CHECK(s.combined() == Roaring::bitmapOf(4, 1u, 2u, 4u, 6u));
    CHECK(s.contains(4));        // segment 0, docid 2
    CHECK_FALSE(s.contains(5));  // segment 1, docid 2
    CHECK_FALSE(s.contains(0));
    CHECK_FALSE(SegmentedBitmap().contains(1));
}

TEST_CASE("set algebra works segment by segment; a default-made set is empty") {
    auto a = of({Roaring::bitmapOf(3, 1u, 2u, 3u), Roaring::bitmapOf(2, 1u, 2u)});
    auto b = of({Roaring::bitmapOf(1, 2u), Roaring::bitmapOf(2, 2u, 3u)});
    CHECK((a & b) == of({Roaring::bitmapOf(1, 2u), Roaring::bitmapOf(1, 2u)}));
    auto u = a;
    u |= b;
    CHECK(u == of({Roaring::bitmapOf(3, 1u, 2u, 3u), Roaring::bitmapOf(3, 1u, 2u, 3u)}));
    auto d = a;
    d -= b;
    CHECK(d == of({Roaring::bitmapOf(2, 1u, 3u), Roaring::bitmapOf(1, 1u)}));
    CHECK((a & SegmentedBitmap()).isEmpty());
    auto e = SegmentedBitmap();
    e |= a;
    CHECK(e == a);
    auto f = a;
    f -= SegmentedBitmap();
    CHECK(f == a);
}

TEST_CASE("facet counts are summed over segments, each facet counted without its own filter") {
    // Segment 0: paragraphs 1-3 of Greenwich, 1 of them from 2015. Segment 1: paragraph 1 of
    // Greenwich and paragraphs 2-3 of Doncaster, all from 2016.
    auto s0 = std::make_shared<FacetBitmaps>();
    s0->by_term["XAE09000011"] = Roaring::bitmapOf(3, 1u, 2u, 3u);
    s0->by_term["XY2015"] = Roaring::bitmapOf(1, 1u);
    s0->by_term["XY2016"] = Roaring::bitmapOf(2, 2u, 3u);
    auto s1 = std::make_shared<FacetBitmaps>();
    s1->by_term["XAE09000011"] = Roaring::bitmapOf(1, 1u);
    s1->by_term["XAE08000017"] = Roaring::bitmapOf(2, 2u, 3u);
    s1->by_term["XY2016"] = Roaring::bitmapOf(3, 1u, 2u, 3u);
    GenerationFacets facets;
    facets.add_segment(s0);
    facets.add_segment(s1);
    facets.finish();
    CHECK(facets.terms().size() == 4);

    // The text matched paragraphs 1 and 3 of segment 0 and all of segment 1.
    auto matches = of({Roaring::bitmapOf(2, 1u, 3u), Roaring::bitmapOf(3, 1u, 2u, 3u)});
    auto all = count_facets(facets, matches, {});
    CHECK(count_of(all, "authority", "Greenwich") == 3);
    CHECK(count_of(all, "authority", "Doncaster") == 2);
    CHECK(count_of(all, "year", "2015") == 1);
    CHECK(count_of(all, "year", "2016") == 4);

    ResolvedFilter greenwich{FieldId::authority, {"XAE09000011"}, Xapian::Query("XAE09000011")};
    auto filtered = count_facets(facets, matches, {greenwich});
    CHECK(count_of(filtered, "authority", "Doncaster") == 2);  // its own filter is left out
    CHECK(count_of(filtered, "year", "2016") == 2);            // segment 0's 3 and segment 1's 1
    CHECK((matches & filter_bitmap(facets, greenwich)).cardinality() == 3);

    FacetBitmaps joined = facets.combined();
    CHECK(*joined.find("XAE09000011") == Roaring::bitmapOf(4, 1u, 2u, 3u, 5u));
    CHECK(*joined.find("XAE08000017") == Roaring::bitmapOf(2, 4u, 6u));
}
