// The Analyzer: one set of text rules for indexing and for queries, so a query word and the
// same word in a report always become the same term.
//
// Rules: ICU word boundaries; NFKC case folding (full folding: Straße = strasse, ﬁle = file,
// ＡＢＣ１２３ = abc123), with the dot above dropped from i and j (İstanbul = istanbul);
// ’ ‘ ʼ = '; a trailing 's is dropped and other apostrophes removed
// (children’s = childrens = children's); numbers are kept as tokens
// ("section 47", "16 and 17"); words joined by a hyphen are emitted as their parts at
// consecutive positions plus the joined form at the first part's position, so multi-agency,
// multi agency and multiagency all meet; English (Porter2) stemming through Xapian.
// The commonest function words (is_stopword) keep their positions but are not indexed: they
// were a quarter of the position entries and a third of the positions, and no ranked search
// uses them; a phrase steps over them (see query/resolve.cpp). Their count still adds to the
// paragraph's length (the XW term), so BM25 reads the same lengths as when they were indexed.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace assay {

struct Token {
    std::string word;       // folded, unstemmed ("childrens" -> "children" after strip 's)
    std::uint32_t pos = 0;  // position; a joined compound shares its first part's position
    std::size_t start = 0;  // byte offsets of the token in the input
    std::size_t end = 0;
    bool compound = false;     // the joined form of a hyphenated word (multiagency)
    bool hyphen_next = false;  // joined to the next token by a hyphen (multi-agency)
};

class Analyzer {
public:
    Analyzer();
    ~Analyzer();
    Analyzer(const Analyzer&) = delete;
    Analyzer& operator=(const Analyzer&) = delete;

    // Tokens of a UTF-8 text. Invalid sequences never throw: they are read as U+FFFD, and
    // offsets then refer to sanitize_utf8(text).
    // Positions start at first_pos.
    std::vector<Token> tokenize(std::string_view utf8, std::uint32_t first_pos = 0) const;

    // The index term of a folded word: its English stem. Numbers and mixed tokens pass through.
    std::string term(const std::string& word) const;

    // Case-fold one word the same way tokenize does (used for user-given thesaurus forms).
    std::string fold(std::string_view word) const;

    // Adds the text's terms with positions to doc, starting at position first_pos; returns the
    // position after the last token. Stop words take a position but add no term.
    // Alphabetic words of 3+ letters are appended to `words` when given (spelling data).
    std::uint32_t index(Xapian::Document& doc, std::string_view utf8, std::uint32_t first_pos,
                        std::vector<std::string>* words = nullptr) const;

    // Adds the text's terms without positions (a heading: its words say what the paragraph is
    // about, but no phrase or opening reads them, and positions are most of the index).
    void index_unpositioned(Xapian::Document& doc, std::string_view utf8) const;

private:
    struct Added {
        std::uint32_t next_pos = 0;
        Xapian::termcount stop_words = 0;
    };
    template <typename Add>
    Added add_terms(std::string_view utf8, std::uint32_t first_pos, std::vector<std::string>* words, Add add) const;
    static void add_stop_words(Xapian::Document& doc, Xapian::termcount n);
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Longest token we index, in bytes; longer runs (base64, URLs gone wrong, a 100,000-digit
// number) are dropped, never truncated: a cut-off token would match other cut-off tokens.
// Xapian's own limit on a term is 245 bytes.
inline constexpr std::size_t kMaxTokenBytes = 64;

// A word longer than this in UTF-16 code units before folding is dropped unfolded: nothing
// that long folds to kMaxTokenBytes (only ignorable characters vanish when folded), and
// folding it would cost time and memory out of proportion to the text.
inline constexpr std::size_t kMaxSegmentUnits = 1024;

// The function words that are not indexed (folded, unstemmed).
bool is_stopword(std::string_view folded_word);

}  // namespace assay
