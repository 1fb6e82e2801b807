// The process's per-segment caches (segment_caches.hpp): entries of a segment leave with the last
// generation that serves it; the daemon's recent searches warm a new generation's.
#include <doctest/doctest.h>

#include <memory>

#include "query/http/recent_searches.hpp"
#include "query/searcher.hpp"
#include "query/segment_caches.hpp"
#include "query/segment_registry.hpp"
#include "support/published_index.hpp"
#include "support/sample_reports.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;
using assay::http::RecentSearches;

namespace {

std::shared_ptr<const SegmentLease> lease(const std::string& uuid) {
    return shared_per_segment<const SegmentLease>(uuid, [&] { return std::make_shared<const SegmentLease>(uuid); });
}

}  // namespace

TEST_CASE("a segment's cache entries go when no generation serves it any more") {
    auto& bitmaps = SegmentCaches::bitmaps();
    auto& copies = SegmentCaches::copies();
    const auto kept = SegmentCaches::segment_key("segment-kept", "Tpolice");
    const auto retired = SegmentCaches::segment_key("segment-retired", "Tpolice");
    const auto retired_copy = SegmentCaches::segment_key("segment-retired", "17");

    auto old_generation = std::vector{lease("segment-kept"), lease("segment-retired")};
    bitmaps.put(kept, std::make_shared<const Roaring>(Roaring::bitmapOf(2, 1u, 2u)));
    bitmaps.put(retired, std::make_shared<const Roaring>(Roaring::bitmapOf(1, 3u)));
    copies.put(retired_copy, std::make_shared<const Copy>(Copy{"r1", "r1.txt", "Brent", "2016-01-10", "4", 3}));
    auto new_generation = std::vector{lease("segment-kept")};  // shares the kept segment's lease
    CHECK(new_generation[0] == old_generation[0]);

    old_generation.clear();
    CHECK(bitmaps.get(retired) == nullptr);
    CHECK(copies.get(retired_copy) == nullptr);
    REQUIRE(bitmaps.get(kept) != nullptr);
    CHECK(*bitmaps.get(kept) == Roaring::bitmapOf(2, 1u, 2u));

    const auto before = bitmaps.bytes();
    new_generation.clear();
    CHECK(bitmaps.get(kept) == nullptr);
    CHECK(bitmaps.bytes() < before);
}

TEST_CASE("recent searches are kept newest first, once each, and replayed on a new generation") {
    RecentSearches recent(2);
    SearchRequest police, neglect, audits;
    police.query = "police";
    neglect.query = "neglect";
    audits.query = "audits";
    recent.remember(police);
    recent.remember(neglect);
    recent.remember(police);  // a repeat moves to the front
    auto kept = recent.latest();
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].query == "police");
    CHECK(kept[1].query == "neglect");
    recent.remember(audits);  // the oldest goes
    kept = recent.latest();
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].query == "audits");
    CHECK(kept[1].query == "police");

    // Replaying them reads the new generation's bitmaps before any request does.
    TempDir dir{"warm"};
    auto snap = searchable(dir.path, sample_reports());
    const auto key = SegmentCaches::segment_key(snap->segment_uuids.at(0), "T" + Analyzer().term("police"));
    CHECK(SegmentCaches::bitmaps().get(key) == nullptr);
    CHECK(recent.warm(snap, std::chrono::milliseconds(60000)) == 2);
    auto bm = SegmentCaches::bitmaps().get(key);
    REQUIRE(bm != nullptr);
    CHECK(bm->cardinality() == Searcher(snap).search(police).total);
    CHECK(recent.warm(snap, std::chrono::milliseconds(0)) == 0);  // no time, nothing run
}
