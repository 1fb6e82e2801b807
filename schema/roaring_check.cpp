#include "schema/roaring_check.hpp"

#include <bit>

namespace assay {
namespace {

bool array_ok(const array_container_t* a) {
    if (!a || a->cardinality < 1 || a->cardinality > DEFAULT_MAX_SIZE || !a->array) return false;
    for (int32_t i = 1; i < a->cardinality; ++i)
        if (a->array[i] <= a->array[i - 1]) return false;
    return true;
}

bool bitset_ok(const bitset_container_t* b) {
    if (!b || !b->array) return false;
    int32_t bits = 0;
    for (int i = 0; i < BITSET_CONTAINER_SIZE_IN_WORDS; ++i) bits += std::popcount(b->array[i]);
    return bits > 0 && bits == b->cardinality;
}

bool run_ok(const run_container_t* r) {
    if (!r || r->n_runs < 1 || !r->runs) return false;
    int32_t next_free = 0;  // the first value after the previous run
    for (int32_t i = 0; i < r->n_runs; ++i) {
        const int32_t start = r->runs[i].value, end = start + r->runs[i].length;
        if (start < next_free || end > 0xFFFF) return false;
        next_free = end + 1;
    }
    return true;
}

}  // namespace

bool roaring_well_formed(const Roaring& bitmap) {
    const roaring_array_t& ra = bitmap.roaring.high_low_container;
    if (ra.size < 0) return false;
    if (ra.size == 0) return true;
    if (!ra.keys || !ra.containers || !ra.typecodes) return false;
    for (int32_t i = 0; i < ra.size; ++i) {
        if (i > 0 && ra.keys[i] <= ra.keys[i - 1]) return false;
        const void* c = ra.containers[i];
        bool ok = false;
        switch (ra.typecodes[i]) {
            case ARRAY_CONTAINER_TYPE_CODE: ok = array_ok(static_cast<const array_container_t*>(c)); break;
            case BITSET_CONTAINER_TYPE_CODE: ok = bitset_ok(static_cast<const bitset_container_t*>(c)); break;
            case RUN_CONTAINER_TYPE_CODE: ok = run_ok(static_cast<const run_container_t*>(c)); break;
            default: ok = false;  // shared containers never come out of deserialisation
        }
        if (!ok) return false;
    }
    return true;
}

}  // namespace assay
