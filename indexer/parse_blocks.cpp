// build_items: where paragraphs start and end.
//
// A paragraph starts at a printed number ("12." on its own line, or "12. Text"), a bullet,
// a heading, a table row, after a blank line, or, inside pdftotext's hard-wrapped text,
// where a line ends a sentence well short of the page width. It continues across a blank
// line or page break when it has not ended a clause and the next line starts lower-case.
#include "indexer/parse_blocks.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "indexer/parse_headings.hpp"
#include "indexer/parse_text.hpp"
#include "schema/grades.hpp"
#include "schema/judgement_areas.hpp"

namespace assay {

// ---------------------------------------------------------------- grade cells

std::optional<Grade> grade_cell(std::string_view text) {
    if (text.size() > 60) return std::nullopt;
    auto g = parse_grade(text);
    if (!g || g->word == "Positive" || g->word == "Inconsistent" || g->word == "Significant concerns")
        return std::nullopt;
    return g;
}

namespace {
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    std::string w;
    for (unsigned char c : text) {
        if (ascii_alnum(c))
            w.push_back(ascii_lower(c));
        else if (!w.empty())
            out.push_back(std::move(w)), w.clear();
    }
    if (!w.empty()) out.push_back(std::move(w));
    return out;
}
bool grade_word(const std::string& w) {
    static constexpr std::string_view kWords[] = {
        "outstanding", "good",  "requires", "require", "improvement", "to", "be",  "adequate",
        "inadequate",  "grade", "1",        "2",       "3",           "4",  "not", "judged"};
    for (auto k : kWords)
        if (w == k) return true;
    return false;
}
}  // namespace

bool grade_words_only(std::string_view text) {
    auto ws = words_of(text);
    if (ws.empty() || ws.size() > 12) return false;
    for (const auto& w : ws)
        if (!grade_word(w)) return false;
    return true;
}

std::vector<Grade> split_grades(std::string_view text) {
    auto ws = words_of(text);
    std::vector<Grade> out;
    for (std::size_t i = 0; i < ws.size();) {
        const auto& w = ws[i];
        if ((w == "requires" || w == "require") && i + 1 < ws.size() && ws[i + 1] == "improvement") {
            i += 2;
            if (i + 2 < ws.size() && ws[i] == "to" && ws[i + 1] == "be" && ws[i + 2] == "good") i += 3;
            out.push_back(Grade{"Requires improvement", 3});
        } else if (w == "not" && i + 1 < ws.size() && ws[i + 1] == "judged") {
            i += 2;
            out.push_back(Grade{"Not judged", 0});  // takes its label's place, yields nothing
        } else if (auto g = grade_cell(w)) {
            out.push_back(*g);
            ++i;
        } else {
            ++i;  // "grade", "4", stray words
        }
    }
    return out;
}

// ---------------------------------------------------------------- markers

std::size_t bullet_prefix(std::string_view t) {
    static constexpr std::string_view kGlyphs[] = {
        "\xE2\x97\xBC",  // ◼
        "\xEF\x81\xAE",  // U+F06E
        "\xEF\x80\xAD",  // U+F02D
        "\xEF\x82\xB7",  // U+F0B7
        "\xEF\x82\xA7",  // U+F0A7
        "\xE2\x96\xAA",  // ▪
        "\xE2\x80\xA2",  // •
        "\xE2\x97\x8F",  // ●
        "\xE2\x97\xA6",  // ◦
        "\xE2\x96\xA0",  // ■
        "\xE2\x9E\xA2",  // ➢
        "\xEF\x83\x98",  // U+F0D8
        "- ",
    };
    for (auto g : kGlyphs) {
        if (!t.starts_with(g)) continue;
        std::size_t n = g.size();
        while (n < t.size() && t[n] == ' ') ++n;
        return n;
    }
    if (t == "-") return 1;
    return 0;
}

