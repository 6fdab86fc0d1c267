// The playground's screen: title bar, editor pane | run pane, status bar. Free functions over
// AppModel; the layout fills ImGui's main viewport, which the platform layer keeps equal to the
// browser window (or the desktop window).
#pragma once

#include "app_model.h"
#include "fonts.h"
#include "imgui.h"

namespace loopscope {

// Draws one frame of the whole UI. `seconds` is wall-clock time for small animations only.
void draw_app(AppModel& model, const fonts::FontSet& fonts, double seconds);

// The code editor filling the rectangle at `min` (the file pane, and under a lesson's prose).
void draw_code_editor(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size);

} // namespace loopscope
