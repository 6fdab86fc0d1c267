// parser_string.cpp - number and string literals: escape decoding, implicit concatenation,
// and f-strings (as CPython 3.11's Parser/string_parser.c: the literal parts are scanned here
// and each `{expression}` is parsed by a sub-parser over a "(expression)" copy).
#include "lang/parser_internal.h"

#include "lang/unicode_db.h"

#include <cstdlib>

namespace loopscope {

using ast::Expr;

Expr* Parser::number() {
    const Token& t = advance();
    auto* c = node<ast::Constant>(t);
    std::string text;
    text.reserve(t.text.size());
    for (char ch : t.text)
        if (ch != '_') text += ch;
    bool is_hex = text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    char last = text.empty() ? '0' : text.back();
    if (last == 'j' || last == 'J') {
        c->type = ast::ConstantType::Imaginary;
        text.pop_back();
        c->number = std::strtod(text.c_str(), nullptr);
    } else if (!is_hex && text.find_first_of(".eE") != std::string::npos) {
        c->type = ast::ConstantType::Float;
        c->number = std::strtod(text.c_str(), nullptr);
    } else {
        c->type = ast::ConstantType::Int;
    }
    c->text = std::move(text);
    return finish(c);
}

static void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The position CPython's errors give for s[at] in a literal whose text starts at s[base]: it
// decodes a copy where each non-ASCII character is written as a 10-byte \UXXXXXXXX escape.
static size_t escaped_pos(std::string_view s, size_t base, size_t at) {
    size_t n = 0;
    for (size_t k = base; k < at; ++k) {
        unsigned char b = static_cast<unsigned char>(s[k]);
        n += b < 0x80 ? 1 : b >= 0xC0 ? 10 : 0;
    }
    return n;
}

// \N{name} at s[i] == '\\', s[i + 1] == 'N' (as CPython's unicodeescape codec).
static size_t decode_named(std::string_view s, size_t i, size_t end, size_t base, std::string& out,
                           std::string& err) {
    const std::string codec =
        "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
    const size_t from = escaped_pos(s, base, i);
    size_t open = i + 2, close = open;
    if (open < end && s[open] == '{') {
        close = s.find('}', open + 1);
        if (close >= end) close = std::string_view::npos;
    }
    if (open >= end || s[open] != '{' || close == std::string_view::npos || close == open + 1) {
        size_t last = close != std::string_view::npos && open < end && s[open] == '{' ? close : end;
        err = codec + std::to_string(from) + "-" + std::to_string(escaped_pos(s, base, last) - 1) +
              ": malformed \\N character escape";
        return std::string_view::npos;
    }
    std::optional<uint32_t> cp =
        unicode::lookup(s.substr(open + 1, close - open - 1), false, nullptr);
    if (!cp) {
        err = codec + std::to_string(from) + "-" + std::to_string(escaped_pos(s, base, close)) +
              (unicode::available() ? ": unknown Unicode character name"
                                    : ": the Unicode character names have not been downloaded "
                                      "yet (they come after the page's first load)");
        return std::string_view::npos;
    }
    append_utf8(out, *cp);
    return close + 1;
}

// Decode one backslash escape at s[i] == '\\' (non-raw literal); appends to `out` and returns
// the index after it, or npos with `err` set. Positions in errors count from s[base], where
// the literal's text starts.
static size_t decode_escape(std::string_view s, size_t i, size_t end, size_t base, bool bytes,
                            std::string& out, std::string& err) {
    size_t j = i + 1;
    if (j >= end) {
        out += '\\';
        return j;
    }
    char c = s[j];
    switch (c) {
        case '\n': return j + 1;
        case '\r': return (j + 1 < end && s[j + 1] == '\n') ? j + 2 : j + 1;
        case '\\': out += '\\'; return j + 1;
        case '\'': out += '\''; return j + 1;
        case '"': out += '"'; return j + 1;
        case 'a': out += '\a'; return j + 1;
        case 'b': out += '\b'; return j + 1;
        case 'f': out += '\f'; return j + 1;
        case 'n': out += '\n'; return j + 1;
        case 'r': out += '\r'; return j + 1;
        case 't': out += '\t'; return j + 1;
        case 'v': out += '\v'; return j + 1;
        default: break;
    }
    if (c == 'N' && !bytes) return decode_named(s, i, end, base, out, err);
    if (c >= '0' && c <= '7') {
        uint32_t v = 0;
        size_t k = j;
        for (int n = 0; n < 3 && k < end && s[k] >= '0' && s[k] <= '7'; ++n, ++k)
            v = v * 8 + static_cast<uint32_t>(s[k] - '0');
        if (bytes)
            out += static_cast<char>(v & 0xFF);
        else
            append_utf8(out, v);
        return k;
    }
    int digits = c == 'x' ? 2 : (!bytes && c == 'u') ? 4 : (!bytes && c == 'U') ? 8 : 0;
    if (digits) {
        uint32_t v = 0;
        size_t k = j + 1;
        for (int n = 0; n < digits; ++n, ++k) {
            if (k >= end || hexval(s[k]) < 0) {
                const char* codec =
                    bytes ? "(value error) invalid \\x escape at position " : nullptr;
                if (codec) {
                    err = std::string(codec) + std::to_string(i - base);
                } else {
                    err = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                          std::to_string(escaped_pos(s, base, i)) + "-" +
                          std::to_string(escaped_pos(s, base, k - 1 < i ? i : k - 1)) +
                          ": truncated \\" + std::string(1, c) + std::string(digits, 'X') +
                          " escape";
                }
                return std::string_view::npos;
            }
            v = v * 16 + static_cast<uint32_t>(hexval(s[k]));
        }
        if (bytes)
            out += static_cast<char>(v & 0xFF);
        else if (v > 0x10FFFF) {
            err = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                  std::to_string(escaped_pos(s, base, i)) + "-" +
                  std::to_string(escaped_pos(s, base, k - 1)) + ": illegal Unicode character";
            return std::string_view::npos;
        } else
            append_utf8(out, v);
        return k;
    }
    // unknown escape (and \N in bytes): kept as written, as CPython does for unknown escapes
    // (with a DeprecationWarning)
    out += '\\';
    return j;
}

//-----------------------------------------------------------------------------
// [SECTION] f-strings
//-----------------------------------------------------------------------------

static void flush_literal(Parser& p, ast::ExprList& parts, std::string& lit,
                          const ast::Pos& whole) {
    if (lit.empty()) return;
    if (!parts.empty()) {
        auto* prev = parts.back()->as<ast::Constant>();
        if (prev) {
            prev->text += lit;
            lit.clear();
            return;
        }
    }
    auto* c = p.module_.make<ast::Constant>();
    static_cast<ast::Pos&>(*c) = whole;
    c->type = ast::ConstantType::Str;
    c->text = std::move(lit);
    lit.clear();
    parts.push_back(c);
}

size_t Parser::fstring_body(size_t i, size_t end, bool raw, int spec_level, ast::ExprList& parts,
                            std::string& lit, const ast::Pos& whole) {
    const size_t npos = std::string_view::npos;
    std::string_view s = source_;
    size_t segment = i; // where the literal text between replacement fields starts
    while (i < end) {
        char c = s[i];
        if (c == '{' || c == '}') {
            if (spec_level == 0) {
                if (i + 1 < end && s[i + 1] == c) {
                    lit += c;
                    i += 2;
                    segment = i;
                    continue;
                }
                if (c == '}') {
                    fs_error_ = "f-string: single '}' is not allowed";
                    return npos;
                }
            }
            if (c == '}') return i; // end of a format spec
            flush_literal(*this, parts, lit, whole);
            i = fstring_field(i, end, raw, spec_level, parts, lit, whole);
            if (i == npos) return npos;
            segment = i;
            continue;
        }
        if (c == '\\' && !raw) {
            std::string err;
            size_t n = decode_escape(s, i, end, segment, false, lit, err);
            if (n == npos) {
                fs_error_ = err;
                fs_error_plain_ = true;
                return npos;
            }
            i = n;
            continue;
        }
        lit += c;
        i++;
    }
    return i;
}

// One replacement field starting at s[at] == '{' (as string_parser.c fstring_find_expr).
size_t Parser::fstring_field(size_t at, size_t end, bool raw, int spec_level, ast::ExprList& parts,
                             std::string& lit, const ast::Pos& whole) {
    const size_t npos = std::string_view::npos;
    std::string_view s = source_;
    if (spec_level >= 2) {
        fs_error_ = "f-string: expressions nested too deeply";
        return npos;
    }
    size_t i = at + 1;
    size_t expr_start = i;
    char quote = 0;
    int quote_size = 0;
    std::string brackets;
    for (; i < end; ++i) {
        char ch = s[i];
        if (ch == '\\') {
            fs_error_ = "f-string expression part cannot include a backslash";
            fs_error_plain_ = true;
            return npos;
        }
        if (quote) {
            if (ch == quote) {
                if (quote_size == 3) {
                    if (i + 2 < end && s[i + 1] == ch && s[i + 2] == ch) {
                        i += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (i + 2 < end && s[i + 1] == ch && s[i + 2] == ch) {
                quote_size = 3;
                i += 2;
            } else {
                quote_size = 1;
            }
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '{' || ch == '(') {
            if (brackets.size() >= 200) {
                fs_error_ = "f-string: too many nested parenthesis";
                return npos;
            }
            brackets += ch;
            continue;
        }
        if (ch == '#') {
            fs_error_ = "f-string expression part cannot include '#'";
            fs_error_plain_ = true;
            return npos;
        }
        if (brackets.empty() &&
            (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (i + 1 < end) {
                char next = s[i + 1];
                if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                    i++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        }
        if (ch == ']' || ch == '}' || ch == ')') {
            if (brackets.empty()) {
                fs_error_ = std::string("f-string: unmatched '") + ch + "'";
                return npos;
            }
            char open = brackets.back();
            brackets.pop_back();
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                fs_error_ = std::string("f-string: closing parenthesis '") + ch +
                            "' does not match opening parenthesis '" + open + "'";
                return npos;
            }
        }
    }
    if (quote) {
        fs_error_ = "f-string: unterminated string";
        return npos;
    }
    if (!brackets.empty()) {
        fs_error_ = std::string("f-string: unmatched '") + brackets.back() + "'";
        return npos;
    }
    if (i >= end) {
        fs_error_ = "f-string: expecting '}'";
        return npos;
    }
    size_t expr_end = i;
    bool blank = true;
    for (size_t k = expr_start; k < expr_end; ++k)
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\r' && s[k] != '\f')
            blank = false;
    if (blank) {
        fs_error_ = "f-string: empty expression not allowed";
        return npos;
    }
    Expr* value = fstring_expression(expr_start, expr_end);
    if (!value) return npos;

    auto* fv = module_.make<ast::FormattedValue>();
    static_cast<ast::Pos&>(*fv) = whole;
    fv->value = value;
    bool debug = false;
    if (s[i] == '=') {
        // self-documenting `{expr=}`: the text, '=' and following spaces are kept literally
        debug = true;
        i++;
        while (i < end &&
               (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f'))
            i++;
        if (i >= end) {
            fs_error_ = "f-string: expecting '}'";
            return npos;
        }
        lit += std::string(s.substr(expr_start, i - expr_start));
        flush_literal(*this, parts, lit, whole);
    }
    if (s[i] == '!') {
        i++;
        if (i >= end) {
            fs_error_ = "f-string: expecting '}'";
            return npos;
        }
        char conv = s[i];
        i++;
        if (conv != 's' && conv != 'r' && conv != 'a') {
            fs_error_ = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
            return npos;
        }
        fv->conversion = conv;
    }
    if (i < end && s[i] == ':') {
        i++;
        auto* spec = module_.make<ast::JoinedStr>();
        static_cast<ast::Pos&>(*spec) = whole;
        std::string spec_lit;
        i = fstring_body(i, end, raw, spec_level + 1, spec->values, spec_lit, whole);
        if (i == npos) return npos;
        flush_literal(*this, spec->values, spec_lit, whole);
        fv->format_spec = spec;
    }
    if (i >= end || s[i] != '}') {
        fs_error_ = "f-string: expecting '}'";
        return npos;
    }
    i++;
    if (debug && fv->conversion == -1 && !fv->format_spec) fv->conversion = 'r';
    parts.push_back(fv);
    return i;
}

// Parse source_[begin, end) as CPython does: a "(expr)" copy, tokens moved to the real place.
Expr* Parser::fstring_expression(size_t begin, size_t end) {
    std::string* copy = module_.make<std::string>();
    *copy = "(" + std::string(source_.substr(begin, end - begin)) + ")\n";
    // where the '{' is: line and column in the real source
    size_t brace = begin - 1;
    // count lines from the start of the string token, not the file (f-strings are common)
    int line = fs_tok_line_;
    size_t line_start = fs_tok_line_start_;
    for (size_t k = fs_tok_offset_; k < brace; ++k)
        if (source_[k] == '\n') line++, line_start = k + 1;
    int col = static_cast<int>(brace - line_start);
    // inside another f-string's copy: back to real file coordinates
    if (line == 1) col += col_shift_;
    line += line_shift_;
    LexResult lex = tokenize(*copy);
    for (Token& t : lex.tokens) {
        if (t.line == 1) t.col += col;
        if (t.end_line == 1) t.end_col += col;
        t.line += line - 1;
        t.end_line += line - 1;
    }
    Parser sub(*copy, std::move(lex), module_, depth_, true);
    sub.line_shift_ = line - 1;
    sub.col_shift_ = col;
    Expr* e = sub.parse_fstring_expr();
    if (!e) {
        failed_ = true;
        error_ = sub.error_;
        return nullptr;
    }
    return e;
}

Expr* Parser::parse_fstring_expr() {
    Expr* e = star_expressions();
    if (!e) return nullptr;
    if (!at(Tok::Newline)) {
        raise_generic();
        return nullptr;
    }
    return e;
}

//-----------------------------------------------------------------------------
// [SECTION] String literals and implicit concatenation
//-----------------------------------------------------------------------------

Expr* Parser::strings() {
    const Token& first = tok();
    size_t first_idx = idx_;
    while (at(Tok::String)) advance();
    const Token& last = prev();
    ast::Pos whole{first.line, first.col, last.end_line, last.end_col};
    bool any_f = false, any_bytes = false, any_str = false;
    for (size_t k = first_idx; k < idx_; ++k) {
        std::string_view text = toks_[k].text;
        size_t q = text.find_first_of("'\"");
        bool b = false, f = false;
        for (size_t j = 0; j < q; ++j) {
            char l = static_cast<char>(text[j] | 0x20);
            if (l == 'b') b = true;
            if (l == 'f') f = true;
        }
        any_f |= f;
        (b ? any_bytes : any_str) = true;
    }
    if (any_bytes && any_str) {
        raise_last("cannot mix bytes and nonbytes literals");
        return nullptr;
    }
    ast::ExprList parts;
    std::string lit;
    for (size_t k = first_idx; k < idx_; ++k) {
        const Token& t = toks_[k];
        std::string_view text = t.text;
        size_t q = text.find_first_of("'\"");
        bool raw = false, f = false, b = false;
        for (size_t j = 0; j < q; ++j) {
            char l = static_cast<char>(text[j] | 0x20);
            raw |= l == 'r';
            f |= l == 'f';
            b |= l == 'b';
        }
        size_t qlen =
            (text.size() - q >= 6 && text[q + 1] == text[q] && text[q + 2] == text[q]) ? 3 : 1;
        size_t tok_off = static_cast<size_t>(text.data() - source_.data());
        size_t begin = tok_off + q + qlen, end = tok_off + text.size() - qlen;
        fs_tok_offset_ = tok_off;
        fs_tok_line_ = t.line - line_shift_;
        fs_tok_line_start_ =
            tok_off - static_cast<size_t>(t.col - (t.line == 1 + line_shift_ ? col_shift_ : 0));
        if (f) {
            size_t r = fstring_body(begin, end, raw, 0, parts, lit, whole);
            if (r == std::string_view::npos) {
                if (!failed_) {
                    const Token& at_tok = tok();
                    if (fs_error_plain_ || !fstring_) {
                        bool saved = fstring_;
                        fstring_ = false;
                        raise_at(at_tok, fs_error_);
                        fstring_ = saved;
                    } else {
                        raise_at(at_tok, fs_error_);
                    }
                }
                return nullptr;
            }
            continue;
        }
        for (size_t i = begin; i < end;) {
            char c = source_[i];
            if (b && static_cast<unsigned char>(c) >= 128) {
                raise_range(t, t, "bytes can only contain ASCII literal characters");
                return nullptr;
            }
            if (c == '\\' && !raw) {
                std::string err;
                size_t n = decode_escape(source_, i, end, begin, b, lit, err);
                if (n == std::string_view::npos) {
                    raise_at(tok(), err); // CPython points at the token after the strings
                    return nullptr;
                }
                i = n;
                continue;
            }
            if (c == '\r') {
                // newlines inside literals are "\n" whatever the file uses
                lit += '\n';
                i += (i + 1 < end && source_[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            lit += c;
            i++;
        }
    }
    if (!any_f) {
        auto* c = node<ast::Constant>(first);
        static_cast<ast::Pos&>(*c) = whole;
        c->type = any_bytes ? ast::ConstantType::Bytes : ast::ConstantType::Str;
        c->text = std::move(lit);
        return c;
    }
    flush_literal(*this, parts, lit, whole);
    auto* js = module_.make<ast::JoinedStr>();
    static_cast<ast::Pos&>(*js) = whole;
    js->values = std::move(parts);
    return js;
}

} // namespace loopscope
