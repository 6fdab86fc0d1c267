#include "model/editor/editor_buffer.h"

#include "model/editor/python_highlight.h"
#include "model/editor/text_columns.h"

#include <algorithm>

namespace loopscope::editor {

namespace {

// Enough for any lesson-sized program; the oldest steps are dropped past this.
constexpr size_t kMaxUndoSteps = 1000;

// Splits text into lines, accepting "\n", "\r\n" and a lone "\r" as line ends.
std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines(1);
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            lines.emplace_back();
        } else {
            lines.back() += c;
        }
    }
    return lines;
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return is_space_byte(c); });
}

// The first word of a stripped line ("return x" -> "return").
std::string_view first_word(std::string_view s) {
    size_t i = 0;
    while (i < s.size() && is_space_byte(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && is_word_byte(s[j])) ++j;
    return s.substr(i, j - i);
}

// Character classes a word move or double-click stops between.
int char_class(unsigned char c) {
    if (is_space_byte(c)) return 0;
    if (is_word_byte(c)) return 1;
    return 2;
}

} // namespace

EditorBuffer::EditorBuffer(std::string_view text) : lines_(split_lines(text)) {}

// [SECTION] text

void EditorBuffer::set_text(std::string_view text) {
    lines_ = split_lines(text);
    cursor_ = anchor_ = TextPos{};
    preferred_visual_ = -1;
    undo_.clear();
    redo_.clear();
    group_ = Group::None;
    changed();
}

std::string EditorBuffer::text() const {
    std::string out;
    for (size_t i = 0; i < lines_.size(); ++i) {
        if (i) out += '\n';
        out += lines_[i];
    }
    return out;
}

// [SECTION] cursor and selection

TextRange EditorBuffer::selection() const {
    return cursor_ < anchor_ ? TextRange{cursor_, anchor_} : TextRange{anchor_, cursor_};
}

std::string EditorBuffer::selected_text() const {
    const TextRange r = selection();
    if (r.begin.line == r.end.line) {
        return lines_[r.begin.line].substr(r.begin.column, r.end.column - r.begin.column);
    }
    std::string out = lines_[r.begin.line].substr(r.begin.column);
    for (int l = r.begin.line + 1; l < r.end.line; ++l) out += '\n' + lines_[l];
    out += '\n' + lines_[r.end.line].substr(0, r.end.column);
    return out;
}

TextPos EditorBuffer::clamp(TextPos pos) const {
    pos.line = std::clamp(pos.line, 0, line_count() - 1);
    pos.column = utf8_floor(lines_[pos.line], pos.column);
    return pos;
}

void EditorBuffer::move_to(TextPos pos, bool extend, bool keep_preferred) {
    cursor_ = clamp(pos);
    if (!extend) anchor_ = cursor_;
    if (!keep_preferred) preferred_visual_ = -1;
    group_ = Group::None;
}

void EditorBuffer::set_cursor(TextPos pos, bool extend) {
    move_to(pos, extend);
}

void EditorBuffer::select(TextPos anchor, TextPos cursor) {
    anchor_ = clamp(anchor);
    move_to(cursor, true);
}

void EditorBuffer::select_all() {
    select(TextPos{0, 0}, TextPos{line_count() - 1, static_cast<int>(lines_.back().size())});
}

void EditorBuffer::select_word_at(TextPos pos) {
    pos = clamp(pos);
    const std::string& s = lines_[pos.line];
    const int size = static_cast<int>(s.size());
    if (size == 0) {
        move_to(pos, false);
        return;
    }
    // At the end of a line (or after the last character) take the character before.
    int at = pos.column < size ? pos.column : utf8_prev(s, size);
    const int cls = char_class(s[at]);
    int begin = at;
    while (begin > 0) {
        const int prev = utf8_prev(s, begin);
        if (char_class(s[prev]) != cls) break;
        begin = prev;
    }
    int end = utf8_next(s, at);
    // Punctuation selects one character; words and blanks select the whole run.
    if (cls != 2) {
        while (end < size && char_class(s[end]) == cls) end = utf8_next(s, end);
    } else {
        begin = at;
    }
    select(TextPos{pos.line, begin}, TextPos{pos.line, end});
}

// [SECTION] cursor moves

