// lesson_loading.cpp - the page hands the app its lessons in parts (web/shell/boot.js): first
// the course map (every lesson's id, title and checks: model/course/lesson_map.h) and the
// lesson the page opens on, then, once the page is interactive, the whole bundle. A lesson
// opened before its text arrived waits for it (course_commands.cpp: open_lesson).
#include "app_model.h"
#include "automation.h"
#include "frame_pacing.h"
#include "model/course/course_map.h"
#include "model/course/lesson_map.h"

#include <string>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define LOOPSCOPE_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define LOOPSCOPE_EXPORT extern "C"
#endif

using loopscope::automation::installed_model;

// The course map: the number of lessons it names, -1 when it cannot be read (nothing changes).
LOOPSCOPE_EXPORT int loopscope_set_lesson_map(const char* map_json) {
    loopscope::pacing::wake();
    loopscope::AppModel* m = installed_model();
    if (!m || !map_json) return -1;
    std::vector<loopscope::lessons::Lesson> stand_ins;
    std::string error;
    if (!loopscope::course::parse_lesson_map(map_json, &stand_ins, &error)) return -1;
    const int n = static_cast<int>(stand_ins.size());
    loopscope::set_lesson_map(*m, std::move(stand_ins));
    return n;
}

// Lessons in full (a bundle of tools/lessons_bundle.py: one lesson or all of them), after the
// map: how many became ready, -1 when the text holds no readable lesson. A lesson waiting for
// its text opens now.
LOOPSCOPE_EXPORT int loopscope_add_lessons(const char* bundle_json) {
    loopscope::AppModel* m = installed_model();
    if (!m || !bundle_json) return -1;
    loopscope::lessons::LoadAllResult r = loopscope::lessons::parse_bundle(bundle_json);
    if (r.lessons.empty()) return -1;
    return loopscope::add_lessons(*m, std::move(r.lessons));
}

// The lessons still missing will not come (the download failed): a lesson waiting for its text
// says so, with `why`.
LOOPSCOPE_EXPORT void loopscope_lessons_failed(const char* why) {
    if (loopscope::AppModel* m = installed_model()) {
        loopscope::lessons_failed(*m, why && *why ? why : "the download failed");
    }
}

// 1: the lesson (id or folder name) is here in full, 0: it is on the map but its text has not
// arrived, -1: there is no such lesson.
LOOPSCOPE_EXPORT int loopscope_lesson_state(const char* id) {
    loopscope::AppModel* m = installed_model();
    if (!m || !id) return -1;
    const int index = loopscope::course::find_lesson(m->lessons, id);
    if (index < 0) return -1;
    return loopscope::lesson_ready(*m, index) ? 1 : 0;
}
