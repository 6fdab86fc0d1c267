#include "model/editor/python_highlight.h"

#include "model/editor/text_columns.h"

#include <algorithm>
#include <cstring>

namespace loopscope::editor {

namespace {

using Frame = HighlightState::Frame;
using FrameKind = HighlightState::FrameKind;

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool is_keyword(std::string_view w) {
    // keyword.kwlist of CPython 3.11, minus True/False/None (Constant) and async/await.
    return one_of(w, {"and",   "as",     "assert",   "break", "class",  "continue",
                      "def",   "del",    "elif",     "else",  "except", "finally",
                      "for",   "from",   "global",   "if",    "import", "in",
                      "is",    "lambda", "nonlocal", "not",   "or",     "pass",
                      "raise", "return", "try",      "while", "with",   "yield"});
}

bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
bool is_hex_digit(unsigned char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_quote(char c) {
    return c == '\'' || c == '"';
}
// strchr(set, c) without its match of the terminating NUL.
bool in_set(const char* set, char c) {
    return c != '\0' && std::strchr(set, c) != nullptr;
}

// r, u, b, f and the two-letter combinations CPython accepts (any case).
bool is_string_prefix(std::string_view w) {
    if (w.empty() || w.size() > 2) return false;
    std::string lower;
    for (char c : w) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return one_of(lower, {"r", "u", "b", "f", "br", "rb", "fr", "rf"});
}

// Tokenizes one line. Frames live in `st`; the main loop dispatches on the innermost frame.
class LineLexer {
public:
    LineLexer(std::string_view line, const HighlightState& state, std::vector<HighlightToken>& out)
        : s_(line), n_(static_cast<int>(line.size())), st_(state), out_(out),
          first_token_(out.size()), at_line_start_(state.count == 0) {
        if (at_line_start_) detect_soft_keyword_line();
    }

    HighlightState run() {
        while (i_ < n_) {
            if (st_.count > 0 && top().kind == FrameKind::String) {
                string_body();
            } else if (st_.count > 0 && top().kind == FrameKind::FormatSpec) {
                format_spec();
            } else {
                code();
            }
        }
        end_of_line();
        return st_;
    }

private:
    Frame& top() { return st_.frames[st_.count - 1]; }

    // Appends [b, e), merging with the previous token of the same kind.
    void emit(TokenKind kind, int b, int e) {
        if (e <= b) return;
        if (out_.size() > first_token_ && out_.back().kind == kind && out_.back().end == b) {
            out_.back().end = e;
            return;
        }
        out_.push_back(HighlightToken{kind, b, e});
    }

    bool push(const Frame& f) {
        if (st_.count >= HighlightState::kMaxFrames) return false;
        st_.frames[st_.count++] = f;
        return true;
    }

    // Length of the closing quote of string frame `f` at i (0 if none).
    int closing_length(const Frame& f, int i) const {
        if (i >= n_ || s_[i] != f.quote) return 0;
        if (!f.triple) return 1;
        return i + 2 < n_ && s_[i + 1] == f.quote && s_[i + 2] == f.quote ? 3 : 0;
    }

    // Inside a field or spec: the enclosing f-string whose quote ends at i, or -1. As in
    // CPython 3.11, whose tokenizer finds the end of the whole literal before parsing fields.
    int enclosing_string_closed_at(int i) const {
        for (int k = st_.count - 1; k >= 0; --k) {
            const Frame& f = st_.frames[k];
            if (f.kind == FrameKind::String && closing_length(f, i) > 0) return k;
        }
        return -1;
    }

    // Ends enclosing string `k` at i: its quote is coloured as string.
    void close_enclosing(int k) {
        const int len = closing_length(st_.frames[k], i_);
        emit(TokenKind::String, i_, i_ + len);
        i_ += len;
        st_.count = k;
    }

    // [SECTION] strings

    void start_string(int begin, int prefix_len) {
        Frame f;
        for (int k = begin; k < begin + prefix_len; ++k) {
            const char c = s_[k];
            if (c == 'r' || c == 'R') f.raw = true;
            if (c == 'f' || c == 'F') f.fstring = true;
        }
        int q = begin + prefix_len;
        f.quote = s_[q];
        f.triple = q + 2 < n_ && s_[q + 1] == f.quote && s_[q + 2] == f.quote;
        const int body = q + (f.triple ? 3 : 1);
        emit(TokenKind::String, begin, body);
        i_ = body;
        if (!push(f)) { // nested too deeply: the rest of the line is string text
            emit(TokenKind::String, i_, n_);
            i_ = n_;
        }
    }

    // End of a backslash escape starting at i (s_[i] == '\\', i + 1 < n_).
    int escape_end(int i) const {
        const char c = s_[i + 1];
        int e = i + 2;
        auto take = [&](int max, bool (*ok)(unsigned char)) {
            for (int k = 0; k < max && e < n_ && ok(static_cast<unsigned char>(s_[e])); ++k) ++e;
        };
        if (c == 'x') {
            take(2, is_hex_digit);
        } else if (c == 'u') {
            take(4, is_hex_digit);
        } else if (c == 'U') {
            take(8, is_hex_digit);
        } else if (c == 'N' && e < n_ && s_[e] == '{') {
            while (e < n_ && s_[e] != '}') ++e;
            if (e < n_) ++e;
        } else if (c >= '0' && c <= '7') {
            take(2, [](unsigned char d) { return d >= '0' && d <= '7'; });
        } else {
            e = utf8_next(s_, i + 1);
        }
        return e;
    }

    void string_body() {
        const int frame = st_.count - 1;
        int start = i_;
        while (i_ < n_) {
            Frame& f = st_.frames[frame];
            const char c = s_[i_];
            if (const int len = closing_length(f, i_)) {
                emit(TokenKind::String, start, i_ + len);
                i_ += len;
                st_.count = frame;
                return;
            }
            if (c == '\\') {
                if (i_ + 1 >= n_) { // a backslash before the line end continues the string
                    if (!f.triple) f.continued = true;
                    ++i_;
                    break;
                }
                const char next = s_[i_ + 1];
                if (f.raw || (f.fstring && (next == '{' || next == '}'))) {
                    // Raw: a backslash only keeps the next quote from ending the string.
                    i_ = f.raw ? utf8_next(s_, i_ + 1) : i_ + 1;
                    continue;
                }
                emit(TokenKind::String, start, i_);
                const int e = escape_end(i_);
                emit(TokenKind::StringEscape, i_, e);
                i_ = start = e;
                continue;
            }
            if (f.fstring && (c == '{' || c == '}')) {
                if (i_ + 1 < n_ && s_[i_ + 1] == c) { // {{ and }} are literal braces
                    emit(TokenKind::String, start, i_);
                    emit(TokenKind::StringEscape, i_, i_ + 2);
                    i_ = start = i_ + 2;
                    continue;
                }
                if (c == '{' && st_.count < HighlightState::kMaxFrames) {
                    emit(TokenKind::String, start, i_);
                    emit(TokenKind::FStringDelimiter, i_, i_ + 1);
                    ++i_;
                    Frame field;
                    field.kind = FrameKind::Field;
                    push(field);
                    return;
                }
            }
            i_ = utf8_next(s_, i_);
        }
        emit(TokenKind::String, start, i_);
    }

    // After "{expr:" up to the field's "}"; "{" opens a nested field (f"{x:{width}}").
    void format_spec() {
        int start = i_;
        while (i_ < n_) {
            const char c = s_[i_];
            if (c == '{' || c == '}') {
                emit(TokenKind::String, start, i_);
                emit(TokenKind::FStringDelimiter, i_, i_ + 1);
                ++i_;
                if (c == '}') {
                    --st_.count;
                } else {
                    Frame field;
                    field.kind = FrameKind::Field;
                    if (!push(field)) --st_.count;
                }
                return;
            }
            if (is_quote(c)) {
                const int k = enclosing_string_closed_at(i_);
                if (k >= 0) {
                    emit(TokenKind::String, start, i_);
                    close_enclosing(k);
                    return;
                }
            }
            i_ = utf8_next(s_, i_);
        }
        emit(TokenKind::String, start, i_);
    }

    // [SECTION] code

    // match/case/type are keywords only at the start of a statement of their own shape.
    void detect_soft_keyword_line() {
        const int b = leading_whitespace(s_);
        int e = b;
        while (e < n_ && is_word_byte(s_[e])) ++e;
        const std::string_view word = s_.substr(b, e - b);
        if (word != "match" && word != "case" && word != "type") return;
        int next = e;
        while (next < n_ && is_space_byte(s_[next])) ++next;
        if (next >= n_ || in_set(".,)]}:;=", s_[next])) return;
        if (next < n_ && (s_[next] == '+' || s_[next] == '*') && next + 1 < n_ &&
            s_[next + 1] == '=') {
            return;
        }
        const std::string_view code = python_code_part(s_);
        if (word == "type") {
            // type Alias = ... / type Alias[T] = ...
            if (next == e || !is_word_byte(s_[next]) || code.find('=') == std::string_view::npos) {
                return;
            }
        } else if (code.empty() || code.back() != ':') {
            return;
        }
        soft_keyword_end_ = e;
        case_line_ = word == "case";
    }

    void number() {
        const int b = i_;
        if (s_[i_] == '0' && i_ + 1 < n_ && in_set("xXoObB", s_[i_ + 1])) {
            i_ += 2;
            while (i_ < n_ && is_word_byte(s_[i_])) ++i_;
        } else {
            while (i_ < n_ && (is_digit(s_[i_]) || s_[i_] == '_')) ++i_;
            if (i_ < n_ && s_[i_] == '.') {
                ++i_;
                while (i_ < n_ && (is_digit(s_[i_]) || s_[i_] == '_')) ++i_;
            }
            if (i_ < n_ && (s_[i_] == 'e' || s_[i_] == 'E')) {
                ++i_;
                if (i_ < n_ && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
            }
            // Exponent digits, the j of complex numbers, and any junk glued to the number.
            while (i_ < n_ && is_word_byte(s_[i_])) ++i_;
        }
        emit(TokenKind::Number, b, i_);
    }

    TokenKind classify_word(std::string_view w, int b, int e) {
        const bool attribute = prev_significant_ == '.';
        if (expect_name_ != TokenKind::Text && !attribute) {
            const TokenKind kind = expect_name_;
            expect_name_ = TokenKind::Text;
            if (!is_keyword(w)) return kind;
        }
        if (!attribute) {
            if (w == "True" || w == "False" || w == "None") return TokenKind::Constant;
            if (w == "async" || w == "await") return TokenKind::AsyncKeyword;
            if (is_keyword(w)) {
                if (w == "def") expect_name_ = TokenKind::FunctionName;
                if (w == "class") expect_name_ = TokenKind::ClassName;
                return TokenKind::Keyword;
            }
            if (b < soft_keyword_end_ && e == soft_keyword_end_) return TokenKind::SoftKeyword;
            if (case_line_ && w == "_") return TokenKind::SoftKeyword;
        }
        const bool call = e < n_ && s_[e] == '(';
        if (!attribute && is_python_builtin(w)) return TokenKind::Builtin;
        return call ? TokenKind::Call : TokenKind::Text;
    }

    void word() {
        const int b = i_;
        while (i_ < n_ && is_word_byte(s_[i_])) ++i_;
        const std::string_view w = s_.substr(b, i_ - b);
        // In a field, a quote that ends the enclosing f-string is not a new string's.
        if (i_ < n_ && is_quote(s_[i_]) && is_string_prefix(w) &&
            !(st_.count > 0 && enclosing_string_closed_at(i_) >= 0)) {
            start_string(b, i_ - b);
            return;
        }
        emit(classify_word(w, b, i_), b, i_);
    }

    // One token of code; inside an f-string field, also the field's own delimiters.
    void code() {
        const bool in_field = st_.count > 0; // top is a Field here
        const char c = s_[i_];
        const int b = i_;
        if (is_space_byte(c)) {
            while (i_ < n_ && is_space_byte(s_[i_])) ++i_;
            emit(TokenKind::Text, b, i_);
            return;
        }
        const bool line_start = at_line_start_;
        at_line_start_ = false;
        const char prev = prev_significant_;
        prev_significant_ = c;
        if (in_field) {
            Frame& field = top();
            if (is_quote(c)) {
                const int k = enclosing_string_closed_at(i_);
                if (k >= 0) {
                    close_enclosing(k);
                    return;
                }
            }
            if (field.depth == 0 && (c == '}' || c == ':')) {
                emit(TokenKind::FStringDelimiter, b, b + 1);
                ++i_;
                if (c == '}') {
                    --st_.count;
                } else {
                    field.kind = FrameKind::FormatSpec;
                }
                return;
            }
            if (field.depth == 0 && c == '!' && !(i_ + 1 < n_ && s_[i_ + 1] == '=')) {
                ++i_; // conversion: !r, !s, !a
                while (i_ < n_ && is_word_byte(s_[i_])) ++i_;
                emit(TokenKind::FStringDelimiter, b, i_);
                return;
            }
            if (c == '(' || c == '[' || c == '{')
                field.depth = field.depth < 255 ? field.depth + 1 : 255;
            if ((c == ')' || c == ']' || c == '}') && field.depth > 0) --field.depth;
        }
        if (c == '#' && !in_field) {
            emit(TokenKind::Comment, b, n_);
            i_ = n_;
        } else if (is_quote(c)) {
            start_string(b, 0);
        } else if (is_digit(c) ||
                   (c == '.' && i_ + 1 < n_ && is_digit(s_[i_ + 1]) && !is_word_byte(prev))) {
            number();
        } else if (is_word_byte(c)) {
            prev_significant_ = prev;
            word();
            prev_significant_ = 'a';
        } else if (c == '@' && line_start && !in_field) {
            ++i_;
            while (i_ < n_ && (is_word_byte(s_[i_]) || s_[i_] == '.')) ++i_;
            emit(TokenKind::Decorator, b, i_);
        } else if (c == ':' && i_ + 1 < n_ && s_[i_ + 1] == '=') { // the walrus
            i_ += 2;
            emit(TokenKind::Operator, b, i_);
        } else if (in_set("+-*/%@&|^~<>=!\\", c)) {
            emit(TokenKind::Operator, b, ++i_);
        } else if (in_set("()[]{},:.;", c)) {
            emit(TokenKind::Punctuation, b, ++i_);
        } else {
            i_ = utf8_next(s_, i_);
            emit(TokenKind::Text, b, i_);
        }
        if (c != ' ' && expect_name_ != TokenKind::Text && !is_word_byte(c)) {
            expect_name_ = TokenKind::Text;
        }
    }

    // Single-quoted strings (and the fields inside them) end with the line unless a backslash
    // continued them; triple-quoted strings carry over.
    void end_of_line() {
        for (int k = 0; k < st_.count; ++k) {
            const Frame& f = st_.frames[k];
            if (f.kind == FrameKind::String && !f.triple && !f.continued) {
                st_.count = k;
                break;
            }
        }
        for (int k = 0; k < st_.count; ++k) st_.frames[k].continued = false;
        for (int k = st_.count; k < HighlightState::kMaxFrames; ++k) st_.frames[k] = Frame{};
    }

    std::string_view s_;
    int n_;
    int i_ = 0;
    HighlightState st_;
    std::vector<HighlightToken>& out_;
    size_t first_token_;                      // tokens before this index belong to earlier lines
    bool at_line_start_;                      // no token yet on a line that began in code
    char prev_significant_ = 0;               // last non-blank code character ('a' for a word)
    TokenKind expect_name_ = TokenKind::Text; // FunctionName after def, ClassName after class
    int soft_keyword_end_ = -1;               // end of a leading match/case/type used as keyword
    bool case_line_ = false;                  // a case line: '_' is the wildcard soft keyword
};

} // namespace

const char* token_kind_name(TokenKind kind) {
    switch (kind) {
        case TokenKind::Text: return "text";
        case TokenKind::Keyword: return "keyword";
        case TokenKind::AsyncKeyword: return "async";
        case TokenKind::SoftKeyword: return "soft-keyword";
        case TokenKind::Constant: return "constant";
        case TokenKind::Builtin: return "builtin";
        case TokenKind::FunctionName: return "function-name";
        case TokenKind::ClassName: return "class-name";
        case TokenKind::Call: return "call";
        case TokenKind::Decorator: return "decorator";
        case TokenKind::Number: return "number";
        case TokenKind::String: return "string";
        case TokenKind::StringEscape: return "escape";
        case TokenKind::FStringDelimiter: return "fstring-delimiter";
        case TokenKind::Comment: return "comment";
        case TokenKind::Operator: return "operator";
        case TokenKind::Punctuation: return "punctuation";
    }
    return "?";
}

bool operator==(const HighlightState& a, const HighlightState& b) {
    if (a.count != b.count) return false;
    for (int k = 0; k < a.count; ++k) {
        const Frame& x = a.frames[k];
        const Frame& y = b.frames[k];
        if (x.kind != y.kind || x.quote != y.quote || x.triple != y.triple || x.raw != y.raw ||
            x.fstring != y.fstring || x.continued != y.continued || x.depth != y.depth) {
            return false;
        }
    }
    return true;
}

std::string_view python_code_part(std::string_view line) {
    char quote = 0;
    size_t end = line.size();
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == '\\') {
                ++i;
            } else if (c == quote) {
                quote = 0;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '#') {
            end = i;
            break;
        }
    }
    while (end > 0 && is_space_byte(line[end - 1])) --end;
    return line.substr(0, end);
}

bool is_python_builtin(std::string_view w) {
    // dir(builtins) of CPython 3.11 (functions, types, common exceptions) plus asyncio.
    static const std::string_view kNames[] = {"ArithmeticError",
                                              "AssertionError",
                                              "AttributeError",
                                              "BaseException",
                                              "BaseExceptionGroup",
                                              "CancelledError",
                                              "ConnectionError",
                                              "Ellipsis",
                                              "Exception",
                                              "ExceptionGroup",
                                              "GeneratorExit",
                                              "ImportError",
                                              "IndexError",
                                              "KeyError",
                                              "KeyboardInterrupt",
                                              "LookupError",
                                              "MemoryError",
                                              "NameError",
                                              "NotImplemented",
                                              "NotImplementedError",
                                              "OSError",
                                              "OverflowError",
                                              "RecursionError",
                                              "RuntimeError",
                                              "RuntimeWarning",
                                              "StopAsyncIteration",
                                              "StopIteration",
                                              "SyntaxError",
                                              "SystemExit",
                                              "TimeoutError",
                                              "TypeError",
                                              "UnboundLocalError",
                                              "UserWarning",
                                              "ValueError",
                                              "Warning",
                                              "ZeroDivisionError",
                                              "abs",
                                              "aiter",
                                              "all",
                                              "anext",
                                              "any",
                                              "ascii",
                                              "asyncio",
                                              "bin",
                                              "bool",
                                              "breakpoint",
                                              "bytearray",
                                              "bytes",
                                              "callable",
                                              "chr",
                                              "classmethod",
                                              "complex",
                                              "delattr",
                                              "dict",
                                              "dir",
                                              "divmod",
                                              "enumerate",
                                              "eval",
                                              "exec",
                                              "filter",
                                              "float",
                                              "format",
                                              "frozenset",
                                              "getattr",
                                              "globals",
                                              "hasattr",
                                              "hash",
                                              "hex",
                                              "id",
                                              "input",
                                              "int",
                                              "isinstance",
                                              "issubclass",
                                              "iter",
                                              "len",
                                              "list",
                                              "locals",
                                              "map",
                                              "max",
                                              "min",
                                              "next",
                                              "object",
                                              "oct",
                                              "open",
                                              "ord",
                                              "pow",
                                              "print",
                                              "property",
                                              "range",
                                              "repr",
                                              "reversed",
                                              "round",
                                              "set",
                                              "setattr",
                                              "slice",
                                              "sorted",
                                              "staticmethod",
                                              "str",
                                              "sum",
                                              "super",
                                              "tuple",
                                              "type",
                                              "vars",
                                              "zip"};
    return std::find(std::begin(kNames), std::end(kNames), w) != std::end(kNames);
}

HighlightState highlight_line(std::string_view line, const HighlightState& state,
                              std::vector<HighlightToken>& out) {
    HighlightState start = state;
    start.count = std::clamp(start.count, 0, HighlightState::kMaxFrames);
    return LineLexer(line, start, out).run();
}

void highlight_lines(const std::vector<std::string>& lines,
                     std::vector<std::vector<HighlightToken>>& out) {
    out.resize(lines.size());
    HighlightState state;
    for (size_t i = 0; i < lines.size(); ++i) {
        out[i].clear();
        state = highlight_line(lines[i], state, out[i]);
    }
}

} // namespace loopscope::editor
