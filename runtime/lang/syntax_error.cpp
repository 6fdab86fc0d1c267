// syntax_error.cpp - CPython-identical rendering of an uncaught SyntaxError.
#include "lang/syntax_error.h"

namespace loopscope {

std::string source_line(std::string_view source, int line, bool keep_newline) {
    size_t pos = 0;
    for (int l = 1; l < line; ++l) {
        size_t nl = source.find('\n', pos);
        if (nl == std::string_view::npos) return "";
        pos = nl + 1;
    }
    if (pos > source.size() || line < 1) return "";
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return std::string(source.substr(pos));
    return std::string(source.substr(pos, nl - pos + (keep_newline ? 1 : 0)));
}

// as pythonrun.c: print_exception() + print_error_text() (3.11)
std::string format_syntax_error(const SyntaxErrorInfo& err, std::string_view filename) {
    // too deep to compile: CPython prints just the exception line
    if (err.type == "RecursionError" || !err.located) return err.type + ": " + err.msg + "\n";
    std::string out = "  File \"";
    out += filename;
    out += "\", line " + std::to_string(err.line) + "\n";
    // Only SyntaxError itself has end positions; its subclasses print a single caret.
    long offset = err.col;
    long end_offset = err.type == "SyntaxError" ? err.end_col : -1;
    long end_line = err.type == "SyntaxError" ? err.end_line : err.line;
    if (err.type == "SyntaxError" && err.end_line == 0) end_line = err.line;
    const std::string& full = err.text;
    if (!full.empty()) {
        long line_size = static_cast<long>(full.size());
        if (end_line > err.line) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
        const char* text = full.c_str();
        offset--;
        while (*text == ' ' || *text == '\t' || *text == '\f') {
            text++;
            offset--;
        }
        std::string_view rest(text);
        long len = static_cast<long>(rest.size());
        if (len > 0 && rest[len - 1] == '\n') len--;
        if (offset > len) offset = len;
        for (;;) {
            size_t nl = rest.find('\n');
            if (nl == std::string_view::npos) break;
            long inl = static_cast<long>(nl);
            if (inl >= offset) break;
            inl += 1;
            rest.remove_prefix(inl);
            len -= inl;
            offset -= inl;
        }
        out += "    ";
        out += rest;
        if (static_cast<size_t>(len) >= rest.size() || rest[len] != '\n') out += "\n";
        if (offset >= 0) {
            out += "    ";
            out.append(static_cast<size_t>(offset), ' ');
            out.append(static_cast<size_t>(carets), '^');
            out += "\n";
        }
    }
    out += err.type;
    if (!err.msg.empty()) out += ": " + err.msg;
    out += "\n";
    return out;
}

} // namespace loopscope
