#include "indexer/parse_sections.hpp"

#include "indexer/parse_headings.hpp"
#include "indexer/parse_text.hpp"

namespace assay {
namespace {

bool has(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

bool judgement_kind(SectionKind k) {
    switch (k) {
        case SectionKind::overall_effectiveness:
        case SectionKind::help_and_protection:
        case SectionKind::looked_after:
        case SectionKind::care_leavers:
        case SectionKind::leadership:
        case SectionKind::quality_of_practice:
        case SectionKind::lscb:
        case SectionKind::recommendations: return true;
        default: return false;
    }
}

bool recommendation_heading(const std::string& f) {
    return has(f, "recommendation") || has(f, "areas for improvement") || has(f, "area for improvement") ||
           has(f, "what needs to improve") || has(f, "need to improve") || has(f, "needs to improve") ||
           has(f, "priority action") || has(f, "immediate action") || has(f, "need to do better") ||
           timescale_label(f).has_value();
}

std::string folded_heading(std::string_view heading) {
    std::string f = lower_ascii(heading);
    for (auto& c : f)
        if (c == '\n') c = ' ';
    return f;
}

// A generic sub-heading ("Summary", "Inspection findings") inside a judgement section: it
// keeps the section's kind, and the section's own heading says what it is about.
bool subheading_of(const std::string& f, SectionKind current) {
    return (f == "summary" || f == "overview" || has(f, "inspection findings") || f == "findings" ||
            f == "main findings" || f == "strengths") &&
           judgement_kind(current) && current != SectionKind::recommendations;
}

// The report's own summary: focused-visit overviews, a SIF's headline judgement ("This
// local authority requires improvement and is not yet good"), a joint inspection's letter.
bool summary_heading(const std::string& f) {
    return f == "overview" || f.starts_with("this local authority ") || f.starts_with("dear ") || has(f, "summary") ||
           has(f, "headline findings") || has(f, "key findings");
}

// Prose long enough to be a finding rather than a title line or a table cell.
bool summary_prose(const Paragraph& p) { return !p.table_row && !p.list_item && p.text.size() >= 200; }

}  // namespace

SectionKind section_kind_for(std::string_view heading, SectionKind current) {
    std::string f = folded_heading(heading);
    if (subheading_of(f, current)) return current;
    if (timescale_label(f) && current == SectionKind::recommendations) return current;
    if (f == "contents" || f.starts_with("inspection of ") || f.starts_with("re-inspection of ") ||
        f.starts_with("review of the effectiveness") || f.starts_with("and review of"))
        return SectionKind::front_matter;
    if (has(f, "summary for children")) return SectionKind::summary_for_children;
    if (has(f, "inspection judgements about the local authority")) return SectionKind::overall_effectiveness;
    if (has(f, "progress since the last inspection")) return SectionKind::findings;
    if (has(f, "front door")) return SectionKind::help_and_protection;
    if (has(f, "next steps")) return SectionKind::recommendations;
    if (recommendation_heading(f)) return SectionKind::recommendations;
    if (has(f, "safeguarding children board") || has(f, "lscb")) return SectionKind::lscb;
    if (has(f, "improvement plan") || has(f, "action plan")) return SectionKind::improvement_plan;
    if (has(f, "about this inspection") || has(f, "about the inspection") ||
        has(f, "information about this inspection") || has(f, "inspection team") ||
        has(f, "judgements and what they mean") || has(f, "inspection judgements mean") ||
        has(f, "what the inspection judg"))
        return SectionKind::about_inspection;
    if (has(f, "what is it like")) return SectionKind::findings;
    if (has(f, "information about") || has(f, "service information") || has(f, "in this area") ||
        has(f, "local leadership") || has(f, "previous ofsted inspections") || has(f, "other ofsted inspections") ||
        has(f, "partnership details"))
        return SectionKind::information_about_area;
    if (has(f, "overall effectiveness") || has(f, "overall judgement")) return SectionKind::overall_effectiveness;
    if (has(f, "help and protection")) return SectionKind::help_and_protection;
    if (has(f, "care leavers") && !has(f, "children in care and") && !has(f, "looked after and"))
        return SectionKind::care_leavers;
    if (has(f, "looked after") || has(f, "children in care") || has(f, "permanence") || has(f, "adoption") ||
        has(f, "corporate parenting"))
        return SectionKind::looked_after;
    if (has(f, "leadership") || has(f, "impact of leaders") || has(f, "governance") || has(f, "leaders"))
        return SectionKind::leadership;
    if (has(f, "quality of practice")) return SectionKind::quality_of_practice;
    if (summary_heading(f)) return SectionKind::summary;
    if (has(f, "findings") || has(f, "strength") || has(f, "what is it like") || has(f, "doing that is effective") ||
        has(f, "case study") || has(f, "inspection outcome") || has(f, "capacity to improve") ||
        has(f, "outcomes for") || has(f, "quality of provision") || has(f, "evidence"))
        return SectionKind::findings;
    return SectionKind::other;
}

std::vector<Section> build_sections(const std::vector<Item>& items, const std::vector<Line>& lines,
                                    std::string_view source) {
    std::vector<Section> out;
    Section cur;
    cur.kind = SectionKind::front_matter;
    std::string enclosing;  // heading of the section a generic sub-heading belongs to
    bool started = false;   // a section other than the title block has begun
    bool graded = false;    // the title block's judgement table has been read
    // Pages are cited only for text that has them (form feeds end each page).
    const bool paged = source.find('\f') != std::string_view::npos;
    for (const auto& it : items) {
        if (it.heading) {
            if (!cur.paragraphs.empty() || !cur.heading.empty()) out.push_back(std::move(cur));
            SectionKind prev = out.empty() ? SectionKind::front_matter : out.back().kind;
            cur = Section{};
            cur.heading = it.text;
            if (subheading_of(folded_heading(it.text), prev) && !enclosing.empty()) {
                cur.heading = enclosing + ": " + it.text;
                cur.kind = prev;
            } else {
                cur.kind = section_kind_for(it.text, prev);
                enclosing = it.text;
            }
            // Title-page lines before the first real section are front matter.
            if (cur.kind == SectionKind::other && !started) cur.kind = SectionKind::front_matter;
            started = started || cur.kind != SectionKind::front_matter;
            continue;
        }
        Paragraph p;
        p.number = it.number;
        p.text = it.text;
        const Line& l = lines[it.line_idx];
        p.byte_offset = source_offset(source, l, it.clean_pos);
        p.line = l.number;
        p.page = paged ? l.page + 1 : 0;
        p.list_item = it.list_item;
        p.table_row = it.table_row;
        // An ILACS report opens with its judgement table and then, without a heading, the
        // inspectors' summary: that prose is the report's summary, not its title page.
        if (!started && cur.kind == SectionKind::front_matter) {
            if (p.table_row)
                graded = true;
            else if (graded && summary_prose(p)) {
                if (!cur.paragraphs.empty() || !cur.heading.empty()) out.push_back(std::move(cur));
                cur = Section{};
                cur.kind = SectionKind::summary;
                started = true;
            }
        }
        cur.paragraphs.push_back(std::move(p));
    }
    if (!cur.paragraphs.empty() || !cur.heading.empty()) out.push_back(std::move(cur));
    return out;
}

std::vector<Recommendation> extract_recommendations(const std::vector<Item>& items) {
    std::vector<Recommendation> out;
    bool in_recs = false, priority = false;
    std::string timescale;
    for (const auto& it : items) {
        if (it.heading) {
            std::string f = lower_ascii(it.text);
            if (auto ts = timescale_label(it.text)) {
                if (in_recs || !out.empty() || true) {
                    in_recs = true;
                    timescale = *ts;
                }
                continue;
            }
            const bool rec = recommendation_heading(f) && !has(f, "next steps");
            // A sub-heading inside a recommendations block keeps it ("Priority and immediate
            // action" under "What does the local authority need to improve?").
            in_recs = rec;
            priority = has(f, "priority");
            timescale.clear();
            continue;
        }
        if (!in_recs || it.table_row) continue;
        std::string_view t = trim(it.text);
        if (t.empty() || t.back() == ':' || starts_with_ci(t, "in order to improve") ||
            contains_ci(t, "should take the following action"))
            continue;
        out.push_back(Recommendation{std::string(t), timescale, it.number, priority});
    }
    return out;
}

}  // namespace assay
