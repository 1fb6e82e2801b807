// The same report twice in one folder: "leeds.pdf" beside "leeds.txt" (its pdftotext copy) is
// indexed once. Files are grouped by folder and name without the extension; the best format of
// each group is kept: PDF (it has pages to cite), then Word, HTML, Markdown, text.
#pragma once

#include "indexer/source.hpp"

namespace assay {

// Moves every file but the kept one of each group from `files` to `problems`, with a reason
// naming the file kept. The order of the files kept is unchanged.
void drop_same_report_twins(Enumeration& found);

}  // namespace assay
