// editor_widget.h - the playground's Python code editor, drawn with Dear ImGui.
//
// A free function over plain structs: the caller owns an EditorState (the text and the view
// state that must survive between frames) and passes an EditorView every frame (what the run
// shows on top of the text). All editing logic lives in model/editor (EditorBuffer,
// python_highlight, editor_geometry) and is unit-tested there; this file only maps ImGui input
// to buffer calls and draws.
//
//   // once
//   editor::EditorState code;
//   editor::editor_set_text(code, lesson.program);
//   // every frame, inside a window or child
//   editor::EditorView view;
//   view.exec_line = session.current_line();    // 1-based, 0 = none
//   view.breakpoints = &model.breakpoints;       // std::set<int>, toggled by gutter clicks
//   view.errors = model.errors;                  // std::vector<editor::ErrorMarker>
//   editor::EditorEvents ev = editor::draw_editor("##code", code, view, fonts);
//   if (ev.text_changed) model.source = code.buffer.text();
//
// Keys (while the editor has focus): typing, Enter (auto-indent), Tab / Shift+Tab, Backspace,
// Delete (Ctrl: by word), arrows (Ctrl: by word), Home/End (Ctrl: whole text), PageUp/Down,
// Shift+any move selects, Ctrl+A/C/X/V, Ctrl+Z undo, Ctrl+Y or Ctrl+Shift+Z redo, Escape
// clears the selection (without a selection it leaves the editor: ImGui keyboard navigation). On
// macOS (io.ConfigMacOSXBehaviors) Cmd replaces Ctrl and Alt moves by word. F-keys and other
// shortcuts are left to the caller. Mouse: click, drag, Shift+click, double-click a word,
// triple-click a line, click the gutter to toggle a breakpoint.
#pragma once

#include "editor/editor_colors.h"
#include "fonts.h"
#include "imgui.h"
#include "model/editor/editor_buffer.h"
#include "model/editor/error_marker.h"
#include "model/editor/python_highlight.h"

#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::editor {

// ErrorMarker (model/editor/error_marker.h): line, column, end, message; error_marker_from()
// makes one from a SyntaxErrorInfo.

// What the caller shows on top of the text this frame.
struct EditorView {
    bool read_only = false;               // moves, selection and copy only (e.g. while running)
    int exec_line = 0;                    // 1-based line that runs next; 0 = none
    bool reveal_exec_line = true;         // scroll exec_line into view when it changes
    std::set<int>* breakpoints = nullptr; // 1-based lines; gutter clicks toggle; null = off
    std::span<const ErrorMarker> errors;  // red squiggles, gutter marks, message on hover
    EditorTheme theme = EditorTheme::Dark;
    ImVec2 size = ImVec2(0.0f, 0.0f); // as BeginChild: 0 = fill the available space
    // Browser tests: publish the text area as this test target (and "<name>-gutter").
    const char* target_name = nullptr;
    // The keyboard is in another view of the same text (the page's text field for the
    // program, a11y_bridge.h): draw the caret, selection and current line as when focused.
    bool external_focus = false;
};

// What happened during draw_editor.
struct EditorEvents {
    bool text_changed = false;        // the text was edited (read code.buffer.text())
    bool breakpoints_changed = false; // a gutter click toggled a breakpoint
    bool cursor_moved = false;        // the caret or selection changed
};

// Everything the editor keeps between frames. Read and drive `buffer` freely (text(), cursor,
// undo...); the rest is the widget's own bookkeeping.
struct EditorState {
    EditorBuffer buffer; // the text, cursor, selection and undo history

    // -- widget bookkeeping --
    uint64_t highlighted_version = ~uint64_t(0);     // buffer version the caches below match
    std::vector<std::vector<HighlightToken>> tokens; // per line
    int widest_line = 0;             // most cells in a line, for the horizontal scroll range
    bool dragging = false;           // mouse selection in progress
    bool reveal_caret = false;       // scroll the caret into view on the next draw
    bool center_on_reveal = false;   // ... centred vertically (go to line)
    bool focus_request = false;      // take keyboard focus on the next draw
    bool was_focused = false;        // focus state of the last frame
    double last_activity = 0.0;      // ImGui time of the last edit or move (caret blink restarts)
    int last_exec_line = 0;          // exec_line of the last frame (to reveal changes)
    int hover_gutter_line = -1;      // 0-based line under the mouse in the gutter
    double hover_gutter_since = 0.0; // when that hover started (the hint shows after a delay)
};

// Replaces the text (undo history cleared, caret at the start); e.g. loading a lesson.
void editor_set_text(EditorState& state, std::string_view text);
// Puts the caret at 1-based (line, column) (column 0 = first non-blank), scrolls there and
// focuses the editor: e.g. clicking an error in the console.
void editor_go_to(EditorState& state, int line, int column = 0);
// Gives the editor keyboard focus on its next draw.
void editor_focus(EditorState& state);

// Draws the editor filling view.size and handles its input. Call once per frame.
EditorEvents draw_editor(const char* id, EditorState& state, const EditorView& view,
                         const fonts::FontSet& fonts);

} // namespace loopscope::editor
