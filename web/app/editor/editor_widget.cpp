// editor_widget.cpp - see editor_widget.h.
//
// [SECTION] layout: the per-frame mapping from text to screen
// [SECTION] input: mouse and keyboard to EditorBuffer calls
// [SECTION] drawing: bands, selection, text, squiggles, caret, gutter, tooltips
// [SECTION] public API
#include "editor/editor_widget.h"

#include "imgui_internal.h" // ImGuiWindow::InnerRect: the child's area without scrollbars
#include "model/editor/editor_geometry.h"
#include "model/editor/text_columns.h"
#include "test_hooks.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace loopscope::editor {

namespace {

constexpr float kLineSpacing = 1.55f; // line height / font size, as the read-only view had
constexpr float kTextPadX = 12.0f;    // gap between the gutter and column 0
constexpr float kPadTop = 8.0f;       // space above line 1
constexpr float kMarkerZone = 20.0f;  // left part of the gutter: breakpoints, the exec arrow
constexpr double kHintDelay = 0.6;    // seconds of gutter hover before the breakpoint hint

// [SECTION] layout

// Where everything is this frame, in screen pixels (one struct carries the mapping).
struct Layout {
    ImVec2 min, max;     // visible area of the child (without scrollbars)
    float gutter = 0.0f; // gutter width
    float font_size = 0.0f;
    EditorMetrics m;    // line 0 / column 0 origin on screen, line height, cell advance
    int first_line = 0; // visible lines [first_line, last_line]
    int last_line = -1;

    float line_top(int line) const { return m.text_top + line * m.line_height; }
    float column_x(const std::string& text, int column) const {
        return m.text_left + visual_column(text, column) * m.advance;
    }
    float text_clip_left() const { return min.x + gutter; }
    int visible_lines() const {
        return std::max(1, static_cast<int>((max.y - min.y) / m.line_height));
    }
};

bool contains(ImVec2 min, ImVec2 max, ImVec2 p) {
    return p.x >= min.x && p.y >= min.y && p.x < max.x && p.y < max.y;
}

void refresh_highlight(EditorState& state) {
    if (state.highlighted_version == state.buffer.version()) return;
    highlight_lines(state.buffer.lines(), state.tokens);
    int widest = 0;
    for (const std::string& line : state.buffer.lines()) {
        widest = std::max(widest, visual_column(line, static_cast<int>(line.size())));
    }
    state.widest_line = widest;
    state.highlighted_version = state.buffer.version();
}

// Byte range [begin, end) of line `text` an error marker underlines.
void error_columns(const ErrorMarker& err, const std::string& text, int& begin, int& end) {
    const int len = static_cast<int>(text.size());
    if (err.column <= 0) {
        begin = leading_whitespace(text);
        end = len;
    } else {
        begin = std::min(err.column - 1, len);
        const bool same_line = err.end_line == 0 || err.end_line == err.line;
        if (!same_line) {
            end = len;
        } else if (err.end_column > err.column) {
            end = std::min(err.end_column - 1, len);
        } else {
            end = begin;
            while (end < len && is_word_byte(text[end])) ++end;
            if (end == begin) end = utf8_next(text, begin);
        }
    }
}

// [SECTION] input

void handle_mouse(EditorState& state, const EditorView& view, const Layout& lay,
                  EditorEvents& events) {
    EditorBuffer& buf = state.buffer;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hovered = ImGui::IsWindowHovered() && contains(lay.min, lay.max, mouse);
    const bool in_gutter = hovered && mouse.x < lay.text_clip_left();
    const bool in_text = hovered && !in_gutter;
    const int mouse_line =
        static_cast<int>(std::floor((mouse.y - lay.m.text_top) / lay.m.line_height));

    // Gutter: hover hint bookkeeping and breakpoint toggling.
    const int gutter_line =
        in_gutter && mouse_line >= 0 && mouse_line < buf.line_count() ? mouse_line : -1;
    if (gutter_line != state.hover_gutter_line) {
        state.hover_gutter_line = gutter_line;
        state.hover_gutter_since = ImGui::GetTime();
    }
    if (gutter_line >= 0 && view.breakpoints) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsMouseClicked(0)) {
            const int line = gutter_line + 1;
            if (!view.breakpoints->erase(line)) view.breakpoints->insert(line);
            events.breakpoints_changed = true;
        }
    }

    if (in_text) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    if (in_text && ImGui::IsMouseClicked(0)) {
        const TextPos pos = hit_test(buf, lay.m, mouse.x, mouse.y);
        const int clicks = ImGui::GetMouseClickedCount(0);
        if (clicks >= 3) {
            const bool last = pos.line + 1 >= buf.line_count();
            buf.select(TextPos{pos.line, 0},
                       last ? TextPos{pos.line, static_cast<int>(buf.line(pos.line).size())}
                            : TextPos{pos.line + 1, 0});
        } else if (clicks == 2) {
            buf.select_word_at(pos);
        } else {
            buf.set_cursor(pos, ImGui::GetIO().KeyShift);
        }
        state.dragging = clicks == 1;
        state.last_activity = ImGui::GetTime();
    }
    if (state.dragging) {
        if (ImGui::IsMouseDown(0)) {
            // Follows the mouse even outside the editor; revealing the caret scrolls.
            buf.set_cursor(hit_test(buf, lay.m, mouse.x, mouse.y), true);
            state.reveal_caret = true;
        } else {
            state.dragging = false;
        }
    }
}

