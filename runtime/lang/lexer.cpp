// lexer.cpp - tokenizer; mirrors CPython 3.11's Parser/tokenizer.c tok_get() closely enough
// that the same inputs produce the same tokens and the same error messages and positions.
#include "lang/lexer.h"

#include <cstdio>
#include <cstring>

namespace loopscope {

const char* tok_name(Tok t) {
    static const char* const names[] = {
        "ENDMARKER", "NAME", "NUMBER",    "STRING", "NEWLINE", "INDENT", "DEDENT", "(",   ")",
        "[",         "]",    ":",         ",",      ";",       "+",      "-",      "*",   "/",
        "|",         "&",    "<",         ">",      "=",       ".",      "%",      "{",   "}",
        "==",        "!=",   "<=",        ">=",     "~",       "^",      "<<",     ">>",  "**",
        "+=",        "-=",   "*=",        "/=",     "%=",      "&=",     "|=",     "^=",  "<<=",
        ">>=",       "**=",  "//",        "//=",    "@",       "@=",     "->",     "...", ":=",
        "!",         "?",    "ERRORTOKEN"};
    return names[static_cast<int>(t)];
}

int utf8_char_offset(std::string_view line, int byte_offset) {
    int chars = 0;
    for (int i = 0; i < byte_offset && i < static_cast<int>(line.size()); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
    if (byte_offset > static_cast<int>(line.size()))
        chars += byte_offset - static_cast<int>(line.size());
    return chars;
}

namespace {

constexpr int kMaxIndent = 100; // CPython's MAXINDENT
constexpr int kMaxLevel = 200;  // CPython's MAXLEVEL (bracket nesting)

struct KwEntry {
    const char* text;
    Kw kw;
};
const KwEntry kKeywords[] = {
    {"False", Kw::False_},
    {"None", Kw::None_},
    {"True", Kw::True_},
    {"and", Kw::And},
    {"as", Kw::As},
    {"assert", Kw::Assert},
    {"async", Kw::Async},
    {"await", Kw::Await},
    {"break", Kw::Break},
    {"class", Kw::Class},
    {"continue", Kw::Continue},
    {"def", Kw::Def},
    {"del", Kw::Del},
    {"elif", Kw::Elif},
    {"else", Kw::Else},
    {"except", Kw::Except},
    {"finally", Kw::Finally},
    {"for", Kw::For},
    {"from", Kw::From},
    {"global", Kw::Global},
    {"if", Kw::If},
    {"import", Kw::Import},
    {"in", Kw::In},
    {"is", Kw::Is},
    {"lambda", Kw::Lambda},
    {"nonlocal", Kw::Nonlocal},
    {"not", Kw::Not},
    {"or", Kw::Or},
    {"pass", Kw::Pass},
    {"raise", Kw::Raise},
    {"return", Kw::Return},
    {"try", Kw::Try},
    {"while", Kw::While},
    {"with", Kw::With},
    {"yield", Kw::Yield},
};

Kw keyword_of(std::string_view s) {
    if (s.size() < 2 || s.size() > 8) return Kw::None;
    for (const KwEntry& k : kKeywords)
        if (s == k.text) return k.kw;
    return Kw::None;
}

bool is_id_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_id_char(unsigned char c) {
    return is_id_start(c) || (c >= '0' && c <= '9');
}
bool is_digit(int c) {
    return c >= '0' && c <= '9';
}
bool is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Decode one UTF-8 code point at s[i]; sets len (>= 1). Invalid bytes decode as themselves.
uint32_t decode_utf8(std::string_view s, size_t i, int& len) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + n > s.size()) n = 1;
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    len = n;
    return cp;
}

// Approximation of "not a valid identifier character" for the code points a learner is
// likely to paste (typographic quotes, dashes, arrows, symbols, emoji).
bool is_invalid_id_cp(uint32_t cp) {
    if (cp >= 0xA1 && cp <= 0xBF) return cp != 0xAA && cp != 0xB5 && cp != 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return true;
    if (cp >= 0x2010 && cp <= 0x205E) return true;
    if (cp >= 0x20A0 && cp <= 0x20CF) return true;
    if (cp >= 0x2190 && cp <= 0x2BFF) return true;
    if (cp >= 0x3001 && cp <= 0x3003) return true;
    if (cp >= 0x3008 && cp <= 0x3011) return true;
    if (cp >= 0xFF01 && cp <= 0xFF0F) return true;
    if (cp >= 0xFF1A && cp <= 0xFF20) return true;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;
    return false;
}
// Space separators and format characters: str.isprintable() is false for these.
bool is_nonprintable_cp(uint32_t cp) {
    return cp == 0xA0 || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) ||
           (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 ||
           cp == 0xFEFF || cp < 0x20 || cp == 0x7F;
}

class Lexer {
public:
    Lexer(std::string_view src, const LexOptions& opt)
        : src_(src.substr(0, opt.end)), pos_(opt.begin), line_start_(opt.line_start),
          line_(opt.line), at_bol_(!opt.fstring_expr), implicit_bracket_(opt.fstring_expr) {}

