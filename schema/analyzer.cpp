#include "schema/analyzer.hpp"

#include "schema/fields.hpp"
#include "schema/thesaurus.hpp"
#include "schema/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <unordered_map>

namespace assay {
namespace {

// '_' and '@' join whatever they touch, as ICU's word rules do ("a_b", "name@example.org").
bool is_ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@';
}
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Multi-byte characters the fast path understands: curly single quotes act as apostrophes,
// the rest separate words. Anything else sends the text through ICU.
int known_multibyte(std::string_view s, std::size_t i, bool& apostrophe) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    apostrophe = false;
    if (b(0) == 0xC2 && i + 1 < s.size() && b(1) == 0xA0) return 2;  // NBSP
    if (b(0) == 0xE2 && i + 2 < s.size()) {
        if (b(1) == 0x80) {
            unsigned c = b(2);
            if (c == 0x98 || c == 0x99) {
                apostrophe = true;
                return 3;
            }                                                                                          // ‘ ’
            if (c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94 || c == 0xA2 || c == 0xA6) return 3;  // “ ” – — • …
        }
        if (b(1) == 0x97 && b(2) == 0xBC) return 3;  // ◼
        if (b(1) == 0x96 && b(2) == 0xAA) return 3;  // ▪
        if (b(1) == 0x88 && b(2) == 0x92) return 3;  // − minus
    }
    return 0;
}

bool fast_path_ok(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        bool apos;
        int n = known_multibyte(s, i, apos);
        if (n == 0) return false;
        i += static_cast<std::size_t>(n);
    }
    return true;
}

// Apostrophes: drop a final 's, then remove the rest ("children's" -> "children",
// "don't" -> "dont"). Input already lower-case with straight apostrophes.
void fold_apostrophes(std::string& w) {
    if (w.size() > 2 && w[w.size() - 1] == 's' && w[w.size() - 2] == '\'') w.resize(w.size() - 2);
    std::erase(w, '\'');
}

// Whether every character is a letter, a mark or a digit: a word the word rules keep whole.
bool only_letters_marks_digits(const std::string& w) {
    for (std::size_t i = 0; i < w.size();) {
        UChar32 c;
        U8_NEXT(w.data(), i, w.size(), c);
        if (c < 0 || !(U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK))) return false;
    }
    return true;
}

bool is_alpha_word(const std::string& w) {
    for (unsigned char c : w)
        if (c < 0x80 && !((c >= 'a' && c <= 'z'))) return false;
    return !w.empty();
}

}  // namespace

struct Analyzer::Impl {
    Xapian::Stem stemmer{"english"};
    std::unique_ptr<icu::BreakIterator> words;
    const icu::Normalizer2* nfkc_cf = nullptr;
    mutable std::unordered_map<std::string, std::string> stem_cache;

    Impl() {
        UErrorCode status = U_ZERO_ERROR;
        words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status)) throw std::runtime_error("ICU initialisation failed");
    }

    void tokenize_fast(std::string_view s, std::uint32_t pos, std::vector<Token>& out) const;
    void tokenize_icu(std::string_view s, std::uint32_t pos, std::vector<Token>& out) const {
        tokenize_icu(*words, s, pos, out);
    }
    // split_folded: split a word whose folded form the word rules would split (off for the
    // folded text itself, which folding leaves as it is).
    void tokenize_icu(icu::BreakIterator& it, std::string_view s, std::uint32_t pos, std::vector<Token>& out,
                      bool split_folded = true) const;
    std::string fold_icu(const icu::UnicodeString& u) const;
    void settle(std::string& w, bool changed) const;
};

// Mirrors UAX #29 on ASCII: letters and digits run together; '.' and the apostrophes join
// letters to letters and digits to digits; ',' and ';' join digits to digits.
void Analyzer::Impl::tokenize_fast(std::string_view s, std::uint32_t pos, std::vector<Token>& out) const {
    std::size_t i = 0, n = s.size();
    auto uc = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    std::size_t prev_end = std::string::npos;
    while (i < n) {
        if (!is_ascii_alnum(uc(i))) {
            if (uc(i) >= 0x80) {
                bool apos;
                int len = known_multibyte(s, i, apos);
                i += static_cast<std::size_t>(len > 0 ? len : 1);
            } else {
                ++i;
            }
            continue;
        }
        std::size_t start = i;
        std::string word;
        while (i < n) {
            unsigned char c = uc(i);
            if (is_ascii_alnum(c)) {
                word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
                ++i;
                continue;
            }
            // A joiner needs a word character on both sides of the same class.
            std::size_t jlen = 1;
            bool apos = c == '\'';
            if (c >= 0x80) {
                int len = known_multibyte(s, i, apos);
                if (!apos) break;
                jlen = static_cast<std::size_t>(len);
            }
            if (i + jlen >= n || word.empty()) break;
            unsigned char before = static_cast<unsigned char>(word.back()), after = uc(i + jlen);
            bool letters = !is_ascii_digit(before) && is_ascii_alnum(after) && !is_ascii_digit(after);
            bool digits = is_ascii_digit(before) && is_ascii_digit(after);
            // (':' does not join: ICU's root rules split "a:b", and both paths must agree.)
            bool joins = ((apos || c == '.') && (letters || digits)) || ((c == ',' || c == ';') && digits);
            if (!joins) break;
            word.push_back(apos ? '\'' : static_cast<char>(c));
            i += jlen;
        }
        fold_apostrophes(word);
        if (word.empty() || word.size() > kMaxTokenBytes) continue;
        bool hyphen_before =
            prev_end != std::string::npos && start == prev_end + 1 && s[prev_end] == '-' && !out.empty();
        out.push_back(Token{std::move(word), pos++, start, i, false, false});
        if (hyphen_before) out[out.size() - 2].hyphen_next = true;
        prev_end = i;
    }
}

