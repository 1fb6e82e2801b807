// html_to_text: enough HTML handling for saved web pages and converter output. Block-level
// tags become line breaks (so the parser still sees paragraphs), script/style/head content is
// dropped, and the common entities are decoded.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "indexer/source.hpp"

namespace assay {
namespace {

bool iequals_prefix(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

std::string tag_name(std::string_view tag) {
    std::size_t i = (tag.size() > 1 && tag[1] == '/') ? 2 : 1;
    std::string name;
    while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i])))
        name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i++]))));
    return name;
}

bool is_block(const std::string& name) {
    static constexpr std::array<std::string_view, 20> kBlocks{
        "p",  "br", "div", "li", "ul",      "ol",      "tr",         "table",  "h1",     "h2",
        "h3", "h4", "h5",  "h6", "section", "article", "blockquote", "header", "footer", "hr"};
    for (auto b : kBlocks)
        if (name == b) return true;
    return false;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80)
        out.push_back(static_cast<char>(cp));
    else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Decodes the entity starting at s[0] == '&'; returns the bytes consumed (0 = not an entity).
std::size_t decode_entity(std::string_view s, std::string& out) {
    auto semi = s.find(';');
    if (semi == std::string_view::npos || semi > 10) return 0;
    std::string_view name = s.substr(1, semi - 1);
    if (!name.empty() && name[0] == '#') {
        std::uint32_t cp = 0;
        bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        for (char c : name.substr(hex ? 2 : 1)) {
            int d = std::isdigit(static_cast<unsigned char>(c))             ? c - '0'
                    : (hex && std::isxdigit(static_cast<unsigned char>(c))) ? (std::tolower(c) - 'a' + 10)
                                                                            : -1;
            if (d < 0) return 0;
            cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
            if (cp > 0x10FFFF) return 0;
        }
        append_utf8(out, cp);
        return semi + 1;
    }
    static constexpr std::array<std::pair<std::string_view, std::uint32_t>, 12> kNamed{{{"amp", '&'},
                                                                                        {"lt", '<'},
                                                                                        {"gt", '>'},
                                                                                        {"quot", '"'},
                                                                                        {"apos", '\''},
                                                                                        {"nbsp", 0xA0},
                                                                                        {"rsquo", 0x2019},
                                                                                        {"lsquo", 0x2018},
                                                                                        {"ldquo", 0x201C},
                                                                                        {"rdquo", 0x201D},
                                                                                        {"ndash", 0x2013},
                                                                                        {"mdash", 0x2014}}};
    for (auto [n, cp] : kNamed)
        if (name == n) {
            append_utf8(out, cp);
            return semi + 1;
        }
    return 0;
}

}  // namespace

std::string html_to_text(std::string_view html) {
    std::string out;
    out.reserve(html.size());
    std::size_t i = 0;
    while (i < html.size()) {
        char c = html[i];
        if (c == '<') {
            if (html.compare(i, 4, "<!--") == 0) {
                auto end = html.find("-->", i + 4);
                i = end == std::string_view::npos ? html.size() : end + 3;
                continue;
            }
            auto end = html.find('>', i);
            if (end == std::string_view::npos) {
                out.append(html.substr(i));
                break;
            }
            std::string name = tag_name(html.substr(i, end - i + 1));
            if ((name == "script" || name == "style" || name == "head") && html[i + 1] != '/') {
                std::string close = "</" + name;
                std::size_t at = end;
                while (at < html.size() && !iequals_prefix(html.substr(at), close)) ++at;
                auto close_end = html.find('>', at);
                i = close_end == std::string_view::npos ? html.size() : close_end + 1;
                continue;
            }
            if (is_block(name))
                out.append("\n\n");
            else if (name == "td" || name == "th")
                out.push_back('\t');
            i = end + 1;
        } else if (c == '&') {
            std::size_t used = decode_entity(html.substr(i), out);
            if (used == 0) {
                out.push_back('&');
                ++i;
            } else
                i += used;
        } else {
            out.push_back(c);
            ++i;
        }
    }
    return out;
}

}  // namespace assay
