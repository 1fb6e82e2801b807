#include "query/query_ast.hpp"

#include <cctype>

#include "schema/fields.hpp"
#include "schema/utf8.hpp"

namespace assay {
namespace {

struct Tok {
    enum Type { word, phrase, lparen, rparen, op_and, op_or, op_not, op_near, plus, minus, field, end } type;
    std::string text;
    std::size_t column;
    unsigned window = 0;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool ends_word(char c) { return is_space(c) || c == '(' || c == ')' || c == '"'; }

bool field_name(std::string_view w) {
    if (w.empty() || w.size() > 20) return false;
    for (char c : w)
        if (!std::isalpha(static_cast<unsigned char>(c)) && c != '_') return false;
    return true;
}

std::vector<Tok> lex(std::string_view q) {
    std::vector<Tok> out;
    std::size_t i = 0;
    while (i < q.size()) {
        char c = q[i];
        std::size_t col = i + 1;
        if (is_space(c)) {
            ++i;
            continue;
        }
        if (c == '(') {
            out.push_back({Tok::lparen, "(", col});
            ++i;
            continue;
        }
        if (c == ')') {
            out.push_back({Tok::rparen, ")", col});
            ++i;
            continue;
        }
        if (c == '"' || c == '\xE2') {
            // Straight or curly double quotes open a phrase.
            std::size_t open_len = c == '"' ? 1 : (q.compare(i, 3, "\xE2\x80\x9C") == 0 ? 3 : 0);
            if (open_len) {
                std::size_t j = i + open_len;
                std::size_t close = std::string_view::npos, close_len = 0;
                for (std::size_t k = j; k < q.size(); ++k) {
                    if (q[k] == '"') {
                        close = k;
                        close_len = 1;
                        break;
                    }
                    if (q.compare(k, 3, "\xE2\x80\x9D") == 0) {
                        close = k;
                        close_len = 3;
                        break;
                    }
                }
                if (close == std::string_view::npos) throw QueryError("unclosed quote", col);
                out.push_back({Tok::phrase, std::string(q.substr(j, close - j)), col});
                i = close + close_len;
                continue;
            }
        }
        if ((c == '-' || c == '+') && i + 1 < q.size() && !ends_word(q[i + 1]) &&
            (out.empty() || i == 0 || is_space(q[i - 1]) || q[i - 1] == '(')) {
            out.push_back({c == '-' ? Tok::minus : Tok::plus, std::string(1, c), col});
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < q.size() && !ends_word(q[j])) {
            if (q[j] == ':' && field_name(q.substr(i, j - i)) && j + 1 < q.size() && !is_space(q[j + 1])) break;
            ++j;
        }
        std::string w(q.substr(i, j - i));
        if (j < q.size() && q[j] == ':' && field_name(w) && j > i) {
            out.push_back({Tok::field, w, col});
            i = j + 1;
            continue;
        }
        i = j;
        if (w.size() > 1 && w.back() == ':' && field_by_name(std::string_view(w).substr(0, w.size() - 1)))
            throw QueryError(w + " needs a value", col);
        if (w == "AND")
            out.push_back({Tok::op_and, w, col});
        else if (w == "OR")
            out.push_back({Tok::op_or, w, col});
        else if (w == "NOT")
            out.push_back({Tok::op_not, w, col});
        else if (w == "NEAR" || w.rfind("NEAR/", 0) == 0) {
            unsigned n = 10;
            if (w.size() > 5) {
                n = 0;
                for (char d : w.substr(5)) {
                    if (!std::isdigit(static_cast<unsigned char>(d)) || n > 1000)
                        throw QueryError("NEAR/N needs a number from 1 to 1000", col);
                    n = n * 10 + static_cast<unsigned>(d - '0');
                }
                if (n == 0 || n > 1000) throw QueryError("NEAR/N needs a number from 1 to 1000", col);
            }
            out.push_back({Tok::op_near, w, col, n});
        } else {
            out.push_back({Tok::word, w, col});
        }
    }
    out.push_back({Tok::end, "", q.size() + 1});
    return out;
}

using Node = QueryNode;
using Kind = QueryNode::Kind;

std::unique_ptr<Node> make(Kind k, std::size_t col, std::string text = {}) {
    auto n = std::make_unique<Node>();
    n->kind = k;
    n->column = col;
    n->text = std::move(text);
    return n;
}

class Parser {
public:
    explicit Parser(std::vector<Tok> toks) : toks_(std::move(toks)) {}

    QueryAst parse() {
        if (peek().type == Tok::end) return nullptr;
        auto n = or_expr(0);
        if (peek().type == Tok::rparen) throw QueryError("unmatched ')'", peek().column);
        if (peek().type != Tok::end) throw QueryError("unexpected '" + peek().text + "'", peek().column);
        return n;
    }

private:
    const Tok& peek() const { return toks_[at_]; }
    Tok next() { return toks_[at_++]; }
    void count_clause(std::size_t col) {
        if (++clauses_ > kMaxQueryClauses)
            throw QueryError("query has more than " + std::to_string(kMaxQueryClauses) + " clauses", col);
    }

    void check_depth(std::size_t depth) const {
        if (depth > kMaxQueryDepth)
            throw QueryError("query nested too deeply: more than " + std::to_string(kMaxQueryDepth) + " levels",
                             peek().column);
    }

    std::unique_ptr<Node> or_expr(std::size_t depth) {
        check_depth(depth);
        auto left = and_expr(depth);
        if (peek().type != Tok::op_or) return left;
        auto n = make(Kind::disj, left->column);
        n->children.push_back(std::move(left));
        while (peek().type == Tok::op_or) {
            auto op = next();
            if (!starts_operand()) throw QueryError("OR needs something after it", op.column);
            n->children.push_back(and_expr(depth));
        }
        return n;
    }