bool key_pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true);
}

// Clipboard and history shortcuts act once per press: ImGui's repeat counts the time a key is
// down in frames, so one press spread over two slow frames (a loaded machine) would repeat it.
bool shortcut_pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

void handle_keyboard(EditorState& state, const EditorView& view, const Layout& lay) {
    EditorBuffer& buf = state.buffer;
    ImGuiIO& io = ImGui::GetIO();
    const bool mac = io.ConfigMacOSXBehaviors;
    const bool shortcut = mac ? io.KeySuper : (io.KeyCtrl && !io.KeyAlt);
    const bool word = mac ? io.KeyAlt : io.KeyCtrl;
    const bool shift = io.KeyShift;
    const bool editable = !view.read_only;
    const uint64_t version = buf.version();
    const TextPos cursor = buf.cursor(), anchor = buf.anchor();

    if (shortcut && shortcut_pressed(ImGuiKey_Z)) {
        if (editable) shift ? buf.redo() : buf.undo();
    } else if (shortcut && shortcut_pressed(ImGuiKey_Y)) {
        if (editable) buf.redo();
    } else if (shortcut && shortcut_pressed(ImGuiKey_A)) {
        buf.select_all();
    } else if ((shortcut && shortcut_pressed(ImGuiKey_C)) ||
               (io.KeyCtrl && shortcut_pressed(ImGuiKey_Insert))) {
        if (buf.has_selection()) ImGui::SetClipboardText(buf.selected_text().c_str());
    } else if ((shortcut && shortcut_pressed(ImGuiKey_X)) ||
               (shift && shortcut_pressed(ImGuiKey_Delete))) {
        if (buf.has_selection()) {
            ImGui::SetClipboardText(buf.selected_text().c_str());
            if (editable) buf.erase_selection();
        }
    } else if ((shortcut && shortcut_pressed(ImGuiKey_V)) ||
               (shift && shortcut_pressed(ImGuiKey_Insert))) {
        const char* clip = ImGui::GetClipboardText();
        if (editable && clip) buf.insert_text(clip);
    } else if (key_pressed(ImGuiKey_LeftArrow)) {
        buf.move_left(shift, word);
    } else if (key_pressed(ImGuiKey_RightArrow)) {
        buf.move_right(shift, word);
    } else if (key_pressed(ImGuiKey_UpArrow)) {
        buf.move_up(shift);
    } else if (key_pressed(ImGuiKey_DownArrow)) {
        buf.move_down(shift);
    } else if (key_pressed(ImGuiKey_Home)) {
        io.KeyCtrl || io.KeySuper ? buf.move_to_start(shift) : buf.move_home(shift);
    } else if (key_pressed(ImGuiKey_End)) {
        io.KeyCtrl || io.KeySuper ? buf.move_to_end(shift) : buf.move_end(shift);
    } else if (key_pressed(ImGuiKey_PageUp)) {
        buf.move_page(-(lay.visible_lines() - 1), shift);
    } else if (key_pressed(ImGuiKey_PageDown)) {
        buf.move_page(lay.visible_lines() - 1, shift);
    } else if (key_pressed(ImGuiKey_Backspace)) {
        if (editable) buf.backspace(word);
    } else if (key_pressed(ImGuiKey_Delete)) {
        if (editable) buf.delete_forward(word);
    } else if ((key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_KeyPadEnter)) && !io.KeyCtrl &&
               !io.KeyAlt && !io.KeySuper) { // Ctrl+Enter: the app's
        if (editable) buf.newline();
    } else if (key_pressed(ImGuiKey_Tab) && !io.KeyCtrl && !io.KeyAlt) {
        if (editable) shift ? buf.dedent() : buf.indent();
    } else if (key_pressed(ImGuiKey_Escape) && buf.has_selection()) {
        buf.set_cursor(buf.cursor());
    }

    // Typed characters. Ctrl+letter is a shortcut, not text (but AltGr = Ctrl+Alt types).
    const bool chars_are_text = editable && !(io.KeyCtrl && !io.KeyAlt) && !(mac && io.KeySuper);
    if (chars_are_text) {
        std::string typed;
        for (ImWchar c : io.InputQueueCharacters) {
            if (c >= 0x20 && c != 0x7F) append_utf8(typed, c);
        }
        // One call per character keeps undo's word grouping exact.
        for (int i = 0; i < static_cast<int>(typed.size());) {
            const int next = utf8_next(typed, i);
            buf.type_text(std::string_view(typed).substr(i, next - i));
            i = next;
        }
    }
    io.InputQueueCharacters.resize(0); // consumed: no other widget types them

    if (buf.version() != version || buf.cursor() != cursor || buf.anchor() != anchor) {
        state.reveal_caret = true;
        state.last_activity = ImGui::GetTime();
    }
}

