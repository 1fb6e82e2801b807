#include "indexer/same_report.hpp"

#include <algorithm>
#include <map>

namespace fs = std::filesystem;

namespace assay {
namespace {

// Lower is better.
int format_rank(const fs::path& file) {
    switch (source_format(file)) {
        case SourceFormat::pdf: return 0;
        case SourceFormat::docx: return 1;
        case SourceFormat::html: return 2;
        case SourceFormat::text: break;
    }
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".md" || ext == ".markdown" ? 3 : 4;
}

}  // namespace

void drop_same_report_twins(Enumeration& found) {
    std::map<fs::path, const fs::path*> kept;  // folder/stem -> best file so far
    for (const auto& f : found.files) {
        auto& best = kept[f.parent_path() / f.stem()];
        if (!best || format_rank(f) < format_rank(*best)) best = &f;
    }
    std::vector<fs::path> files;
    for (const auto& f : found.files) {
        const fs::path* best = kept[f.parent_path() / f.stem()];
        if (best == &f) {
            files.push_back(f);
            continue;
        }
        found.problems.emplace_back(
            f.string(), "same report as " + best->filename().string() + " (kept " + best->filename().string() + ")");
    }
    found.files = std::move(files);
}

}  // namespace assay
