#include "persist.h"

#include "automation.h"
#include "theme.h"

#include <nlohmann/json.hpp>

#include <string>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define LOOPSCOPE_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define LOOPSCOPE_EXPORT extern "C"
#endif

namespace loopscope {
namespace {

bool g_os_dark = true; // the system's preference, as the page reported it at restore

const char* tab_name(RunTab t) {
    switch (t) {
        case RunTab::Console: return "console";
        case RunTab::Tasks: return "tasks";
        case RunTab::Primitives: return "sync";
    }
    return "console";
}

RunTab tab_from(const std::string& name) {
    if (name == "tasks") return RunTab::Tasks;
    if (name == "sync") return RunTab::Primitives;
    return RunTab::Console;
}

void set_theme(AppModel& m, bool dark) {
    m.dark = dark;
    theme::set_variant(dark);
}

// Opens a lesson without filing the editor's program under the lesson open before (that
// program is not the learner's work: it is what the page showed before the restore).
bool open_lesson_fresh(AppModel& m, const std::string& id) {
    const int before = m.lesson;
    m.lesson = -1;
    if (cmd_load_lesson(m, id)) return true;
    m.lesson = before;
    return false;
}

} // namespace

persist::SavedWork capture_work(AppModel& m) {
    keep_lesson_code(m);
    persist::SavedWork w;
    // The theme is saved only when it differs from the system's, so a learner who never chose
    // one keeps following the system.
    if (m.dark != g_os_dark) w.prefs.dark = m.dark;
    w.prefs.zoom = m.zoom;
    w.prefs.split = m.split;
    w.prefs.timeline_split = m.timeline_split;
    w.prefs.run_tab = tab_name(m.run_tab);
    w.prefs.mode = m.mode == RunMode::Instant ? "instant" : "animated";
    w.prefs.speed = m.speed;
    if (m.lesson >= 0 && m.lesson < static_cast<int>(m.lessons.size())) {
        w.lesson = m.lessons[static_cast<size_t>(m.lesson)].id;
        w.show_lesson = m.show_lesson;
    } else {
        w.scratch = m.source;
        w.show_lesson = false;
    }
    w.lessons = m.lesson_view.progress.lessons; // code, answers, retry and challenge states
    return w;
}

void apply_work(AppModel& m, const persist::SavedWork& work, bool os_dark) {
    g_os_dark = os_dark;
    const persist::Prefs& p = work.prefs;
    set_theme(m, p.dark.value_or(os_dark));
    if (p.zoom) m.zoom = *p.zoom;
    if (p.split) m.split = *p.split;
    if (p.timeline_split) m.timeline_split = *p.timeline_split;
    if (p.run_tab) m.run_tab = tab_from(*p.run_tab);
    if (p.mode) m.mode = *p.mode == "instant" ? RunMode::Instant : RunMode::Animated;
    if (p.speed) m.speed = *p.speed;

    course::CourseProgress& progress = m.lesson_view.progress;
    progress.lessons = work.lessons;
    progress.current = work.lesson;
    ++progress.serial;
    if (!work.lesson.empty() && open_lesson_fresh(m, work.lesson)) {
        m.show_lesson = work.show_lesson;
    } else if (work.scratch && work.lesson.empty()) {
        m.lesson = -1;
        m.show_lesson = false;
        cmd_set_code(m, *work.scratch);
    } else if (m.lesson >= 0) {
        // The open lesson (the first one) shows the learner's version of it, if they have one.
        open_lesson_fresh(m, m.lessons[static_cast<size_t>(m.lesson)].id);
    }
}

void reset_work(AppModel& m) {
    m.lesson_view.progress.lessons.clear(); // code, answers, hints, challenges
    ++m.lesson_view.progress.serial;
    if (m.lesson >= 0 && m.lesson < static_cast<int>(m.lessons.size())) {
        const bool show = m.show_lesson;
        open_lesson_fresh(m, m.lessons[static_cast<size_t>(m.lesson)].id);
        m.show_lesson = show;
    }
}

} // namespace loopscope

// ---- the page's side (web/shell/store.js) -----------------------------------------------------

namespace {
std::string g_text; // the last text handed to the page; valid until the next call
} // namespace

LOOPSCOPE_EXPORT const char* loopscope_save_json() {
    loopscope::AppModel* m = loopscope::automation::installed_model();
    if (!m) return "";
    g_text = loopscope::persist::write_saved_work(loopscope::capture_work(*m));
    return g_text.c_str();
}

// `text` empty: nothing was saved (the defaults apply, with the system's theme).
LOOPSCOPE_EXPORT const char* loopscope_restore_json(const char* text, int os_dark) {
    loopscope::AppModel* m = loopscope::automation::installed_model();
    nlohmann::json r = nlohmann::json::object();
    if (!m) {
        r["ok"] = false;
        r["error"] = "the playground is not running";
    } else if (!text || !*text) {
        loopscope::apply_work(*m, {}, os_dark != 0);
        r["ok"] = true;
        r["version"] = 0;
    } else {
        loopscope::persist::ReadResult read = loopscope::persist::read_saved_work(text);
        r["version"] = read.version;
        if (read.work) {
            loopscope::apply_work(*m, *read.work, os_dark != 0);
            r["ok"] = true;
            r["lessons"] = read.work->lessons.size();
        } else {
            r["ok"] = false;
            r["error"] = read.error;
        }
    }
    g_text = r.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return g_text.c_str();
}

LOOPSCOPE_EXPORT void loopscope_reset_progress() {
    if (loopscope::AppModel* m = loopscope::automation::installed_model()) {
        loopscope::reset_work(*m);
    }
}

// Checks a save without applying it (an import is checked before it replaces anything):
// {"ok": true, "version", "lessons"} or {"ok": false, "error"}.
LOOPSCOPE_EXPORT const char* loopscope_check_save(const char* text) {
    loopscope::persist::ReadResult read = loopscope::persist::read_saved_work(text ? text : "");
    nlohmann::json r = {{"ok", read.work.has_value()}, {"version", read.version}};
    if (read.work) {
        r["lessons"] = read.work->lessons.size();
    } else {
        r["error"] = read.error;
    }
    g_text = r.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return g_text.c_str();
}

// The theme an embedding page asks for (embed.js: theme=light).
LOOPSCOPE_EXPORT void loopscope_set_theme(int dark) {
    if (loopscope::AppModel* m = loopscope::automation::installed_model()) {
        m->dark = dark != 0;
        loopscope::theme::set_variant(m->dark);
    }
}
