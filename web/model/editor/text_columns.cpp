#include "model/editor/text_columns.h"

namespace loopscope::editor {

namespace {

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// Length of a well-formed sequence starting at i, or 1 for an invalid or truncated one.
int sequence_length(std::string_view s, int i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    int len = 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4;
    }
    if (i + len > static_cast<int>(s.size())) return 1;
    for (int k = 1; k < len; ++k) {
        if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return 1;
    }
    return len;
}

} // namespace

int utf8_next(std::string_view s, int i) {
    const int size = static_cast<int>(s.size());
    if (i < 0) return 0;
    if (i >= size) return size;
    return i + sequence_length(s, i);
}

int utf8_prev(std::string_view s, int i) {
    const int size = static_cast<int>(s.size());
    if (i > size) i = size;
    if (i <= 0) return 0;
    // Walk back over up to 3 continuation bytes; accept the lead only if its sequence ends at i.
    for (int back = 1; back <= 4 && i - back >= 0; ++back) {
        const int start = i - back;
        if (!is_continuation(static_cast<unsigned char>(s[start])) || back == 4) {
            return start + sequence_length(s, start) == i ? start : i - 1;
        }
    }
    return i - 1;
}

int utf8_floor(std::string_view s, int i) {
    const int size = static_cast<int>(s.size());
    if (i <= 0) return 0;
    if (i >= size) return size;
    if (!is_continuation(static_cast<unsigned char>(s[i]))) return i;
    const int prev = utf8_prev(s, i);
    // `i` is inside a sequence only if the code point before it spans past i.
    return utf8_next(s, prev) > i ? prev : i;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
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

int visual_column(std::string_view line, int byte_col) {
    const int end =
        byte_col < static_cast<int>(line.size()) ? byte_col : static_cast<int>(line.size());
    int cells = 0;
    for (int i = 0; i < end; i = utf8_next(line, i)) {
        cells = line[i] == '\t' ? (cells / kTabWidth + 1) * kTabWidth : cells + 1;
    }
    return cells;
}

int byte_column_at(std::string_view line, float visual) {
    const int size = static_cast<int>(line.size());
    int cells = 0;
    for (int i = 0; i < size; i = utf8_next(line, i)) {
        const int next = line[i] == '\t' ? (cells / kTabWidth + 1) * kTabWidth : cells + 1;
        // Before the middle of this glyph's cells: the caret goes in front of it.
        if (visual < (cells + next) * 0.5f) return i;
        cells = next;
    }
    return size;
}

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c >= 0x80;
}

bool is_space_byte(unsigned char c) {
    return c == ' ' || c == '\t';
}

int leading_whitespace(std::string_view line) {
    int n = 0;
    while (n < static_cast<int>(line.size()) && is_space_byte(line[n])) ++n;
    return n;
}

} // namespace loopscope::editor
