// libFuzzer entry for fuzz_http; the body lives in http_target.hpp so the regression suite
// (tests/fuzz_regressions_test.cpp) replays saved inputs through the same code.
#include "fuzz/http_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return assay::fuzz::http_one(data, size);
}
