// Hooks for the browser test: named screen rectangles it can click without knowing the layout.
// In the web build publish_target() records window.loopscope.targets[id] = {x, y, w, h} in CSS
// pixels (ImGui units times the UI zoom); natively it does nothing.
// window.loopscope.rect(name) (web/shell/boot.js) reads them.
#pragma once

#include "imgui.h"

namespace loopscope {

// The widget published as the page's keyboard focus (a11y_bridge.h) also gets its focus ring
// here, and is scrolled into view the first time it is published after the focus moved to it.
void publish_target(const char* id, ImVec2 min, ImVec2 max);
// A frame has been drawn: its targets replace the previous frame's (main.cpp).
void end_target_frame();
// The target that has the keyboard focus in the accessible page ("" = none).
void set_focus_ring_target(const char* id);
// A number the browser test reads as window.loopscope.metrics[id] (rows drawn, lanes shown,
// scroll positions...): what a screenshot cannot tell reliably. Natively it does nothing.
void publish_metric(const char* id, double value);
// CSS pixels per ImGui unit (the UI zoom), set once per frame by main.cpp.
void set_target_scale(float scale);

} // namespace loopscope
