// editor_colors.h - the code editor's palette, dark and light.
//
// Both take the app's palette (model/theme/palette.h), so the editor matches the panes around
// it and its inks pass the same contrast test. Syntax colours are indexed by editor::TokenKind.
#pragma once

#include "imgui.h"
#include "model/editor/python_highlight.h"

namespace loopscope::editor {

enum class EditorTheme { Dark, Light };

struct EditorColors {
    ImU32 background;              // behind the text
    ImU32 gutter;                  // the line-number gutter
    ImU32 gutter_border;           // hairline between gutter and text
    ImU32 line_number;             // line numbers
    ImU32 line_number_active;      // the caret's line number
    ImU32 caret_line;              // faint band on the caret's line
    ImU32 hover_line;              // fainter band on the line under the mouse (gutter hover)
    ImU32 selection;               // selected text background (editor focused)
    ImU32 selection_inactive;      // selected text background (editor not focused)
    ImU32 caret;                   // the blinking caret
    ImU32 exec_line;               // band on the line the program runs next
    ImU32 exec_marker;             // arrow in the gutter on that line
    ImU32 breakpoint;              // breakpoint dot
    ImU32 breakpoint_ghost;        // dot shown where a click would add a breakpoint
    ImU32 error;                   // squiggle, gutter mark and tooltip title of an error
    ImU32 error_line;              // band on a line with an error
    ImU32 syntax[kTokenKindCount]; // text colour per TokenKind
};

const EditorColors& editor_colors(EditorTheme theme);

} // namespace loopscope::editor
