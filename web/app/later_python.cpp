// later_python.cpp - see later_python.h.
#include "later_python.h"

#include "frame_pacing.h"
#include "stdlib/python_source.h"

#include <nlohmann/json.hpp>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define LOOPSCOPE_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define LOOPSCOPE_EXPORT extern "C"
#endif

namespace loopscope::later_python {
namespace {
#ifdef LOOPSCOPE_PY_TEXT_LATER
bool g_ready = false;
#else
bool g_ready = true;
#endif
} // namespace

bool ready() {
    return g_ready;
}

int provide(const char* json) {
    g_ready = true;
    pacing::wake(); // a run that waited starts now
    if (!json || !*json) return 0;
    nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) return -1;
    int n = 0;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!it.value().is_string()) continue;
        provide_python_text(it.key(), it.value().get<std::string>());
        ++n;
    }
    return n;
}

} // namespace loopscope::later_python

// python.json from the page (boot.js): the number of module texts registered, -1 when broken.
LOOPSCOPE_EXPORT int loopscope_add_python(const char* json) {
    return loopscope::later_python::provide(json);
}