    LexResult run() {
        indents_.push_back(0);
        alt_indents_.push_back(0);
        while (!done_) next_token();
        return std::move(out_);
    }

private:
    int peek(size_t ahead = 0) const {
        size_t i = pos_ + ahead;
        return i < src_.size() ? static_cast<unsigned char>(src_[i]) : -1;
    }
    int col_of(size_t p) const { return static_cast<int>(p - line_start_); }

    void push(Tok t, size_t start, size_t end, int start_line, int start_col) {
        Token tok;
        tok.type = t;
        tok.text = src_.substr(start, end - start);
        tok.line = start_line;
        tok.col = start_col;
        tok.end_line = line_;
        tok.end_col = col_of(end);
        if (t == Tok::Name) tok.kw = keyword_of(tok.text);
        out_.tokens.push_back(tok);
    }
    void push_simple(Tok t, int line, int col) {
        Token tok;
        tok.type = t;
        tok.line = tok.end_line = line;
        tok.col = tok.end_col = col;
        out_.tokens.push_back(tok);
    }

    std::string line_text(int line, bool keep_newline) const {
        return source_line(src_, line, keep_newline);
    }

    // Record an error and stop. offset/end_offset are 1-based CHARACTER offsets as CPython's
    // SyntaxError; byte positions are converted here.
    void fail(const char* type, std::string msg, int line, int byte_col, int byte_end_col,
              bool overrides, bool keep_newline, bool raw_offsets = false) {
        SyntaxErrorInfo& e = out_.error;
        e.type = type;
        e.msg = std::move(msg);
        e.line = line;
        e.end_line = line;
        e.text = line_text(line, keep_newline);
        if (raw_offsets) {
            e.col = byte_col;
            e.end_col = byte_end_col;
        } else {
            e.col = utf8_char_offset(e.text, byte_col);
            e.end_col = byte_end_col < 0 ? byte_end_col : utf8_char_offset(e.text, byte_end_col);
        }
        out_.has_error = true;
        out_.error_overrides = overrides;
        push_simple(Tok::Error, line, byte_col);
        done_ = true;
    }
    // CPython's syntaxerror(): offset = characters from the line start to `p`.
    void syntax_error_at(size_t p, std::string msg) {
        int c = col_of(p);
        fail("SyntaxError", std::move(msg), line_, c, c, true, false);
    }

    void next_token();
    bool indentation();
    void number(size_t start);
    void string(size_t start, size_t quote_pos);
    void at_eof();