// Sets the child's scroll so the caret (or a requested line) is visible next frame.
void apply_reveal(EditorState& state, const EditorView& view, const Layout& lay) {
    const float view_h = lay.max.y - lay.min.y;
    const float lh = lay.m.line_height;
    const float scroll_y = ImGui::GetScrollY();
    auto reveal_line = [&](int line, bool center) {
        const float top = kPadTop + line * lh;
        const float y = center ? std::max(0.0f, top - (view_h - lh) * 0.5f)
                               : scroll_to_reveal(scroll_y, view_h, top, top + lh, lh * 2.0f);
        if (y != scroll_y) ImGui::SetScrollY(y);
    };
    if (view.exec_line != state.last_exec_line) {
        if (view.exec_line > 0 && view.reveal_exec_line) reveal_line(view.exec_line - 1, false);
        state.last_exec_line = view.exec_line;
    }
    if (!state.reveal_caret) return;
    const TextPos cur = state.buffer.cursor();
    reveal_line(cur.line, state.center_on_reveal);
    // Horizontally: the text area starts after the gutter and does not scroll under it.
    const float text_view_w = lay.max.x - lay.text_clip_left() - kTextPadX;
    const float x = visual_column(state.buffer.line(cur.line), cur.column) * lay.m.advance;
    const float scroll_x = ImGui::GetScrollX();
    const float new_x =
        scroll_to_reveal(scroll_x, text_view_w, x, x + lay.m.advance, lay.m.advance * 4.0f);
    if (new_x != scroll_x) ImGui::SetScrollX(new_x);
    state.reveal_caret = false;
    state.center_on_reveal = false;
}

// [SECTION] drawing

void draw_squiggle(ImDrawList* dl, float x0, float x1, float y, ImU32 color) {
    const float step = 2.5f;
    bool up = true;
    for (float x = x0; x <= x1; x += step) {
        dl->PathLineTo(ImVec2(x, up ? y - 1.5f : y + 1.0f));
        up = !up;
    }
    dl->PathStroke(color, 0, 1.2f);
}

void draw_line_text(ImDrawList* dl, const Layout& lay, const EditorColors& colors, ImFont* font,
                    const std::string& text, const std::vector<HighlightToken>& tokens, float y) {
    const float text_y = y + (lay.m.line_height - lay.font_size) * 0.5f;
    for (const HighlightToken& t : tokens) {
        const ImU32 color = colors.syntax[static_cast<int>(t.kind)];
        // Split at tabs: a tab is drawn as blank cells up to the next tab stop.
        int begin = t.begin;
        while (begin < t.end) {
            int end = begin;
            while (end < t.end && text[end] != '\t') ++end;
            if (end > begin) {
                dl->AddText(font, lay.font_size, ImVec2(lay.column_x(text, begin), text_y), color,
                            text.data() + begin, text.data() + end);
            }
            begin = end < t.end ? end + 1 : end;
        }
    }
}

