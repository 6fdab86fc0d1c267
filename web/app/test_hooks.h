// Hooks for the browser test: named screen rectangles it can click without knowing the layout.
// In the web build publish_target() records window.loopscope.targets[id] = {x, y, w, h} in CSS
// pixels; natively it does nothing.
#pragma once

#include "imgui.h"

namespace loopscope {

void publish_target(const char* id, ImVec2 min, ImVec2 max);

} // namespace loopscope
