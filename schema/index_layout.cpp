#include "schema/index_layout.hpp"

namespace fs = std::filesystem;

namespace assay {

std::optional<fs::path> current_generation(const fs::path& index_dir) {
    std::error_code ec;
    fs::path link = index_dir / kCurrentLink;
    if (fs::is_symlink(link, ec)) {
        fs::path target = fs::read_symlink(link, ec);
        if (ec) return std::nullopt;
        fs::path gen = target.is_absolute() ? target : index_dir / target;
        if (fs::is_directory(gen, ec)) return gen;
        return std::nullopt;
    }
    if (fs::exists(index_dir / "iamglass", ec) || fs::exists(index_dir / "iamchert", ec) ||
        fs::is_regular_file(index_dir, ec))
        return index_dir;
    return std::nullopt;
}

}  // namespace assay
