// touch.cpp - taps, swipes and flings from SDL finger events (touch.h).
#include "touch.h"

#include "test_hooks.h"

#include "imgui.h"
#include "imgui_internal.h" // ImGuiWindow, SetScrollX/Y: scrolling the pane under the finger

#include <SDL.h>

#include <cmath>

namespace loopscope {
namespace {

constexpr float kSlop = 8.0f;       // CSS px a finger may wander and still tap
constexpr float kFlingStop = 30.0f; // px/s below which a fling ends
constexpr float kFlingDecay = 4.0f; // 1/s: the fling loses ~98% of its speed in a second

enum class Phase : uint8_t {
    Idle,    // no finger down
    Pending, // a finger is down and has not moved more than kSlop
    Drag,    // a swipe over a widget that drags: ImGui sees the mouse held down
    Scroll,  // a swipe elsewhere: the pane under the finger scrolls
    Tap,     // the finger lifted without moving: a click this frame, the release next
};

struct Gesture {
    bool touch_mode = false; // the last pointer input was a touch
    Phase phase = Phase::Idle;
    int64_t finger = -1; // the finger being followed (others are ignored)
    float start_x = 0, start_y = 0;
    float x = 0, y = 0;                 // where the finger is (CSS px)
    float scroll_dx = 0, scroll_dy = 0; // finger movement not yet applied to a pane (CSS px)
    float vx = 0, vy = 0;               // fling velocity (CSS px / s)
    bool fling = false;
    bool release_pending = false; // Tap / Drag: report the button up next frame
    bool drag_pressed = false;    // Drag: the press (at the start point) has been reported
    bool swiped = false;          // a touch that moved ended this frame
    bool swipe_ended = false;     // ... set by the event, turned into `swiped` by new_frame
    // Whether the widget under the finger drags sideways / up and down: collected while a
    // frame is drawn (touch_drag_here), read by the events that arrive before the next one.
    bool drag_h = false, drag_v = false;
    float zoom = 1.0f;
    double dt = 0.0;
    // For the browser tests (window.loopscope.metrics): fingers down and up seen, those ignored
    // (a second finger, another finger's lift), and taps given to ImGui as clicks.
    int downs = 0, ups = 0, ignored_downs = 0, ignored_ups = 0, taps = 0;
    int published = -1; // what the metrics last said (new_frame)
};

Gesture g_touch;

// The pane a swipe scrolls: the window under the finger or, when it cannot move further that
// way (or cannot scroll at all), its nearest parent that can - so a swipe in the lesson scrolls
// the lesson to its end and then the page around it.
ImGuiWindow* scroll_target(bool vertical, float delta) {
    for (ImGuiWindow* w = ImGui::GetCurrentContext()->HoveredWindow; w; w = w->ParentWindow) {
        const float pos = vertical ? w->Scroll.y : w->Scroll.x;
        const float max = vertical ? w->ScrollMax.y : w->ScrollMax.x;
        const bool can = max > 0.0f && !(w->Flags & ImGuiWindowFlags_NoScrollWithMouse) &&
                         (delta > 0.0f ? pos > 0.0f : pos < max);
        if (can) return w;
        if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) return nullptr;
    }
    return nullptr;
}

void scroll_by(float dx, float dy) {
    if (dy != 0.0f) {
        if (ImGuiWindow* w = scroll_target(true, dy)) ImGui::SetScrollY(w, w->Scroll.y - dy);
    }
    if (dx != 0.0f) {
        if (ImGuiWindow* w = scroll_target(false, dx)) ImGui::SetScrollX(w, w->Scroll.x - dx);
    }
}

} // namespace

void touch_drag_here(bool horizontal, bool vertical) {
    g_touch.drag_h = g_touch.drag_h || horizontal;
    g_touch.drag_v = g_touch.drag_v || vertical;
}

bool touch_swiped() {
    return g_touch.swiped;
}