    std::string_view src_;
    size_t pos_ = 0;
    size_t line_start_ = 0;
    int line_ = 1;
    bool at_bol_ = true;
    bool done_ = false;
    bool implicit_bracket_ = false; // f-string expression: lex as if inside brackets
    std::vector<int> indents_;      // indentation columns (tabs to multiples of 8)
    std::vector<int> alt_indents_;  // same with tab = 1 column, to detect TabError
    struct Bracket {
        char ch;
        int line;
        int col;
    };
    std::vector<Bracket> brackets_;
    LexResult out_;
};

// Returns false if an error stopped tokenizing.
bool Lexer::indentation() {
    at_bol_ = false;
    int col = 0, altcol = 0;
    for (;;) {
        int c = peek();
        if (c == ' ')
            col++, altcol++;
        else if (c == '\t')
            col = (col / 8 + 1) * 8, altcol++;
        else if (c == '\f')
            col = altcol = 0;
        else
            break;
        pos_++;
    }
    int c = peek();
    bool blank = c == '#' || c == '\n' || c == '\r' || c == -1; // trailing spaces at EOF too
    if (blank || !brackets_.empty() || implicit_bracket_) return true;
    int ws = col_of(pos_);
    if (col == indents_.back()) {
        if (altcol != alt_indents_.back()) goto tab_error;
    } else if (col > indents_.back()) {
        if (static_cast<int>(indents_.size()) >= kMaxIndent) {
            fail("IndentationError", "too many levels of indentation", line_, 1, -1, false, true,
                 true);
            return false;
        }
        if (altcol <= alt_indents_.back()) goto tab_error;
        indents_.push_back(col);
        alt_indents_.push_back(altcol);
        push_simple(Tok::Indent, line_, ws);
    } else {
        while (indents_.size() > 1 && col < indents_.back()) {
            indents_.pop_back();
            alt_indents_.pop_back();
            push_simple(Tok::Dedent, line_, ws);
        }
        if (col != indents_.back()) {
            // CPython reports the offset of the end of the line (tok->cur = tok->inp).
            std::string text = line_text(line_, true);
            fail("IndentationError", "unindent does not match any outer indentation level", line_,
                 utf8_char_offset(text, static_cast<int>(text.size())), -1, false, true, true);
            return false;
        }
        if (altcol != alt_indents_.back()) goto tab_error;
    }
    return true;
tab_error:
    fail("TabError", "inconsistent use of tabs and spaces in indentation", line_, 1, 0, false, true,
         true);
    return false;
}

void Lexer::at_eof() {
    if (!brackets_.empty()) {
        // as pegen's raise_unclosed_parentheses_error()
        const Bracket& b = brackets_.back();
        std::string msg = std::string("'") + b.ch + "' was never closed";
        std::string text = line_text(b.line, true);
        int off = utf8_char_offset(text, b.col) + 1;
        fail("SyntaxError", msg, b.line, off, 0, false, true, true);
        out_.unclosed_bracket_line = b.line;
        return;
    }
    // as CPython: tokens made at EOF sit on the last line of the file
    int eof_line = line_, eof_col = col_of(pos_);
    if (line_ > 1 && pos_ > 0 && pos_ == line_start_) eof_line = line_ - 1, eof_col = 0;
    if (!out_.tokens.empty() && !implicit_bracket_) {
        Tok last = out_.tokens.back().type;
        if (last != Tok::Newline && last != Tok::Dedent && last != Tok::Indent) {
            // implicit NEWLINE at the end of a last line without "\n"
            push_simple(Tok::Newline, eof_line, eof_col);
        }
    }
    while (indents_.size() > 1) {
        indents_.pop_back();
        push_simple(Tok::Dedent, eof_line, eof_col);
    }
    push_simple(Tok::EndMarker, eof_line, eof_col);
    done_ = true;
}

void Lexer::next_token() {
    if (at_bol_) {
        if (!indentation()) return;
    }
    // skip spaces, comments, line continuations
    for (;;) {
        int c = peek();
        if (c == ' ' || c == '\t' || c == '\f') {
            pos_++;
        } else if (c == '#') {
            while (peek() != -1 && peek() != '\n' && peek() != '\r') pos_++;
        } else if (c == '\\') {
            int n = peek(1);
            if (n == '\n' || n == '\r') {
                pos_ += (n == '\r' && peek(2) == '\n') ? 3 : 2;
                line_++;
                line_start_ = pos_;
                if (peek() == -1) {
                    // as tokenizer.c: EOF right after a continuation line
                    std::string text = line_text(line_ - 1, false);
                    fail("SyntaxError", "unexpected EOF while parsing", line_ - 1,
                         utf8_char_offset(text, static_cast<int>(text.size())) + 1, -1, false,
                         false, true);
                    return;
                }
            } else if (n == -1) {
                std::string text = line_text(line_, false);
                fail("SyntaxError", "unexpected EOF while parsing", line_,
                     utf8_char_offset(text, static_cast<int>(text.size())) + 1, -1, false, false,
                     true);
                return;
            } else {
                // offset as pegen's E_LINECONT: the character after the backslash
                fail("SyntaxError", "unexpected character after line continuation character", line_,
                     col_of(pos_ + 1) + 1, 0, false, true, true);
                return;
            }
        } else {
            break;
        }
    }
    size_t start = pos_;
    int sline = line_, scol = col_of(pos_);
    int c = peek();
    if (c == -1) {
        at_eof();
        return;
    }
    if (c == '\n' || c == '\r') {
        pos_ += (c == '\r' && peek(1) == '\n') ? 2 : 1;
        bool blank = out_.tokens.empty() || out_.tokens.back().type == Tok::Newline ||
                     out_.tokens.back().type == Tok::Indent ||
                     out_.tokens.back().type == Tok::Dedent;
        if (brackets_.empty() && !implicit_bracket_ && !blank) {
            Token t;
            t.type = Tok::Newline;
            t.text = src_.substr(start, pos_ - start);
            t.line = t.end_line = line_;
            t.col = scol;
            t.end_col = scol; // as CPython: the NEWLINE token leaves the '\n' out
            out_.tokens.push_back(t);
        }
        line_++;
        line_start_ = pos_;
        at_bol_ = true;
        return;
    }
    if (is_id_start(static_cast<unsigned char>(c))) {
        // identifier, keyword, or string prefix
        while (pos_ < src_.size() && is_id_char(static_cast<unsigned char>(src_[pos_]))) {
            unsigned char b = static_cast<unsigned char>(src_[pos_]);
            if (b >= 128) {
                int len = 1;
                uint32_t cp = decode_utf8(src_, pos_, len);
                if (is_nonprintable_cp(cp)) {
                    char buf[64];
                    snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
                    syntax_error_at(pos_ + len, buf);
                    return;
                }
                if (is_invalid_id_cp(cp)) {
                    char buf[64];
                    snprintf(buf, sizeof buf, "invalid character '%.*s' (U+%04X)", len,
                             src_.data() + pos_, cp);
                    syntax_error_at(pos_ + len, buf);
                    return;
                }
                pos_ += len;
            } else {
                pos_++;
            }
        }
        std::string_view word = src_.substr(start, pos_ - start);
        int q = peek();
        if ((q == '"' || q == '\'') && word.size() <= 2) {
            bool r = false, b = false, u = false, f = false, ok = true;
            for (char ch : word) {
                char l = static_cast<char>(ch | 0x20);
                if (l == 'r' && !r)
                    r = true;
                else if (l == 'b' && !b)
                    b = true;
                else if (l == 'u' && !u)
                    u = true;
                else if (l == 'f' && !f)
                    f = true;
                else
                    ok = false;
            }
            if (ok && !(u && (r || b || f)) && !(b && f)) {
                string(start, pos_);
                return;
            }
        }
        push(Tok::Name, start, pos_, sline, scol);
        return;
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) {
        number(start);
        return;
    }
    if (c == '"' || c == '\'') {
        string(start, pos_);
        return;
    }
    // operators
    auto op = [&](Tok t, int len) {
        pos_ += len;
        push(t, start, pos_, sline, scol);
    };
    int c1 = peek(1), c2 = peek(2);
    switch (c) {
        case '(':
        case '[':
        case '{': {
            if (brackets_.size() >= kMaxLevel) {
                syntax_error_at(pos_ + 1, "too many nested parentheses");
                return;
            }
            brackets_.push_back({static_cast<char>(c), line_, scol});
            op(c == '(' ? Tok::LPar : c == '[' ? Tok::LSqb : Tok::LBrace, 1);
            return;
        }
        case ')':
        case ']':
        case '}': {
            if (brackets_.empty()) {
                syntax_error_at(pos_ + 1, std::string("unmatched '") + char(c) + "'");
                return;
            }
            char open = brackets_.back().ch;
            if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
                  (open == '{' && c == '}'))) {
                std::string msg = std::string("closing parenthesis '") + char(c) +
                                  "' does not match opening parenthesis '" + open + "'";
                if (brackets_.back().line != line_)
                    msg += " on line " + std::to_string(brackets_.back().line);
                syntax_error_at(pos_ + 1, msg);
                return;
            }
            brackets_.pop_back();
            op(c == ')' ? Tok::RPar : c == ']' ? Tok::RSqb : Tok::RBrace, 1);
            return;
        }
        case ':': c1 == '=' ? op(Tok::ColonEqual, 2) : op(Tok::Colon, 1); return;
        case ',': op(Tok::Comma, 1); return;
        case ';': op(Tok::Semi, 1); return;
        case '+': c1 == '=' ? op(Tok::PlusEqual, 2) : op(Tok::Plus, 1); return;
        case '-':
            c1 == '=' ? op(Tok::MinEqual, 2) : c1 == '>' ? op(Tok::RArrow, 2) : op(Tok::Minus, 1);
            return;
        case '*':
            if (c1 == '*')
                c2 == '=' ? op(Tok::DoubleStarEqual, 3) : op(Tok::DoubleStar, 2);
            else
                c1 == '=' ? op(Tok::StarEqual, 2) : op(Tok::Star, 1);
            return;
        case '/':
            if (c1 == '/')
                c2 == '=' ? op(Tok::DoubleSlashEqual, 3) : op(Tok::DoubleSlash, 2);
            else
                c1 == '=' ? op(Tok::SlashEqual, 2) : op(Tok::Slash, 1);
            return;
        case '|': c1 == '=' ? op(Tok::VBarEqual, 2) : op(Tok::VBar, 1); return;
        case '&': c1 == '=' ? op(Tok::AmperEqual, 2) : op(Tok::Amper, 1); return;
        case '<':
            if (c1 == '<')
                c2 == '=' ? op(Tok::LeftShiftEqual, 3) : op(Tok::LeftShift, 2);
            else if (c1 == '=')
                op(Tok::LessEqual, 2);
            else if (c1 == '>')
                op(Tok::NotEqual, 2); // only valid with barry_as_FLUFL
            else
                op(Tok::Less, 1);
            return;
        case '>':
            if (c1 == '>')
                c2 == '=' ? op(Tok::RightShiftEqual, 3) : op(Tok::RightShift, 2);
            else
                c1 == '=' ? op(Tok::GreaterEqual, 2) : op(Tok::Greater, 1);
            return;
        case '=': c1 == '=' ? op(Tok::EqEqual, 2) : op(Tok::Equal, 1); return;
        case '!': c1 == '=' ? op(Tok::NotEqual, 2) : op(Tok::Exclamation, 1); return;
        case '.': (c1 == '.' && c2 == '.') ? op(Tok::Ellipsis, 3) : op(Tok::Dot, 1); return;
        case '%': c1 == '=' ? op(Tok::PercentEqual, 2) : op(Tok::Percent, 1); return;
        case '~': op(Tok::Tilde, 1); return;
        case '^': c1 == '=' ? op(Tok::CircumflexEqual, 2) : op(Tok::Circumflex, 1); return;
        case '@': c1 == '=' ? op(Tok::AtEqual, 2) : op(Tok::At, 1); return;
        default: break;
    }
    if (c < 0x20 && c != '\t') {
        char buf[64];
        snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", c);
        syntax_error_at(pos_ + 1, buf);
        return;
    }
    op(Tok::Unknown, 1);
}

