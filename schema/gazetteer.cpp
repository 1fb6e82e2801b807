// The gazetteer: schema/data/authorities.tsv (name, ONS code, region, aliases separated by
// '|'), parsed once. Both lookups compare folded keys (gazetteer_key): ASCII letters and
// digits lower-cased, '&' read as "and", a possessive "'s" dropped whole ("Durham's" =
// "Durham"), other apostrophes dropped, everything else a single space. lookup also accepts a
// leading "the" ("the Royal Borough of Greenwich").
//
// find_in_text scans the folded text word by word and takes, at the first word where any
// name starts, the longest name starting there. A name counts only when
//   - it is bounded by word breaks on both sides ("Bedford" is not in "Bedfordshire"),
//   - its first letter was upper-case in the text ("reading age", "bury" are words),
//   - it is not part of a postal address: followed by a capitalised street or building word
//     ("Reading Lane", "Cumberland Place", "Manchester Road") or by a postcode (the post town
//     "Nottingham NG2 7QP" of Nottinghamshire's County Hall, "Manchester M1 2WD" of Ofsted),
//   - it is not inside a known non-authority phrase: Ofsted's own office addresses in
//     letterheads ("Store Street, Manchester M1 2WD", "Agora, 6 Cumberland Place, Nottingham
//     NG1 6HJ"), places that embed an authority's name ("New York", "Newcastle-under-Lyme",
//     "Sutton Coldfield", "Greater Manchester"), police and health areas spanning several
//     authorities ("Avon and Somerset", "Devon and Cornwall") and the Northamptonshire
//     Children's Trust, which serves both North and West Northamptonshire.
// ONS codes are looked up but never searched for in prose.
#include "schema/gazetteer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

#include "schema/data_tables.hpp"

namespace assay {
namespace {

// One pass of the folding rules over text, keeping for every output character whether the
// input character there was upper-case or a digit.
struct Folded {
    std::string key;
    std::vector<bool> upper;
};

Folded fold(std::string_view text) {
    Folded f;
    f.key.reserve(text.size());
    f.upper.reserve(text.size());
    auto space = [&] {
        if (!f.key.empty() && f.key.back() != ' ') {
            f.key.push_back(' ');
            f.upper.push_back(false);
        }
    };
    auto alnum = [&](std::size_t i) { return i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])); };
    // An apostrophe of `width` bytes at i: a possessive "'s" vanishes whole ("Durham's" ->
    // "durham"), any other apostrophe alone ("O'Neill" -> "oneill").
    auto apostrophe = [&](std::size_t& i, std::size_t width) {
        std::size_t after = i + width;
        if (after < text.size() && (text[after] == 's' || text[after] == 'S') && !alnum(after + 1)) ++after;
        i = after - 1;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            f.key.push_back(static_cast<char>(c));
            f.upper.push_back(c <= '9');
        } else if (c >= 'A' && c <= 'Z') {
            f.key.push_back(static_cast<char>(c + 32));
            f.upper.push_back(true);
        } else if (c == '\'') {
            apostrophe(i, 1);
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) == 0x99 ||
                    static_cast<unsigned char>(text[i + 2]) == 0x98)) {
            apostrophe(i, 3);  // curly apostrophes
        } else if (c == '&') {
            space();
            for (char k : std::string_view("and")) {
                f.key.push_back(k);
                f.upper.push_back(false);
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
    for (auto& line : split(tsv, '\n')) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        if (header) {
            header = false;
            continue;
        }
        auto cols = split(line, '\t');
        if (cols.size() < 3 || cols[0].empty() || cols[1].empty())
            throw std::logic_error("schema/data/authorities.tsv: bad row: " + line);
        AuthorityInfo a{cols[0], cols[1], cols[2], {}};
        if (cols.size() > 3 && !cols[3].empty()) a.aliases = split(cols[3], '|');
        out.push_back(std::move(a));
    }
    return out;
}

