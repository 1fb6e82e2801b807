// Finding paragraphs and judgements of a parsed Report in tests.
#pragma once

#include <string_view>
#include <vector>

#include "schema/report.hpp"

namespace assay::testing {

inline std::vector<const Paragraph*> paragraphs(const Report& r) {
    std::vector<const Paragraph*> out;
    for (const auto& s : r.sections)
        for (const auto& p : s.paragraphs) out.push_back(&p);
    return out;
}

inline const Paragraph* numbered(const Report& r, std::string_view n) {
    for (auto* p : paragraphs(r))
        if (p->number == n) return p;
    return nullptr;
}

}  // namespace assay::testing
