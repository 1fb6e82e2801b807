// Thesaurus data (schema/data/thesaurus.tsv): one group of equivalent forms per line, forms
// separated by '|'. Each form is read with the analyzer's rules before stemming: lower case,
// apostrophes dropped with a final 's ("director of children's services" = "director of
// childrens services"), words split on spaces and hyphens ("multi-agency" = "multi agency").
//
// Acronyms that are everyday words or too ambiguous in these reports are left out on purpose:
// CP (also "care plan"), PA (also "per annum"), AP, DA, CLA, EHC, EET, YOT variants spelled
// as words; SEND is kept because reports use it only for special educational needs.
#include "schema/thesaurus.hpp"

#include <algorithm>
#include <cctype>

#include "schema/data_tables.hpp"

namespace assay {
namespace {

std::vector<std::string> form_words(std::string_view form) {
    std::vector<std::string> words;
    std::string w;
    auto flush = [&] {
        if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
        std::erase(w, '\'');
        if (!w.empty()) words.push_back(w);
        w.clear();
    };
    for (std::size_t i = 0; i < form.size(); ++i) {
        char c = form[i];
        if (form.compare(i, 3, "\xE2\x80\x99") == 0) { w.push_back('\''); i += 2; continue; }
        if (c == ' ' || c == '-' || c == '\t' || c == '/') { flush(); continue; }
        w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    flush();
    return words;
}

std::vector<SynonymGroup> load(std::string_view tsv) {
    std::vector<SynonymGroup> groups;
    std::size_t start = 0;
    while (start < tsv.size()) {
        auto end = tsv.find('\n', start);
        if (end == std::string_view::npos) end = tsv.size();
        std::string_view line = tsv.substr(start, end - start);
        start = end + 1;
        if (line.empty() || line[0] == '#') continue;
        SynonymGroup g;
        std::size_t from = 0;
        while (from <= line.size()) {
            auto bar = line.find('|', from);
            if (bar == std::string_view::npos) bar = line.size();
            auto words = form_words(line.substr(from, bar - from));
            if (!words.empty()) g.forms.push_back(std::move(words));
            from = bar + 1;
        }
        if (g.forms.size() > 1) groups.push_back(std::move(g));
    }
    return groups;
}

}  // namespace

Thesaurus::Thesaurus(std::vector<SynonymGroup> groups) : groups_(std::move(groups)) {}

const Thesaurus& Thesaurus::instance() {
    static const Thesaurus t(load(data::thesaurus));
    return t;
}

Thesaurus::Match Thesaurus::longest_match(const std::vector<std::string>& words, std::size_t pos) const {
    Match best;
    for (const auto& g : groups_)
        for (const auto& form : g.forms) {
            if (form.size() <= best.length || pos + form.size() > words.size()) continue;
            if (std::equal(form.begin(), form.end(), words.begin() + static_cast<std::ptrdiff_t>(pos)))
                best = {&g, form.size()};
        }
    return best;
}

}  // namespace assay
