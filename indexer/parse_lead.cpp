// Lead inspector. Reports print the name in several layouts (see parse_lead.hpp); letters
// without a label are signed by the lead inspector.
#include "indexer/parse_lead.hpp"

#include "indexer/parse_text.hpp"

namespace assay {

namespace {

std::size_t count_words(std::string_view s) {
    std::size_t words = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) ++words;
    return words;
}

// The next content line after i (tables and page breaks put the name further down).
std::size_t next_content(const std::vector<Line>& lines, std::size_t i, std::size_t end) {
    std::size_t j = i + 1;
    while (j < end && (lines[j].blank() || lines[j].debris)) ++j;
    return j;
}

// "Mr Chris Ellison, Ofsted Lead inspector": the name is the text before the comma.
std::string name_before_label(std::string_view prefix) {
    auto comma = prefix.find(',');
    if (comma == std::string_view::npos) return {};
    return clean_person_name(prefix.substr(0, comma));
}

// Letters: "The inspectors were Kate Malleson, Her Majesty's Inspector, and ..." or
// "Her Majesty's Inspectors for this visit were Amanda Maxwell and Nick Stacey": the first
// named inspector leads (and signs) the visit.
std::string first_named_inspector(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end && i < begin + 80; ++i) {
        const std::string& t = lines[i].text;
        if (find_ci(t, "nspector") == std::string::npos && find_ci(t, " were") == std::string::npos) continue;
        std::string text = t;
        for (std::size_t j = i + 1, n = 0; j < end && n < 2; ++j, ++n) text += ' ' + lines[j].text;
        for (std::string_view key : {"inspectors were ", "inspectors for this visit were ", "inspector was "}) {
            auto at = find_ci(text, key);
            if (at == std::string::npos || at > t.size()) continue;
            std::string_view rest = std::string_view(text).substr(at + key.size());
            auto stop = rest.find_first_of(",.");
            if (auto a = rest.find(" and "); a < stop) stop = a;
            auto n = clean_person_name(rest.substr(0, stop == std::string_view::npos ? rest.size() : stop));
            if (!n.empty()) return n;
        }
    }
    return {};
}

// The signatory after "Yours sincerely" (also the misprint "Your sincerely").
std::string signatory(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        const std::string& t = lines[i].text;
        if (!starts_with_ci(t, "yours sincerely") && !starts_with_ci(t, "your sincerely")) continue;
        std::size_t j = next_content(lines, i, end);
        if (j < end) return clean_person_name(lines[j].text);
    }
    return {};
}

}  // namespace

std::string clean_person_name(std::string_view s) {
    s = trim(s);
    while (!s.empty() && (s.front() == ':' || s.front() == '-' || s.front() == ' ')) s.remove_prefix(1);
    for (std::string_view title : {"Mr ", "Mrs ", "Ms ", "Miss ", "Dr "})
        if (s.starts_with(title)) s.remove_prefix(title.size());
    // Longer roles first: " Senior HMI" must go before " HMI" leaves "Senior" behind.
    for (std::string_view stop : {",", " Senior HMI", " HMI", " Her Majesty", " His Majesty", " Ofsted", " (", " OBE",
                                  " Social Care Regulatory", " Deputy"}) {
        auto at = s.find(stop);
        if (at != std::string_view::npos) s = s.substr(0, at);
    }
    s = trim(s);
    while (!s.empty() && (s.back() == '.' || s.back() == ';')) s.remove_suffix(1);
    const std::size_t words = count_words(s);
    if (words < 2 || words > 5 || !starts_upper_or_digit(s) || s.size() > 60) return {};
    return std::string(s);
}

std::string lead_inspector(const std::vector<Line>& lines, std::size_t begin, std::size_t end, DocType type) {
    std::string partner;  // a partner inspectorate's lead ("CQC Lead inspector"), used only if no other
    for (std::size_t i = begin; i < end; ++i) {
        std::string t = lines[i].text;
        // "Rebecca Sharples, Ofsted HMI lead" / "inspector": the label wraps.
        if (t.ends_with(" lead") && i + 1 < end && starts_with_ci(lines[i + 1].text, "inspector"))
            t += ' ' + lines[i + 1].text;
        if (t.find("nspector") == std::string::npos) continue;  // cheap filter before the searches
        for (std::string_view key : {"lead inspector", "reporting inspector", "lead social care inspector"}) {
            auto at = find_ci(t, key);
            if (at == std::string::npos) continue;
            std::string_view prefix = std::string_view(t).substr(0, at);
            if (at >= 7 && starts_with_ci(std::string_view(t).substr(at - 7), "deputy ")) continue;
            if (auto n = name_before_label(prefix); !n.empty()) {
                if (find_ci(prefix, "CQC") == std::string::npos && find_ci(prefix, "Care Quality") == std::string::npos)
                    return n;
                if (partner.empty()) partner = n;
                continue;
            }
            std::string_view rest = trim(std::string_view(t).substr(at + key.size()));
            if (!rest.empty() && rest != ":") {
                if (auto n = clean_person_name(rest); !n.empty()) return n;
                continue;
            }
            if (!trim(prefix).empty() && !starts_with_ci(trim(prefix), "ofsted")) continue;  // mid-sentence mention
            std::size_t j = next_content(lines, i, end);
            if (j < end) {
                if (auto n = clean_person_name(lines[j].text); !n.empty()) return n;
            }
        }
    }
    if (type == DocType::focused_visit || type == DocType::monitoring_visit) {
        if (auto n = signatory(lines, begin, end); !n.empty()) return n;
        if (auto n = first_named_inspector(lines, begin, end); !n.empty()) return n;
    }
    return partner;
}

}  // namespace assay
