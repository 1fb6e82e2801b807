// Inspection frameworks, oldest first. Titles are the canonical wording the reports print;
// the parser recognises a report's framework from these (and a few variants it knows).
#include "schema/frameworks.hpp"

namespace assay {

const std::vector<FrameworkInfo>& frameworks() {
    static const std::vector<FrameworkInfo> list{
        {"jar_2009", "Inspection of progress made in the provision of safeguarding services"},
        {"protection_2012", "Inspection of local authority arrangements for the protection of children"},
        {"lac_2012", "Inspection of looked after children services"},
        {"sif",
         "Inspection of services for children in need of help and protection, children "
         "looked after and care leavers"},
        {"lscb_review", "Review of the effectiveness of the Local Safeguarding Children Board"},
        {"ilacs", "Inspection of local authority children's services"},
        {"jtai", "Joint targeted area inspection"},
        {"send_2016", "Joint local area SEND inspection"},
        {"send_2023", "Area SEND inspection"},
    };
    return list;
}

const FrameworkInfo* framework_by_key(std::string_view key) {
    for (const auto& f : frameworks())
        if (f.key == key) return &f;
    return nullptr;
}

}  // namespace assay
