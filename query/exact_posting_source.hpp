// A posting source whose length in the current segment is known exactly (Xapian initialises a
// posting source once per segment): the base of the sources over in-memory data.
#pragma once

#include <xapian.h>

namespace assay {

class ExactPostingSource : public Xapian::PostingSource {
public:
    Xapian::doccount get_termfreq_min() const override { return count(); }
    Xapian::doccount get_termfreq_est() const override { return count(); }
    Xapian::doccount get_termfreq_max() const override { return count(); }

protected:
    // Postings in the segment the source was last initialised with.
    virtual Xapian::doccount count() const = 0;
};

}  // namespace assay
