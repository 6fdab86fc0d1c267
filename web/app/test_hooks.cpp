#include "test_hooks.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

namespace {
float g_scale = 1.0f;

EM_JS(void, js_publish_target, (const char* id, float x, float y, float w, float h), {
    const state = window.loopscope || (window.loopscope = {});
    const targets = state.targets || (state.targets = {});
    targets[UTF8ToString(id)] = {x : x, y : y, w : w, h : h};
});
EM_JS(void, js_publish_metric, (const char* id, double value), {
    const state = window.loopscope || (window.loopscope = {});
    const metrics = state.metrics || (state.metrics = {});
    metrics[UTF8ToString(id)] = value;
});
} // namespace
#endif

namespace loopscope {

void set_target_scale(float scale) {
#ifdef __EMSCRIPTEN__
    g_scale = scale;
#endif
}

void publish_target(const char* id, ImVec2 min, ImVec2 max) {
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
