// touch.h - touch screens. ImGui 1.86 knows only a mouse, and SDL turns a touch into a mouse
// press at once, so a swipe meant to scroll the lesson would press the button under the finger
// and drag it. Here a touch becomes:
//   - a tap (the finger lifts without moving): a click where it lifted;
//   - a swipe over a widget that drags along that direction (the timeline pans, the scrubber,
//     splitters and the speed slider; they say so with touch_drag_here()): a mouse drag;
//   - any other swipe: scrolls the innermost scrollable pane under the finger, 1:1, with a
//     short fling after the finger lifts. Nothing is clicked.
// The platform layer (main.cpp) hands SDL's events to process_event() and calls new_frame()
// after the backend's NewFrame (it decides the mouse ImGui sees) and after_new_frame() after
// ImGui::NewFrame (it scrolls).
#pragma once

union SDL_Event;
struct ImGuiIO;

namespace loopscope {

// Called by a widget while it is hovered or active: a swipe starting on it along an axis it
// takes drags it instead of scrolling the pane around it.
void touch_drag_here(bool horizontal, bool vertical);

// True in the frame a touch that moved ends: widgets that act when the mouse is released
// (the timeline seeks on a click) leave it alone.
bool touch_swiped();

namespace touch {

// SDL events: finger events drive the gestures; the mouse events SDL makes from touches are
// swallowed (true: the caller drops the event). A real mouse event ends touch mode.
bool process_event(const SDL_Event& event, float window_w, float window_h);

// After the backend's NewFrame, before ImGui::NewFrame: in touch mode, the mouse position and
// button ImGui sees this frame. `zoom` = CSS pixels per ImGui unit.
void new_frame(ImGuiIO& io, float zoom, double dt);

// After ImGui::NewFrame: scrolls the pane under a swiping finger.
void after_new_frame();

// A gesture or a fling is in progress (the app keeps drawing frames).
bool active();

} // namespace touch
} // namespace loopscope
