#include "test_hooks.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

namespace {
EM_JS(void, js_publish_target, (const char* id, float x, float y, float w, float h), {
    const state = window.loopscope || (window.loopscope = {});
    const targets = state.targets || (state.targets = {});
    targets[UTF8ToString(id)] = {x : x, y : y, w : w, h : h};
});
} // namespace
#endif

namespace loopscope {

void publish_target(const char* id, ImVec2 min, ImVec2 max) {
#ifdef __EMSCRIPTEN__
    js_publish_target(id, min.x, min.y, max.x - min.x, max.y - min.y);
#else
    (void)id;
    (void)min;
    (void)max;
#endif
}

} // namespace loopscope
