#include "schema/fields.hpp"

#include <fmt/format.h>

namespace assay {

std::optional<FieldId> field_by_name(std::string_view name) {
    for (const auto& f : kFields)
        if (f.name == name && f.kind != FieldKind::id && f.kind != FieldKind::text) return f.id;
    return std::nullopt;
}

std::string schema_fingerprint() {
    // FNV-1a over every row: any change to a prefix, slot or kind changes the fingerprint.
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&](std::string_view s) {
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
        h = (h ^ 0xff) * 1099511628211ULL;
    };
    for (const auto& f : kFields) {
        mix(f.name);
        mix(f.prefix);
        mix(std::to_string(f.slot));
        mix(std::to_string(static_cast<int>(f.kind)));
        mix(f.facet ? "facet" : "-");
    }
    mix(std::to_string(kSchemaVersion));
    return fmt::format("{:016x}", h);
}

}  // namespace assay