void Lexer::number(size_t start) {
    int sline = line_, scol = col_of(start);
    auto next = [&]() {
        int ch = peek();
        pos_++;
        return ch;
    };
    auto backup = [&]() { pos_--; };
    // as tokenizer.c verify_end_of_number(): `c` was just read
    auto verify_end = [&](int ch, const char* kind) {
        auto look = [&](const char* rest) {
            for (size_t k = 0; rest[k]; ++k)
                if (peek(k) != rest[k]) return false;
            return true;
        };
        bool kw = (ch == 'a' && look("nd")) || (ch == 'e' && look("lse")) ||
                  (ch == 'f' && look("or")) ||
                  (ch == 'i' && (peek() == 'f' || peek() == 'n' || peek() == 's')) ||
                  (ch == 'o' && look("r")) || (ch == 'n' && look("ot"));
        backup();
        if (kw) return true;
        if (ch >= 0 && is_id_char(static_cast<unsigned char>(ch))) {
            syntax_error_at(pos_, std::string("invalid ") + kind + " literal");
            return false;
        }
        return true;
    };
    auto decimal_tail = [&](int& ch) {
        for (;;) {
            do ch = next();
            while (is_digit(ch));
            if (ch != '_') return true;
            ch = next();
            if (!is_digit(ch)) {
                backup();
                syntax_error_at(pos_, "invalid decimal literal");
                return false;
            }
        }
    };
    auto finish = [&]() { push(Tok::Number, start, pos_, sline, scol); };

    int c = next();
    bool fraction_only = c == '.';
    if (c == '0' && !fraction_only) {
        c = next();
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            char base = static_cast<char>(c | 0x20);
            const char* kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
            auto ok_digit = [&](int d) {
                return base == 'x'   ? is_xdigit(d)
                       : base == 'o' ? (d >= '0' && d < '8')
                                     : (d == '0' || d == '1');
            };
            c = next();
            do {
                if (c == '_') c = next();
                if (!ok_digit(c)) {
                    if (base != 'x' && is_digit(c)) {
                        syntax_error_at(pos_, std::string("invalid digit '") + char(c) + "' in " +
                                                  kind + " literal");
                        return;
                    }
                    backup();
                    syntax_error_at(pos_, std::string("invalid ") + kind + " literal");
                    return;
                }
                do c = next();
                while (ok_digit(c));
            } while (c == '_');
            if (base != 'x' && is_digit(c)) {
                syntax_error_at(pos_, std::string("invalid digit '") + char(c) + "' in " + kind +
                                          " literal");
                return;
            }
            if (!verify_end(c, kind)) return;
            finish();
            return;
        }
        bool nonzero = false;
        while (c == '0' || c == '_') {
            if (c == '_') {
                c = next();
                if (!is_digit(c)) {
                    backup();
                    syntax_error_at(pos_, "invalid decimal literal");
                    return;
                }
            }
            if (c != '0') break;
            c = next();
        }
        size_t zeros_end = pos_;
        if (is_digit(c)) {
            nonzero = true;
            if (!decimal_tail(c)) return;
        }
        if (c == '.') {
            c = next();
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            backup();
            int s = col_of(start) + 1, e = col_of(zeros_end);
            fail("SyntaxError",
                 "leading zeros in decimal integer literals are not permitted; use an 0o "
                 "prefix for octal integers",
                 line_, s, e, true, false);
            return;
        }
        if (!verify_end(c, "decimal")) return;
        finish();
        return;
    }
    if (!fraction_only) {
        backup();
        if (!decimal_tail(c)) return;
        if (c == '.')
            c = next();
        else
            goto after_fraction;
    } else {
        c = next(); // the digit after '.'
        backup();
        c = '0';
    }
