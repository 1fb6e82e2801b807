// Metadata. The file name is never used: real users' files are named anyhow.
#include "indexer/parse_meta.hpp"

#include <cctype>

#include "indexer/parse_dates.hpp"
#include "indexer/parse_lead.hpp"
#include "indexer/parse_text.hpp"
#include "schema/frameworks.hpp"
#include "schema/gazetteer.hpp"

namespace assay {

bool ends_with_word(std::string_view t);  // the line ends with a word that continues a title

namespace {

std::string ascii_quotes(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0) {
            out.push_back('\'');
            i += 2;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

struct Head {
    std::vector<std::size_t> idx;  // first content lines
};

Head head_lines(const std::vector<Line>& lines, std::size_t begin, std::size_t end, std::size_t n) {
    Head h;
    for (std::size_t i = begin; i < end && h.idx.size() < n; ++i)
        if (!lines[i].blank() && !lines[i].debris) h.idx.push_back(i);
    return h;
}

// The line (and up to two continuation lines) starting with `prefix` among the head lines.
std::optional<std::string> title_line(const std::vector<Line>& lines, const Head& h, std::string_view prefix,
                                      std::size_t within = 30) {
    for (std::size_t k = 0; k < h.idx.size() && k < within; ++k) {
        std::string t = ascii_quotes(lines[h.idx[k]].text);
        if (!starts_with_ci(t, prefix)) continue;
        for (std::size_t m = k + 1; m < h.idx.size() && m <= k + 2; ++m) {
            const std::string& n = lines[h.idx[m]].text;
            // Titles wrap: continue on lower-case lines, after a joining word, or (until
            // "services") on short lines that are not labels or sentences.
            bool shortish = n.size() <= 60 && n.find(':') == std::string::npos && !ends_clause(n) &&
                            lower_ascii(t).find("services") == std::string::npos &&
                            !starts_with_ci(n, "Inspection date") && !starts_with_ci(n, "Judgement");
            bool cont = starts_lower(n) || ends_with_word(t) || shortish;
            if (!cont || n.size() > 100) break;
            t += ' ';
            t += ascii_quotes(n);
        }
        return t;
    }
    return std::nullopt;
}

bool is_letterhead(std::string_view t) {
    static constexpr std::string_view kCues[] = {
        "piccadilly gate", "store street",      "store st",          "m1 2wd",
        "agora",           "cumberland place",  "ng1 6hj",           "textphone",
        "enquiries@",      "www.gov.uk/ofsted", "www.ofsted.gov.uk", "crown copyright"};
    if (t == "Ofsted" || t == "Manchester" || t == "Nottingham") return true;
    for (auto c : kCues)
        if (contains_ci(t, c)) return true;
    return false;
}

const AuthorityInfo* authority_in(std::string_view text) { return Gazetteer::instance().find_in_text(text); }

void set_authority(Report& r, const AuthorityInfo* a) {
    if (!a) return;
    r.authority.name = a->name;
    r.authority.ons_code = a->ons_code;
}

// The framework phrase as printed in `text` (case kept), searching case-insensitively.
std::string printed(std::string_view text, std::string_view phrase) {
    auto at = find_ci(text, phrase);
    return at == std::string_view::npos ? std::string() : std::string(text.substr(at, phrase.size()));
}

bool has(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

// Graded inspection reports print their framework title in the first lines.
bool detect_report(const std::vector<Line>& lines, const Head& h, const std::string& head, Report& r) {
    std::string low = lower_ascii(head);
    auto set = [&](std::string_view fw) {
        r.type = DocType::inspection_report;
        r.framework = std::string(fw);
        const auto* f = framework_by_key(fw);
        r.framework_title = printed(head, f->title);
        if (r.framework_title.empty()) r.framework_title = std::string(f->title);
        r.title = r.framework_title;
        return true;
    };
    if (has(low, "children in need of help and protection, children looked after and care leavers")) return set("sif");
    if (has(low, "review of the effectiveness of the local safeguarding children board")) return set("lscb_review");
    if (has(low, "arrangements for the protection of children")) return set("protection_2012");
    if (has(low, "inspection of looked after children services")) return set("lac_2012");
    if (has(low, "inspection of progress made in the provision")) return set("jar_2009");
    if (auto t = title_line(lines, h, "Inspection of", 4)) {
        std::string tl = lower_ascii(*t);
        if (has(tl, "children's services") || has(tl, "children's social care services") || has(tl, "trust")) {
            r.type = DocType::inspection_report;
            r.framework = "ilacs";
            r.framework_title = *t;
            r.title = *t;
            return true;
        }
    }
    return false;
}

// Ungraded letters and the SEND report name themselves after an address block.
bool detect_letter(const std::vector<Line>& lines, const Head& h, const std::string& head, Report& r) {
    auto set = [&](DocType t, std::string_view fw, std::string title) {
        r.type = t;
        r.framework = std::string(fw);
        r.framework_title = std::string(framework_by_key(fw)->title);
        r.title = std::move(title);
        return true;
    };
    for (std::string_view p : {"Focused visit to", "Focused visit of"})
        if (auto t = title_line(lines, h, p)) return set(DocType::focused_visit, "ilacs", *t);
    for (std::string_view p : {"Monitoring visit to", "Monitoring visit of"})
        if (auto t = title_line(lines, h, p)) return set(DocType::monitoring_visit, "ilacs", *t);
    if (auto t = title_line(lines, h, "Joint targeted area inspection", 25))
        return set(DocType::joint_inspection, "jtai", *t);
    if (auto t = title_line(lines, h, "Area SEND inspection")) return set(DocType::send_inspection, "send_2023", *t);
    if (auto t = title_line(lines, h, "Joint local area SEND inspection"))
        return set(DocType::send_inspection, "send_2016", *t);
    // Letters whose title pdftotext scrambled with the address block.
    std::string low = lower_ascii(head);
    if (has(low, "findings of a focused visit") || has(low, "findings of the focused visit"))
        return set(DocType::focused_visit, "ilacs", "Focused visit");
    if (has(low, "findings of a monitoring visit") || has(low, "findings of the monitoring visit"))
        return set(DocType::monitoring_visit, "ilacs", "Monitoring visit");
    return false;
}

void detect_type(const std::vector<Line>& lines, const Head& h, const std::string& head, Report& r) {
    std::string top;
    for (std::size_t k = 0; k < h.idx.size() && k < 25; ++k) top += lower_ascii(lines[h.idx[k]].text) + "\n";
    if (has(top.substr(0, std::min<std::size_t>(top.size(), 300)), "school report")) {
        r.type = DocType::other;
        return;
    }
    std::string low = lower_ascii(head);
    if (has(low, "public document pack") ||
        (has(top, "committee") && (has(top, "agenda") || has(top, "contributor")))) {
        r.type = DocType::committee_paper;
        return;
    }
    std::string first12;
    for (std::size_t k = 0; k < h.idx.size() && k < 12; ++k) first12 += ascii_quotes(lines[h.idx[k]].text) + " ";
    if (detect_report(lines, h, first12, r)) return;
    if (detect_letter(lines, h, head, r)) return;
    if (has(low, "ofsted") && (has(low, " said") || has(low, "rated") || has(low, "rates "))) {
        r.type = DocType::press_release;
        return;
    }
    r.type = DocType::other;
}

// The date expression after a label ("Inspection dates:", "Report published:"), looking at
// the label's line and the next few content lines (tables split label and value).
std::optional<DateRange> dated_label(const std::vector<Line>& lines, std::size_t begin, std::size_t end,
                                     std::initializer_list<std::string_view> labels, std::size_t window) {
    for (std::size_t i = begin; i < end && i < begin + window; ++i) {
        const std::string& t = lines[i].text;
        if (t.find("ate") == std::string::npos && t.find("ublish") == std::string::npos) continue;
        for (auto label : labels) {
            auto at = find_ci(t, label);
            if (at == std::string::npos) continue;
            std::string text = t.substr(at + label.size());
            for (std::size_t j = i + 1, n = 0; j < end && n < 4; ++j) {
                if (lines[j].blank() || lines[j].debris) continue;
                text += ' ';
                text += lines[j].text;
                ++n;
            }
            // Stop at a following label so "Dates of previous inspection" is not read.
            for (std::string_view stop : {"previous inspection", "Lead inspector", "Report published"}) {
                auto s = find_ci(text, stop);
                if (s != std::string::npos && s > 0) text.resize(s);
            }
            if (auto r = find_date_range(text)) return r;
        }
    }
    return std::nullopt;
}

bool is_letter(DocType t) {
    return t == DocType::focused_visit || t == DocType::monitoring_visit || t == DocType::joint_inspection;
}

void extract_dates(const std::vector<Line>& lines, std::size_t begin, std::size_t end, const std::string& head,
                   Report& r) {
    auto h = head_lines(lines, begin, end, 25);
    if (auto d = dated_label(lines, begin, end, {"Report published", "Published:", "Publication date"}, 200))
        r.published = d->start;
    if (!r.published && is_letter(r.type)) {
        // The letter's own date, printed alone on a line.
        for (auto i : h.idx) {
            auto d = find_date_range(lines[i].text);
            if (d && d->start == d->end && lines[i].text.size() <= 20) {
                r.published = d->start;
                break;
            }
        }
    }
    if (auto d = dated_label(lines, begin, end, {"Inspection dates", "Inspection date", "Dates of inspection"}, 400)) {
        r.inspection_start = d->start;
        r.inspection_end = d->end;
    } else if (is_letter(r.type)) {
        // Letters say when the visit took place in their first paragraphs, sometimes
        // without the year ("Between 16 May and 20 May"): the letter's year then.
        const int year = r.published ? r.published->year : 0;
        bool found = false;
        for (std::string_view cue : {"took place", "visit to", "visit of", "between", "carried out", " on "}) {
            for (auto at = find_ci(head, cue); at != std::string::npos && !found; at = find_ci(head, cue, at + 1)) {
                auto d = find_date_range(std::string_view(head).substr(at, 220), year);
                // A visit lasts days, not months: a longer span is some other date pair.
                if (!d || d->end.ordinal() - d->start.ordinal() > 200) continue;
                if (r.published && d->end.ordinal() > r.published->ordinal() && d->end.year == year) {
                    d->start.year -= 1;
                    d->end.year -= 1;
                }
                r.inspection_start = d->start;
                r.inspection_end = d->end;
                found = true;
            }
            if (found) break;
        }
    }
    if (r.type == DocType::committee_paper) {
        for (auto i : h.idx)
            if (auto d = find_date(lines[i].text)) {
                r.meeting_date = *d;
                break;
            }
    }
}

void extract_authority(const std::vector<Line>& lines, const Head& h, Report& r) {
    if (!r.title.empty()) {
        if (auto* a = authority_in(r.title)) return set_authority(r, a);
    }
    // The title block first (most reports name the authority there), then the first page.
    for (std::size_t limit : {8, 40}) {
        std::string text;
        for (std::size_t k = 0; k < h.idx.size() && k < limit; ++k) {
            const std::string& t = lines[h.idx[k]].text;
            if (k < 15 && is_letterhead(t)) continue;
            text += t;
            text += ' ';
        }
        if (auto* a = authority_in(text)) return set_authority(r, a);
    }
}

}  // namespace

bool ends_with_word(std::string_view t) { return last_word_in(t, {"of", "and", "the", "in", "for", "to", "on"}); }

std::string joined_text(const std::vector<Line>& lines, std::size_t begin, std::size_t end, std::size_t max_lines) {
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = begin; i < end && n < max_lines; ++i) {
        if (lines[i].blank() || lines[i].debris) continue;
        if (!out.empty()) out.push_back(' ');
        out += ascii_quotes(lines[i].text);
        ++n;
    }
    return out;
}

void extract_metadata(const std::vector<Line>& lines, std::size_t begin, std::size_t end, Report& r) {
    Head h = head_lines(lines, begin, end, 60);
    std::string head = joined_text(lines, begin, end, 60);
    detect_type(lines, h, head, r);
    if (r.title.empty() && !h.idx.empty()) {
        // Committee packs and press articles: the first markdown heading, else the first line.
        for (auto i : h.idx)
            if (lines[i].md_level == 1) {
                r.title = lines[i].text;
                break;
            }
        if (r.title.empty()) r.title = lines[h.idx.front()].text;
    }
    extract_authority(lines, h, r);
    extract_dates(lines, begin, end, head, r);
    r.lead_inspector = lead_inspector(lines, begin, end, r.type);
}

}  // namespace assay
