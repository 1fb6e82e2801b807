// libFuzzer entry for fuzz_docx; the body lives in document_targets.hpp so the regression suite
// (tests/fuzz_regressions_test.cpp) replays saved inputs through the same code.
#include "fuzz/document_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return assay::fuzz::docx_one(data, size);
}
