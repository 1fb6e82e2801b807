// The paragraph prior (document_builder.cpp: paragraph_prior) as a posting source read from
// memory (paragraph_columns.hpp), in place of Xapian's ValueWeightPostingSource, which decodes
// the value stream for every candidate. Same weights, same order.
#pragma once

#include <memory>

#include <xapian.h>

#include "query/exact_posting_source.hpp"
#include "query/paragraph_columns.hpp"

namespace assay {

class PriorSource : public ExactPostingSource {
public:
    // Weights are the prior times scale. The scale is applied here, not by OP_SCALE_WEIGHT:
    // Xapian passes the source the minimum weight the match needs in the query's own units,
    // not divided by an OP_SCALE_WEIGHT factor, so only a source that weighs in those units can
    // tell when its list may end.
    PriorSource(std::shared_ptr<const ParagraphColumns> columns, double scale)
        : columns_(std::move(columns)), scale_(scale) {}

    void init(const Xapian::Database& segment) override;
    void next(double min_wt) override;
    void skip_to(Xapian::docid did, double min_wt) override;
    bool check(Xapian::docid did, double min_wt) override;
    bool at_end() const override { return !current_ || did_ >= current_->size(); }
    Xapian::docid get_docid() const override { return did_; }
    double get_weight() const override { return scale_ * current_->prior(did_); }
    Xapian::PostingSource* clone() const override { return new PriorSource(columns_, scale_); }
    std::string get_description() const override { return "PriorSource(" + std::to_string(scale_) + ")"; }

private:
    Xapian::doccount count() const override { return current_ ? current_->with_prior : 0; }
    // From did_ on, the first docid with a prior.
    void settle();
    double max_weight() const { return current_ ? scale_ * current_->max_prior : 0; }
    std::shared_ptr<const ParagraphColumns> columns_;
    double scale_ = 1;
    const SegmentColumns* current_ = nullptr;  // null when the segment is not known (no prior)
    Xapian::docid did_ = 0;
};

}  // namespace assay
