// Heading recognition. pdftotext output has no markup, so a heading is recognised by what
// it says (known headings, judgement labels, graded "label: grade" lines) or by its shape:
// a short unpunctuated line between paragraph boundaries, followed by the start of text.
#include "indexer/parse_headings.hpp"

#include <cctype>

#include "indexer/parse_blocks.hpp"
#include "indexer/parse_text.hpp"
#include "schema/judgement_areas.hpp"

namespace assay {
namespace {

std::string fold_heading(std::string_view t) {
    std::string f = lower_ascii(trim(t));
    while (!f.empty() && (f.back() == '?' || f.back() == ':' || f.back() == ' ')) f.pop_back();
    std::string out;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f.compare(i, 3, "\xE2\x80\x93") == 0 || f.compare(i, 3, "\xE2\x80\x94") == 0) {
            out.push_back('-');
            i += 2;
        } else if (f.compare(i, 3, "\xE2\x80\x99") == 0) {
            out.push_back('\'');
            i += 2;
        } else {
            out.push_back(f[i]);
        }
    }
    return out;
}

constexpr std::string_view kKnown[] = {
    "executive summary",
    "summary",
    "summary of key findings",
    "headline findings",
    "main findings",
    "inspection findings",
    "key strengths",
    "strengths",
    "areas for improvement",
    "area for improvement",
    "areas for priority action",
    "what needs to improve",
    "what needs to improve in this area of social work practice",
    "what does the local authority need to improve",
    "what the local authority needs to improve",
    "priority and immediate action",
    "recommendations",
    "next steps",
    "about this inspection",
    "information about this inspection",
    "the inspection team",
    "inspection team",
    "the inspection judgements and what they mean",
    "service information",
    "overall effectiveness",
    "record of main findings",
    "information about this local authority area",
    "information about this area",
    "information about the local area partnership",
    "local area partnership details",
    "previous ofsted inspections",
    "local leadership",
    "children living in this area",
    "child protection in this area",
    "children looked after in this area",
    "other ofsted inspections",
    "summary for children and young people",
    "inspection outcome",
    "the local authority",
    "section 1: the local authority",
    "the local safeguarding children board",
    "the local safeguarding children board (lscb)",
    "what is it like to be a child or young person with send in this area",
    "what is the area partnership doing that is effective",
    "what does the area partnership need to do better",
    "case study: highly effective practice",
    "case study: area for improvement",
    "capacity to improve",
    "quality of provision",
    "leadership and management",
    "leadership and governance",
    "the quality of practice",
    "what the inspection judgements mean: the local authority",
    "inspection judgements about the local authority",
    "the local authority has the following strengths",
    "evidence",
    "about the inspection",
    "background",
    "introduction",
    "contents",
    "findings",
    "conclusion",
    "improvement plan",
};

bool is_stopword_end(std::string_view t) {
    return last_word_in(t, {"the", "of", "and", "to", "a", "an", "in", "for", "with", "on", "by", "or", "that", "is",
                            "are", "who", "from", "their", "at"});
}

std::size_t word_count(std::string_view t) {
    std::size_t n = 0;
    bool in = false;
    for (char c : t) {
        bool sp = c == ' ';
        if (!sp && !in) ++n;
        in = !sp;
    }
    return n;
}

// "label: grade" -> label and grade.
bool split_graded(std::string_view text, std::string& label, std::optional<Grade>& grade) {
    auto colon = text.rfind(':');
    if (colon == std::string_view::npos) return false;
    auto g = grade_cell(trim(text.substr(colon + 1)));
    if (!g) return false;
    auto lab = trim(text.substr(0, colon));
    if (!judgement_area_for_label(lab)) return false;
    label = std::string(lab);
    grade = g;
    return true;
}

bool starts_text(const Line& l) {
    std::string_view t = l.text;
    return starts_upper_or_digit(t) || bullet_prefix(t) > 0 || !number_marker(t).number.empty() ||
           t.starts_with("\xE2\x80\x98") || t.starts_with("\xE2\x80\x9C");
}

}  // namespace

std::size_t next_content(const std::vector<Line>& lines, std::size_t i, std::size_t end) {
    while (i < end && (lines[i].blank() || lines[i].debris)) ++i;
    return i;
}

std::optional<std::string> timescale_label(std::string_view text) {
    text = trim(text);
    if (text.size() > 40 || text.empty() || (text[0] != 'I' && text[0] != 'i' && text[0] != 'W' && text[0] != 'w'))
        return std::nullopt;
    std::string f = fold_heading(text);
    if (f == "immediately" || f == "immediate") return std::string("Immediately");
    if (f.rfind("within ", 0) == 0 && f.size() < 30 && (f.ends_with("months") || f.ends_with("month")))
        return "W" + f.substr(1);
    return std::nullopt;
}

