#include "query/http/params.hpp"

#include <charconv>

#include "query/http/errors.hpp"
#include "schema/utf8.hpp"

namespace assay::http {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Control characters never belong in a search parameter, and CR/LF/NUL could reach a header.
bool has_control(std::string_view s) {
    for (unsigned char c : s)
        if (c < 0x20 && c != '\t') return true;
    return false;
}

}  // namespace

std::optional<std::string> percent_decode(std::string_view s, bool plus_is_space) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '+' && plus_is_space)
            out.push_back(' ');
        else if (c != '%')
            out.push_back(c);
        else {
            if (i + 2 >= s.size()) return std::nullopt;
            int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
            if (hi < 0 || lo < 0) return std::nullopt;
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        }
    }
    return out;
}

Params::Params(std::string_view qs) {
    while (!qs.empty()) {
        auto amp = qs.find('&');
        std::string_view item = qs.substr(0, amp);
        qs = amp == std::string_view::npos ? std::string_view{} : qs.substr(amp + 1);
        if (item.empty()) continue;
        if (items_.size() == kMaxParams) throw ApiError(400, "bad_request", "too many parameters");
        auto eq = item.find('=');
        auto name = percent_decode(item.substr(0, eq), true);
        auto value = percent_decode(eq == std::string_view::npos ? "" : item.substr(eq + 1), true);
        if (!name || !value) throw ApiError(400, "bad_request", "malformed percent-escape in the query string");
        if (has_control(*name)) throw ApiError(400, "bad_request", "control character in a parameter name");
        if (has_control(*value)) throw bad_parameter(*name, "contains a control character");
        // One policy for bytes that are not UTF-8 (RELIABILITY R34): refused, never guessed at.
        if (!is_valid_utf8(*name)) throw ApiError(400, "bad_request", "a parameter name is not valid UTF-8");
        if (!is_valid_utf8(*value)) throw bad_parameter(*name, "is not valid UTF-8");
        items_.emplace_back(std::move(*name), std::move(*value));
    }
}

std::optional<std::string> Params::text(const std::string& name, std::size_t max_bytes) {
    auto values = all(name, 1);
    if (values.empty()) return std::nullopt;
    if (values[0].size() > max_bytes)
        throw bad_parameter(name, "is longer than " + std::to_string(max_bytes) + " bytes");
    return values[0];
}

std::vector<std::string> Params::all(const std::string& name, std::size_t max_values) {
    used_.insert(name);
    std::vector<std::string> out;
    for (const auto& [n, v] : items_)
        if (n == name) out.push_back(v);
    if (out.size() > max_values)
        throw bad_parameter(name, max_values == 1 ? "is given more than once"
                                                  : "is given more than " + std::to_string(max_values) + " times");
    for (const auto& v : out)
        if (v.size() > kMaxParamBytes)
            throw bad_parameter(name, "is longer than " + std::to_string(kMaxParamBytes) + " bytes");
    return out;
}

std::size_t Params::number(const std::string& name, std::size_t fallback, std::size_t min, std::size_t max) {
    auto v = text(name, 20);
    if (!v) return fallback;
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (v->empty() || ec != std::errc() || end != v->data() + v->size())
        throw bad_parameter(name, "must be a whole number");
    if (n < min || n > max)
        throw bad_parameter(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return n;
}

bool Params::flag(const std::string& name, bool fallback) {
    auto v = text(name, 8);
    if (!v) return fallback;
    if (*v == "1" || *v == "true") return true;
    if (*v == "0" || *v == "false") return false;
    throw bad_parameter(name, "must be 1 or 0");
}

void Params::check_all_used() const {
    for (const auto& [n, v] : items_)
        if (!used_.count(n)) throw ApiError(400, "bad_parameter", "unknown parameter '" + n + "'", n);
}

}  // namespace assay::http
