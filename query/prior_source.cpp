#include "query/prior_source.hpp"

namespace assay {

void PriorSource::init(const Xapian::Database& segment) {
    current_ = columns_->by_uuid(segment.get_uuid());
    did_ = 0;
    set_maxweight(max_weight());
}

void PriorSource::settle() {
    const auto& code = current_->prior_code;
    while (did_ < code.size() && code[did_] == SegmentColumns::kNoParagraph) ++did_;
}

// Once the match needs more than any prior here can add, the list ends: Xapian then drops this
// branch instead of asking about every candidate.
void PriorSource::next(double min_wt) {
    if (!current_) return;
    if (min_wt > max_weight()) {
        did_ = static_cast<Xapian::docid>(current_->size());
        return;
    }
    ++did_;
    settle();
}

void PriorSource::skip_to(Xapian::docid did, double min_wt) {
    if (!current_) return;
    if (min_wt > max_weight()) {
        did_ = static_cast<Xapian::docid>(current_->size());
        return;
    }
    if (did <= did_) return;
    did_ = did;
    settle();
}

// Exact and cheap: without a prior here, the position is left indeterminate (false), and next()
// or skip_to() go on from did.
bool PriorSource::check(Xapian::docid did, double min_wt) {
    if (!current_ || did <= did_ || min_wt > max_weight()) {
        skip_to(did, min_wt);
        return true;
    }
    did_ = did;
    return did_ >= current_->size() || current_->has_prior(did_);
}

}  // namespace assay
