// What a search reads for every candidate paragraph, held in memory per segment: the prior
// (value slot kSlotPrior) and the wording's signature (kSlotSignature). Through Xapian each
// read decodes the slot's value chunk: on the bench queries the prior and the collapse on
// signatures took a third of a long query's time. Segments never change once written, so a
// segment's columns are read once per process and shared by every generation that serves it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>
#include "query/segmented_bitmap.hpp"

namespace assay {

struct SegmentColumns {
    // The prior by the segment's own docid, as an index into prior_values (kNoParagraph where a
    // docid has no paragraph). A search reads it for every candidate, in docid order but far
    // apart; a byte instead of a double puts eight times as many paragraphs in a cache line.
    // Priors are products of a few section and format factors (document_builder.cpp), a few
    // dozen values; a value past the 255th is kept in prior_overflow.
    std::vector<std::uint8_t> prior_code;
    std::vector<double> prior_values;
    std::unordered_map<Xapian::docid, double> prior_overflow;
    static constexpr std::uint8_t kNoParagraph = 0, kOverflow = 255;
    bool has_prior(Xapian::docid did) const { return prior_code[did] != kNoParagraph; }
    double prior(Xapian::docid did) const {
        const std::uint8_t c = prior_code[did];
        return c != kOverflow ? prior_values[c] : prior_overflow.at(did);
    }
    std::size_t size() const { return prior_code.size(); }
    // By docid; 0 where a paragraph has no signature.
    std::vector<std::uint64_t> signature;
    // The docids with a signature, ordered by (signature, docid): a wording's copies are a run.
    std::vector<Xapian::docid> by_signature;
    // Their signatures, in the same order: the run of a signature is found by a binary search
    // over contiguous memory (through signature[docid], each step cost two cache misses).
    std::vector<std::uint64_t> sorted_signatures;
    double max_prior = 0;
    Xapian::doccount with_prior = 0;

    // The columns of this segment, read from its value streams or shared with an earlier reader.
    static std::shared_ptr<const SegmentColumns> of(const Xapian::Database& segment);
    static std::shared_ptr<const SegmentColumns> read(const Xapian::Database& segment);
};

// The columns of a generation's segments, by position and by UUID (Xapian hands a posting
// source one segment at a time, known by its UUID).
class ParagraphColumns {
public:
    void add_segment(const std::string& uuid, std::shared_ptr<const SegmentColumns> columns);

    const SegmentColumns* by_uuid(const std::string& uuid) const;
    // By a docid of the combined database.
    std::uint64_t signature(Xapian::docid did) const;
    // The paragraphs with this signature that are not `deleted`, as docids of the combined
    // database in order.
    std::vector<Xapian::docid> copies(std::uint64_t signature, const SegmentedBitmap& deleted) const;

private:
    std::vector<std::shared_ptr<const SegmentColumns>> segments_;
    std::unordered_map<std::string, const SegmentColumns*> by_uuid_;
};

}  // namespace assay