bool known_heading(std::string_view text) {
    std::string f = fold_heading(text);
    for (auto k : kKnown)
        if (f == k) return true;
    return false;
}

std::optional<HeadingMatch> match_heading(const std::vector<Line>& lines, std::size_t i, std::size_t end, bool boundary,
                                          std::size_t width) {
    const Line& l = lines[i];
    std::string_view t = l.text;
    HeadingMatch m;
    m.last_line = i;
    if (l.tabbed || t.empty()) return std::nullopt;
    if (l.md_level > 0 && t.size() <= 200) {
        m.text = std::string(t);
        split_graded(t, m.label, m.grade);
        return m;
    }
    if (!boundary) return std::nullopt;
    if (t.starts_with('(') && t.ends_with(')')) return std::nullopt;  // an aside, "(Paragraph 106)"
    if (l.bold && t.size() <= 160 && !ends_sentence(t)) {
        m.text = std::string(t);
        split_graded(t, m.label, m.grade);
        return m;
    }
    if (timescale_label(t)) {
        m.text = std::string(t);
        return m;
    }
    if (!starts_upper_or_digit(t) || bullet_prefix(t) || t.size() > 160) return std::nullopt;
    if (!number_marker(t).number.empty() && !starts_with_ci(t, "section")) return std::nullopt;

    // Join up to three lines while the next one continues the text (lower-case start).
    std::string joined(t);
    std::size_t last = i;
    for (int extra = 0; extra < 2; ++extra) {
        if (ends_clause(joined) || joined.size() > 160) break;
        std::size_t j = last + 1;
        if (j >= end || lines[j].blank() || lines[j].debris || !starts_lower(lines[j].text)) break;
        if (lines[j].text.size() > 90) break;
        joined += ' ';
        joined += lines[j].text;
        last = j;
    }
    if (joined.find(". ") != std::string::npos || (ends_sentence(joined) && !joined.ends_with("?")))
        return std::nullopt;
    if (joined.size() > 200) return std::nullopt;

    std::size_t after = next_content(lines, last + 1, end);
    const bool next_starts = after >= end || starts_text(lines[after]);

    // Graded heading: "The experiences and progress of ...: good".
    if (split_graded(joined, m.label, m.grade)) {
        m.text = joined;
        m.last_line = last;
        return m;
    }
    // A judgement label, or a known heading, then maybe a grade on its own line.
    const bool label = judgement_area_for_label(joined).has_value() && !ends_clause(joined) &&
                       word_count(joined) <= 20 && !is_stopword_end(joined);
    const bool known = known_heading(joined);
    if ((label || known) && next_starts) {
        m.text = joined;
        m.last_line = last;
        if (label && after < end) {
            if (auto g = grade_cell(lines[after].text)) {
                m.label = joined;
                m.grade = g;
                m.grade_line = after;
                // "Requires improvement" / "to be good": the cell wraps.
                std::size_t more = next_content(lines, after + 1, end);
                if (more < end && lower_ascii(lines[more].text) == "to be good") m.grade_line = more;
            }
        }
        return m;
    }
    // Shape alone: one short unpunctuated line followed by the start of text.
    if (last != i) return std::nullopt;
    if (t.size() > 80 || word_count(t) > 12 || ends_clause(t) || t.back() == ',' || is_stopword_end(t))
        return std::nullopt;
    if (t.find(" | ") != std::string_view::npos) return std::nullopt;
    if (t.find(':') != std::string_view::npos && !starts_with_ci(t, "section")) return std::nullopt;
    if (!next_starts || after >= end) return std::nullopt;
    // Without a blank line before it, the line must have ended early: the next line's
    // first word would have fitted (otherwise it is hard-wrapped prose).
    const bool blank_before = i == 0 || lines[i - 1].blank() || lines[i - 1].debris || lines[i - 1].page != l.page;
    if (!blank_before && (utf8_length(t) + 1 + utf8_length(first_word(lines[after].text))) * 100 >= width * 92)
        return std::nullopt;
    // The next line must look like body text (long, or a marker/bullet), not another short line.
    const Line& n = lines[after];
    bool body = utf8_length(n.text) * 10 >= width * 6 || bullet_prefix(n.text) ||
                !number_marker(n.text).number.empty() || n.md_level > 0;
    if (!body) return std::nullopt;
    m.text = std::string(t);
    return m;
}

}  // namespace assay