TextPos EditorBuffer::word_left(TextPos pos) const {
    if (pos.column == 0) {
        return pos.line > 0 ? TextPos{pos.line - 1, static_cast<int>(lines_[pos.line - 1].size())}
                            : pos;
    }
    const std::string& s = lines_[pos.line];
    int i = pos.column;
    while (i > 0 && char_class(s[utf8_prev(s, i)]) == 0) i = utf8_prev(s, i);
    if (i > 0) {
        const int cls = char_class(s[utf8_prev(s, i)]);
        while (i > 0 && char_class(s[utf8_prev(s, i)]) == cls) i = utf8_prev(s, i);
    }
    return TextPos{pos.line, i};
}

TextPos EditorBuffer::word_right(TextPos pos) const {
    const std::string& s = lines_[pos.line];
    const int size = static_cast<int>(s.size());
    if (pos.column >= size) {
        return pos.line + 1 < line_count() ? TextPos{pos.line + 1, 0} : pos;
    }
    int i = pos.column;
    while (i < size && char_class(s[i]) == 0) i = utf8_next(s, i);
    if (i < size) {
        const int cls = char_class(s[i]);
        while (i < size && char_class(s[i]) == cls) i = utf8_next(s, i);
    }
    return TextPos{pos.line, i};
}

void EditorBuffer::move_left(bool extend, bool word) {
    if (has_selection() && !extend && !word) {
        move_to(selection().begin, false);
        return;
    }
    if (word) {
        move_to(word_left(cursor_), extend);
    } else if (cursor_.column > 0) {
        move_to(TextPos{cursor_.line, utf8_prev(lines_[cursor_.line], cursor_.column)}, extend);
    } else if (cursor_.line > 0) {
        move_to(TextPos{cursor_.line - 1, static_cast<int>(lines_[cursor_.line - 1].size())},
                extend);
    } else {
        move_to(cursor_, extend);
    }
}

void EditorBuffer::move_right(bool extend, bool word) {
    if (has_selection() && !extend && !word) {
        move_to(selection().end, false);
        return;
    }
    const int size = static_cast<int>(lines_[cursor_.line].size());
    if (word) {
        move_to(word_right(cursor_), extend);
    } else if (cursor_.column < size) {
        move_to(TextPos{cursor_.line, utf8_next(lines_[cursor_.line], cursor_.column)}, extend);
    } else if (cursor_.line + 1 < line_count()) {
        move_to(TextPos{cursor_.line + 1, 0}, extend);
    } else {
        move_to(cursor_, extend);
    }
}

int EditorBuffer::preferred_visual_column() {
    if (preferred_visual_ < 0) {
        preferred_visual_ = visual_column(lines_[cursor_.line], cursor_.column);
    }
    return preferred_visual_;
}

void EditorBuffer::move_page(int delta, bool extend) {
    const int target = cursor_.line + delta;
    if (target < 0) {
        move_to(TextPos{0, 0}, extend);
        return;
    }
    if (target >= line_count()) {
        move_to(TextPos{line_count() - 1, static_cast<int>(lines_.back().size())}, extend);
        return;
    }
    const int visual = preferred_visual_column();
    move_to(TextPos{target, byte_column_at(lines_[target], static_cast<float>(visual))}, extend,
            true);
}

void EditorBuffer::move_up(bool extend) {
    move_page(-1, extend);
}

void EditorBuffer::move_down(bool extend) {
    move_page(1, extend);
}

void EditorBuffer::move_home(bool extend) {
    const int first = leading_whitespace(lines_[cursor_.line]);
    move_to(TextPos{cursor_.line, cursor_.column == first ? 0 : first}, extend);
}

void EditorBuffer::move_end(bool extend) {
    move_to(TextPos{cursor_.line, static_cast<int>(lines_[cursor_.line].size())}, extend);
}

void EditorBuffer::move_to_start(bool extend) {
    move_to(TextPos{0, 0}, extend);
}

void EditorBuffer::move_to_end(bool extend) {
    move_to(TextPos{line_count() - 1, static_cast<int>(lines_.back().size())}, extend);
}

// [SECTION] raw edits

TextPos EditorBuffer::raw_insert(TextPos pos, std::string_view text) {
    std::vector<std::string> parts = split_lines(text);
    std::string& line = lines_[pos.line];
    if (parts.size() == 1) {
        line.insert(static_cast<size_t>(pos.column), parts[0]);
        return TextPos{pos.line, pos.column + static_cast<int>(parts[0].size())};
    }
    std::string tail = line.substr(pos.column);
    line.resize(pos.column);
    line += parts[0];
    const TextPos end{pos.line + static_cast<int>(parts.size()) - 1,
                      static_cast<int>(parts.back().size())};
    parts.back() += tail;
    lines_.insert(lines_.begin() + pos.line + 1, std::make_move_iterator(parts.begin() + 1),
                  std::make_move_iterator(parts.end()));
    return end;
}