void draw_text_area(const EditorState& state, const EditorView& view, const Layout& lay,
                    const EditorColors& colors, ImFont* font, bool focused) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const EditorBuffer& buf = state.buffer;
    const float lh = lay.m.line_height;
    const TextRange sel = buf.selection();
    dl->PushClipRect(ImVec2(lay.text_clip_left(), lay.min.y), lay.max, true);
    for (int l = lay.first_line; l <= lay.last_line; ++l) {
        const std::string& text = buf.line(l);
        const float y = lay.line_top(l);
        const ImVec2 band_min(lay.text_clip_left(), y), band_max(lay.max.x, y + lh);
        bool has_error = false;
        for (const ErrorMarker& e : view.errors) has_error = has_error || e.line == l + 1;
        if (l + 1 == view.exec_line) {
            dl->AddRectFilled(band_min, band_max, colors.exec_line);
        } else if (has_error) {
            dl->AddRectFilled(band_min, band_max, colors.error_line);
        } else if (focused && !buf.has_selection() && l == buf.cursor().line) {
            dl->AddRectFilled(band_min, band_max, colors.caret_line);
        }
        if (buf.has_selection() && l >= sel.begin.line && l <= sel.end.line) {
            const float x0 =
                l == sel.begin.line ? lay.column_x(text, sel.begin.column) : lay.m.text_left;
            // A selected line break shows as one extra cell.
            const float x1 = l == sel.end.line ? lay.column_x(text, sel.end.column)
                                               : lay.column_x(text, static_cast<int>(text.size())) +
                                                     lay.m.advance;
            dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + lh),
                              focused ? colors.selection : colors.selection_inactive);
        }
        if (l < static_cast<int>(state.tokens.size())) {
            draw_line_text(dl, lay, colors, font, text, state.tokens[l], y);
        }
        for (const ErrorMarker& e : view.errors) {
            if (e.line != l + 1) continue;
            int c0 = 0, c1 = 0;
            error_columns(e, text, c0, c1);
            const float x0 = lay.column_x(text, c0);
            const float x1 = std::max(lay.column_x(text, c1), x0 + lay.m.advance);
            draw_squiggle(dl, x0, x1, y + lh - 3.0f, colors.error);
        }
    }
    // The caret: solid while typing, blinking when idle.
    if (focused) {
        const double idle = ImGui::GetTime() - state.last_activity;
        const bool blink_on = !ImGui::GetIO().ConfigInputTextCursorBlink || idle < 0.6 ||
                              std::fmod(idle - 0.6, 1.1) < 0.55;
        const TextPos c = buf.cursor();
        if (blink_on && c.line >= lay.first_line && c.line <= lay.last_line) {
            const float x = std::floor(lay.column_x(buf.line(c.line), c.column));
            const float y = lay.line_top(c.line);
            dl->AddRectFilled(ImVec2(x - 1.0f, y + 2.0f), ImVec2(x + 1.0f, y + lh - 2.0f),
                              view.read_only ? colors.line_number : colors.caret);
        }
    }
    dl->PopClipRect();
}

