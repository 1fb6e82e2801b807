#include "query/deleted_paragraphs.hpp"

namespace assay {

void DeletedParagraphs::init(const Xapian::Database& segment) {
    auto found = deleted_->find(segment.get_uuid());
    current_ = found == deleted_->end() || found->second.isEmpty() ? nullptr : &found->second;
    it_.reset();
}

void DeletedParagraphs::next(double) {
    if (!current_) return;
    if (!it_)
        it_ = current_->begin();
    else
        ++*it_;
}

void DeletedParagraphs::skip_to(Xapian::docid did, double) {
    if (!current_) return;
    if (!it_) it_ = current_->begin();
    // Roaring's seek can move backwards; a posting list must not.
    if (*it_ != current_->end() && **it_ >= did) return;
    it_->equalorlarger(did);
}

}  // namespace assay
