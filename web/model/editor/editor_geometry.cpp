#include "model/editor/editor_geometry.h"

#include "model/editor/text_columns.h"

#include <algorithm>
#include <cmath>

namespace loopscope::editor {

TextPos hit_test(const EditorBuffer& buffer, const EditorMetrics& metrics, float x, float y) {
    const float row = std::floor((y - metrics.text_top) / metrics.line_height);
    // Clamp as float first: a point far away must not overflow int.
    const float last = static_cast<float>(buffer.line_count() - 1);
    const int line = static_cast<int>(std::clamp(row, 0.0f, last));
    const float visual = (x - metrics.text_left) / metrics.advance;
    return TextPos{line, byte_column_at(buffer.line(line), visual)};
}

float caret_x(const EditorBuffer& buffer, const EditorMetrics& metrics, TextPos pos) {
    pos = buffer.clamp(pos);
    return metrics.text_left +
           static_cast<float>(visual_column(buffer.line(pos.line), pos.column)) * metrics.advance;
}

float scroll_to_reveal(float scroll, float view_size, float item_min, float item_max,
                       float margin) {
    // A view too small for the item: show its start. Too small for the margins: shrink them.
    const float item = item_max - item_min;
    if (item >= view_size) return std::max(0.0f, item_min);
    margin = std::min(margin, (view_size - item) * 0.5f);
    if (item_min - margin < scroll) {
        scroll = item_min - margin;
    } else if (item_max + margin > scroll + view_size) {
        scroll = item_max + margin - view_size;
    }
    return std::max(0.0f, scroll);
}

} // namespace loopscope::editor
