// traceback_markers.cpp - the ^^^^ / ~~^~~ line under a traceback's source line
// (traceback_markers.h), by the rules of CPython 3.11.7's two printers, including where they
// count UTF-8 bytes as characters: the output must be the same, not better.
#include "lang/traceback_markers.h"

#include "lang/ast.h"
#include "lang/parser.h"

#include <cstdint>
#include <vector>

namespace loopscope {

namespace {

// Code points as uint32_t (std::vector<uint32_t> is instantiated anyway; a u32string would
// add its own code to the wasm).
using Chars = std::vector<uint32_t>;

Chars slice(const Chars& s, long from, long to) {
    if (to > long(s.size())) to = long(s.size());
    if (from >= to) return {};
    return Chars(s.begin() + from, s.begin() + to);
}

// Code points of UTF-8 text (an invalid byte counts as one character).
Chars decode(std::string_view s) {
    Chars out;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (n < 0 || i + size_t(n) >= s.size() + (n == 0 ? 1 : 0)) {
            out.push_back(n == 0 ? c : 0xFFFD);
            ++i;
            continue;
        }
        uint32_t cp = n == 0 ? c : c & (0x3F >> n);
        for (int k = 1; k <= n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += size_t(n) + 1;
    }
    return out;
}

std::string encode(const Chars& s) {
    std::string out;
    for (uint32_t c : s) {
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// Characters in the first `bytes` bytes of `s` (CPython's byte-to-character offset: the
// bytes decoded with errors="replace").
long chars_before(std::string_view s, long bytes) {
    if (bytes <= 0) return 0;
    long n = 0;
    for (long i = 0; i < bytes && size_t(i) < s.size(); ++i)
        if ((static_cast<unsigned char>(s[size_t(i)]) & 0xC0) != 0x80) ++n;
    return n;
}

// traceback.c's IS_WHITESPACE (bytes)
bool c_space(char c) {
    return c == ' ' || c == '\t' || c == '\f';
}

// str.isspace of one character
bool py_space(uint32_t c) {
    return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// East Asian Wide / Fullwidth characters (traceback.py's _display_width counts them twice):
// the blocks source text meets (CJK, Hangul, fullwidth forms, emoji).
bool wide(uint32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

long display_width(const Chars& s, long chars) {
    long w = 0;
    for (long i = 0; i < chars && size_t(i) < s.size(); ++i) w += wide(s[size_t(i)]) ? 2 : 1;
    return w;
}

struct Anchors {
    bool found = false;
    long left = -1;  // end of the leading primary run
    long right = -1; // end of the secondary run
    char primary = '^';
    char secondary = '^';
};

// The expression a segment of source parses to, when it is one expression statement.
const ast::Expr* segment_expr(const ParseResult& parsed) {
    if (!parsed.ok() || parsed.module->body.size() != 1) return nullptr;
    auto* es = parsed.module->body[0]->as<ast::ExprStmt>();
    return es ? es->value : nullptr;
}

// As traceback.c's extract_anchors_from_line: offsets in characters of the segment.
Anchors interpreter_anchors(const std::string& seg) {
    Anchors a;
    ParseResult parsed = parse_module(seg, "<traceback>");
    const ast::Expr* e = segment_expr(parsed);
    if (!e) return a;
    long len = long(seg.size());
    if (auto* b = e->as<ast::BinOp>()) {
        long from = b->left->end_col, to = b->right->col;
        for (long i = from; i < to && i < len; ++i) {
            if (c_space(seg[size_t(i)])) continue;
            a.left = i;
            a.right = i + 1;
            if (i + 1 < to && !c_space(seg[size_t(i + 1)])) ++a.right;
            if (i + 1 < to && seg[size_t(i)] == ')') continue;
            a.primary = '~';
            a.secondary = '^';
            break;
        }
        if (a.left < 0) return a;
    } else if (auto* s = e->as<ast::Subscript>()) {
        a.left = s->value->end_col;
        a.right = s->slice->end_col + 1;
        while (a.left < len && seg[size_t(a.left)] != '[') ++a.left;
        while (a.right < len && seg[size_t(a.right)] != ']') ++a.right;
        if (a.right < len) ++a.right;
        a.primary = '~';
        a.secondary = '^';
    } else {
        return a;
    }
    a.found = true;
    a.left = chars_before(seg, a.left);
    a.right = chars_before(seg, a.right);
    return a;
}

// As traceback.py's _extract_caret_anchors_from_line_segment (3.11.7), which mixes byte and
// character offsets for a BinOp's left operand.
Anchors module_anchors(const Chars& seg) {
    Anchors a;
    std::string seg8 = encode(seg);
    ParseResult parsed = parse_module(seg8, "<traceback>");
    const ast::Expr* e = segment_expr(parsed);
    if (!e) return a;
    auto norm = [&](long bytes) { return chars_before(seg8, bytes); };
    long len = long(seg.size());
    if (auto* b = e->as<ast::BinOp>()) {
        long op_start = norm(b->left->end_col), op_end = norm(b->right->col);
        Chars op = slice(seg, op_start, op_end);
        long off = 0;
        while (size_t(off) < op.size() && py_space(op[size_t(off)])) ++off;
        long left = b->left->end_col + off, right = left + 1;
        if (size_t(off + 1) < op.size() && !py_space(op[size_t(off + 1)])) ++right;
        while (left < len && (py_space(seg[size_t(left)]) || seg[size_t(left)] == ')' ||
                              seg[size_t(left)] == '#')) {
            ++left;
            ++right;
        }
        a.left = norm(left);
        a.right = norm(right);
    } else if (auto* s = e->as<ast::Subscript>()) {
        a.left = norm(s->value->end_col);
        a.right = norm(s->slice->end_col + 1);
        while (a.left < len && seg[size_t(a.left)] != '[') ++a.left;
        while (a.right < len && seg[size_t(a.right)] != ']') ++a.right;
        if (a.right < len) ++a.right;
    } else {
        return a;
    }
    a.found = true;
    a.primary = '~';
    a.secondary = '^';
    return a;
}

// As traceback.c's tb_displayline + print_error_location_carets.
std::string interpreter_markers(std::string_view line, const SourceRange& r) {
    Chars chars = decode(line);
    long n = long(chars.size());
    long start = chars_before(line, r.col), end = chars_before(line, r.end_col);
    long indent = 0;
    while (indent < n && (chars[size_t(indent)] == ' ' || chars[size_t(indent)] == '\t' ||
                          chars[size_t(indent)] == '\f'))
        ++indent;
    Anchors a;
    if (r.line == r.end_line) {
        if (start < end) {
            a = interpreter_anchors(encode(slice(chars, start, end)));
            if (a.found) {
                a.left += start;
                a.right += start;
            }
        }
    } else {
        // the rest of the first line, found by indexing its bytes with a character count
        long i = n;
        while (--i >= 0)
            if (size_t(i) >= line.size() || !c_space(line[size_t(i)])) break;
        end = i + 1;
    }
    if (end - start == n - indent && !a.found) return "";
    // the marks go by display columns (a wide character takes two)
    start = display_width(chars, start);
    end = display_width(chars, end);
    if (a.found) {
        a.left = display_width(chars, a.left);
        a.right = display_width(chars, a.right);
    }
    std::string out;
    for (long offset = indent - 4 + 1; offset <= end; ++offset) {
        if (offset <= start)
            out += ' ';
        else if (a.found && a.left < offset && offset <= a.right)
            out += a.secondary;
        else
            out += a.primary;
    }
    return out + "\n";
}

// As traceback.py's StackSummary.format_frame_summary (3.11.7).
std::string module_markers(std::string_view line, const SourceRange& r) {
    Chars chars = decode(line);
    chars.push_back('\n'); // linecache's lines end with one
    long n = long(chars.size());
    long lead = 0, trail = n;
    while (lead < n && py_space(chars[size_t(lead)])) ++lead;
    while (trail > lead && py_space(chars[size_t(trail - 1)])) --trail;
    long stripped = trail - lead;
    if (stripped == 0) return "";
    long stripped_chars = n - stripped;
    long start = chars_before(line, r.col), end = chars_before(line, r.end_col);
    if (start > n) start = n;
    if (end > n) end = n;
    Chars seg = slice(chars, start, end);
    Anchors a;
    if (r.line == r.end_line)
        a = module_anchors(seg);
    else
        end = trail;
    if (!(end - start < stripped || (a.found && a.right - a.left > 0))) return "";
    long dp_start = display_width(chars, start) + 1, dp_end = display_width(chars, end) + 1;
    std::string out = "    " + std::string(size_t(std::max(0L, dp_start - stripped_chars)), ' ');
    auto run = [&](char c, long k) { out += std::string(size_t(std::max(0L, k)), c); };
    if (a.found) {
        long dl = display_width(seg, a.left), dr = display_width(seg, a.right);
        run(a.primary, dl);
        run(a.secondary, dr - dl);
        run(a.primary, dp_end - dp_start - dr);
    } else {
        run('^', dp_end - dp_start);
    }
    return out + "\n";
}

} // namespace

std::string position_markers(std::string_view line, const SourceRange& r, TracebackStyle style) {
    if (r.line <= 0 || r.end_line < r.line || r.col < 0 || r.end_col < 0) return "";
    return style == TracebackStyle::Interpreter ? interpreter_markers(line, r)
                                                : module_markers(line, r);
}

} // namespace loopscope
