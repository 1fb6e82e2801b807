#include "query/filters.hpp"

#include <algorithm>
#include <charconv>

#include "schema/frameworks.hpp"
#include "schema/gazetteer.hpp"
#include "schema/grades.hpp"
#include "schema/report.hpp"

namespace assay {
namespace {

std::string join(const std::vector<std::string>& v, std::size_t max = 40) {
    std::string out;
    for (std::size_t i = 0; i < v.size() && i < max; ++i) out += (i ? ", " : "") + v[i];
    if (v.size() > max) out += ", ... (" + std::to_string(v.size()) + " in all)";
    return out;
}

std::string normalised_key(std::string_view s) {
    std::string out;
    for (char c : s) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out.push_back(static_cast<char>(std::tolower(u)));
        else if (!out.empty() && out.back() != '_')
            out.push_back('_');
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

std::string prefixed(FieldId id, std::string_view v) { return std::string(field(id).prefix) + std::string(v); }

ResolvedFilter from_terms(FieldId id, std::vector<std::string> terms) {
    std::vector<Xapian::Query> qs;
    for (const auto& t : terms) qs.emplace_back(t);
    Xapian::Query q =
        qs.empty() ? Xapian::Query::MatchNothing : Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end());
    return {id, std::move(terms), q};
}

bool parse_int(std::string_view s, int& out) {
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && r.ec == std::errc{} && r.ptr == s.data() + s.size();
}

int parse_year(const std::string& s, std::size_t column) {
    int y = 0;
    if (!parse_int(s, y) || y < 1900 || y > 2100)
        throw QueryError("year: expects a year such as 2015 or a range such as 2012..2014, not '" + s + "'", column);
    return y;
}

// "2015", "2015-10" or "2015-10-01" -> yyyymmdd; `end` picks the last day of a year or month.
int parse_date_bound(const std::string& s, bool end, std::size_t column) {
    int y = 0, m = end ? 12 : 1, d = end ? 31 : 1;
    bool ok = s.size() >= 4 && parse_int(std::string_view(s).substr(0, 4), y);
    if (ok && s.size() >= 7) ok = s[4] == '-' && parse_int(std::string_view(s).substr(5, 2), m) && m >= 1 && m <= 12;
    if (ok && s.size() == 10) ok = s[7] == '-' && parse_int(std::string_view(s).substr(8, 2), d) && d >= 1 && d <= 31;
    ok = ok && (s.size() == 4 || s.size() == 7 || s.size() == 10);
    if (!ok) throw QueryError("date: expects YYYY-MM-DD (or YYYY, YYYY-MM), not '" + s + "'", column);
    return y * 10000 + m * 100 + d;
}

ResolvedFilter year_filter(const QueryNode& n, const Xapian::Database& db) {
    if (!n.range)
        return from_terms(FieldId::year, {prefixed(FieldId::year, std::to_string(parse_year(n.text, n.column)))});
    int lo = n.lo.empty() ? 0 : parse_year(n.lo, n.column);
    int hi = n.hi.empty() ? 9999 : parse_year(n.hi, n.column);
    if (lo > hi) throw QueryError("year: range " + n.lo + ".." + n.hi + " is backwards", n.column);
    std::vector<std::string> terms;
    std::string prefix(field(FieldId::year).prefix);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
        int y = 0;
        if (parse_int(std::string_view(*t).substr(prefix.size()), y) && y >= lo && y <= hi) terms.push_back(*t);
    }
    return from_terms(FieldId::year, std::move(terms));
}

ResolvedFilter date_filter(const QueryNode& n) {
    const auto slot = field(FieldId::date).slot;
    auto value = [](int ymd) { return Xapian::sortable_serialise(ymd); };
    Xapian::Query q;
    if (!n.range) {
        int lo = parse_date_bound(n.text, false, n.column), hi = parse_date_bound(n.text, true, n.column);
        q = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, value(lo), value(hi));
    } else if (n.lo.empty()) {
        q = Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, value(parse_date_bound(n.hi, true, n.column)));
    } else if (n.hi.empty()) {
        q = Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, value(parse_date_bound(n.lo, false, n.column)));
    } else {
        q = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, value(parse_date_bound(n.lo, false, n.column)),
                          value(parse_date_bound(n.hi, true, n.column)));
    }
    return {FieldId::date, {}, q};
}

