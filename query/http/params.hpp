// Typed access to a request's query string. Every getter either returns a valid value or
// throws a 400 that names the parameter: no silent fallback to a default on a parse error.
// A parameter that no handler asked for is an error too (check_all_used), so a typo such as
// `limt=5` is reported instead of ignored. Names and values must be valid UTF-8 without
// control characters.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace assay::http {

inline constexpr std::size_t kMaxParams = 64;
inline constexpr std::size_t kMaxParamBytes = 4096;

// Decodes %XX and '+'; nullopt for a malformed escape.
std::optional<std::string> percent_decode(std::string_view s, bool plus_is_space);

class Params {
public:
    explicit Params(std::string_view query_string);  // throws ApiError 400

    std::optional<std::string> text(const std::string& name, std::size_t max_bytes = kMaxParamBytes);
    std::vector<std::string> all(const std::string& name, std::size_t max_values = 16);
    std::size_t number(const std::string& name, std::size_t fallback, std::size_t min, std::size_t max);
    bool flag(const std::string& name, bool fallback);
    void check_all_used() const;  // throws ApiError 400 naming the first unknown parameter

private:
    std::vector<std::pair<std::string, std::string>> items_;
    std::set<std::string> used_;
};

}  // namespace assay::http