fraction:
    if (is_digit(c)) {
        if (!decimal_tail(c)) return;
    } else if (fraction_only) {
        // unreachable: '.' is only lexed as a number when a digit follows
    }
after_fraction:
exponent:
    if (c == 'e' || c == 'E') {
        int e = c;
        c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!is_digit(c)) {
                backup();
                syntax_error_at(pos_, "invalid decimal literal");
                return;
            }
        } else if (!is_digit(c)) {
            backup();
            if (!verify_end(e, "decimal")) return;
            finish();
            return;
        }
        if (!decimal_tail(c)) return;
    }
imaginary:
    if (c == 'j' || c == 'J') {
        c = next();
        if (!verify_end(c, "imaginary")) return;
    } else {
        if (!verify_end(c, "decimal")) return;
    }
    finish();
}

void Lexer::string(size_t start, size_t quote_pos) {
    int sline = line_, scol = col_of(start);
    size_t sline_start = line_start_;
    pos_ = quote_pos;
    char quote = src_[pos_++];
    int quote_size = 1, end_quote_size = 0;
    if (peek() == quote) {
        if (peek(1) == quote) {
            quote_size = 3;
            pos_ += 2;
        } else {
            pos_++;
            end_quote_size = 1; // empty string
        }
    }
    while (end_quote_size != quote_size) {
        int c = peek();
        if (c == -1 || (quote_size == 1 && (c == '\n' || c == '\r'))) {
            // as tokenizer.c: reported at the string start, "detected" where it ended
            int detected = line_;
            if (c == -1 && quote_size == 3 && pos_ > 0 && src_[pos_ - 1] == '\n') detected--;
            std::string msg = quote_size == 3 ? "unterminated triple-quoted string literal"
                                              : "unterminated string literal";
            msg += " (detected at line " + std::to_string(detected) + ")";
            std::string text = line_text(sline, false);
            int off = utf8_char_offset(text, static_cast<int>(start - sline_start)) + 1;
            fail("SyntaxError", msg, sline, off, off, true, false, true);
            return;
        }
        pos_++;
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                int n = peek();
                if (n != -1) {
                    pos_++;
                    if (n == '\r' && peek() == '\n') pos_++;
                    if (n == '\n' || n == '\r') {
                        line_++;
                        line_start_ = pos_;
                    }
                }
            } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line_++;
                line_start_ = pos_;
            }
        }
    }
    push(Tok::String, start, pos_, sline, scol);
}

} // namespace

LexResult tokenize(std::string_view source) {
    LexOptions opt;
    opt.end = source.size();
    // a UTF-8 byte order mark is skipped, as CPython's decoder does
    if (source.substr(0, 3) == "\xEF\xBB\xBF") opt.begin = opt.line_start = 3;
    return Lexer(source, opt).run();
}

LexResult tokenize_range(std::string_view source, const LexOptions& options) {
    return Lexer(source, options).run();
}

} // namespace loopscope
