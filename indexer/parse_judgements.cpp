#include "indexer/parse_judgements.hpp"

#include <algorithm>
#include <cctype>

#include "indexer/parse_text.hpp"
#include "schema/judgement_areas.hpp"

namespace assay {
namespace {

// A capitalised word in the original: lets a grade at the end of an unpunctuated headline
// ("... require improvement to be good There are ...") count as ending its sentence.
constexpr char kCap = '\x01';

// Lower-case, quotes and emphasis removed, apostrophes dropped ("children's" -> "childrens"),
// kCap before each capitalised word.
std::string fold_sentence(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
            unsigned char d = static_cast<unsigned char>(s[i + 2]);
            i += 2;
            if (d == 0x93 || d == 0x94) out.push_back('-');
            continue;  // ‘ ’ “ ” dropped
        }
        if (c == '\'' || c == '"' || c == '*') continue;
        if (ascii_upper(c) && (out.empty() || out.back() == ' ')) out.push_back(kCap);
        out.push_back(ascii_lower(c));
    }
    return out;
}

// The longest grade phrase at the start of `s`, if what follows it ends the clause.
std::optional<Grade> grade_at(std::string_view s, bool must_end) {
    static constexpr std::pair<std::string_view, std::string_view> kPhrases[] = {
        {"requires improvement to be good", "Requires improvement"},
        {"require improvement to be good", "Requires improvement"},
        {"requires improvement", "Requires improvement"},
        {"require improvement", "Requires improvement"},
        {"outstanding", "Outstanding"},
        {"inadequate", "Inadequate"},
        {"adequate", "Adequate"},
        {"good", "Good"},
    };
    s = trim(s);
    if (!s.empty() && s[0] == kCap) s.remove_prefix(1);
    for (auto [p, word] : kPhrases) {
        if (!s.starts_with(p)) continue;
        std::string_view rest = trim(s.substr(p.size()));
        if (must_end && !(rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '.' || rest[0] == kCap ||
                          rest.starts_with("overall") || rest.starts_with("for ") ||
                          rest.starts_with("because")))  // "The LSCB is inadequate because:"
            return std::nullopt;
        int ord = word == "Outstanding" ? 1 : word == "Good" ? 2 : word == "Inadequate" ? 4 : 3;
        return Grade{std::string(word), ord};
    }
    return std::nullopt;
}

void add(std::vector<SentenceJudgement>& out, std::string_view label, std::optional<Grade> g,
         std::optional<std::string_view> forced_area = std::nullopt) {
    if (!g) return;
    label = trim(label);
    if (!label.empty() && label[0] == kCap) label.remove_prefix(1);
    auto area = forced_area ? forced_area : judgement_area_for_label(label);
    if (!area || label.size() > 170) return;
    std::string clean;
    for (char c : label)
        if (c != kCap) clean.push_back(c);
    out.push_back({std::string(*area), std::move(clean), *g});
}

void scan_sentence(std::string_view f, std::vector<SentenceJudgement>& out) {
    f = trim(f);
    if (!f.empty() && f[0] == kCap) f.remove_prefix(1);
    while (!f.empty() && (f.back() == '.' || f.back() == ' ')) f.remove_suffix(1);
    // "Children's services in Barnet are inadequate" / "... require improvement to be good".
    // Searched anywhere: pdftotext may have joined the headline to the title block.
    for (std::string_view lead : {"childrens services in ", "services for children in "}) {
        auto at0 = f.find(lead);
        if (at0 == std::string_view::npos || (at0 > 0 && f.find("report published") == std::string_view::npos &&
                                              f.find("inspection date") == std::string_view::npos))
            continue;
        std::string_view h = f.substr(at0);
        // "Services for children in care are good" is about one service, not the whole.
        std::string_view after = h.substr(lead.size());
        if (after.starts_with("care") || after.starts_with("need")) continue;
        for (std::string_view verb : {" are ", " is ", " require", " requires"}) {
            auto at = h.find(verb);
            if (at == std::string_view::npos) continue;
            auto rest = verb.starts_with(" require") ? h.substr(at + 1) : h.substr(at + verb.size());
            if (auto g = grade_at(rest, true)) return add(out, "Overall effectiveness", g, "overall effectiveness");
        }
    }
    // "The overall judgement is (that children's services) requires improvement"
    for (std::string_view lead : {"the overall judgement is ", "the judgement for overall effectiveness is "}) {
        auto at0 = f.find(lead);
        if (at0 == std::string_view::npos) continue;
        std::string_view rest = f.substr(at0 + lead.size());
        for (std::string_view skip :
             {"that childrens services are ", "that childrens services ", "that services ", "that "})
            if (rest.starts_with(skip)) {
                rest.remove_prefix(skip.size());
                break;
            }
        return add(out, "Overall effectiveness", grade_at(rest, false), "overall effectiveness");
    }
    // "The graded judgement for adoption performance is that it is good"
    if (f.starts_with("the graded judgement ")) {
        auto that = f.find(" is that it ");
        if (that != std::string_view::npos) {
            std::string_view label = f.substr(21, that - 21);
            for (std::string_view p : {"for ", "about ", "on "})
                if (label.starts_with(p)) label.remove_prefix(p.size());
            std::string_view rest = f.substr(that + 12);
            if (rest.starts_with("is ")) rest.remove_prefix(3);
            return add(out, label, grade_at(rest, false));
        }
    }
    // Press: "Ofsted rated Greenwich good for overall effectiveness"
    if (auto at = f.find(" rated "); at != std::string_view::npos) {
        std::string_view rest = f.substr(at + 7);
        auto for_at = rest.find(" for ");
        if (for_at != std::string_view::npos && for_at < 60) {
            std::string_view graded = rest.substr(0, for_at);
            auto sp = graded.rfind(' ');
            std::string_view word = sp == std::string_view::npos ? graded : graded.substr(sp + 1);
            add(out, rest.substr(for_at + 5), grade_at(word, true));
        }
        // "... help and protection, which was rated good"
        auto which = f.find(", which was rated ");
        if (which != std::string_view::npos) {
            std::string_view label = f.substr(0, which);
            if (label.starts_with("in terms of ")) label.remove_prefix(12);
            add(out, label, grade_at(f.substr(which + 18), true));
        }
        return;
    }
    // "<area> is (judged to be) good" / "<area> requires improvement"
    for (std::string_view verb : {" is judged to be ", " are judged to be ", " is judged ", " are judged ", " is ",
                                  " are ", " remains ", " remain "}) {
        auto at = f.find(verb);
        if (at == std::string_view::npos || at > 170) continue;
        if (auto g = grade_at(f.substr(at + verb.size()), true)) return add(out, f.substr(0, at), g);
    }
    for (std::string_view verb : {" requires improvement", " require improvement"}) {
        auto at = f.find(verb);
        if (at == std::string_view::npos || at > 170) continue;
        if (auto g = grade_at(f.substr(at + 1), true)) return add(out, f.substr(0, at), g);
    }
}