void draw_gutter(const EditorState& state, const EditorView& view, const Layout& lay,
                 const EditorColors& colors, ImFont* font) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const EditorBuffer& buf = state.buffer;
    const float lh = lay.m.line_height;
    const ImVec2 gmax(lay.min.x + lay.gutter, lay.max.y);
    dl->AddRectFilled(lay.min, gmax, colors.gutter);
    dl->AddLine(ImVec2(gmax.x - 0.5f, lay.min.y), ImVec2(gmax.x - 0.5f, gmax.y),
                colors.gutter_border);
    dl->PushClipRect(lay.min, gmax, true);
    char number[16];
    const float dot_x = lay.min.x + kMarkerZone * 0.5f + 2.0f;
    for (int l = lay.first_line; l <= lay.last_line; ++l) {
        const float y = lay.line_top(l);
        const float cy = y + lh * 0.5f;
        bool has_error = false;
        for (const ErrorMarker& e : view.errors) has_error = has_error || e.line == l + 1;
        if (l == state.hover_gutter_line) {
            dl->AddRectFilled(ImVec2(lay.min.x, y), ImVec2(gmax.x - 1.0f, y + lh),
                              colors.hover_line);
        }
        std::snprintf(number, sizeof number, "%d", l + 1);
        const float w = font->CalcTextSizeA(lay.font_size, FLT_MAX, 0.0f, number).x;
        const ImU32 color = has_error ? colors.error
                            : l == buf.cursor().line || l + 1 == view.exec_line
                                ? colors.line_number_active
                                : colors.line_number;
        dl->AddText(font, lay.font_size,
                    ImVec2(gmax.x - 10.0f - w, y + (lh - lay.font_size) * 0.5f), color, number);
        const float r = std::min(5.0f, lh * 0.25f);
        if (view.breakpoints && view.breakpoints->count(l + 1)) {
            dl->AddCircleFilled(ImVec2(dot_x, cy), r, colors.breakpoint, 16);
        } else if (view.breakpoints && l == state.hover_gutter_line) {
            dl->AddCircleFilled(ImVec2(dot_x, cy), r, colors.breakpoint_ghost, 16);
        }
        if (l + 1 == view.exec_line) { // an arrow: "runs next"
            const float x = dot_x - 5.0f;
            dl->AddTriangleFilled(ImVec2(x, cy - 5.0f), ImVec2(x, cy + 5.0f), ImVec2(x + 9.0f, cy),
                                  colors.exec_marker);
        }
        if (has_error) {
            dl->AddRectFilled(ImVec2(gmax.x - 4.0f, y + 3.0f), ImVec2(gmax.x - 1.0f, y + lh - 3.0f),
                              colors.error, 1.5f);
        }
    }
    dl->PopClipRect();
}

void error_tooltip(const EditorColors& colors, const ErrorMarker& e, const fonts::FontSet& fonts) {
    ImGui::PushFont(fonts.ui);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors.error));
    ImGui::TextUnformatted(e.message.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    ImGui::PopFont();
}

void draw_tooltips(const EditorState& state, const EditorView& view, const Layout& lay,
                   const EditorColors& colors, const fonts::FontSet& fonts) {
    if (!ImGui::IsWindowHovered() || state.dragging) return;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (!contains(lay.min, lay.max, mouse)) return;
    const EditorBuffer& buf = state.buffer;
    const int line = static_cast<int>(std::floor((mouse.y - lay.m.text_top) / lay.m.line_height));
    if (line < 0 || line >= buf.line_count()) return;
    const bool in_gutter = mouse.x < lay.text_clip_left();
    for (const ErrorMarker& e : view.errors) {
        if (e.line != line + 1) continue;
        int c0 = 0, c1 = 0;
        error_columns(e, buf.line(line), c0, c1);
        const float x0 = lay.column_x(buf.line(line), c0);
        const float x1 = std::max(lay.column_x(buf.line(line), c1), x0 + lay.m.advance);
        if (in_gutter || (mouse.x >= x0 - 2.0f && mouse.x <= x1 + 2.0f)) {
            error_tooltip(colors, e, fonts);
            return;
        }
    }
    if (!in_gutter || ImGui::GetTime() - state.hover_gutter_since < kHintDelay) return;
    // The "(?)" of the gutter: what a breakpoint and the arrow mean.
    char text[200];
    const bool runs_next = line + 1 == view.exec_line;
    if (view.breakpoints && view.breakpoints->count(line + 1)) {
        std::snprintf(text, sizeof text,
                      "%sBreakpoint on line %d: Run pauses before this line runs.\n"
                      "Click to remove it.",
                      runs_next ? "The arrow marks the line that runs next.\n" : "", line + 1);
    } else if (view.breakpoints) {
        std::snprintf(text, sizeof text,
                      "%sClick to set a breakpoint on line %d: Run will pause before it runs.",
                      runs_next ? "The arrow marks the line that runs next.\n" : "", line + 1);
    } else if (runs_next) {
        std::snprintf(text, sizeof text, "The arrow marks the line that runs next.");
    } else {
        return;
    }
    ImGui::PushFont(fonts.ui);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    ImGui::PopFont();
}

} // namespace

// [SECTION] public API

void editor_set_text(EditorState& state, std::string_view text) {
    state.buffer.set_text(text);
    state.dragging = false;
    state.reveal_caret = true;
}