std::string Analyzer::Impl::fold_icu(const icu::UnicodeString& u) const {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded = nfkc_cf->normalize(u, status);
    if (U_FAILURE(status)) folded = u;
    std::string w;
    folded.toUTF8String(w);
    // Curly and modifier apostrophes become straight ones before the apostrophe rules.
    for (std::string_view from : {"\xE2\x80\x99", "\xE2\x80\x98", "\xCA\xBC"}) {
        for (std::size_t at; (at = w.find(from)) != std::string::npos;) w.replace(at, from.size(), "'");
    }
    const std::size_t before = w.size();
    fold_apostrophes(w);
    settle(w, w.size() != before);
    return w;
}

// Makes the folded word what folding it again (a query typing it) gives:
// - A dot above on i or j (what full case folding makes of İ) adds nothing to a letter that
//   already has its dot: İstanbul folds to istanbul, as readers type it.
// - Marks left at the start (an apostrophe removed before them) are not part of a word.
// - After either, or after an apostrophe was removed, letters and marks may compose anew
//   (i + U+0301 = í; "e'\u0301x" becomes éx): normalise again, until nothing changes.
void Analyzer::Impl::settle(std::string& w, bool changed) const {
    for (int round = 0; round < 4; ++round) {
        std::size_t lead = 0;
        while (lead < w.size()) {
            std::size_t next = lead;
            UChar32 c;
            U8_NEXT(w.data(), next, w.size(), c);
            if (c < 0 || !(U_GET_GC_MASK(c) & U_GC_M_MASK)) break;
            lead = next;
        }
        if (lead > 0) {
            w.erase(0, lead);
            changed = true;
        }
        for (std::string_view dotted : {"i\xCC\x87", "j\xCC\x87"}) {
            for (std::size_t at; (at = w.find(dotted)) != std::string::npos; changed = true) w.erase(at + 1, 2);
        }
        if (!changed) return;
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString again = nfkc_cf->normalize(icu::UnicodeString::fromUTF8(w), status);
        if (U_FAILURE(status)) return;
        std::string next;
        again.toUTF8String(next);
        if (next == w) return;
        w = std::move(next);
        changed = false;
    }
}

void Analyzer::Impl::tokenize_icu(icu::BreakIterator& it, std::string_view s, std::uint32_t pos,
                                  std::vector<Token>& out, bool split_folded) const {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    it.setText(u);
    // Byte offset of each UTF-16 index, computed as the iterator advances.
    int32_t u_at = 0;
    std::size_t b_at = 0;
    auto byte_of = [&](int32_t target) {
        while (u_at < target) {
            UChar32 c = u.char32At(u_at);
            b_at += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            u_at += U16_LENGTH(c);
        }
        return b_at;
    };
    int32_t prev_end = -1;
    for (int32_t start = it.first(), end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        if (it.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
        // Far too long to fold into a token we keep: skip it before normalising, which can
        // multiply its length (U+FDFA becomes 18 characters).
        if (static_cast<std::size_t>(end - start) > kMaxSegmentUnits) continue;
        std::string w = fold_icu(u.tempSubStringBetween(start, end));
        if (w.empty() || w.size() > kMaxTokenBytes) continue;
        std::size_t bs = byte_of(start), be = byte_of(end);
        // Compatibility folding can put spaces or punctuation inside a word (U+FDFA becomes four
        // Arabic words, U+037A a space and a mark, U+0140 "l" and a middle dot): the folded text
        // is then split as the word rules split it, each part at its own position and all
        // pointing at the original segment, as a query typing the folded text gets.
        if (split_folded && !only_letters_marks_digits(w)) {
            std::vector<Token> parts;
            std::unique_ptr<icu::BreakIterator> inner(it.clone());  // `it` is mid-text
            tokenize_icu(*inner, w, pos, parts, false);
            for (auto& part : parts) {
                part.start = bs;
                part.end = be;
                pos = part.pos + 1;
                out.push_back(std::move(part));
            }
            prev_end = -1;
            continue;
        }
        bool hyphen_before = false;
        if (prev_end >= 0 && start == prev_end + 1 && !out.empty()) {
            UChar h = u.charAt(prev_end);
            hyphen_before = h == u'-' || h == 0x2010 || h == 0x2011;
        }
        out.push_back(Token{std::move(w), pos++, bs, be, false, false});
        if (hyphen_before) out[out.size() - 2].hyphen_next = true;
        prev_end = end;
    }
}

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

std::vector<Token> Analyzer::tokenize(std::string_view utf8, std::uint32_t first_pos) const {
    std::vector<Token> raw;
    if (fast_path_ok(utf8))
        impl_->tokenize_fast(utf8, first_pos, raw);
    else if (is_valid_utf8(utf8))
        impl_->tokenize_icu(utf8, first_pos, raw);
    else  // offsets then refer to the text with U+FFFD for each invalid sequence
        impl_->tokenize_icu(sanitize_utf8(utf8), first_pos, raw);
    // Add the joined form of each hyphenated run of alphabetic words, at its first position.
    std::vector<Token> out;
    out.reserve(raw.size() + raw.size() / 8);
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i].hyphen_next && (i == 0 || !raw[i - 1].hyphen_next)) {
            std::size_t j = i;
            std::string joined;
            bool alpha = true;
            while (true) {
                alpha = alpha && is_alpha_word(raw[j].word);
                joined += raw[j].word;
                if (!raw[j].hyphen_next || j + 1 >= raw.size()) break;
                ++j;
            }
            if (alpha && j > i && joined.size() <= kMaxTokenBytes)
                out.push_back(Token{joined, raw[i].pos, raw[i].start, raw[j].end, true, false});
        }
        out.push_back(std::move(raw[i]));
    }
    return out;
}

