#include "query/render.hpp"

#include <filesystem>

#include <fmt/format.h>

namespace assay {

nlohmann::json to_json(const SearchResult& r) {
    using nlohmann::json;
    json hits = json::array();
    for (const auto& h : r.hits) {
        json copies = json::array();
        for (const auto& c : h.also_in)
            copies.push_back({{"report_id", c.report_id},
                              {"source", c.source},
                              {"authority", c.authority},
                              {"date", c.date},
                              {"paragraph", c.paragraph},
                              {"seq", c.seq}});
        hits.push_back({{"rank", h.rank},
                        {"score", h.score},
                        {"report_id", h.report_id},
                        {"source", h.source},
                        {"authority", h.authority},
                        {"ons_code", h.ons_code},
                        {"date", h.date},
                        {"type", h.type},
                        {"framework", h.framework},
                        {"section", h.section},
                        {"section_kind", h.section_kind},
                        {"paragraph", h.paragraph},
                        {"seq", h.seq},
                        {"line", h.line},
                        {"page", h.page},
                        {"format", h.format},
                        {"text", h.text},
                        {"snippet", h.snippet},
                        {"also_in", copies}});
        if (!h.file_url.empty()) hits.back()["file_url"] = h.file_url;
    }
    json facets = json::object();
    for (const auto& [name, values] : r.facets) {
        json vs = json::array();
        for (const auto& v : values) {
            json item = {{"value", v.value}, {"count", v.count}};
            if (v.selected) item["selected"] = true;
            vs.push_back(item);
        }
        facets[name] = vs;
    }
    json out = {{"query", r.query},     {"total", r.total},
                {"took_ms", r.took_ms}, {"hits", hits},
                {"facets", facets},     {"suggestion", r.suggestion.empty() ? json() : json(r.suggestion)}};
    if (!r.explain.empty()) out["explain"] = r.explain;
    return out;
}

namespace {
// "Brent 2019-03-04 para 12 (brent.pdf); Barnet 2018-05-01 (pack.docx)": where else a hit's
// wording appears. The file name tells two copies of one report apart.
std::string also_in_line(const Hit& h) {
    std::string out;
    for (const auto& c : h.also_in) {
        if (!out.empty()) out += "; ";
        if (!c.authority.empty()) out += c.authority + " ";
        if (!c.date.empty()) out += c.date + " ";
        if (!c.paragraph.empty()) out += "para " + c.paragraph + " ";
        out += "(" + std::filesystem::path(c.source).filename().string() + ")";
    }
    return out;
}
}  // namespace

std::string csv_field(std::string_view s) {
    std::string v(s);
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v.insert(0, "'");
    bool quote = v.find_first_of(",\"\n\r") != std::string::npos;
    if (!quote) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"')
            out += "\"\"";
        else
            out.push_back(c);
    }
    return out + "\"";
}

std::string render_csv(const SearchResult& r) {
    std::string out =
        "rank,score,authority,ons_code,date,type,framework,section,paragraph,page,line,source,report_id,also_in,"
        "text\r\n";
    for (const auto& h : r.hits) {
        for (const std::string& f :
             {std::to_string(h.rank), fmt::format("{:.3f}", h.score), h.authority, h.ons_code, h.date, h.type,
              h.framework, h.section, h.paragraph, h.page ? std::to_string(h.page) : std::string(),
              std::to_string(h.line), h.source, h.report_id, also_in_line(h)}) {
            out += csv_field(f);
            out.push_back(',');
        }
        out += csv_field(h.text) + "\r\n";
    }
    return out;
}

namespace {
// Where to open the paragraph: the page of a PDF (its extracted text's lines are nowhere the
// reader can see), the line of a text file.
std::string source_location(const Hit& h) {
    if (h.format == "pdf" && h.page) return fmt::format("{} p. {}", h.source, h.page);
    return fmt::format("{}:{}", h.source, h.line);
}

// Turns the snippet's escaped HTML back into terminal text, marks into bold.
std::string snippet_for_terminal(const std::string& snippet, bool color) {
    std::string out;
    for (std::size_t i = 0; i < snippet.size();) {
        auto starts = [&](std::string_view s) { return snippet.compare(i, s.size(), s) == 0; };
        if (starts("<mark>")) {
            out += color ? "\x1b[1;33m" : "[";
            i += 6;
        } else if (starts("</mark>")) {
            out += color ? "\x1b[0m" : "]";
            i += 7;
        } else if (starts("&amp;")) {
            out += '&';
            i += 5;
        } else if (starts("&lt;")) {
            out += '<';
            i += 4;
        } else if (starts("&gt;")) {
            out += '>';
            i += 4;
        } else if (starts("&quot;")) {
            out += '"';
            i += 6;
        } else if (starts("&#39;")) {
            out += '\'';
            i += 5;
        } else
            out.push_back(snippet[i++]);
    }
    return out;
}
}  // namespace

std::string render_text(const SearchResult& r, bool color) {
    std::string out = fmt::format("{} paragraphs match \"{}\" ({:.1f} ms)\n", r.total, r.query, r.took_ms);
    if (!r.suggestion.empty()) out += fmt::format("Did you mean: {}\n", r.suggestion);
    for (const auto& h : r.hits) {
        std::string cite = fmt::format("{} · {} · {}", h.authority.empty() ? "(authority unknown)" : h.authority,
                                       h.date.empty() ? "undated" : h.date, h.type);
        if (!h.section.empty()) cite += " · " + h.section;
        if (!h.paragraph.empty()) cite += " · para " + h.paragraph;
        if (h.page) cite += fmt::format(" · p. {}", h.page);
        out += fmt::format("\n{}{:>2}. {}{}\n", color ? "\x1b[1m" : "", h.rank, cite, color ? "\x1b[0m" : "");
        out += "    " + snippet_for_terminal(h.snippet, color) + "\n";
        out += fmt::format("    {}{}{}\n", color ? "\x1b[2m" : "", source_location(h), color ? "\x1b[0m" : "");
        if (!h.also_in.empty()) out += fmt::format("    also in: {}\n", also_in_line(h));
    }
    for (const auto& [name, values] : r.facets) {
        if (values.empty()) continue;
        out += fmt::format("\n{}:", name);
        std::size_t shown = 0;
        for (const auto& v : values) {
            if (shown++ == 8) {
                out += " …";
                break;
            }
            out += fmt::format(" {}{} ({})", v.selected ? "*" : "", v.value, v.count);
        }
    }
    if (!r.facets.empty()) out += "\n";
    return out;
}

}  // namespace assay
