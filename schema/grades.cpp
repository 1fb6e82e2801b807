// Grade words of every framework on one ordinal scale (1 best .. 4 worst).
//
// Each framework keeps its own word: the 2012-13 scale says "Adequate" where SIF/ILACS say
// "Requires improvement"; both sit at ordinal 3 but are different facet keys. The three area
// SEND (2023) outcomes sit at 2/3/4 ("Positive" / "Inconsistent" / "Significant concerns").
#include "schema/grades.hpp"

#include <cctype>

namespace assay {
namespace {

// Lower-case ASCII, every run of non-letters (spaces, quotes, **, ', _) becomes one space.
std::string fold_words(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {  // ASCII: <cctype> is a locale call
            out.push_back(static_cast<char>(c | 0x20));
        } else if (!out.empty() && out.back() != ' ') {
            out.push_back(' ');
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

struct Phrase {
    std::string_view folded;
    std::string_view word;
    int ordinal;
};

// Longest phrases first is not needed: matching is on the whole folded text.
constexpr Phrase kPhrases[] = {
    {"outstanding", "Outstanding", 1},
    {"good", "Good", 2},
    {"requires improvement to be good", "Requires improvement", 3},
    {"require improvement to be good", "Requires improvement", 3},
    {"requires improvement", "Requires improvement", 3},
    {"require improvement", "Requires improvement", 3},
    {"requires improvement to become good", "Requires improvement", 3},
    {"adequate", "Adequate", 3},
    {"inadequate", "Inadequate", 4},
    {"positive", "Positive", 2},
    {"inconsistent", "Inconsistent", 3},
    {"significant concerns", "Significant concerns", 4},
};

}  // namespace

std::optional<Grade> parse_grade(std::string_view text) {
    std::string f = fold_words(text);
    // Tables of 2012-13 reports print "Inadequate Grade 4": the suffix is redundant.
    if (auto at = f.rfind(" grade"); at != std::string::npos && at + 6 == f.size()) f.resize(at);
    for (const auto& p : kPhrases)
        if (f == p.folded) return Grade{std::string(p.word), p.ordinal};
    return std::nullopt;
}

std::string grade_key(const Grade& g) {
    std::string key;
    for (unsigned char c : g.word) key.push_back(c == ' ' ? '_' : static_cast<char>(std::tolower(c)));
    return key;
}

const std::vector<GradeKeyInfo>& grade_keys() {
    static const std::vector<GradeKeyInfo> keys{
        {"outstanding", "Outstanding", 1},
        {"good", "Good", 2},
        {"requires_improvement", "Requires improvement", 3},
        {"adequate", "Adequate", 3},
        {"inadequate", "Inadequate", 4},
        {"positive", "Positive", 2},
        {"inconsistent", "Inconsistent", 3},
        {"significant_concerns", "Significant concerns", 4},
    };
    return keys;
}

std::optional<std::string> grade_key_from_user(std::string_view text) {
    std::string f = fold_words(text);
    if (f == "ri") return std::string("requires_improvement");
    if (f == "requires improvement to be good" || f == "require improvement") f = "requires improvement";
    for (const auto& k : grade_keys()) {
        std::string key(k.key);
        for (auto& c : key)
            if (c == '_') c = ' ';
        if (f == key) return std::string(k.key);
    }
    return std::nullopt;
}

}  // namespace assay