bool graded_type(DocType t) {
    return t == DocType::inspection_report || t == DocType::press_release || t == DocType::send_inspection;
}

// The areas each framework grades; a sentence naming another area is commentary.
bool graded_by(const std::string& framework, std::string_view area) {
    static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> kAreas{
        {"protection_2012",
         {"overall effectiveness", "help and protection", "quality of practice", "leadership and governance"}},
        {"lac_2012",
         {"overall effectiveness", "capacity to improve", "outcomes", "quality of provision",
          "leadership and management"}},
        {"sif",
         {"overall effectiveness", "help and protection", "looked after and achieving permanence",
          "adoption performance", "care leavers", "leadership, management and governance",
          "local safeguarding children board"}},
        {"lscb_review", {"local safeguarding children board"}},
        {"ilacs",
         {"overall effectiveness", "impact of leaders", "help and protection", "children in care and care leavers",
          "children in care", "care leavers"}},
    };
    for (const auto& [fw, areas] : kAreas)
        if (fw == framework) return std::find(areas.begin(), areas.end(), area) != areas.end();
    return true;  // press articles and unknown frameworks: any area
}

// Each scale has its own third word: Adequate (2012-13) or Requires improvement (SIF, ILACS).
bool on_scale(const std::string& framework, const Grade& g) {
    if (framework == "sif" || framework == "ilacs" || framework == "lscb_review") return g.word != "Adequate";
    if (framework == "protection_2012" || framework == "lac_2012") return g.word != "Requires improvement";
    return true;
}

void put(Report& r, std::string area, std::string label, Grade g) {
    if (!graded_by(r.framework, area) || !on_scale(r.framework, g)) return;
    for (const auto& j : r.judgements)
        if (j.area == area) return;
    r.judgements.push_back(Judgement{std::move(area), std::move(label), std::move(g)});
}

// Area SEND (2023): the outcome is one of three sentences.
void send_outcome(const std::vector<Item>& items, Report& r) {
    for (const auto& it : items) {
        if (it.heading) continue;
        std::string f = fold_sentence(it.text);
        Grade g;
        if (f.find("typically lead to positive experiences") != std::string::npos)
            g = {"Positive", 2};
        else if (f.find("lead to inconsistent experiences") != std::string::npos)
            g = {"Inconsistent", 3};
        else if (f.find("leading to significant concerns") != std::string::npos)
            g = {"Significant concerns", 4};
        else
            continue;
        put(r, std::string(kSendOutcomeArea), "Inspection outcome", g);
        return;
    }
}

// Every judgement sentence names a grade: skip text that names none.
bool mentions_grade(std::string_view t) {
    for (std::string_view w : {"ood", "utstanding", "dequate", "mprovement", "OOD", "UTSTANDING", "DEQUATE"})
        if (t.find(w) != std::string_view::npos) return true;
    return false;
}

}  // namespace

std::vector<SentenceJudgement> judgement_sentences(std::string_view text) {
    std::vector<SentenceJudgement> out;
    if (!mentions_grade(text)) return out;
    std::string f = fold_sentence(text);
    std::size_t start = 0;
    while (start < f.size()) {
        auto end = f.find(". ", start);
        if (end == std::string::npos) end = f.size();
        std::string_view sentence = std::string_view(f).substr(start, end - start);
        if (mentions_grade(sentence)) scan_sentence(sentence, out);
        start = end + 2;
    }
    return out;
}

void extract_judgements(const std::vector<Item>& items, Report& r) {
    if (!graded_type(r.type)) return;
    if (r.type == DocType::send_inspection) return send_outcome(items, r);
    for (const auto& it : items)
        if (it.grade && !it.label.empty())
            if (auto area = judgement_area_for_label(it.label)) put(r, std::string(*area), it.label, *it.grade);
    for (const auto& it : items) {
        if (it.text.size() > 6000) continue;
        for (auto& s : judgement_sentences(it.text)) put(r, std::move(s.area), std::move(s.label), std::move(s.grade));
    }
}

}  // namespace assay