void EditorBuffer::raw_erase(TextPos begin, TextPos end) {
    if (begin.line == end.line) {
        lines_[begin.line].erase(begin.column, end.column - begin.column);
        return;
    }
    lines_[begin.line].resize(begin.column);
    lines_[begin.line] += lines_[end.line].substr(end.column);
    lines_.erase(lines_.begin() + begin.line + 1, lines_.begin() + end.line + 1);
}

void EditorBuffer::collapse_to(TextPos pos) {
    cursor_ = anchor_ = pos;
    preferred_visual_ = -1;
}

// [SECTION] undo

void EditorBuffer::begin_edit(Group group) {
    if (group == Group::None || group != group_) {
        undo_.push_back(Snapshot{lines_, cursor_, anchor_});
        if (undo_.size() > kMaxUndoSteps) undo_.erase(undo_.begin());
        group_ended_word_ = false;
    }
    redo_.clear();
    group_ = group;
}

// Undo and redo: the current text goes onto one stack, the top of the other becomes current.
bool EditorBuffer::swap_history(std::vector<Snapshot>& from, std::vector<Snapshot>& to) {
    if (from.empty()) return false;
    to.push_back(Snapshot{lines_, cursor_, anchor_});
    Snapshot& s = from.back();
    lines_ = std::move(s.lines);
    cursor_ = s.cursor;
    anchor_ = s.anchor;
    from.pop_back();
    group_ = Group::None;
    preferred_visual_ = -1;
    changed();
    return true;
}

bool EditorBuffer::undo() {
    return swap_history(undo_, redo_);
}

bool EditorBuffer::redo() {
    return swap_history(redo_, undo_);
}

// [SECTION] editing

bool EditorBuffer::erase_selection() {
    if (!has_selection()) return false;
    begin_edit(Group::None);
    const TextRange r = selection();
    raw_erase(r.begin, r.end);
    collapse_to(r.begin);
    group_ = Group::None;
    changed();
    return true;
}

bool EditorBuffer::type_text(std::string_view utf8) {
    if (utf8.empty()) return false;
    if (utf8 == "\n" || utf8 == "\r") return newline();
    // A word boundary (a non-blank after a blank) closes the typing group: undo goes by word.
    const bool blank = is_blank(utf8);
    if (has_selection()) {
        begin_edit(Group::None);
        const TextRange r = selection();
        raw_erase(r.begin, r.end);
        collapse_to(r.begin);
    } else if (group_ == Group::Typing && group_ended_word_ && !blank) {
        begin_edit(Group::None);
    } else {
        begin_edit(Group::Typing);
    }
    group_ = Group::Typing;
    group_ended_word_ = blank;
    collapse_to(raw_insert(cursor_, utf8));
    changed();
    return true;
}

bool EditorBuffer::insert_text(std::string_view text) {
    if (text.empty() && !has_selection()) return false;
    begin_edit(Group::None);
    const TextRange r = selection();
    raw_erase(r.begin, r.end);
    collapse_to(raw_insert(r.begin, text));
    group_ = Group::None;
    changed();
    return true;
}

bool EditorBuffer::newline() {
    begin_edit(Group::None);
    const TextRange r = selection();
    raw_erase(r.begin, r.end);
    collapse_to(r.begin);
    std::string& line = lines_[cursor_.line];
    const std::string_view before = std::string_view(line).substr(0, cursor_.column);
    std::string indent(before.substr(0, leading_whitespace(before)));
    const std::string_view code = python_code_part(before);
    // A block opener, or an open bracket continuing the statement: one level deeper.
    if (!code.empty() &&
        (code.back() == ':' || code.back() == '(' || code.back() == '[' || code.back() == '{')) {
        indent.append(kIndentWidth, ' ');
    } else {
        const std::string_view word = first_word(code);
        if ((word == "return" || word == "pass" || word == "break" || word == "continue" ||
             word == "raise") &&
            indent.size() >= static_cast<size_t>(kIndentWidth)) {
            indent.resize(indent.size() - kIndentWidth);
        }
    }
    // A line of nothing but the indentation is left empty (no trailing blanks).
    if (is_blank(before)) {
        line.erase(0, cursor_.column);
        cursor_.column = 0;
    }
    collapse_to(raw_insert(cursor_, "\n" + indent));
    group_ = Group::None;
    changed();
    return true;
}

