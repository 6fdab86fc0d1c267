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

// Changes whenever the learner gets a new result on a check: answered, right or wrong, the
// feedback, the options tried, a challenge run graded.
std::string check_digest(const CheckViewState& c) {
    std::string d = c.answered ? "1" : "0";
    d += c.grade.correct ? "1" : "0";
    d += std::to_string(c.tried.size()) + ":" + std::to_string(c.goal_run_serial) + ":";
    d += c.goal ? (c.goal->met ? "met" : "unmet") : "-";
    d += c.grade.message;
    return d;
}

bool check_answered(const CheckViewState& c) {
    return c.answered || c.goal.has_value();
}

bool check_correct(const CheckViewState& c) {
    return c.goal ? c.goal->met : c.grade.correct;
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

    // Checks: the lesson view keeps the learner's results (lesson_view.h).
    if (m.lesson < 0) return;
    const lessons::Lesson& lesson = m.lessons[static_cast<size_t>(m.lesson)];
    const std::vector<CheckViewState>& states = m.lesson_view.checks;
    if (g_seen.lesson != lesson.id || g_seen.checks.size() != states.size()) {
        g_seen.lesson = lesson.id;
        g_seen.checks.clear();
        for (const CheckViewState& c : states) g_seen.checks.push_back(check_digest(c));
        return;
    }
    for (size_t i = 0; i < states.size() && i < lesson.checks.size(); ++i) {
        std::string digest = check_digest(states[i]);
        if (digest == g_seen.checks[i]) continue;
        g_seen.checks[i] = std::move(digest);
        if (!check_answered(states[i])) continue;
        page_event("check-answered",
                   dump({{"lesson", lesson.id},
                         {"check", lesson.checks[i].id},
                         {"index", i + 1},
                         {"kind", lessons::check_kind_name(lesson.checks[i].kind)},
                         {"correct", check_correct(states[i])},
                         {"message", states[i].grade.message}}));
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
