#include "automation.h"

#include "frame_pacing.h"

#include <string>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define LOOPSCOPE_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define LOOPSCOPE_EXPORT extern "C"
#endif

namespace loopscope::automation {
namespace {
AppModel* g_model = nullptr;
std::string g_state; // the last getState() JSON; valid until the next call
std::string g_error; // why the last loopscope_set_progress failed
} // namespace

void install(AppModel* model) {
    g_model = model;
}

AppModel* installed_model() {
    return g_model;
}

} // namespace loopscope::automation

using loopscope::automation::g_model;

LOOPSCOPE_EXPORT int loopscope_set_code(const char* code) {
    loopscope::pacing::wake(); // the page changed the model: draw it
    if (!g_model) return 0;
    loopscope::cmd_set_code(*g_model, code ? code : "");
    return g_model->run->compile_error().empty() ? 1 : 0;
}

LOOPSCOPE_EXPORT void loopscope_run(int instant) {
    loopscope::pacing::wake(); // the page changed the model: draw it
    if (!g_model) return;
    g_model->mode = instant ? loopscope::RunMode::Instant : loopscope::RunMode::Animated;
    loopscope::cmd_run(*g_model);
}

LOOPSCOPE_EXPORT void loopscope_step(int line) {
    loopscope::pacing::wake(); // the page changed the model: draw it
    if (!g_model) return;
    line ? loopscope::cmd_step_line(*g_model) : loopscope::cmd_step_event(*g_model);
}

LOOPSCOPE_EXPORT void loopscope_step_back(int line) {
    loopscope::pacing::wake(); // the page changed the model: draw it
    if (!g_model) return;
    line ? loopscope::cmd_step_back_line(*g_model) : loopscope::cmd_step_back_event(*g_model);
}

LOOPSCOPE_EXPORT void loopscope_pause() {
    loopscope::pacing::wake(); // the page changed the model: draw it
    if (g_model) loopscope::cmd_pause(*g_model);
}

LOOPSCOPE_EXPORT void loopscope_reset() {
    loopscope::pacing::wake(); // the page changed the model: draw it
    if (g_model) loopscope::cmd_reset(*g_model);
}

LOOPSCOPE_EXPORT void loopscope_seek(double event) {
    loopscope::pacing::wake(); // the page changed the model: draw it
    if (g_model) loopscope::cmd_seek(*g_model, static_cast<uint64_t>(event < 0 ? 0 : event));
}

LOOPSCOPE_EXPORT int loopscope_load_lesson(const char* id) {
    loopscope::pacing::wake(); // the page changed the model: draw it
    if (!g_model) return 0;
    return loopscope::cmd_load_lesson(*g_model, id ? id : "") ? 1 : 0;
}

// The lessons bundle (tools/lessons_bundle.py) for the web build, fetched by boot.js.
LOOPSCOPE_EXPORT int loopscope_set_lessons(const char* bundle_json) {
    loopscope::pacing::wake(); // the page changed the model: draw it
    if (!g_model || !bundle_json) return 0;
    loopscope::lessons::LoadAllResult r = loopscope::lessons::parse_bundle(bundle_json);
    const int n = static_cast<int>(r.lessons.size());
    loopscope::set_lessons(*g_model, std::move(r.lessons));
    if (n > 0) loopscope::cmd_load_lesson(*g_model, g_model->lessons[0].id);
    return n;
}

// The learner's course progress (answers, retry states, challenges, code per lesson) as JSON,
// for the page to keep (e.g. in localStorage), and back. set returns 0 when the text cannot be
// read (nothing changes; loopscope_progress_error() says why).
LOOPSCOPE_EXPORT const char* loopscope_get_progress() {
    if (!g_model) return "{}";
    loopscope::automation::g_state = loopscope::course_progress_json(*g_model);
    return loopscope::automation::g_state.c_str();
}

LOOPSCOPE_EXPORT int loopscope_set_progress(const char* json) {
    if (!g_model || !json) return 0;
    return loopscope::cmd_set_course_progress(*g_model, json, &loopscope::automation::g_error) ? 1
                                                                                               : 0;
}

LOOPSCOPE_EXPORT const char* loopscope_progress_error() {
    return loopscope::automation::g_error.c_str();
}

// Scrolls the lesson so that a published widget ("check:<id>:<part>") is in view.
LOOPSCOPE_EXPORT void loopscope_lesson_scroll_to(const char* target) {
    if (g_model && target) g_model->lesson_view.scroll_to = target;
}

LOOPSCOPE_EXPORT const char* loopscope_get_state() {
    if (!g_model) return "{}";
    loopscope::automation::g_state = loopscope::state_json(*g_model);
    return loopscope::automation::g_state.c_str();
}

// Draw the next `frames` frames even without input (browser tests measure frames; a page that
// changes something the app shows by other means).
LOOPSCOPE_EXPORT void loopscope_request_frames(int frames) {
    loopscope::pacing::wake(frames < 1 ? 1 : frames > 600 ? 600 : frames);
}
