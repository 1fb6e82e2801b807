#include "schema/gazetteer.hpp"

#include <algorithm>
#include <stdexcept>

#include "schema/data_tables.hpp"

namespace assay {
namespace {

// One pass of the folding rules over text, keeping for every output character whether the
// input character there was upper-case (names in reports are capitalised; "reading" and
// "bury" as ordinary words must not match Reading and Bury).
struct Folded {
    std::string key;
    std::vector<bool> upper;
};

Folded fold(std::string_view text) {
    Folded f;
    f.key.reserve(text.size());
    auto space = [&] {
        if (!f.key.empty() && f.key.back() != ' ') {
            f.key.push_back(' ');
            f.upper.push_back(false);
        }
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            f.key.push_back(static_cast<char>(c));
            f.upper.push_back(c >= '0' && c <= '9');
        } else if (c >= 'A' && c <= 'Z') {
            f.key.push_back(static_cast<char>(c + 32));
            f.upper.push_back(true);
        } else if (c == '\'') {
            // apostrophes vanish: "Children's" -> "childrens"
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) == 0x99 || static_cast<unsigned char>(text[i + 2]) == 0x98)) {
            i += 2;  // curly apostrophes vanish too
        } else if (c == '&') {
            space();
            for (char k : std::string_view("and")) {
                f.key.push_back(k);
                f.upper.push_back(true);
            }
            space();
        } else {
            space();
        }
    }
    while (!f.key.empty() && f.key.back() == ' ') {
        f.key.pop_back();
        f.upper.pop_back();
    }
    return f;
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        auto end = s.find(sep, start);
        if (end == std::string_view::npos) end = s.size();
        out.emplace_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::vector<AuthorityInfo> load_table(std::string_view tsv) {
    std::vector<AuthorityInfo> out;
    bool header = true;
    for (const auto& line : split(tsv, '\n')) {
        if (line.empty()) continue;
        if (header) { header = false; continue; }
        auto cols = split(line, '\t');
        if (cols.size() < 3) throw std::logic_error("schema/data/authorities.tsv: bad row: " + line);
        AuthorityInfo a{cols[0], cols[1], cols[2], {}};
        if (cols.size() > 3 && !cols[3].empty()) a.aliases = split(cols[3], '|');
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace

std::string gazetteer_key(std::string_view text) { return fold(text).key; }

Gazetteer::Gazetteer(std::vector<AuthorityInfo> entries) : entries_(std::move(entries)) {
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const auto& e = entries_[i];
        keys_.emplace_back(gazetteer_key(e.name), i);
        keys_.emplace_back(gazetteer_key(e.ons_code), i);
        for (const auto& a : e.aliases) keys_.emplace_back(gazetteer_key(a), i);
    }
    std::sort(keys_.begin(), keys_.end());
    keys_.erase(std::unique(keys_.begin(), keys_.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                keys_.end());
}

const Gazetteer& Gazetteer::instance() {
    static const Gazetteer g(load_table(data::authorities));
    return g;
}

const AuthorityInfo* Gazetteer::lookup(std::string_view name_or_code) const {
    std::string key = gazetteer_key(name_or_code);
    auto it = std::lower_bound(keys_.begin(), keys_.end(), key,
                               [](const auto& entry, const std::string& k) { return entry.first < k; });
    if (it == keys_.end() || it->first != key) return nullptr;
    return &entries_[it->second];
}

const AuthorityInfo* Gazetteer::find_in_text(std::string_view text) const {
    Folded f = fold(text);
    std::size_t best_pos = std::string::npos, best_len = 0, best_entry = 0;
    for (const auto& [key, entry] : keys_) {
        if (key.empty() || (key.size() == 9 && key[0] == 'e' && std::isdigit(static_cast<unsigned char>(key[1]))))
            continue;  // ONS codes are for lookups, not prose
        for (std::size_t at = f.key.find(key); at != std::string::npos && at <= best_pos; at = f.key.find(key, at + 1)) {
            std::size_t end = at + key.size();
            bool bounded = (at == 0 || f.key[at - 1] == ' ') && (end == f.key.size() || f.key[end] == ' ');
            if (!bounded || !f.upper[at]) continue;
            if (at < best_pos || key.size() > best_len) {
                best_pos = at;
                best_len = key.size();
                best_entry = entry;
            }
            break;
        }
    }
    return best_pos == std::string::npos ? nullptr : &entries_[best_entry];
}

}  // namespace assay