std::string Analyzer::term(const std::string& word) const {
    auto it = impl_->stem_cache.find(word);
    if (it != impl_->stem_cache.end()) return it->second;
    std::string t = impl_->stemmer(word);
    if (impl_->stem_cache.size() > 200000) impl_->stem_cache.clear();
    impl_->stem_cache.emplace(word, t);
    return t;
}

std::string Analyzer::fold(std::string_view word) const {
    auto tokens = tokenize(word);
    std::string out;
    for (const auto& t : tokens) {
        if (t.compound) continue;
        if (!out.empty()) out.push_back(' ');
        out += t.word;
    }
    return out;
}

bool is_stopword(std::string_view w) {
    static constexpr std::array<std::string_view, 40> kStop{
        "a",    "an",   "and",  "are",   "as",    "at",    "be",   "been", "but",  "by",
        "for",  "from", "has",  "have",  "how",   "in",    "is",   "it",   "its",  "of",
        "on",   "or",   "that", "the",   "their", "there", "they", "this", "to",   "was",
        "were", "what", "when", "where", "which", "who",   "why",  "will", "with", "do"};
    return std::find(kStop.begin(), kStop.end(), w) != kStop.end();
}

template <typename Add>
Analyzer::Added Analyzer::add_terms(std::string_view utf8, std::uint32_t first_pos, std::vector<std::string>* words,
                                    Add add) const {
    Added added{first_pos, 0};
    std::vector<std::string> plain;  // the words a thesaurus form is matched against
    std::vector<Xapian::termpos> plain_pos;
    for (auto& t : tokenize(utf8, first_pos)) {
        if (t.compound || !is_stopword(t.word))
            add(term(t.word), t.pos);
        else
            ++added.stop_words;
        if (words && !t.compound && t.word.size() >= 3 && is_alpha_word(t.word)) words->push_back(t.word);
        added.next_pos = t.pos + 1;
        if (!t.compound) {
            plain.push_back(std::move(t.word));
            plain_pos.push_back(t.pos);
        }
    }
    // A group term where a thesaurus form starts (the longest there; once for overlapping
    // forms of one group).
    const auto& thesaurus = Thesaurus::instance();
    const SynonymGroup* open_group = nullptr;
    std::size_t open_until = 0;
    for (std::size_t i = 0; i < plain.size(); ++i) {
        auto m = thesaurus.longest_match(plain, i);
        if (!m.group || (m.group == open_group && i < open_until)) continue;
        add(Thesaurus::group_term(*m.group), plain_pos[i]);
        open_group = m.group;
        open_until = i + m.length;
    }
    return added;
}

void Analyzer::add_stop_words(Xapian::Document& doc, Xapian::termcount n) {
    if (n > 0) doc.add_term(std::string(field(FieldId::function_words).prefix), n);
}

std::uint32_t Analyzer::index(Xapian::Document& doc, std::string_view utf8, std::uint32_t first_pos,
                              std::vector<std::string>* words) const {
    auto added =
        add_terms(utf8, first_pos, words, [&](const std::string& t, Xapian::termpos pos) { doc.add_posting(t, pos); });
    add_stop_words(doc, added.stop_words);
    return added.next_pos;
}

void Analyzer::index_unpositioned(Xapian::Document& doc, std::string_view utf8) const {
    auto added = add_terms(utf8, 0, nullptr, [&](const std::string& t, Xapian::termpos) { doc.add_term(t); });
    add_stop_words(doc, added.stop_words);
}

}  // namespace assay
