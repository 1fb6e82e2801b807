#include "query/resolve.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "schema/fields.hpp"
#include "schema/thesaurus.hpp"

namespace assay {
namespace {

using Q = Xapian::Query;
using Kind = QueryNode::Kind;
using Mod = QueryNode::Modifier;

// One unit of meaning in the query: a term, a hyphenated compound or a thesaurus group.
struct Unit {
    Q query;
    bool stop = false;
    // A single positioned term (a word or a thesaurus group term) that can sit in a phrase,
    // and how many words the longest form it stands for spans.
    std::string positional;  // empty when the unit is not one term
    unsigned span = 1;
};

class Resolver {
public:
    Resolver(const Xapian::Database& db, bool group_terms, const Analyzer& a, const RankingParams& p,
             ResolvedQuery& out)
        : db_(db), an_(a), params_(p), out_(out), group_terms_(group_terms) {}

    // Top level: a group or AND chain may carry facet filters.
    Q top(const QueryNode& n) {
        if (n.kind == Kind::filter && n.modifier == Mod::none) {
            take_filter(n);
            return Q();
        }
        if (n.kind == Kind::group || n.kind == Kind::conj) {
            std::vector<const QueryNode*> rest;
            for (const auto& c : n.children) {
                if (c->kind == Kind::filter && c->modifier != Mod::excluded)
                    take_filter(*c);
                else
                    rest.push_back(c.get());
            }
            return n.kind == Kind::group ? group(rest) : conj(rest);
        }
        return node(n);
    }

private:
    void take_filter(const QueryNode& n) {
        ResolvedFilter f = resolve_filter(n, db_);
        if (f.field == FieldId::date) {
            out_.other_filters.push_back(f.query);
            return;
        }
        for (auto& existing : out_.facet_filters)
            if (existing.field == f.field) {  // same field twice: either value (like facets)
                existing.terms.insert(existing.terms.end(), f.terms.begin(), f.terms.end());
                existing.query = Q(Q::OP_OR, existing.query, f.query);
                return;
            }
        out_.facet_filters.push_back(std::move(f));
    }

    Q node(const QueryNode& n) {
        switch (n.kind) {
            case Kind::word: {
                auto units = word_units(n.text);
                return units_or(units, true);
            }
            case Kind::phrase: return phrase(n.text, n.column);
            case Kind::near: return near(n);
            case Kind::group: {
                std::vector<const QueryNode*> kids;
                for (const auto& c : n.children) kids.push_back(c.get());
                return group(kids);
            }
            case Kind::conj: {
                std::vector<const QueryNode*> kids;
                for (const auto& c : n.children) kids.push_back(c.get());
                return conj(kids);
            }
            case Kind::disj: {
                std::vector<Q> qs;
                for (const auto& c : n.children) {
                    Q q = node(*c);
                    if (!q.empty()) qs.push_back(q);
                }
                return qs.empty() ? Q() : Q(Q::OP_OR, qs.begin(), qs.end());
            }
            case Kind::negation: {
                Q inner = node(*n.children[0]);
                return inner.empty() ? Q() : Q(Q::OP_AND_NOT, Q::MatchAll, inner);
            }
            case Kind::filter: return Q(Q::OP_SCALE_WEIGHT, resolve_filter(n, db_).query, 0.0);
        }
        return Q();
    }

    // Words of a clause through the analyzer; hyphenated runs become compound units.
    std::vector<Unit> word_units(const std::string& text) {
        auto tokens = an_.tokenize(text);
        std::vector<std::string> words;
        for (const auto& t : tokens)
            if (!t.compound) words.push_back(t.word);
        out_.words.insert(out_.words.end(), words.begin(), words.end());
        std::vector<Unit> units;
        const auto& thesaurus = Thesaurus::instance();
        std::size_t ti = 0;  // index into tokens (compounds included)
        std::size_t wi = 0;  // index into words
        while (ti < tokens.size()) {
            // The thesaurus first, so "multi-agency safeguarding hub" meets MASH.
            if (tokens[ti].compound) {
                auto m = thesaurus.longest_match(words, wi);
                if (m.group && m.length > 1) {
                    units.push_back(synonym_unit(*m.group));
                    for (std::size_t used = 0; used < m.length && ti < tokens.size(); ++ti)
                        used += !tokens[ti].compound;
                    wi += m.length;
                    continue;
                }
            }
            if (tokens[ti].compound) {
                // multi-agency: the phrase of its parts or the joined word.
                std::vector<std::string> parts;
                std::size_t j = ti + 1;
                while (j < tokens.size() && !tokens[j].compound) {
                    parts.push_back(tokens[j].word);
                    bool more = tokens[j].hyphen_next;
                    ++j;
                    if (!more) break;
                }
                units.push_back(compound_unit(tokens[ti].word, parts));
                wi += parts.size();
                ti = j;
                continue;
            }
            auto m = thesaurus.longest_match(words, wi);
            if (m.group && m.length > 0) {
                units.push_back(synonym_unit(*m.group));
                for (std::size_t used = 0; used < m.length && ti < tokens.size(); ++ti) used += !tokens[ti].compound;
                wi += m.length;
                continue;
            }
            units.push_back(term_unit(tokens[ti].word));
            ++ti, ++wi;
        }
        return units;
    }