NumberMarker number_marker(std::string_view t) {
    NumberMarker m;
    std::size_t i = 0;
    if (t.starts_with("- ")) i = 2;
    std::size_t start = i;
    int parts = 0;
    bool trailing_dot = false;
    while (true) {
        std::size_t d0 = i;
        while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])) && i - d0 < 4) ++i;
        if (i == d0 || i - d0 > 3) return {};
        ++parts;
        if (i < t.size() && t[i] == '.') {
            if (i + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[i + 1])) && parts < 4) {
                ++i;
                continue;
            }
            trailing_dot = true;
            ++i;
        }
        break;
    }
    if (parts == 1 && !trailing_dot) return {};
    if (i < t.size() && t[i] != ' ') return {};
    std::string number(t.substr(start, i - start));
    if (trailing_dot) number.pop_back();
    if (number.starts_with("0")) return {};
    std::size_t j = i;
    while (j < t.size() && t[j] == ' ') ++j;
    m.alone = j == t.size();
    if (!m.alone) {
        std::string_view rest = t.substr(j);
        if (!starts_upper_or_digit(rest) && !rest.starts_with("\xE2\x80\x98") && !rest.starts_with("\xE2\x80\x9C"))
            return {};
    }
    m.number = std::move(number);
    m.length = j;
    return m;
}