bool is_ons_code(std::string_view key) {
    if (key.size() != 9 || key[0] != 'e') return false;
    return std::all_of(key.begin() + 1, key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Folded phrases that contain an authority's name without being about it (see the top).
const std::vector<std::string>& non_authority_phrases() {
    static const std::vector<std::string> phrases = [] {
        std::vector<std::string> p;
        for (const char* s :
             {// Ofsted offices in letterheads
              "Manchester M1 2WD", "Manchester M2 7LA", "Nottingham NG1 6HJ", "Westminster, London SW1H 9EX",
              "Bristol BS1 6EH", "Piccadilly Gate, Store Street, Manchester",
              // places embedding an authority's name
              "New York", "Newcastle-under-Lyme", "Newcastle under Lyme", "Sutton Coldfield", "Sutton-in-Ashfield",
              "Greater Manchester", "Stoke Newington", "Stoke Mandeville", "Hull York Medical School",
              "Richmond, North Yorkshire", "Bradford-on-Avon", "Bradford on Avon",
              // areas of police forces and health bodies spanning several authorities
              "Avon and Somerset", "Devon and Cornwall", "Hampshire and Isle of Wight", "Cheshire and Merseyside",
              "Leicester, Leicestershire and Rutland", "Derby and Derbyshire", "Nottingham and Nottinghamshire",
              "Stoke-on-Trent and Staffordshire", "Staffordshire and Stoke-on-Trent",
              "Bath and North East Somerset, Swindon and Wiltshire",
              "Bristol, North Somerset and South Gloucestershire", "Cambridgeshire and Peterborough",
              "Herefordshire and Worcestershire", "Kent and Medway", "Lancashire and South Cumbria",
              "Cornwall and the Isles of Scilly", "Norfolk and Waveney", "Suffolk and North East Essex",
              "Sussex and East Surrey", "Surrey and Borders", "Shropshire, Telford and Wrekin",
              "Bedfordshire, Luton and Milton Keynes", "Buckinghamshire, Oxfordshire and Berkshire West",
              "Dorset Healthcare", "North Cumbria",
              // a trust serving two authorities
              "Northamptonshire Children's Trust"})
            p.push_back(gazetteer_key(s));
        std::sort(p.begin(), p.end());
        return p;
    }();
    return phrases;
}

// A word after a name that makes it part of an address.
bool address_word(std::string_view w) {
    static constexpr std::array<std::string_view, 14> kWords{"street", "road",    "lane",      "place", "avenue",
                                                             "square", "terrace", "crescent",  "drive", "gardens",
                                                             "grove",  "house",   "buildings", "parade"};
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

std::string_view word_at(const std::string& s, std::size_t pos) {
    return std::string_view(s.data() + pos, std::min(s.find(' ', pos), s.size()) - pos);
}

// A UK postcode ("M1 2WD", "NG2 7QP", "SW1H 9EX") starting at pos of folded text.
bool postcode_at(const std::string& s, std::size_t pos) {
    auto alpha = [](char c) { return c >= 'a' && c <= 'z'; };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    std::string_view out = word_at(s, pos);
    if (out.size() < 2 || out.size() > 4 || !alpha(out[0])) return false;
    std::size_t i = alpha(out[1]) ? 2 : 1;
    if (i >= out.size() || !digit(out[i])) return false;
    for (++i; i < out.size(); ++i)
        if (!alpha(out[i]) && !digit(out[i])) return false;
    if (pos + out.size() + 1 >= s.size()) return false;
    std::string_view in = word_at(s, pos + out.size() + 1);
    return in.size() == 3 && digit(in[0]) && alpha(in[1]) && alpha(in[2]);
}

bool matches_at(const std::string& s, std::size_t pos, std::string_view key) {
    return s.compare(pos, key.size(), key) == 0 && (pos + key.size() == s.size() || s[pos + key.size()] == ' ');
}

// The range of sorted keys that equal `word` or start with `word` followed by a space (a space
// sorts before every letter and digit, '!' straight after it).
template <class It, class Key>
std::pair<It, It> keys_starting(It begin, It end, std::string_view word, Key key) {
    std::string lo(word), hi(word);
    hi.push_back('!');
    auto cmp = [&](const auto& e, const std::string& k) { return std::string_view(key(e)) < std::string_view(k); };
    return {std::lower_bound(begin, end, lo, cmp), std::lower_bound(begin, end, hi, cmp)};
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
    std::erase_if(keys_, [](const auto& k) { return k.first.empty(); });
    std::sort(keys_.begin(), keys_.end());
    // A key two entries share goes to the first entry in the table (the test suite checks
    // that the built-in table has none).
    keys_.erase(
        std::unique(keys_.begin(), keys_.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
        keys_.end());
}

const Gazetteer& Gazetteer::instance() {
    static const Gazetteer g(load_table(data::authorities));
    return g;
}

const AuthorityInfo* Gazetteer::lookup(std::string_view name_or_code) const {
    std::string key = gazetteer_key(name_or_code);
    auto find = [&](std::string_view k) -> const AuthorityInfo* {
        auto it = std::lower_bound(keys_.begin(), keys_.end(), k,
                                   [](const auto& entry, std::string_view x) { return entry.first < x; });
        return it == keys_.end() || it->first != k ? nullptr : &entries_[it->second];
    };
    if (key.empty()) return nullptr;
    if (const AuthorityInfo* a = find(key)) return a;
    // "the London Borough of Barnet", "the Isle of Wight"
    return key.size() > 4 && key.compare(0, 4, "the ") == 0 ? find(std::string_view(key).substr(4)) : nullptr;
}

const AuthorityInfo* Gazetteer::find_in_text(std::string_view text) const {
    const Folded f = fold(text);
    const std::string& s = f.key;
    const auto& blocks = non_authority_phrases();
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t word_end = std::min(s.find(' ', pos), s.size());
        std::string_view word(s.data() + pos, word_end - pos);

        std::size_t best_len = 0;
        const AuthorityInfo* best = nullptr;
        if (f.upper[pos]) {
            auto [b, e] = keys_starting(keys_.begin(), keys_.end(), word,
                                        [](const auto& k) -> const std::string& { return k.first; });
            for (auto it = b; it != e; ++it)
                if (it->first.size() > best_len && !is_ons_code(it->first) && matches_at(s, pos, it->first)) {
                    best_len = it->first.size();
                    best = &entries_[it->second];
                }
        }
        std::size_t skip = 0;
        auto [bb, be] = keys_starting(blocks.begin(), blocks.end(), word,
                                      [](const std::string& k) -> const std::string& { return k; });
        for (auto it = bb; it != be; ++it)
            if (it->size() >= best_len && it->size() > skip && matches_at(s, pos, *it)) skip = it->size();

        if (best && skip == 0) {
            std::size_t next = pos + best_len + 1;
            if (next >= s.size()) return best;
            if (!(f.upper[next] && address_word(word_at(s, next))) && !postcode_at(s, next)) return best;
            skip = best_len;  // a street, or the post town of an address
        }
        pos = (skip ? pos + skip : word_end) + 1;
    }
    return nullptr;
}

}  // namespace assay