namespace touch {

bool active() {
    Gesture& t = g_touch;
    return t.phase != Phase::Idle || t.fling || t.release_pending;
}

bool process_event(const SDL_Event& event, float window_w, float window_h) {
    Gesture& t = g_touch;
    switch (event.type) {
        case SDL_MOUSEMOTION:
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
        case SDL_MOUSEWHEEL: {
            const Uint32 which = event.type == SDL_MOUSEMOTION  ? event.motion.which
                                 : event.type == SDL_MOUSEWHEEL ? event.wheel.which
                                                                : event.button.which;
            if (which == SDL_TOUCH_MOUSEID) return true; // made from a touch: ours already
            t.touch_mode = false;
            t.phase = Phase::Idle;
            t.fling = false;
            return false;
        }
        case SDL_FINGERDOWN: {
            t.touch_mode = true;
            ++t.downs;
            if (t.phase != Phase::Idle && t.phase != Phase::Tap) { // a second finger
                ++t.ignored_downs;
                return true;
            }
            t.phase = Phase::Pending;
            t.finger = event.tfinger.fingerId;
            t.start_x = t.x = event.tfinger.x * window_w;
            t.start_y = t.y = event.tfinger.y * window_h;
            t.scroll_dx = t.scroll_dy = 0.0f;
            t.fling = false;
            t.vx = t.vy = 0.0f;
            return true;
        }
        case SDL_FINGERMOTION: {
            if (event.tfinger.fingerId != t.finger || t.phase == Phase::Idle) return true;
            const float x = event.tfinger.x * window_w, y = event.tfinger.y * window_h;
            const float dx = x - t.x, dy = y - t.y;
            t.x = x;
            t.y = y;
            if (t.phase == Phase::Pending) {
                const float mx = x - t.start_x, my = y - t.start_y;
                if (mx * mx + my * my <= kSlop * kSlop) return true;
                // The swipe goes mostly one way: drag the widget under the finger if it takes
                // that direction, else scroll.
                const bool horizontal = std::fabs(mx) >= std::fabs(my);
                const bool drags = horizontal ? t.drag_h : t.drag_v;
                t.phase = drags ? Phase::Drag : Phase::Scroll;
                t.drag_pressed = false;
                if (t.phase == Phase::Scroll) {
                    t.scroll_dx += mx;
                    t.scroll_dy += my;
                }
                return true;
            }
            if (t.phase == Phase::Scroll) {
                t.scroll_dx += dx;
                t.scroll_dy += dy;
                if (t.dt > 0.0) { // the finger's recent speed, for the fling
                    t.vx = t.vx * 0.5f + 0.5f * dx / static_cast<float>(t.dt);
                    t.vy = t.vy * 0.5f + 0.5f * dy / static_cast<float>(t.dt);
                }
            }
            return true;
        }
        case SDL_FINGERUP: {
            ++t.ups;
            if (event.tfinger.fingerId != t.finger) {
                ++t.ignored_ups;
                return true;
            }
            t.x = event.tfinger.x * window_w;
            t.y = event.tfinger.y * window_h;
            if (t.phase == Phase::Pending) {
                t.phase = Phase::Tap;
            } else {
                if (t.phase == Phase::Scroll) {
                    t.fling = std::hypot(t.vx, t.vy) > kFlingStop * 4.0f;
                }
                if (t.phase == Phase::Drag) t.release_pending = true;
                t.phase = Phase::Idle;
                t.swipe_ended = true;
            }
            t.finger = -1;
            return true;
        }
        default: return false;
    }
}

void new_frame(ImGuiIO& io, float zoom, double dt) {
    Gesture& t = g_touch;
    t.zoom = zoom > 0.0f ? zoom : 1.0f;
    t.dt = dt;
    t.drag_h = t.drag_v = false; // this frame's widgets say it again
    t.swiped = t.swipe_ended;
    t.swipe_ended = false;
    // (the counts only grow: their sum and the phase change whenever one of them does)
    const int stamp = (t.downs + t.ups + t.taps) * 8 + static_cast<int>(t.phase);
    if (stamp != t.published) {
        t.published = stamp;
        publish_metric("touch.downs", t.downs);
        publish_metric("touch.ups", t.ups);
        publish_metric("touch.ignoredDowns", t.ignored_downs);
        publish_metric("touch.ignoredUps", t.ignored_ups);
        publish_metric("touch.taps", t.taps);
        publish_metric("touch.phase", static_cast<double>(t.phase));
    }
    if (!t.touch_mode) return;
    const ImVec2 at(t.x / t.zoom, t.y / t.zoom);
    switch (t.phase) {
        case Phase::Pending:
            // Hover only: widgets under the finger say whether they drag (touch_drag_here).
            io.MousePos = ImVec2(t.start_x / t.zoom, t.start_y / t.zoom);
            io.MouseDown[0] = false;
            break;
        case Phase::Drag:
            // The press lands where the finger went down, then the mouse follows the finger.
            io.MousePos = t.drag_pressed ? at : ImVec2(t.start_x / t.zoom, t.start_y / t.zoom);
            io.MouseDown[0] = true;
            t.drag_pressed = true;
            break;
        case Phase::Scroll:
            io.MousePos = at;
            io.MouseDown[0] = false;
            break;
        case Phase::Tap:
            ++t.taps;
            io.MousePos = at;
            io.MouseDown[0] = true;
            t.phase = Phase::Idle;
            t.release_pending = true;
            break;
        case Phase::Idle:
            io.MousePos = at;
            io.MouseDown[0] = false;
            if (t.release_pending) t.release_pending = false;
            break;
    }
    io.MouseDown[1] = io.MouseDown[2] = false;
}

void after_new_frame() {
    Gesture& t = g_touch;
    if (!t.touch_mode) return;
    if (t.phase == Phase::Scroll) {
        scroll_by(t.scroll_dx / t.zoom, t.scroll_dy / t.zoom);
        t.scroll_dx = t.scroll_dy = 0.0f;
    } else if (t.fling) {
        const float step = static_cast<float>(t.dt);
        scroll_by(t.vx * step / t.zoom, t.vy * step / t.zoom);
        const float keep = std::exp(-kFlingDecay * step);
        t.vx *= keep;
        t.vy *= keep;
        t.fling = std::hypot(t.vx, t.vy) > kFlingStop;
    }
}

} // namespace touch
} // namespace loopscope