namespace {

// ---------------------------------------------------------------- grade tables

struct TablePair {
    std::string label;
    Grade grade;
    std::size_t line;
};
struct Table {
    std::size_t last_line = 0;
    std::vector<TablePair> pairs;
};

std::string_view strip_number(std::string_view t) {
    auto m = number_marker(t);
    if (!m.number.empty()) return t.substr(m.length);
    // "2.1 Adoption performance" has no trailing dot; number_marker accepts it already.
    return t;
}

// A judgement table: labels (possibly broken over lines) and grades (possibly split over
// lines, possibly all after the labels), paired in reading order.
std::optional<Table> scan_table(const std::vector<Line>& lines, std::size_t i, std::size_t end, bool headed) {
    Table tab;
    std::vector<std::pair<std::string, std::size_t>> labels;
    std::vector<std::pair<Grade, std::size_t>> grades;
    std::string grade_run;
    std::size_t grade_run_line = 0;
    auto flush_grades = [&] {
        for (auto& g : split_grades(grade_run)) grades.emplace_back(g, grade_run_line);
        grade_run.clear();
    };
    std::size_t j = i, last = i, unmapped = 0;
    while (j < end) {
        j = next_content(lines, j, end);
        if (j >= end) break;
        std::string_view t = lines[j].text;
        std::string low = lower_ascii(t);
        if (low == "judgement" || low == "grade" || low == "judgements" || low == "grades" ||
            low == "record of main findings") {
            flush_grades();
            last = j++;
            continue;
        }
        if (grade_words_only(t)) {
            if (grade_run.empty()) grade_run_line = j;
            grade_run += ' ';
            grade_run += t;
            last = j++;
            continue;
        }
        // pdftotext sometimes scatters a label's words ("after", "and") between cells.
        if ((low == "after" || low == "and" || low == "of") && (!labels.empty() || !grades.empty())) {
            last = j++;
            continue;
        }
        flush_grades();
        if (lines[j].tabbed || t.size() > 100 || ends_sentence(t)) break;
        // A label, perhaps continued on lower-case lines.
        std::string label(strip_number(t));
        std::size_t k = j + 1;
        while (k < end && !lines[k].blank() && !lines[k].debris && starts_lower(lines[k].text) &&
               !grade_words_only(lines[k].text) && lines[k].text.size() <= 100) {
            label += ' ';
            label += lines[k].text;
            ++k;
        }
        // "The overall judgement is requires improvement": label and grade on one line.
        std::optional<Grade> inline_grade;
        for (std::string_view verb : {" is ", " are ", ": "}) {
            auto at = label.rfind(verb);
            if (at == std::string::npos) continue;
            if (auto g = grade_cell(trim(std::string_view(label).substr(at + verb.size())))) {
                inline_grade = g;
                label.resize(at);
                break;
            }
        }
        for (std::string_view tail : {" is", " are"})
            if (label.ends_with(tail)) label.resize(label.size() - tail.size());
        // "... (LSCB) requires" / "improvement": the verb starts the grade on the next line.
        std::string carry;
        for (std::string_view tail : {" requires", " require"})
            if (label.ends_with(tail)) {
                label.resize(label.size() - tail.size());
                carry = "requires";
            }
        if (ends_sentence(label) || label.size() > 130) break;  // prose, not a table cell
        if (!judgement_area_for_label(label)) {
            // Only a headed table ("Judgement / Grade", "Record of main findings") may have
            // a sub-title line before its first label.
            if (!headed || !labels.empty() || ++unmapped > 2) break;
            last = k - 1;
            j = k;
            continue;
        }
        if (inline_grade) {
            if (labels.size() > grades.size()) break;  // would misalign the pairing
            tab.pairs.push_back({label, *inline_grade, j});
        } else {
            labels.emplace_back(label, j);
            if (!carry.empty()) {
                grade_run = carry;
                grade_run_line = j;
            }
        }
        last = k - 1;
        j = k;
    }
    flush_grades();
    std::size_t n = std::min(labels.size(), grades.size());
    for (std::size_t p = 0; p < n; ++p)
        if (grades[p].first.ordinal > 0) tab.pairs.push_back({labels[p].first, grades[p].first, labels[p].second});
    std::sort(tab.pairs.begin(), tab.pairs.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    if (tab.pairs.size() < (headed ? 1u : 2u) || labels.size() != grades.size()) return std::nullopt;
    tab.last_line = last;
    return tab;
}

bool table_start(const std::vector<Line>& lines, std::size_t i, std::size_t end, bool& headed) {
    std::string low = lower_ascii(lines[i].text);
    headed = false;
    if (low == "record of main findings") return headed = true;
    if (low == "judgement") {
        std::size_t j = next_content(lines, i + 1, end);
        return headed = j < end && lower_ascii(lines[j].text) == "grade";
    }
    // An unheaded table starts with a numbered label ("1. Children who need help and
    // protection") or a label complete on its line ("Overall effectiveness").
    const std::string& line = lines[i].text;
    if (line.size() > 100 || lines[i].tabbed || ends_sentence(line) || !starts_upper_or_digit(line)) return false;
    std::string_view t = strip_number(line);
    if (judgement_area_for_label(t)) return true;
    // A numbered label may wrap ("2. Children looked after and achieving" / "permanence");
    // numbered prose paragraphs are far commoner, so the label must name a judgement area.
    if (t.size() == line.size() || i + 1 >= end || !starts_lower(lines[i + 1].text)) return false;
    std::string joined(t);
    joined += ' ';
    joined += lines[i + 1].text;
    return judgement_area_for_label(joined).has_value();
}

// ---------------------------------------------------------------- the paragraph builder

// Words that open a recommendation bullet ("ensure that ...", "review ..."): a lower-case
// line starting with one of these after a blank line is a new item, not a continuation.
bool imperative_start(std::string_view t) {
    return first_word_in(t, {"ensure",      "review",    "improve",   "embed",  "develop",   "strengthen", "clarify",
                             "establish",   "implement", "increase",  "reduce", "provide",   "raise",      "complete",
                             "take",        "monitor",   "undertake", "make",   "agree",     "evaluate",   "further",
                             "consolidate", "secure",    "continue",  "use",    "introduce", "address",    "the"});
}

bool ends_with_joining_word(std::string_view t) {
    return last_word_in(t, {"the", "of", "and", "to", "a", "an", "in", "for", "with", "on", "by", "or", "that", "is",
                            "are", "from", "their", "at", "be"});
}

std::size_t typical_width(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> lens;
    for (std::size_t i = begin; i < end; ++i)
        if (!lines[i].debris && lines[i].text.size() >= 25) lens.push_back(utf8_length(lines[i].text));
    if (lens.empty()) return 80;
    auto nth = lens.begin() + static_cast<std::ptrdiff_t>(lens.size() * 9 / 10);
    std::nth_element(lens.begin(), nth, lens.end());
    return std::max<std::size_t>(*nth, 40);
}

void append_line(std::string& text, std::string_view line) {
    if (text.empty()) {
        text.assign(line);
        return;
    }
    // A line-end hyphen inside a compound ("well-" / "coordinated") joins without a space.
    const bool hyphen =
        text.size() >= 2 && text.back() == '-' && std::isalpha(static_cast<unsigned char>(text[text.size() - 2]));
    if (!(hyphen && starts_lower(line))) text.push_back(' ');
    text.append(line);
}

class Builder {
public:
    Builder(const std::vector<Line>& lines, std::size_t begin, std::size_t end)
        : lines_(lines), begin_(begin), end_(end), width_(typical_width(lines, begin, end)) {}

    std::vector<Item> run() {
        for (std::size_t i = begin_; i < end_; ++i) {
            const Line& l = lines_[i];
            if (l.debris) {
                if (l.footnote) note(i);
                continue;
            }
            if (l.blank()) {
                if (open_) open_ = false, closed_by_blank_ = true;
                continue;
            }
            const std::size_t last = step(i);
            // Tables and headings consume several lines; footnotes among them still count.
            for (std::size_t k = i + 1; k <= last && k < end_; ++k)
                if (lines_[k].footnote) note(k);
            if (!has_cur_) flush_notes();
            i = last;
        }
        flush();
        fix_misplaced_numbers();
        return std::move(items_);
    }

private:
    // Handle the content line i; returns the last line index it consumed.
    std::size_t step(std::size_t i) {
        line_now_ = i;
        const Line& l = lines_[i];
        std::string_view t = l.text;
        const bool at_boundary = !has_cur_ || !open_ || ends_clause(last_line_);

        // A numbered judgement label may follow an unpunctuated headline sentence
        // ("Children's services in Darlington require improvement to be good").
        // A "Judgement / Grade" header starts a table even straight after the title block.
        const bool label_line =
            (!number_marker(t).number.empty() && judgement_area_for_label(strip_number(t))) || t == "Judgement";
        if ((at_boundary || label_line) && !pending_number_.size()) {
            bool headed = false;
            if (table_start(lines_, i, end_, headed))
                if (auto tab = scan_table(lines_, i, end_, headed)) return emit_table(*tab);
        }
        if (l.tabbed) {
            flush();
            start(i, 0, false);
            cur_.table_row = true;
            cur_.text = std::string(t);
            tabbed_judgement(cur_);
            // A lone "label | grade" row is a graded section heading (converted HTML).
            if (cur_.grade && !neighbour_tabbed(i)) {
                cur_.heading = true;
                cur_.table_row = false;
                cur_.text = cur_.label;
                in_timescale_ = false;
            }
            flush();
            return i;
        }
        // "(Paragraph 106)" under a recommendation: an aside in brackets that follows its text
        // without a blank line belongs to it.
        if (has_cur_ && !cur_.heading && !cur_.table_row && i > begin_ && !lines_[i - 1].blank() &&
            t.starts_with('(') && t.ends_with(')')) {
            add_text(t);
            return i;
        }
        // After a lone paragraph number ("2." on its own line) comes that paragraph's text,
        // however short its first line: a heading only if it names a judgement or a known
        // section (a numbered judgement table: "1." "Children who need help and protection").
        if (!(open_ && !at_boundary)) {
            if (auto h = match_heading(lines_, i, end_, at_boundary || !open_, width_))
                if (pending_number_.empty() || h->grade || known_heading(h->text) || judgement_area_for_label(h->text))
                    return emit_heading(i, *h);
        }
        if (auto m = number_marker(t); !m.number.empty() && (at_boundary || is_next_number(m.number))) {
            flush();
            if (m.alone) {
                pending_number_ = m.number;
                return i;
            }
            start(i, m.length, false);
            cur_.number = m.number;
            add_text(t.substr(m.length));
            return i;
        }
        if (std::size_t b = bullet_prefix(t)) {
            std::string_view rest = t.substr(b);
            if (continues_across_blank(rest, true)) {
                open_ = true;
                add_text(rest);
                return i;
            }
            flush();
            start(i, b, true);
            if (!rest.empty()) add_text(rest);
            return i;
        }
        if (has_cur_ && open_) {
            if (!cur_.number.empty() || !wraps_to_new_paragraph(t)) {
                add_text(t);
                return i;
            }
        } else if (has_cur_ && continues_across_blank(t, false)) {
            open_ = true;
            add_text(t);
            return i;
        }
        flush();
        start(i, 0, false);
        add_text(t);
        return i;
    }

    // A footnote line: a paragraph of its own, kept aside until the paragraph it interrupted
    // is complete. Consecutive lines of one note join; a bare number line between starts another.
    void note(std::size_t i) {
        const bool same = !notes_.empty() && notes_line_ + 1 <= i && all_between_blank_or_note(notes_line_, i);
        if (!same) {
            notes_.emplace_back();
            notes_.back().line_idx = i;
        }
        append_line(notes_.back().text, lines_[i].text);
        notes_line_ = i;
    }

    void flush_notes() {
        for (auto& n : notes_) items_.push_back(std::move(n));
        notes_.clear();
    }

    bool all_between_blank_or_note(std::size_t from, std::size_t to) const {
        for (std::size_t k = from + 1; k < to; ++k)
            if (!lines_[k].blank() && !lines_[k].footnote) return false;
        return true;
    }

    bool neighbour_tabbed(std::size_t i) const {
        std::size_t n = next_content(lines_, i + 1, end_);
        if (n < end_ && lines_[n].tabbed) return true;
        for (std::size_t k = i; k-- > begin_;) {
            if (lines_[k].blank() || lines_[k].debris) continue;
            return lines_[k].tabbed;
        }
        return false;
    }

    // Page-break or blank-line continuation: the previous paragraph has not ended a clause
    // and this text starts lower-case (a bulleted "- child's perspective" piece too).
    bool continues_across_blank(std::string_view t, bool bulleted) const {
        if (!has_cur_ || open_ || cur_.heading || cur_.table_row || cur_.text.empty()) return false;
        if (!bulleted && numbered_runs_over_page(t)) return true;
        if (ends_clause(cur_.text) || (cur_.text.back() == ',' && bulleted)) return false;
        if (!starts_lower(t) && !continues_capitalised(t, bulleted)) return false;
        if (in_timescale_ && imperative_start(t)) return false;
        if (bulleted) {
            if (imperative_start(t)) return false;
            if (cur_.list_item && !ends_with_joining_word(cur_.text)) return false;
        }
        return true;
    }

    // A continuation may start with a capital or a digit ("... services in" / "Bexley in 2012";
    // "... with 17 in" / "2014 and nine"): when the text before it ends with a word that needs
    // one after it, or a long prose paragraph stops mid-sentence at a page break.
    bool continues_capitalised(std::string_view t, bool bulleted) const {
        if (bulleted || !starts_upper_or_digit(t)) return false;
        if (ends_with_joining_word(cur_.text)) return true;
        const bool page_break = lines_[line_now_].page != last_page_;
        if (!page_break || cur_.list_item || utf8_length(cur_.text) < 200) return false;
        // Only a full last line was cut by the page end; a short one ended its paragraph
        // ("Quality assurance manager: ..." before the complaints boilerplate).
        const std::size_t room = utf8_length(last_line_) + 1 + utf8_length(first_word(t));
        return room * 100 >= width_ * 92;
    }

    // In numbered reports every body paragraph carries a number, so unnumbered text at the
    // top of a page, after a numbered paragraph that filled the foot of the last one, is that
    // paragraph's continuation even when the page ended on a full stop.
    bool numbered_runs_over_page(std::string_view t) const {
        if (plain_number(cur_.number) <= 0 || cur_.list_item || in_timescale_) return false;
        if (lines_[line_now_].page == last_page_ || !starts_upper_or_digit(t)) return false;
        if (t.ends_with("?") || starts_with_ci(t, "The graded judgement") || known_heading(t)) return false;
        const std::size_t room = utf8_length(last_line_) + 1 + utf8_length(first_word(t));
        return room * 100 >= width_ * 92 && next_number_follows(line_now_);
    }

    // Does the next paragraph number appear further on (within a few pages)? After the last
    // paragraph of the report come closing notices, not a continuation.
    bool next_number_follows(std::size_t from) const {
        const int want = plain_number(cur_.number) + 1;
        for (std::size_t j = from; j < end_ && j < from + 400; ++j) {
            const std::string& t = lines_[j].text;
            if (t.empty() || !std::isdigit(static_cast<unsigned char>(t[0]))) continue;
            if (plain_number(number_marker(t).number) == want) return true;
        }
        return false;
    }

    // The plain number one more than the last numbered paragraph's: a paragraph marker even
    // when the line before did not end a sentence ("... requires" / "improvement" / "66. When").
    bool is_next_number(const std::string& number) const {
        const int last = has_cur_ && !cur_.number.empty() ? plain_number(cur_.number) : last_number_;
        return last > 0 && plain_number(number) == last + 1;
    }

    // "66" -> 66; 0 for "4.1.3", "" and anything else.
    static int plain_number(const std::string& number) {
        if (number.empty() || number.size() > 4) return 0;
        for (char c : number)
            if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
        return std::atoi(number.c_str());
    }

    // Inside hard-wrapped text: does this line start a new paragraph? Yes when the previous
    // line ended a sentence and this line's first word would have fitted on it.
    bool wraps_to_new_paragraph(std::string_view t) const {
        if (!ends_sentence(last_line_) || !starts_upper_or_digit(t)) return false;
        std::size_t room = utf8_length(last_line_) + 1 + utf8_length(first_word(t));
        return room * 100 < width_ * 92;
    }

    void start(std::size_t line, std::size_t clean_pos, bool list) {
        cur_ = Item{};
        has_cur_ = true;
        open_ = true;
        closed_by_blank_ = false;
        cur_.line_idx = line;
        cur_.clean_pos = clean_pos;
        cur_.list_item = list;
        if (!pending_number_.empty()) {
            cur_.number = std::move(pending_number_);
            pending_number_.clear();
            cur_.list_item = false;
        }
        last_line_.clear();
    }

    void add_text(std::string_view t) {
        append_line(cur_.text, t);
        last_line_.assign(t);
        last_page_ = lines_[line_now_].page;
    }

    void flush() {
        if (has_cur_ && plain_number(cur_.number) > 0) last_number_ = plain_number(cur_.number);
        if (has_cur_ && (!cur_.text.empty() || cur_.heading)) items_.push_back(std::move(cur_));
        flush_notes();
        has_cur_ = false;
        open_ = false;
        closed_by_blank_ = false;
        cur_ = Item{};
    }

    // "Children living in this area3", "What needs to improve?1": a footnote marker glued to
    // a heading's last word.
    static std::string strip_footnote(std::string t) {
        const std::size_t n = t.size();
        if (n >= 3 && std::isdigit(static_cast<unsigned char>(t[n - 1])) &&
            (std::islower(static_cast<unsigned char>(t[n - 2])) || t[n - 2] == '?'))
            t.pop_back();
        return t;
    }

    std::size_t emit_heading(std::size_t i, const HeadingMatch& h) {
        flush();
        Item it;
        it.heading = true;
        it.text = strip_footnote(h.text);
        it.line_idx = i;
        it.label = h.label;
        it.grade = h.grade;
        in_timescale_ = timescale_label(h.text).has_value();
        items_.push_back(std::move(it));
        last_line_.clear();
        return h.grade_line ? h.grade_line : h.last_line;
    }

    std::size_t emit_table(const Table& tab) {
        flush();
        for (const auto& p : tab.pairs) {
            Item it;
            it.table_row = true;
            it.text = p.label + " | " + p.grade.word;
            it.line_idx = p.line;
            it.clean_pos = 0;
            it.label = p.label;
            it.grade = p.grade;
            items_.push_back(std::move(it));
        }
        return tab.last_line;
    }

    // "Overall effectiveness | Good": a row naming a judgement and its grade.
    static void tabbed_judgement(Item& it) {
        std::string_view t = it.text;
        auto bar = t.find(" | ");
        if (bar == std::string_view::npos) return;
        auto label = trim(t.substr(0, bar));
        auto rest = t.substr(bar + 3);
        auto bar2 = rest.find(" | ");
        auto cell = trim(rest.substr(0, bar2));
        if (!judgement_area_for_label(label)) return;
        if (auto g = grade_cell(cell)) {
            it.label = std::string(strip_number(label));
            it.grade = g;
        }
    }

    // 2012-13 reports sometimes print a number mid-line ("... management 41. oversight"):
    // an unnumbered paragraph holding exactly the next number gets it back.
    void fix_misplaced_numbers() {
        int last = 0;
        for (auto& it : items_) {
            if (it.heading || it.table_row) continue;
            if (!it.number.empty()) {
                int n = 0;
                for (char c : it.number) {
                    if (!std::isdigit(static_cast<unsigned char>(c))) {
                        n = 0;
                        break;
                    }
                    n = n * 10 + (c - '0');
                }
                last = n;
                continue;
            }
            if (last <= 0) continue;
            std::string token = " " + std::to_string(last + 1) + ". ";
            auto at = it.text.find(token);
            if (at == std::string::npos || at == 0) continue;
            it.text.erase(at, token.size() - 1);
            it.number = std::to_string(++last);
            it.list_item = false;
        }
    }

    const std::vector<Line>& lines_;
    std::size_t begin_, end_, width_;
    std::vector<Item> items_;
    Item cur_;
    bool has_cur_ = false, open_ = false, closed_by_blank_ = false, in_timescale_ = false;
    std::string last_line_;
    std::string pending_number_;
    std::size_t line_now_ = 0;     // the line step() is handling
    std::uint32_t last_page_ = 0;  // page of the last line added to the current paragraph
    int last_number_ = 0;          // the last plain paragraph number emitted
    std::vector<Item> notes_;      // footnotes waiting for the interrupted paragraph to end
    std::size_t notes_line_ = 0;   // last footnote line seen
};

}  // namespace

std::vector<Item> build_items(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
    return Builder(lines, begin, end).run();
}

}  // namespace assay
