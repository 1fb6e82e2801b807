// libFuzzer entry for fuzz_analyzer; the body lives in analyzer_target.hpp so the regression suite
// (tests/fuzz_regressions_test.cpp) replays saved inputs through the same code.
#include "fuzz/analyzer_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return assay::fuzz::analyzer_one(data, size);
}