    Unit term_unit(const std::string& word) {
        std::string t = an_.term(word);
        bool stop = is_stopword(word);
        if (!stop) out_.highlight_terms.insert(t);
        return {Q(t), stop, t, 1};
    }

    // Stop words are not indexed, so a phrase steps over them: its other words in order,
    // within the span the typed words cover ("quality of practice" finds quality, then
    // practice, at most two positions on).
    Q phrase_of(const std::vector<std::string>& words) {
        std::vector<Q> qs;
        std::size_t first = words.size(), last = 0;
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (is_stopword(words[i])) continue;
            std::string t = an_.term(words[i]);
            out_.highlight_terms.insert(t);
            qs.emplace_back(t, 1, static_cast<Xapian::termpos>(i + 1));
            first = std::min(first, i);
            last = i;
        }
        if (qs.empty()) return Q(an_.term(words.front()));  // only stop words: a term no paragraph holds
        if (qs.size() == 1) return qs[0];
        return Q(Q::OP_PHRASE, qs.begin(), qs.end(), static_cast<Xapian::termcount>(last - first + 1));
    }

    Unit compound_unit(const std::string& joined, const std::vector<std::string>& parts) {
        std::string t = an_.term(joined);
        out_.highlight_terms.insert(t);
        std::vector<Q> alts{Q(t), phrase_of(parts)};
        return Unit{Q(Q::OP_SYNONYM, alts.begin(), alts.end()), false, {}, 1};
    }

    // A thesaurus group: its group term when the index has them (written with this very
    // thesaurus), else the synonym of every form's phrase. Either way each form's words are
    // highlighted.
    Unit synonym_unit(const SynonymGroup& g) {
        std::vector<Q> alts;
        Unit u;
        std::set<std::vector<std::string>> seen;  // plural forms may stem to the same terms
        for (const auto& form : g.forms) {
            std::vector<std::string> stems;
            for (const auto& w : form) stems.push_back(an_.term(w));
            if (!seen.insert(stems).second) continue;
            alts.push_back(phrase_of(form));
        }
        u.query = group_terms_ ? Q(Q::OP_SCALE_WEIGHT, Q(Thesaurus::group_term(g)), params_.synonym_weight)
                               : Q(Q::OP_SYNONYM, alts.begin(), alts.end());
        if (group_terms_) {
            u.positional = Thesaurus::group_term(g);
            for (const auto& form : g.forms) u.span = std::max<unsigned>(u.span, static_cast<unsigned>(form.size()));
        }
        return u;
    }