ResolvedFilter authority_filter(const QueryNode& n) {
    const auto& gaz = Gazetteer::instance();
    if (const AuthorityInfo* a = gaz.lookup(n.text))
        return from_terms(FieldId::authority, {prefixed(FieldId::authority, a->ons_code)});
    std::string key = gazetteer_key(n.text);
    std::vector<std::string> near;
    for (const auto& a : gaz.all())
        if (!key.empty() &&
            gazetteer_key(a.name).find(key.substr(0, std::min<std::size_t>(key.size(), 4))) != std::string::npos)
            near.push_back(a.name);
    std::string hint = near.empty()
                           ? "names such as Brent, \"Royal Borough of Greenwich\" or ONS codes such as E09000011"
                           : "did you mean " + join(near, 8) + "?";
    throw QueryError("authority: no English local authority is called '" + n.text + "'; " + hint, n.column);
}

template <typename Names>
std::vector<std::string> as_strings(const Names& names) {
    std::vector<std::string> out;
    for (const auto& n : names) out.emplace_back(n);
    return out;
}

}  // namespace

ResolvedFilter resolve_filter(const QueryNode& n, const Xapian::Database& db) {
    auto id = field_by_name(n.field);
    if (!id) {
        std::vector<std::string> names;
        for (const auto& f : kFields)
            if (field_by_name(f.name)) names.emplace_back(f.name);
        throw QueryError("unknown field '" + n.field + ":'; fields are " + join(names), n.column);
    }
    if (n.range && *id != FieldId::year && *id != FieldId::date)
        throw QueryError(n.field + ": takes one value, not a range", n.column);
    switch (*id) {
        case FieldId::year: return year_filter(n, db);
        case FieldId::date: return date_filter(n);
        case FieldId::authority: return authority_filter(n);
        case FieldId::grade: {
            if (auto key = grade_key_from_user(n.text)) return from_terms(*id, {prefixed(*id, *key)});
            std::vector<std::string> keys;
            for (const auto& g : grade_keys()) keys.emplace_back(g.key);
            throw QueryError("grade: unknown grade '" + n.text + "'; grades are " + join(keys), n.column);
        }
        case FieldId::section: {
            std::string key = normalised_key(n.text);
            if (section_kind_from_string(key)) return from_terms(*id, {prefixed(*id, key)});
            throw QueryError("section: unknown section kind '" + n.text + "'; kinds are " +
                                 join(as_strings(all_section_kind_names())),
                             n.column);
        }
        case FieldId::type: {
            std::string key = normalised_key(n.text);
            if (doc_type_from_string(key)) return from_terms(*id, {prefixed(*id, key)});
            throw QueryError(
                "type: unknown document type '" + n.text + "'; types are " + join(as_strings(all_doc_type_names())),
                n.column);
        }
        case FieldId::framework: {
            std::string key = normalised_key(n.text);
            if (framework_by_key(key)) return from_terms(*id, {prefixed(*id, key)});
            std::vector<std::string> keys;
            for (const auto& f : frameworks()) keys.emplace_back(f.key);
            throw QueryError("framework: unknown framework '" + n.text + "'; frameworks are " + join(keys), n.column);
        }
        default: break;
    }
    throw QueryError("field '" + n.field + "' cannot be filtered on", n.column);
}

std::string facet_display_value(FieldId id, std::string_view value) {
    if (id == FieldId::authority) {
        if (const AuthorityInfo* a = Gazetteer::instance().lookup(value)) return a->name;
    }
    return std::string(value);
}

}  // namespace assay
