// Writes a valid serialised facet file (the fuzz_facet_bitmaps seed): the facet bitmaps of the
// fuzzers' small index, serialised by the project's own code. Usage: make_facet_seed OUT
#include <fstream>
#include <iostream>

#include "fuzz/tiny_index.hpp"
#include "query/snapshot.hpp"
#include "schema/facet_bitmaps.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_facet_seed OUT\n";
        return 2;
    }
    auto snapshot = assay::IndexSnapshot::open(assay::fuzz::tiny_index());
    std::ofstream out(argv[1], std::ios::binary);
    out << assay::FacetBitmaps::from_database(snapshot->database()).serialise();
    if (!out) {
        std::cerr << "make_facet_seed: cannot write " << argv[1] << "\n";
        return 1;
    }
    return 0;
}
