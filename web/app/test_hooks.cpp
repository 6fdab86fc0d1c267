#include "test_hooks.h"

#include "imgui_internal.h" // ImGuiWindow: scrolling a focused widget into view
#include "theme.h"

#include <string>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

namespace {
float g_scale = 1.0f;

// Targets of the frame being drawn go to a fresh map that replaces the last frame's when the
// frame is done: a widget not drawn any more has no rectangle (rect() returns null).
EM_JS(void, js_publish_target, (const char* id, float x, float y, float w, float h), {
    const state = window.loopscope || (window.loopscope = {});
    const targets = state.targetsNext || (state.targetsNext = {});
    targets[UTF8ToString(id)] = {x : x, y : y, w : w, h : h};
});
EM_JS(void, js_end_target_frame, (), {
    const state = window.loopscope || (window.loopscope = {});
    state.targets = state.targetsNext || {};
    state.targetsNext = {};
});
EM_JS(void, js_publish_metric, (const char* id, double value), {
    const state = window.loopscope || (window.loopscope = {});
    const metrics = state.metrics || (state.metrics = {});
    metrics[UTF8ToString(id)] = value;
});
} // namespace
#endif

namespace loopscope {
namespace {

std::string g_focus;    // the target with the page's keyboard focus
std::string g_revealed; // the focus target already scrolled into view

// Scrolls the nearest scrollable window around the current one so [min, max] is visible.
void reveal(ImVec2 min, ImVec2 max) {
    for (ImGuiWindow* w = ImGui::GetCurrentWindow(); w; w = w->ParentWindow) {
        if (w->ScrollMax.y > 0.0f) {
            const ImRect view = w->InnerClipRect;
            float delta = 0.0f;
            if (max.y > view.Max.y) delta = max.y - view.Max.y + 12.0f;
            if (min.y - delta < view.Min.y) delta = min.y - view.Min.y - 12.0f;
            if (delta != 0.0f) ImGui::SetScrollY(w, w->Scroll.y + delta);
            return;
        }
        if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) return;
    }
}

// A ring round the focused widget, in the text colour (it must stand out from the accent
// fill of the Run button as well as from the panes), clipped to the visible part of its pane.
void focus_ring(ImVec2 min, ImVec2 max) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    ImDrawList* d = ImGui::GetForegroundDrawList();
    d->PushClipRect(ImVec2(w->InnerClipRect.Min.x - 4.0f, w->InnerClipRect.Min.y - 4.0f),
                    ImVec2(w->InnerClipRect.Max.x + 4.0f, w->InnerClipRect.Max.y + 4.0f), true);
    d->AddRect(ImVec2(min.x - 3.0f, min.y - 3.0f), ImVec2(max.x + 3.0f, max.y + 3.0f),
               theme::rgba(theme::kText), 6.0f, 0, 2.5f);
    d->PopClipRect();
}

} // namespace

void end_target_frame() {
#ifdef __EMSCRIPTEN__
    js_end_target_frame();
#endif
}

void set_focus_ring_target(const char* id) {
    g_focus = id ? id : "";
    if (g_focus.empty()) g_revealed.clear();
}

void set_target_scale(float scale) {
#ifdef __EMSCRIPTEN__
    g_scale = scale;
#endif
}

void publish_target(const char* id, ImVec2 min, ImVec2 max) {
    if (!g_focus.empty() && g_focus == id) {
        if (g_revealed != g_focus) {
            reveal(min, max);
            g_revealed = g_focus;
        }
        focus_ring(min, max);
    }
#ifdef __EMSCRIPTEN__
    js_publish_target(id, min.x * g_scale, min.y * g_scale, (max.x - min.x) * g_scale,
                      (max.y - min.y) * g_scale);
#endif
}

void publish_metric(const char* id, double value) {
#ifdef __EMSCRIPTEN__
    js_publish_metric(id, value);
#else
    (void)id;
    (void)value;
#endif
}

} // namespace loopscope
