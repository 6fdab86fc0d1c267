#include "embed.h"

#include "page_bridge.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define LOOPSCOPE_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define LOOPSCOPE_EXPORT extern "C"
#endif

namespace loopscope::embed {
namespace {

using json = nlohmann::json;

// What report_events saw last frame.
struct Seen {
    uint64_t cursor = ~uint64_t(0);  // the cursor (all ones: nothing reported yet)
    bool finished = false;           // the run was at its finished end
    std::string lesson;              // the lesson the check results below belong to
    std::vector<std::string> checks; // per check: a digest of its result (see check_digest)
};
Seen g_seen;

std::string dump(const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Changes whenever the learner gets a new result on a check (course::CheckProgress): answered,
// right or wrong, another wrong answer, the answer shown.
std::string check_digest(const course::CheckProgress& p) {
    return std::string(course::attempt_state_name(p.state)) + ":" + std::to_string(p.wrong) + ":" +
           p.answer;
}

// The learner's grade in words, as the lesson view shows it (lessons::Grade's message; for a
// challenge, the goal's conditions on the run made for it).
std::string grade_words(const CheckUi& ui) {
    if (!ui.goal) return ui.grade.message;
    if (ui.goal->met) return "Every condition of the goal holds.";
    std::string words = "Not yet:";
    for (const lessons::GoalItem& item : ui.goal->items) {
        if (item.met) continue;
        words += " " + item.what;
        if (!item.detail.empty()) words += " (" + item.detail + ")";
        words += ";";
    }
    words.back() = '.';
    return words;
}

} // namespace

Config& config() {
    static Config c;
    return c;
}

int find_check(const AppModel& m, const std::string& key) {
    if (m.lesson < 0 || key.empty()) return -1;
    const lessons::Lesson& l = m.lessons[static_cast<size_t>(m.lesson)];
    for (size_t i = 0; i < l.checks.size(); ++i) {
        if (l.checks[i].id == key) return static_cast<int>(i);
    }
    char* end = nullptr;
    const long n = std::strtol(key.c_str(), &end, 10);
    if (end && *end == '\0' && n >= 1 && n <= static_cast<long>(l.checks.size())) {
        return static_cast<int>(n - 1);
    }
    return -1;
}

void report_events(AppModel& m) {
    const uint64_t cursor = m.run->cursor();
    const session::Snapshot& s = m.run->snapshot();
    if (cursor != g_seen.cursor && !m.run->busy()) {
        g_seen.cursor = cursor;
        page_event("step", dump({{"step", cursor},
                                 {"recorded", m.run->recorded()},
                                 {"line", s.line},
                                 {"clock", s.clock},
                                 {"status", m.status}}));
    }
    const bool finished = m.run->program_finished() && !m.playing && !m.run->busy() &&
                          cursor + 1 >= m.run->recorded();
    if (finished && !g_seen.finished) {
        json output = json::array();
        for (const session::OutputLine& o : s.output) {
            output.push_back({{"time", o.time}, {"text", o.text}, {"stream", o.stream}});
        }
        page_event("run-finished", dump({{"steps", m.run->recorded()},
                                         {"clock", s.clock},
                                         {"output", std::move(output)},
                                         {"error", s.error},
                                         {"deadlock", s.deadlock}}));
    }
    g_seen.finished = finished;

    // Checks: the course progress keeps the learner's results (model/course/progress.h).
    if (m.lesson < 0) return;
    const lessons::Lesson& lesson = m.lessons[static_cast<size_t>(m.lesson)];
    const course::CourseProgress& progress = m.lesson_view.progress;
    std::vector<std::string> now;
    for (const lessons::Check& c : lesson.checks) {
        now.push_back(check_digest(course::find_check_progress(progress, lesson.id, c.id)));
    }
    if (g_seen.lesson != lesson.id || g_seen.checks.size() != now.size()) {
        g_seen.lesson = lesson.id;
        g_seen.checks = std::move(now);
        return;
    }
    for (size_t i = 0; i < now.size(); ++i) {
        if (now[i] == g_seen.checks[i]) continue;
        g_seen.checks[i] = now[i];
        const lessons::Check& c = lesson.checks[i];
        const course::CheckProgress& p = course::find_check_progress(progress, lesson.id, c.id);
        if (p.state == course::AttemptState::Fresh) continue;
        const CheckUi* ui = i < m.lesson_view.checks.size() ? &m.lesson_view.checks[i] : nullptr;
        page_event("check-answered", dump({{"lesson", lesson.id},
                                           {"check", c.id},
                                           {"index", i + 1},
                                           {"kind", lessons::check_kind_name(c.kind)},
                                           {"correct", p.state == course::AttemptState::Correct},
                                           {"state", course::attempt_state_name(p.state)},
                                           {"wrong", p.wrong},
                                           {"message", ui ? grade_words(*ui) : std::string()}}));
    }
}

} // namespace loopscope::embed

// The page (embed.js) configures the embed before the first frame: `panels` is a mask of
// embed::Panel bits (0 = not embedded), `check` the single check to show.
LOOPSCOPE_EXPORT void loopscope_embed_configure(int panels, const char* check) {
    loopscope::embed::Config& c = loopscope::embed::config();
    c.active = panels != 0;
    c.panels = static_cast<unsigned>(panels);
    c.check = check ? check : "";
}
