// markdown.cpp - the lesson prose subset (see markdown.h). A deliberately small line-based
// parser: it takes a few of CommonMark's rules (a `*` next to a space does not open or close
// emphasis, a list interrupts a paragraph) and ignores the rest.
#include "lessons/markdown.h"

#include <cctype>
#include <utility>

namespace loopscope::lessons {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (is_space(s.front()) || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (is_space(s.back()) || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

size_t indent_of(std::string_view s) {
    size_t n = 0;
    while (n < s.size() && is_space(s[n])) ++n;
    return n;
}

// ---- inline -------------------------------------------------------------------------------

enum class TokKind { Text, Code, Star1, Star2 };

struct Tok {
    TokKind kind;
    std::string text;       // Text / Code content; the literal marker for stars
    bool can_open = false;  // stars: followed by a non-space
    bool can_close = false; // stars: preceded by a non-space
    bool paired = false;    // stars: matched with a partner
    bool opens = false;     // stars: the opening one of its pair

    Tok(TokKind k, std::string t) : kind(k), text(std::move(t)) {}
};

const char* kEscapable = "\\`*_#-+.[]()!>";

std::vector<Tok> tokenize(std::string_view s, int line, std::vector<MarkdownWarning>* warnings) {
    std::vector<Tok> toks;
    auto text = [&](std::string_view t) {
        if (!toks.empty() && toks.back().kind == TokKind::Text) {
            toks.back().text.append(t);
        } else {
            toks.emplace_back(TokKind::Text, std::string(t));
        }
    };
    size_t i = 0;
    while (i < s.size()) {
        char c = s[i];
        if (c == '\\' && i + 1 < s.size() &&
            std::string_view(kEscapable).find(s[i + 1]) != std::string_view::npos) {
            text(s.substr(i + 1, 1));
            i += 2;
        } else if (c == '`') {
            size_t ticks = 0;
            while (i + ticks < s.size() && s[i + ticks] == '`') ++ticks;
            std::string fence(ticks, '`');
            size_t close = s.find(fence, i + ticks);
            if (close == std::string_view::npos) {
                if (warnings) warnings->push_back({line, "unclosed ` (inline code) stays literal"});
                text(s.substr(i, ticks));
                i += ticks;
                continue;
            }
            std::string_view body = s.substr(i + ticks, close - i - ticks);
            // CommonMark: one space on both sides is padding (lets `` ` `` show a backtick).
            if (body.size() >= 2 && body.front() == ' ' && body.back() == ' ') {
                body = body.substr(1, body.size() - 2);
            }
            toks.emplace_back(TokKind::Code, std::string(body));
            i = close + ticks;
        } else if (c == '*') {
            size_t n = (i + 1 < s.size() && s[i + 1] == '*') ? 2 : 1;
            Tok t(n == 2 ? TokKind::Star2 : TokKind::Star1, std::string(n, '*'));
            t.can_open = i + n < s.size() && !is_space(s[i + n]);
            t.can_close = i > 0 && !is_space(s[i - 1]);
            toks.push_back(t);
            i += n;
        } else {
            size_t j = i;
            while (j < s.size() && s[j] != '\\' && s[j] != '`' && s[j] != '*') ++j;
            if (j == i) j = i + 1; // a lone backslash
            text(s.substr(i, j - i));
            i = j;
        }
    }
    return toks;
}

// Pairs the stars of one kind left to right: no nesting of a kind inside itself.
void pair_stars(std::vector<Tok>& toks, TokKind kind, int line,
                std::vector<MarkdownWarning>* warnings) {
    int open = -1;
    for (size_t k = 0; k < toks.size(); ++k) {
        Tok& t = toks[k];
        if (t.kind != kind) continue;
        if (open >= 0 && t.can_close) {
            toks[open].paired = t.paired = true;
            toks[open].opens = true;
            open = -1;
        } else if (open < 0 && t.can_open) {
            open = static_cast<int>(k);
        }
    }
    if (open >= 0 && warnings) {
        warnings->push_back(
            {line, std::string("unclosed ") + toks[open].text + " (emphasis) stays literal"});
    }
}

} // namespace

Inline parse_inline(std::string_view text, int line, std::vector<MarkdownWarning>* warnings) {
    std::vector<Tok> toks = tokenize(text, line, warnings);
    pair_stars(toks, TokKind::Star2, line, warnings);
    pair_stars(toks, TokKind::Star1, line, warnings);
    Inline out;
    bool em = false, strong = false;
    auto add = [&](const std::string& s, bool code) {
        if (s.empty()) return;
        Span span{s, code ? false : em, code ? false : strong, code};
        if (!out.empty() && out.back().emphasis == span.emphasis &&
            out.back().strong == span.strong && out.back().code == span.code && !code) {
            out.back().text += s;
        } else {
            out.push_back(std::move(span));
        }
    };
    for (const Tok& t : toks) {
        switch (t.kind) {
            case TokKind::Text: add(t.text, false); break;
            case TokKind::Code: add(t.text, true); break;
            case TokKind::Star1:
            case TokKind::Star2:
                if (!t.paired) {
                    add(t.text, false);
                } else if (t.kind == TokKind::Star1) {
                    em = t.opens;
                } else {
                    strong = t.opens;
                }
                break;
        }
    }
    return out;
}

std::string plain_text(const Inline& spans) {
    std::string s;
    for (const Span& sp : spans) s += sp.text;
    return s;
}

namespace {

// A list marker at the start of `line`: returns the text after it, sets *numbered / *number.
bool list_marker(std::string_view line, std::string_view* rest, bool* numbered, int* number) {
    std::string_view s = line.substr(indent_of(line));
    if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && is_space(s[1])) {
        *rest = trim(s.substr(2));
        *numbered = false;
        return true;
    }
    size_t d = 0;
    while (d < s.size() && d < 9 && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
    if (d > 0 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') && is_space(s[d + 1])) {
        *rest = trim(s.substr(d + 2));
        *numbered = true;
        *number = std::stoi(std::string(s.substr(0, d)));
        return true;
    }
    return false;
}

bool is_fence(std::string_view line) {
    return indent_of(line) <= 3 && line.substr(indent_of(line)).substr(0, 3) == "```";
}

struct Builder {
    Document doc;
    // The open block: a paragraph's or list items' raw text is kept until the block closes.
    bool open = false;
    Block block;
    std::string para;               // Paragraph raw text
    std::vector<std::string> items; // list items raw text
    std::vector<int> item_lines;

    void close() {
        if (!open) return;
        if (block.kind == BlockKind::Paragraph) {
            block.text = parse_inline(para, block.line, &doc.warnings);
        } else {
            for (size_t k = 0; k < items.size(); ++k) {
                block.items.push_back(parse_inline(items[k], item_lines[k], &doc.warnings));
            }
        }
        doc.blocks.push_back(std::move(block));
        block = Block{};
        para.clear();
        items.clear();
        item_lines.clear();
        open = false;
    }
    void start(BlockKind kind, int line) {
        close();
        open = true;
        block.kind = kind;
        block.line = line;
    }
    bool in_list() const {
        return open &&
               (block.kind == BlockKind::BulletList || block.kind == BlockKind::NumberedList);
    }
};

void append_word(std::string& s, std::string_view text) {
    if (!s.empty() && !text.empty()) s += ' ';
    s.append(text);
}

} // namespace

Document parse_markdown(std::string_view text) {
    std::vector<std::string_view> lines;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view l = text.substr(pos, nl - pos);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        lines.push_back(l);
        pos = nl + 1;
    }

    Builder b;
    for (size_t k = 0; k < lines.size(); ++k) {
        std::string_view line = lines[k];
        int lineno = static_cast<int>(k) + 1;

        if (is_fence(line)) {
            b.close();
            Block code;
            code.kind = BlockKind::CodeBlock;
            code.line = lineno;
            code.language = std::string(trim(line.substr(indent_of(line) + 3)));
            size_t fence_indent = indent_of(line);
            bool closed = false;
            for (++k; k < lines.size(); ++k) {
                if (is_fence(lines[k]) && trim(lines[k]) == "```") {
                    closed = true;
                    break;
                }
                std::string_view body = lines[k];
                // Drop the fence's own indentation from each line (a fence inside a list).
                size_t drop = std::min(fence_indent, indent_of(body));
                code.code.append(body.substr(drop));
                code.code += '\n';
            }
            if (!closed) {
                b.doc.warnings.push_back(
                    {lineno, "code block opened here is never closed with ```"});
            }
            b.doc.blocks.push_back(std::move(code));
            continue;
        }

        std::string_view t = trim(line);
        if (t.empty()) {
            b.close();
            continue;
        }

        if (indent_of(line) <= 3 && t[0] == '#') {
            size_t level = 0;
            while (level < t.size() && t[level] == '#') ++level;
            if (level == t.size() || is_space(t[level])) {
                b.close();
                Block h;
                h.kind = BlockKind::Heading;
                h.line = lineno;
                if (level > 3) {
                    b.doc.warnings.push_back(
                        {lineno, "only #, ## and ### headings exist; shown as ###"});
                    level = 3;
                }
                h.level = static_cast<int>(level);
                std::string_view body =
                    trim(t.substr(std::min(t.size(), t.find_first_not_of('#'))));
                h.text = parse_inline(body, lineno, &b.doc.warnings);
                b.doc.blocks.push_back(std::move(h));
                continue;
            }
        }

        std::string_view rest;
        bool numbered = false;
        int number = 1;
        if (list_marker(line, &rest, &numbered, &number)) {
            BlockKind kind = numbered ? BlockKind::NumberedList : BlockKind::BulletList;
            if (!(b.in_list() && b.block.kind == kind)) {
                b.start(kind, lineno);
                b.block.start = number;
            }
            b.items.emplace_back(rest);
            b.item_lines.push_back(lineno);
            continue;
        }

        if (b.in_list()) {
            append_word(b.items.back(), t); // indented or lazy continuation of the last item
            continue;
        }
        if (!(b.open && b.block.kind == BlockKind::Paragraph)) {
            b.start(BlockKind::Paragraph, lineno);
        }
        append_word(b.para, t);
    }
    b.close();
    return std::move(b.doc);
}

} // namespace loopscope::lessons
