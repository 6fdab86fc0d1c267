// palette.cpp - see palette.h. The inks were chosen for WCAG AA on every surface they are
// drawn on (before: dark faint text 2.6-2.9:1, light faint 2.5-3.2:1, light accent 3.6:1...).
#include "model/theme/palette.h"

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

const Palette& dark_palette() {
    static const Palette p = {
        .background = 0x0E1016,
        .chrome = 0x12151C,
        .panel = 0x171A22,
        .panel_raised = 0x1E222C,
        .border = 0x272C38,
        .gutter = 0x13161D,
        .row_hover = 0x232834,
        .selected = 0x2A303D,
        .popup = 0x232834,
        .text = 0xE4E7EF,
        .text_dim = 0xA3AABB,
        .text_faint = 0x8A92A7,
        .accent = 0x4FD1B4,
        .accent_deep = 0x1F6F60,
        .waiting = 0xF2B45A,
        .error = 0xF2727F,
        .good = 0x5FC98B,
        .on_accent = 0x0E1016,
        .syntax_keyword = 0x82A6F8,
        .syntax_async = 0xF2B45A,
        .syntax_string = 0x9FD58A,
        .syntax_number = 0xF59E74,
        .syntax_comment = 0x8C95AE,
        .syntax_call = 0x7FD4F5,
        .syntax_builtin = 0xC3A2F7,
        .class_name = 0xF5D67B,
        .decorator = 0xE68CC6,
        .string_escape = 0xF2D08A,
        .operator_ink = 0xA9B4CC,
        .line_number = 0x8A92A7,
        .line_number_active = 0xA3AABB,
        .state_ready = 0xB8B8B8,
        .state_running = 0x00AD7F,
        .state_waiting = 0x56B4E9,
        .state_failed = 0xF26E1D,
        .state_cancelled = 0xD383B0,
    };
    return p;
}

const Palette& light_palette() {
    static const Palette p = {
        .background = 0xE3E6EC,
        .chrome = 0xF4F5F8,
        .panel = 0xFFFFFF,
        .panel_raised = 0xF1F3F7,
        .border = 0xD5D9E2,
        .gutter = 0xF6F7F9,
        .row_hover = 0xEBEEF3,
        .selected = 0xE0E5EE,
        .popup = 0xFFFFFF,
        .text = 0x1B1F2A,
        .text_dim = 0x4A5263,
        .text_faint = 0x5E6678,
        .accent = 0x0D7863,
        .accent_deep = 0xB5E6DA,
        .waiting = 0x945900,
        .error = 0xC2283A,
        .good = 0x27744A,
        .on_accent = 0xFFFFFF,
        .syntax_keyword = 0x3355C4,
        .syntax_async = 0x945900,
        .syntax_string = 0x2B7530,
        .syntax_number = 0xAD4328,
        .syntax_comment = 0x5E6678,
        .syntax_call = 0x0B6A94,
        .syntax_builtin = 0x7B3FC4,
        .class_name = 0x855600,
        .decorator = 0xA3307A,
        .string_escape = 0x855600,
        .operator_ink = 0x4A5263,
        .line_number = 0x5E6678,
        .line_number_active = 0x1B1F2A,
        .state_ready = 0x666666,
        .state_running = 0x007555,
        .state_waiting = 0x14699A,
        .state_failed = 0xA84A00,
        .state_cancelled = 0xA8407A,
    };
    return p;
}

double relative_luminance(unsigned rgb) {
    auto channel = [](unsigned v) {
        const double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) +
           0.0722 * channel(rgb & 0xFF);
}

double contrast_ratio(unsigned a, unsigned b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace loopscope::ui
