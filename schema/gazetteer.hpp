// The gazetteer of English local authorities with children's-services duties (and the
// legacy ones reports still name): canonical name, ONS code, region, and every alias seen
// in reports ("Royal Borough of Greenwich", "London Borough of Barnet", "Bristol, City of",
// "Durham County Council", "BCP"). Data lives in schema/data/authorities.tsv, compiled in.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assay {

struct AuthorityInfo {
    std::string name;                  // canonical short name: "Greenwich"
    std::string ons_code;              // "E09000011"
    std::string region;                // "London"
    std::vector<std::string> aliases;  // other names, official forms
};

class Gazetteer {
public:
    // The built-in gazetteer (parsed once from the compiled-in table).
    static const Gazetteer& instance();

    const std::vector<AuthorityInfo>& all() const { return entries_; }

    // Exact lookup by canonical name, alias or ONS code; case-, punctuation- and
    // spacing-insensitive ("royal borough of greenwich", "E09000011", "St. Helens").
    const AuthorityInfo* lookup(std::string_view name_or_code) const;

    // Find the authority a passage of text is about: the longest alias occurring in it
    // at word boundaries, earliest first. Used on titles and first pages.
    const AuthorityInfo* find_in_text(std::string_view text) const;

    explicit Gazetteer(std::vector<AuthorityInfo> entries);

private:
    std::vector<AuthorityInfo> entries_;
    std::vector<std::pair<std::string, std::size_t>> keys_;  // folded key -> entry, sorted
};

// Lower-case ASCII letters and digits with single spaces: the key both lookups compare.
std::string gazetteer_key(std::string_view text);

}  // namespace assay
