#include "indexer/report_json.hpp"

#include "schema/stored.hpp"

namespace assay {

nlohmann::json report_to_json(const Report& r) {
    nlohmann::json j = report_record(r);
    auto& sections = j["sections"];
    for (std::size_t s = 0; s < r.sections.size(); ++s) {
        nlohmann::json paras = nlohmann::json::array();
        for (const auto& p : r.sections[s].paragraphs)
            paras.push_back({{"number", p.number},
                             {"line", p.line},
                             {"page", p.page},
                             {"offset", p.byte_offset},
                             {"list_item", p.list_item},
                             {"table_row", p.table_row},
                             {"text", p.text}});
        sections[s]["paragraphs"] = paras;
    }
    return j;
}

}  // namespace assay