void editor_go_to(EditorState& state, int line, int column) {
    EditorBuffer& buf = state.buffer;
    const TextPos at = buf.clamp(TextPos{line - 1, 0});
    const int col = column > 0 ? column - 1 : leading_whitespace(buf.line(at.line));
    buf.set_cursor(TextPos{at.line, col});
    state.reveal_caret = true;
    state.center_on_reveal = true;
    state.focus_request = true;
}

void editor_focus(EditorState& state) {
    state.focus_request = true;
}

EditorEvents draw_editor(const char* id, EditorState& state, const EditorView& view,
                         const fonts::FontSet& fonts) {
    EditorEvents events;
    const EditorColors& colors = editor_colors(view.theme);
    refresh_highlight(state);
    const uint64_t version = state.buffer.version();
    const TextPos cursor = state.buffer.cursor(), anchor = state.buffer.anchor();

    ImGui::PushFont(fonts.code);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(colors.background));
    // NoNavInputs: arrows and Tab edit text instead of moving ImGui's keyboard navigation.
    ImGui::BeginChild(id, view.size, false,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoNavInputs);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    if (state.focus_request) {
        ImGui::SetWindowFocus();
        state.focus_request = false;
    }
    bool focused = ImGui::IsWindowFocused();
    // With keyboard navigation on, ImGui's NewFrame makes Escape leave a focused child. Escape
    // with a selection only clears it (as editors do); without one it leaves the editor.
    if (!focused && state.was_focused && state.buffer.has_selection() &&
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        ImGui::SetWindowFocus();
        focused = true;
    }
    if (!focused && state.was_focused) state.buffer.break_undo_group();
    if (focused && !state.was_focused) state.last_activity = ImGui::GetTime();
    state.was_focused = focused;

    Layout lay;
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    lay.min = window->InnerRect.Min;
    lay.max = window->InnerRect.Max;
    lay.font_size = ImGui::GetFontSize();
    // Unrounded glyph advance (CalcTextSize rounds to whole pixels, which would drift).
    lay.m.advance = fonts.code->CalcTextSizeA(lay.font_size, FLT_MAX, 0.0f, "MMMMMMMMMM").x / 10.0f;
    lay.m.line_height = std::round(lay.font_size * kLineSpacing);
    const int digits =
        std::max(3, static_cast<int>(std::to_string(state.buffer.line_count()).size()));
    lay.gutter = kMarkerZone + digits * lay.m.advance + 14.0f;
    lay.m.text_left = lay.min.x + lay.gutter + kTextPadX - ImGui::GetScrollX();
    lay.m.text_top = lay.min.y + kPadTop - ImGui::GetScrollY();

    handle_mouse(state, view, lay, events);
    if (focused) {
        ImGui::CaptureKeyboardFromApp(true);
        handle_keyboard(state, view, lay);
    }
    refresh_highlight(state); // the input above may have edited the text

    const int lines = state.buffer.line_count();
    lay.first_line = std::clamp(static_cast<int>((lay.min.y - lay.m.text_top) / lay.m.line_height),
                                0, lines - 1);
    lay.last_line = std::clamp(static_cast<int>((lay.max.y - lay.m.text_top) / lay.m.line_height),
                               0, lines - 1);

    draw_text_area(state, view, lay, colors, fonts.code, focused || view.external_focus);
    draw_gutter(state, view, lay, colors, fonts.code);
    draw_tooltips(state, view, lay, colors, fonts);
    apply_reveal(state, view, lay);
    if (view.target_name) {
        publish_target(view.target_name, ImVec2(lay.text_clip_left(), lay.min.y), lay.max);
        const std::string gutter = std::string(view.target_name) + "-gutter";
        publish_target(gutter.c_str(), lay.min, ImVec2(lay.text_clip_left(), lay.max.y));
    }

    // The scroll range: the whole text plus a little room after the widest line.
    ImGui::SetCursorPos(ImVec2(0.0f, 0.0f));
    ImGui::Dummy(ImVec2(lay.gutter + kTextPadX + (state.widest_line + 4) * lay.m.advance,
                        kPadTop * 2.0f + lines * lay.m.line_height));
    ImGui::EndChild();
    ImGui::PopFont();

    events.text_changed = state.buffer.version() != version;
    events.cursor_moved = state.buffer.cursor() != cursor || state.buffer.anchor() != anchor;
    return events;
}

} // namespace loopscope::editor
