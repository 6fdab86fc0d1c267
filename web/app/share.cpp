// share.cpp - what a share link needs from the app (web/shell/share.js makes and opens the
// links): the view to put in a link, and a way to reach a link's step, which may lie beyond
// what the program has recorded so far.
//
//   loopscope_link_state()              -> {"lesson", "edited", "code", "step"}
//   loopscope_open_program(code)        -> a program outside any lesson (a link without
//                                          lesson=): the open lesson keeps the learner's code
//   loopscope_record_until(step, ms)    -> {"reached", "recorded", "finished", "blocked",
//                                           "error"}; runs the program for at most `ms` until
//                                           event `step` exists, then shows that step
#include "automation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <string>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define LOOPSCOPE_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define LOOPSCOPE_EXPORT extern "C"
#endif

namespace {

using json = nlohmann::json;
std::string g_text; // the last text handed to the page; valid until the next call

const char* hand_over(const json& j) {
    g_text = j.dump(-1, ' ', false, json::error_handler_t::replace);
    return g_text.c_str();
}

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

LOOPSCOPE_EXPORT const char* loopscope_link_state() {
    loopscope::AppModel* m = loopscope::automation::installed_model();
    if (!m) return "{}";
    json j = {{"step", m->run->cursor()}};
    if (m->lesson >= 0 && m->lesson < static_cast<int>(m->lessons.size())) {
        const loopscope::lessons::Lesson& l = m->lessons[static_cast<size_t>(m->lesson)];
        j["lesson"] = l.id;
        j["edited"] = m->source != l.program_source();
    } else {
        j["lesson"] = "";
        j["edited"] = true;
    }
    if (j["edited"].get<bool>()) j["code"] = m->source;
    return hand_over(j);
}

LOOPSCOPE_EXPORT int loopscope_open_program(const char* code) {
    loopscope::AppModel* m = loopscope::automation::installed_model();
    if (!m) return 0;
    loopscope::keep_lesson_code(*m);
    m->lesson = -1;
    m->show_lesson = false;
    m->file_name = "main.py";
    loopscope::cmd_set_code(*m, code ? code : "");
    return m->run->compile_error().empty() ? 1 : 0;
}

LOOPSCOPE_EXPORT const char* loopscope_record_until(double step, double budget_ms) {
    loopscope::AppModel* m = loopscope::automation::installed_model();
    if (!m) return "{}";
    loopscope::RunDriver& run = *m->run;
    json j;
    if (!run.compile_error().empty()) {
        j["error"] = run.compile_error();
    } else {
        const uint64_t target = static_cast<uint64_t>(std::max(0.0, step));
        const double t0 = now_ms();
        m->playing = false;
        while (run.recorded() <= target && !run.program_finished() && now_ms() - t0 < budget_ms) {
            if (!run.busy()) run.run();
            run.tick(50000);
        }
        const bool reached = run.recorded() > target;
        if (reached || run.program_finished()) {
            run.pause();
            run.seek(std::min(target, run.recorded() - 1));
        }
        j["reached"] = reached;
        j["blocked"] = run.snapshot().blocked;
    }
    j["recorded"] = run.recorded();
    j["finished"] = run.program_finished();
    j["step"] = run.cursor();
    return hand_over(j);
}