bool EditorBuffer::backspace(bool word) {
    if (has_selection()) return erase_selection();
    if (cursor_.column == 0 && cursor_.line == 0) return false;
    TextPos from;
    const std::string& s = lines_[cursor_.line];
    if (cursor_.column == 0) {
        from = TextPos{cursor_.line - 1, static_cast<int>(lines_[cursor_.line - 1].size())};
    } else if (word) {
        from = word_left(cursor_);
    } else if (is_blank(std::string_view(s).substr(0, cursor_.column)) &&
               s.compare(0, cursor_.column, std::string(cursor_.column, ' ')) == 0) {
        // In leading spaces: back to the previous indent stop.
        const int stop = (cursor_.column - 1) / kIndentWidth * kIndentWidth;
        from = TextPos{cursor_.line, stop};
    } else {
        from = TextPos{cursor_.line, utf8_prev(s, cursor_.column)};
    }
    begin_edit(Group::Backspace);
    raw_erase(from, cursor_);
    collapse_to(from);
    changed();
    return true;
}

bool EditorBuffer::delete_forward(bool word) {
    if (has_selection()) return erase_selection();
    const std::string& s = lines_[cursor_.line];
    const int size = static_cast<int>(s.size());
    if (cursor_.column >= size && cursor_.line + 1 >= line_count()) return false;
    TextPos to;
    if (cursor_.column >= size) {
        to = TextPos{cursor_.line + 1, 0};
    } else if (word) {
        to = word_right(cursor_);
    } else {
        to = TextPos{cursor_.line, utf8_next(s, cursor_.column)};
    }
    begin_edit(Group::Delete);
    raw_erase(cursor_, to);
    collapse_to(cursor_);
    changed();
    return true;
}

bool EditorBuffer::indent() {
    const TextRange r = selection();
    if (r.begin.line == r.end.line) {
        const int visual = visual_column(lines_[r.begin.line], r.begin.column);
        const int spaces = kIndentWidth - visual % kIndentWidth;
        return insert_text(std::string(spaces, ' '));
    }
    begin_edit(Group::None);
    // A selection ending at column 0 does not include that last line.
    const int last = r.end.column == 0 ? r.end.line - 1 : r.end.line;
    const std::string pad(kIndentWidth, ' ');
    for (int l = r.begin.line; l <= last; ++l) {
        if (!lines_[l].empty()) lines_[l].insert(0, pad);
    }
    // Positions move with their text; column 0 stays so whole-line selections stay whole.
    auto shift = [&](TextPos& p) {
        if (p.line >= r.begin.line && p.line <= last && p.column > 0) p.column += kIndentWidth;
    };
    shift(cursor_);
    shift(anchor_);
    preferred_visual_ = -1;
    group_ = Group::None;
    changed();
    return true;
}

bool EditorBuffer::dedent() {
    const TextRange r = selection();
    const int last = r.end.column == 0 && r.end.line > r.begin.line ? r.end.line - 1 : r.end.line;
    std::vector<int> removed(static_cast<size_t>(last - r.begin.line + 1), 0);
    bool any = false;
    for (int l = r.begin.line; l <= last; ++l) {
        const std::string& s = lines_[l];
        int n = 0;
        if (!s.empty() && s[0] == '\t') {
            n = 1;
        } else {
            while (n < kIndentWidth && n < static_cast<int>(s.size()) && s[n] == ' ') ++n;
        }
        removed[l - r.begin.line] = n;
        any = any || n > 0;
    }
    if (!any) return false;
    begin_edit(Group::None);
    for (int l = r.begin.line; l <= last; ++l) lines_[l].erase(0, removed[l - r.begin.line]);
    auto shift = [&](TextPos& p) {
        if (p.line >= r.begin.line && p.line <= last) {
            p.column = std::max(0, p.column - removed[p.line - r.begin.line]);
        }
    };
    shift(cursor_);
    shift(anchor_);
    preferred_visual_ = -1;
    group_ = Group::None;
    changed();
    return true;
}

std::string EditorBuffer::cut() {
    std::string out = selected_text();
    erase_selection();
    return out;
}

} // namespace loopscope::editor
