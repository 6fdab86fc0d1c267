// editor_geometry.h - where text sits on screen in the code editor, without ImGui.
//
// The widget draws a monospace grid: line l's top is at text_top + l * line_height and a
// cell's left edge at text_left + visual_column * advance, in the widget's content space
// (scrolled coordinates). These helpers turn mouse points into text positions and compute the
// scroll that keeps the caret in view, so they can be unit-tested.
#pragma once

#include "model/editor/editor_buffer.h"

namespace loopscope::editor {

// The text grid of one frame.
struct EditorMetrics {
    float line_height = 20.0f; // pixels per line
    float advance = 8.0f;      // pixels per cell (monospace glyph advance)
    float text_left = 0.0f;    // content-space x of column 0
    float text_top = 0.0f;     // content-space y of line 0's top
};

// The position under a content-space point: the line under y (clamped to the text) and the
// character boundary nearest to x.
TextPos hit_test(const EditorBuffer& buffer, const EditorMetrics& metrics, float x, float y);

// Content-space x of byte column `pos.column` on line `pos.line` (the caret's left edge).
float caret_x(const EditorBuffer& buffer, const EditorMetrics& metrics, TextPos pos);

// A scroll offset that shows [item_min, item_max] in a view of `view_size` with `margin`
// around it, moving as little as possible from `scroll` (never below 0).
float scroll_to_reveal(float scroll, float view_size, float item_min, float item_max, float margin);

} // namespace loopscope::editor