    std::unique_ptr<Node> and_expr(std::size_t depth) {
        auto left = group(depth);
        if (peek().type != Tok::op_and) return left;
        auto n = make(Kind::conj, left->column);
        n->children.push_back(std::move(left));
        while (peek().type == Tok::op_and) {
            auto op = next();
            if (!starts_operand()) throw QueryError("AND needs something after it", op.column);
            n->children.push_back(group(depth));
        }
        return n;
    }

    bool starts_operand() const {
        switch (peek().type) {
            case Tok::word:
            case Tok::phrase:
            case Tok::lparen:
            case Tok::op_not:
            case Tok::plus:
            case Tok::minus:
            case Tok::field: return true;
            default: return false;
        }
    }

    std::unique_ptr<Node> group(std::size_t depth) {
        if (!starts_operand()) {
            const Tok& t = peek();
            if (t.type == Tok::end) throw QueryError("query ends where a word was expected", t.column);
            throw QueryError("'" + t.text + "' cannot start a clause", t.column);
        }
        auto g = make(Kind::group, peek().column);
        while (starts_operand()) g->children.push_back(unary(depth));
        if (g->children.size() == 1 && g->children[0]->modifier == Node::Modifier::none)
            return std::move(g->children[0]);
        return g;
    }

    std::unique_ptr<Node> unary(std::size_t depth) {
        Tok t = peek();
        if (t.type == Tok::op_not) {
            check_depth(depth);  // NOT NOT NOT ... nests as deeply as parentheses do
            next();
            if (!starts_operand()) throw QueryError("NOT needs something after it", t.column);
            auto n = make(Kind::negation, t.column);
            n->children.push_back(unary(depth + 1));
            return n;
        }
        if (t.type == Tok::minus || t.type == Tok::plus) {
            next();
            auto n = primary(depth);
            n->modifier = t.type == Tok::minus ? Node::Modifier::excluded : Node::Modifier::required;
            return n;
        }
        return primary(depth);
    }

    std::unique_ptr<Node> primary(std::size_t depth) {
        Tok t = next();
        count_clause(t.column);
        switch (t.type) {
            case Tok::lparen: {
                if (peek().type == Tok::rparen) throw QueryError("empty parentheses", t.column);
                auto n = or_expr(depth + 1);
                if (peek().type != Tok::rparen) throw QueryError("'(' is never closed", t.column);
                next();
                return n;
            }
            case Tok::phrase: return make(Kind::phrase, t.column, t.text);
            case Tok::field: return filter(t);
            case Tok::word: return near_chain(make(Kind::word, t.column, t.text));
            default: throw QueryError("unexpected '" + t.text + "'", t.column);
        }
    }

    std::unique_ptr<Node> near_chain(std::unique_ptr<Node> first) {
        if (peek().type != Tok::op_near) return first;
        auto n = make(Kind::near, first->column);
        n->window = peek().window;
        n->children.push_back(std::move(first));
        while (peek().type == Tok::op_near) {
            Tok op = next();
            n->window = std::max(n->window, op.window);
            if (peek().type != Tok::word && peek().type != Tok::phrase)
                throw QueryError("NEAR joins words or phrases", op.column);
            Tok w = next();
            count_clause(w.column);
            if (n->children.size() == kMaxNearWords)
                throw QueryError("NEAR joins at most " + std::to_string(kMaxNearWords) + " words", w.column);
            n->children.push_back(make(w.type == Tok::word ? Kind::word : Kind::phrase, w.column, w.text));
        }
        return n;
    }

    std::unique_ptr<Node> filter(const Tok& field) {
        Tok v = next();
        if (v.type != Tok::word && v.type != Tok::phrase)
            throw QueryError(field.text + ": needs a value", field.column);
        auto n = make(Kind::filter, field.column, v.text);
        n->field = field.text;
        for (auto& c : n->field) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (auto dots = v.text.find(".."); v.type == Tok::word && dots != std::string::npos) {
            n->range = true;
            n->lo = v.text.substr(0, dots);
            n->hi = v.text.substr(dots + 2);
            if (n->lo.empty() && n->hi.empty()) throw QueryError("a range needs at least one end", v.column);
        }
        return n;
    }

    std::vector<Tok> toks_;
    std::size_t at_ = 0, clauses_ = 0;
};

}  // namespace

QueryAst parse_query(std::string_view text) {
    if (text.size() > kMaxQueryBytes)
        throw QueryError("query is longer than " + std::to_string(kMaxQueryBytes) + " bytes", kMaxQueryBytes);
    std::string clean = sanitize_utf8(text);
    return Parser(lex(clean)).parse();
}

std::string describe(const QueryNode& n) {
    std::string mod = n.modifier == QueryNode::Modifier::required   ? "+"
                      : n.modifier == QueryNode::Modifier::excluded ? "-"
                                                                    : "";
    auto kids = [&](const char* name) {
        std::string s = mod + "(" + name;
        for (const auto& c : n.children) s += " " + describe(*c);
        return s + ")";
    };
    switch (n.kind) {
        case Kind::word: return mod + n.text;
        case Kind::phrase: return mod + "\"" + n.text + "\"";
        case Kind::near: return kids(("NEAR/" + std::to_string(n.window)).c_str());
        case Kind::group: return kids("GROUP");
        case Kind::conj: return kids("AND");
        case Kind::disj: return kids("OR");
        case Kind::negation: return kids("NOT");
        case Kind::filter: return mod + n.field + ":" + (n.range ? n.lo + ".." + n.hi : "\"" + n.text + "\"");
    }
    return {};
}

}  // namespace assay
