// libFuzzer entry for fuzz_facet_bitmaps; the body lives in facet_bitmaps_target.hpp so the regression suite
// (tests/fuzz_regressions_test.cpp) replays saved inputs through the same code.
#include "fuzz/facet_bitmaps_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return assay::fuzz::facet_bitmaps_one(data, size);
}
