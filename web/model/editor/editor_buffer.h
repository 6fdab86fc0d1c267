// editor_buffer.h - the code editor's text, cursor, selection and undo history, without ImGui.
//
// The text is a vector of lines (UTF-8, no '\n'; there is always at least one line). Positions
// are 0-based (line, byte column) and always sit on a code point boundary. The selection is the
// range between the anchor and the cursor; they are equal when nothing is selected.
//
// Every editing call returns true when the text changed and bumps version(), which is how the
// widget tells its caller that the program was edited. Edits are recorded for undo/redo: each
// call is one step, except that consecutive typed characters (type_text) coalesce into one step
// per word, and consecutive Backspaces or Deletes into one step, until the cursor is moved.
//
//   EditorBuffer buf("async def main():");
//   buf.set_cursor({0, 17});
//   buf.newline();            // "async def main():\n    " (indent +4 after ':')
//   buf.type_text("pass");
//   buf.undo();               // removes "pass"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::editor {

// A place in the text: 0-based line and 0-based byte column.
struct TextPos {
    int line = 0;
    int column = 0;
};
inline bool operator==(TextPos a, TextPos b) {
    return a.line == b.line && a.column == b.column;
}
inline bool operator!=(TextPos a, TextPos b) {
    return !(a == b);
}
inline bool operator<(TextPos a, TextPos b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
}

// An ordered range [begin, end).
struct TextRange {
    TextPos begin;
    TextPos end;
};

class EditorBuffer {
public:
    explicit EditorBuffer(std::string_view text = {});

    // [SECTION] text
    // Replaces everything ("\r\n" and "\r" become "\n"), puts the cursor at the start and clears
    // the undo history: for loading a lesson, not for an edit.
    void set_text(std::string_view text);
    std::string text() const; // lines joined with "\n"
    int line_count() const { return static_cast<int>(lines_.size()); }
    const std::string& line(int index) const { return lines_[index]; }
    const std::vector<std::string>& lines() const { return lines_; }
    // Increases on every change of the text (edit, undo, redo, set_text).
    uint64_t version() const { return version_; }

    // [SECTION] cursor and selection
    TextPos cursor() const { return cursor_; }
    TextPos anchor() const { return anchor_; }
    bool has_selection() const { return cursor_ != anchor_; }
    TextRange selection() const; // ordered; empty (begin == end) when nothing is selected
    std::string selected_text() const;
    // Moves the cursor (clamped); `extend` keeps the anchor, growing the selection.
    void set_cursor(TextPos pos, bool extend = false);
    void select(TextPos anchor, TextPos cursor);
    void select_all();
    // Selects the word (or run of spaces, or of punctuation) under `pos`: double-click.
    void select_word_at(TextPos pos);
    // `pos` moved onto the text: line in range, column on a code point boundary.
    TextPos clamp(TextPos pos) const;

    // [SECTION] cursor moves; `extend` is Shift held, `word` is Ctrl (Alt on macOS) held.
    void move_left(bool extend, bool word = false);
    void move_right(bool extend, bool word = false);
    void move_up(bool extend);
    void move_down(bool extend);
    void move_home(bool extend);            // first non-blank, then column 0 (smart Home)
    void move_end(bool extend);             // end of the line
    void move_page(int lines, bool extend); // PageUp (lines < 0) / PageDown
    void move_to_start(bool extend);        // Ctrl+Home
    void move_to_end(bool extend);          // Ctrl+End

    // [SECTION] editing; each replaces the selection if there is one.
    bool
    type_text(std::string_view utf8); // typed characters (coalesced for undo); "\n" = newline()
    bool insert_text(std::string_view text); // paste: inserted as is, one undo step
    // Enter: keeps the indentation, +4 after a line ending in ':' or an open bracket, -4 after
    // return/pass/break/continue/raise.
    bool newline();
    bool backspace(bool word = false); // in leading blanks, back to the previous indent stop
    bool delete_forward(bool word = false);
    // Tab: indents the selected lines when the selection spans lines, else inserts spaces to
    // the next indent stop. Shift+Tab: removes one indent level from the selected lines.
    bool indent();
    bool dedent();
    std::string cut(); // returns the removed selection ("" if none)
    bool erase_selection();

    // [SECTION] undo
    bool undo();
    bool redo();
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    // Ends the current typing group, e.g. when the editor loses focus.
    void break_undo_group() { group_ = Group::None; }

private:
    enum class Group { None, Typing, Backspace, Delete };
    struct Snapshot {
        std::vector<std::string> lines;
        TextPos cursor;
        TextPos anchor;
    };

    // Records the state before an edit (or joins the open group of the same kind).
    void begin_edit(Group group);
    bool swap_history(std::vector<Snapshot>& from, std::vector<Snapshot>& to);
    void changed() { ++version_; }
    // Raw edits, no undo bookkeeping.
    TextPos raw_insert(TextPos pos, std::string_view text);
    void raw_erase(TextPos begin, TextPos end);
    void collapse_to(TextPos pos); // cursor = anchor = pos
    void move_to(TextPos pos, bool extend, bool keep_preferred = false);
    TextPos word_left(TextPos pos) const;
    TextPos word_right(TextPos pos) const;
    int preferred_visual_column();

    std::vector<std::string> lines_; // at least one line
    TextPos cursor_;                 // where the caret is
    TextPos anchor_;                 // the other end of the selection
    int preferred_visual_ = -1;      // column Up/Down aim for (-1: the cursor's own)
    uint64_t version_ = 0;
    std::vector<Snapshot> undo_;    // states before each recorded edit, oldest first
    std::vector<Snapshot> redo_;    // states undone, most recent last
    Group group_ = Group::None;     // the open coalescing group
    bool group_ended_word_ = false; // typing group: last typed character was a blank
};

} // namespace loopscope::editor
