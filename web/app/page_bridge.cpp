#include "page_bridge.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

namespace {
EM_JS(void, js_page_action, (const char* name), {
    const api = window.loopscope;
    if (api && api._action) api._action(UTF8ToString(name));
});
EM_JS(void, js_page_event, (const char* type, const char* json), {
    const api = window.loopscope;
    if (api && api._emit) api._emit(UTF8ToString(type), JSON.parse(UTF8ToString(json)));
});
} // namespace
#endif

namespace loopscope {

void page_action(const char* name) {
#ifdef __EMSCRIPTEN__
    js_page_action(name);
#endif
}

void page_event(const char* type, const std::string& json) {
#ifdef __EMSCRIPTEN__
    js_page_event(type, json.c_str());
#endif
}

bool have_page() {
#ifdef __EMSCRIPTEN__
    return true;
#else
    return false;
#endif
}

} // namespace loopscope
