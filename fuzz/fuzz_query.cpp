// libFuzzer entry for fuzz_query; the body lives in query_target.hpp so the regression suite
// (tests/fuzz_regressions_test.cpp) replays saved inputs through the same code.
#include "fuzz/query_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return assay::fuzz::query_one(data, size);
}