    // Optional words: OR of the units, boosted when they sit close together and when all appear.
    Q units_or(std::vector<Unit>& units, bool optional) {
        bool all_stop = std::all_of(units.begin(), units.end(), [](const Unit& u) { return u.stop; });
        std::vector<Q> qs, content;
        for (auto& u : units) {
            if (u.stop && !all_stop) continue;
            qs.push_back(u.query);
            auto& opening = out_.opening_terms;
            if (!u.positional.empty() && std::find(opening.begin(), opening.end(), u.positional) == opening.end())
                opening.push_back(u.positional);
        }
        if (qs.empty()) return Q();
        if (qs.size() == 1) return qs[0];
        Q base(optional ? Q::OP_OR : Q::OP_AND, qs.begin(), qs.end());
        if (!optional) return base;
        // Words typed side by side belong together ("children's homes", "modern slavery"): each
        // pair of neighbouring units found in that order, at most the typed distance apart
        // (plus slack), counts again. Stop words typed between them widen the window.
        std::vector<Q> boosts;
        const Unit* prev = nullptr;
        unsigned gap = 0;
        for (const auto& u : units) {
            if (u.stop) {
                ++gap;
                continue;
            }
            if (prev && !prev->positional.empty() && !u.positional.empty()) {
                std::array<Q, 2> pair{Q(prev->positional), Q(u.positional)};
                boosts.emplace_back(Q::OP_PHRASE, pair.begin(), pair.end(),
                                    prev->span + gap + 1 + params_.proximity_slack);
            }
            prev = &u;
            gap = 0;
        }
        Q result = base;
        if (params_.proximity_weight > 0 && !boosts.empty())
            result = Q(Q::OP_AND_MAYBE, result,
                       Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_OR, boosts.begin(), boosts.end()), params_.proximity_weight));
        if (params_.coverage_weight > 0)
            result = Q(Q::OP_AND_MAYBE, result,
                       Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_AND, qs.begin(), qs.end()), params_.coverage_weight));
        return result;
    }

    Q phrase(const std::string& text, std::size_t column) {
        auto tokens = an_.tokenize(text);
        std::vector<std::string> words;
        for (const auto& t : tokens)
            if (!t.compound) words.push_back(t.word);
        if (words.empty()) return Q();
        if (words.size() > kMaxPhraseWords)
            throw QueryError("a phrase has at most " + std::to_string(kMaxPhraseWords) + " words", column);
        out_.words.insert(out_.words.end(), words.begin(), words.end());
        auto m = Thesaurus::instance().longest_match(words, 0);
        if (m.group && m.length == words.size()) return synonym_unit(*m.group).query;
        return phrase_of(words);
    }

    // Xapian's NEAR takes single terms only, so each side must be one word (no thesaurus).
    Q near(const QueryNode& n) {
        std::vector<Q> qs;
        for (const auto& c : n.children) {
            std::vector<std::string> words;
            for (const auto& t : an_.tokenize(c->text))
                if (!t.compound) words.push_back(t.word);
            if (c->kind != Kind::word || words.size() != 1)
                throw QueryError("NEAR joins single words, not '" + c->text + "'", c->column);
            out_.words.push_back(words[0]);
            qs.push_back(term_unit(words[0]).query);
        }
        return Q(Q::OP_NEAR, qs.begin(), qs.end(), std::max<unsigned>(n.window, static_cast<unsigned>(qs.size())));
    }

    // Juxtaposed clauses: +required, -excluded, the rest optional and ranked.
    Q group(const std::vector<const QueryNode*>& kids) {
        std::vector<Q> required, excluded, optional;
        std::vector<Unit> loose;  // consecutive plain words, resolved together
        std::string pending;
        auto flush = [&] {
            if (pending.empty()) return;
            auto units = word_units(pending);
            loose.insert(loose.end(), units.begin(), units.end());
            pending.clear();
        };
        for (const QueryNode* c : kids) {
            if (c->kind == Kind::word && c->modifier == Mod::none) {
                pending += " " + c->text;
                continue;
            }
            flush();
            Q q = c->kind == Kind::negation ? node(*c->children[0]) : node(*c);
            if (q.empty()) continue;
            if (c->kind == Kind::negation || c->modifier == Mod::excluded)
                excluded.push_back(q);
            else if (c->modifier == Mod::required)
                required.push_back(q);
            else
                optional.push_back(q);
        }
        flush();
        Q words = units_or(loose, true);
        if (!words.empty()) optional.insert(optional.begin(), words);
        Q opt = optional.empty()       ? Q()
                : optional.size() == 1 ? optional[0]
                                       : Q(Q::OP_OR, optional.begin(), optional.end());
        Q result;
        if (!required.empty()) {
            Q req = required.size() == 1 ? required[0] : Q(Q::OP_AND, required.begin(), required.end());
            result = opt.empty() ? req : Q(Q::OP_AND_MAYBE, req, opt);
        } else {
            result = opt;
        }
        if (!excluded.empty()) {
            if (result.empty()) result = Q::MatchAll;
            result = Q(Q::OP_AND_NOT, result, Q(Q::OP_OR, excluded.begin(), excluded.end()));
        }
        return result;
    }

    Q conj(const std::vector<const QueryNode*>& kids) {
        std::vector<Q> pos, neg;
        for (const QueryNode* c : kids) {
            bool negated = c->kind == Kind::negation || c->modifier == Mod::excluded;
            Q q = c->kind == Kind::negation ? node(*c->children[0]) : node(*c);
            if (q.empty()) continue;
            (negated ? neg : pos).push_back(q);
        }
        Q result = pos.empty() ? Q() : Q(Q::OP_AND, pos.begin(), pos.end());
        if (!neg.empty()) {
            if (result.empty()) result = Q::MatchAll;
            result = Q(Q::OP_AND_NOT, result, Q(Q::OP_OR, neg.begin(), neg.end()));
        }
        return result;
    }

    const Xapian::Database& db_;
    const Analyzer& an_;
    const RankingParams& params_;
    ResolvedQuery& out_;
    bool group_terms_;
};

}  // namespace

ResolvedQuery resolve(const QueryNode* root, const Xapian::Database& db, bool group_terms, const Analyzer& analyzer,
                      const RankingParams& params) {
    ResolvedQuery out;
    if (root) out.text = Resolver(db, group_terms, analyzer, params, out).top(*root);
    out.has_text = !out.text.empty();
    if (out.text.empty()) out.text = Xapian::Query::MatchAll;
    return out;
}

}  // namespace assay
