#include "app_model.h"

#include "lang/unicode_db.h"
#include "later_python.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace loopscope {
namespace {

constexpr uint64_t kReplayFrames = 12; // an instant replay takes at least this many frames

// The timeline forgets what the learner has seen: it draws the run again as it is replayed.
void hide_timeline(AppModel& m) {
    m.timeline.revealed = 0;
    m.timeline.layout = {};
    m.timeline.follow = true;
    m.timeline.scroll_y = 0.0f;
}

void load(AppModel& m) {
    m.playing = false;
    m.instant_once = false;
    m.stopped = false;
    m.animate_debt = 0.0;
    m.loaded = true;
    ++m.loads;
    m.timeline.events.clear();
    m.timeline.synced = 0;
    hide_timeline(m);
    const uint64_t missed = unicode::missed();
    const bool ok = m.run->load(m.source);
    m.needs_unicode = unicode::missed() != missed;
    if (!ok) {
        m.status = "Syntax error";
        return;
    }
    m.status = "Ready";
}

void ensure_loaded(AppModel& m) {
    if (!m.loaded) load(m);
}

// Keeps the timeline's copy of the recording in step with the session's. Line events are left
// out (they are most of a trace and draw nothing); items keep the recording's seq numbers.
void sync_events(AppModel& m) {
    const uint64_t n = m.run->recorded();
    TimelineState& st = m.timeline;
    if (st.synced > n) { // a new recording
        st.events.clear();
        st.synced = 0;
        st.layout = {};
    }
    for (uint64_t i = st.synced; i < n; ++i) {
        const trace::EventKind kind = m.run->event_kind(i);
        if (kind == trace::EventKind::Line) continue;
        st.events.push_back(m.run->event(i, ui::timeline::draws(kind) ? RunDriver::Decode::NoStack
                                                                      : RunDriver::Decode::Header));
        st.events.back().seq = i;
    }
    st.synced = n;
}

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

void json_string(std::string& out, const std::string& s) {
    out += '"';
    for (const char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void json_number(std::string& out, double v) {
    if (!std::isfinite(
            v)) { // a NaN or infinite timer (asyncio.sleep(nan)): JSON has no such number
        out += "null";
        return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    out += buf;
}

} // namespace

AppModel make_initial_model() {
    AppModel model;
    model.source = "import asyncio\n"
                   "\n"
                   "\n"
                   "async def fetch(name, delay):\n"
                   "    print('start', name)\n"
                   "    await asyncio.sleep(delay)  # yields to the event loop\n"
                   "    print('done', name, 'after', delay)\n"
                   "    return name.upper()\n"
                   "\n"
                   "\n"
                   "async def main():\n"
                   "    results = await asyncio.gather(\n"
                   "        fetch('a', 1.0),\n"
                   "        fetch('b', 0.5),\n"
                   "    )\n"
                   "    print(results)\n"
                   "\n"
                   "\n"
                   "asyncio.run(main())\n";
    model.run = make_session_driver();
    editor::editor_set_text(model.code, model.source);
    load(model);
    return model;
}

void cmd_set_code(AppModel& m, std::string code) {
    m.source = std::move(code);
    editor::editor_set_text(m.code, m.source);
    load(m);
}

void code_edited(AppModel& m) {
    m.source = m.code.buffer.text();
    load(m);
}

void cmd_go_to_line(AppModel& m, int line) {
    m.lesson_view.show_map = false; // the lesson pane shows the code under the prose
    m.picked_line = line;
    editor::editor_go_to(m.code, line);
}

void cmd_run(AppModel& m) {
    // After Stop the recording ends where the program was cut short: run the program again.
    if (m.stopped) m.loaded = false;
    ensure_loaded(m);
    if (!m.run->compile_error().empty()) return;
    // At the end of a finished run, Run replays it from the start, the timeline drawing it anew.
    if (m.run->program_finished() && m.run->cursor() + 1 >= m.run->recorded()) {
        m.run->reset();
        hide_timeline(m);
    }
    m.playing = true;
    m.animate_debt = 1.0; // the first event shows at once
}

void cmd_pause(AppModel& m) {
    m.playing = false;
    m.run->pause();
}

void cmd_step_event(AppModel& m) {
    ensure_loaded(m);
    m.playing = false;
    m.run->step_event();
}

void cmd_step_line(AppModel& m) {
    ensure_loaded(m);
    m.playing = false;
    m.run->step_line();
}

void cmd_step_back_event(AppModel& m) {
    cmd_pause(m);
    m.run->step_back_event();
}

void cmd_step_back_line(AppModel& m) {
    cmd_pause(m);
    m.run->step_back_line();
}

void cmd_reset(AppModel& m) {
    cmd_pause(m);
    if (!m.run->program_finished() || m.stopped) {
        // A run still going (or stuck in a loop, or stopped) is ended and loaded afresh.
        m.run->stop();
        load(m);
        return;
    }
    m.run->reset();
    hide_timeline(m);
}

void cmd_stop(AppModel& m) {
    m.playing = false;
    m.instant_once = false;
    m.run->stop();
    m.stopped = true;
    m.status = "Stopped";
}

void cmd_seek(AppModel& m, uint64_t event) {
    cmd_pause(m);
    m.run->seek(event);
}

// One bounded call into the session, adapting the tick budget so that a call takes about
// `target_ms`.
void timed_tick(AppModel& m, double target_ms) {
    FrameBudget& b = m.budget;
    const double t0 = now_ms();
    m.run->tick(b.ticks);
    b.last_ms = now_ms() - t0;
    if (b.last_ms > target_ms * 1.25) {
        const double scale = std::max(0.25, target_ms / b.last_ms); // at once most of the way
        b.ticks =
            std::max<int64_t>(500, static_cast<int64_t>(static_cast<double>(b.ticks) * scale));
    } else if (b.last_ms < target_ms * 0.5 && m.run->busy()) {
        b.ticks = std::min<int64_t>(FrameBudget::kMaxTicks, static_cast<int64_t>(b.ticks * 1.5));
    }
}

bool at_end(AppModel& m) {
    return m.run->program_finished() && m.run->cursor() + 1 >= m.run->recorded();
}

// A breakpoint line reached at the cursor.
bool on_breakpoint(AppModel& m) {
    auto& bps = m.run->breakpoints();
    if (bps.empty()) return false;
    const trace::TraceEvent& e = m.run->event(m.run->cursor());
    return e.kind == trace::EventKind::Line && bps.count(e.line) > 0;
}

void advance_frame(AppModel& m, double dt) {
    // The lesson view reads this frame's keys too (its ordering puzzles); handle_shortcuts
    // consumes m.keys while drawing.
    m.lesson_view.keys.clear();
    for (const KeyPress& k : m.keys)
        if (!k.ctrl) m.lesson_view.keys.push_back(k.scancode);
    const bool instant = m.mode == RunMode::Instant || m.instant_once;
    if (m.playing && !instant) {
        m.animate_debt = std::min(m.animate_debt + dt * m.speed, 3.0);
        if (!m.run->busy() && m.animate_debt >= 1.0) {
            m.animate_debt -= 1.0;
            m.run->step_event();
        }
    }
    const double t_run = now_ms();
    const double slice = m.budget.slice_ms();
    const uint64_t synced_before = m.timeline.synced;
    double sync_ms = 0.0;
    // Before the Python downloaded after the first load has arrived nothing can run: the
    // motion waits (the status bar says so) without spending the frame.
    const bool can_run = later_python::ready();
    // A program compiled before the Unicode names arrived (with python.json) is compiled again.
    if (m.needs_unicode && unicode::available()) load(m);
    if (m.playing && instant && can_run) {
        // Instant runs go event by event until the frame's slice is used: one session tick can
        // cover thousands of cheap loop callbacks, a step covers one event. Each call aims at a
        // third of the slice, so the last one cannot overrun it by much; copying the new
        // events for the timeline counts against the slice too.
        const double deadline = t_run + slice;
        // Replaying what is already recorded (Run from the end, or after Reset) costs next to
        // nothing and would be over within one frame, looking as if Run did nothing: it is
        // spread over about kReplayFrames frames, so the console and the timeline visibly
        // run again. A live run goes as fast as the budget allows.
        const uint64_t recorded = m.run->recorded();
        const uint64_t cap = std::max<uint64_t>(1, recorded / kReplayFrames);
        uint64_t replayed = 0;
        do {
            if (!m.run->busy()) {
                if (at_end(m)) break;
                const bool replay = m.run->cursor() + 1 < recorded;
                if (replay && replayed++ >= cap) break;
                m.run->step_event();
            }
            timed_tick(m, slice / 3.0);
            const double t_sync = now_ms();
            sync_events(m);
            sync_ms += now_ms() - t_sync;
            if (!m.run->busy() && on_breakpoint(m)) {
                m.playing = false;
                break;
            }
        } while (now_ms() < deadline);
    } else if (m.run->busy() && can_run) {
        timed_tick(m, slice);
        if (m.playing && !m.run->busy() && on_breakpoint(m)) m.playing = false;
    }
    if (m.playing && at_end(m) && !m.run->busy()) m.playing = false;
    if (!m.playing) m.instant_once = false;
    m.timeline.revealed = std::max(m.timeline.revealed, m.run->cursor());
    const double t_sync = now_ms();
    sync_events(m);
    sync_ms += now_ms() - t_sync;
    const double t_snap = now_ms();
    m.budget.run_ms = t_snap - t_run;
    const session::Snapshot& s = m.run->snapshot();
    m.budget.snapshot_ms = now_ms() - t_snap;
    if (std::getenv("LOOPSCOPE_PROFILE")) {
        std::fprintf(
            stderr, "tick %.2f ms (%lld ticks)  sync %.2f ms (%llu events)  snapshot %.2f ms\n",
            m.budget.last_ms, static_cast<long long>(m.budget.ticks), sync_ms,
            static_cast<unsigned long long>(m.timeline.synced - synced_before), now_ms() - t_snap);
    }
    if (!m.run->compile_error().empty()) {
        m.status = "Syntax error";
    } else if (m.stopped && !m.playing && !m.run->busy()) {
        m.status = "Stopped";
    } else if (s.blocked) {
        m.status = "Blocking the event loop";
    } else if ((m.playing || m.run->busy()) && !later_python::ready()) {
        m.status = "Downloading Python's standard modules";
    } else if (m.playing || m.run->busy()) {
        m.status = "Running";
    } else if (s.deadlock) {
        m.status = "Deadlock";
    } else if (s.finished) {
        m.status = s.error.empty() ? "Finished" : "Finished with an error";
    } else if (m.run->cursor() > 0) {
        m.status = "Paused";
    } else {
        m.status = "Ready";
    }
}

std::string state_json(AppModel& m) {
    const session::Snapshot& s = m.run->snapshot();
    std::string o = "{";
    auto key = [&](const char* k) {
        if (o.size() > 1) o += ',';
        json_string(o, k);
        o += ':';
    };
    key("status");
    json_string(o, m.status);
    key("cursor");
    json_number(o, static_cast<double>(m.run->cursor()));
    key("recorded");
    json_number(o, static_cast<double>(m.run->recorded()));
    key("programFinished");
    o += m.run->program_finished() ? "true" : "false";
    key("playing");
    o += m.playing ? "true" : "false";
    key("busy");
    o += m.run->busy() ? "true" : "false";
    key("mode");
    json_string(o, m.mode == RunMode::Animated ? "animated" : "instant");
    key("clock");
    json_number(o, s.clock);
    key("currentTask");
    json_number(o, s.current_task);
    key("line");
    json_number(o, s.line);
    key("narration");
    json_string(o, s.narration);
    key("blocked");
    o += s.blocked ? "true" : "false";
    key("deadlock");
    o += s.deadlock ? "true" : "false";
    key("finished");
    o += s.finished ? "true" : "false";
    key("error");
    json_string(o, s.error);
    key("compileError");
    json_string(o, m.run->compile_error());
    key("source");
    json_string(o, m.source);
    key("lesson");
    json_string(o, m.lesson >= 0 ? m.lessons[static_cast<size_t>(m.lesson)].id : "");
    key("lessons");
    json_number(o, static_cast<double>(m.lessons.size()));
    key("lessonsReady"); // lessons whose full text is in (the others are still downloading)
    json_number(
        o, static_cast<double>(std::count(m.lesson_ready.begin(), m.lesson_ready.end(), true)));
    key("lessonPending"); // opened before its text arrived: it opens when it does
    json_string(o,
                m.lesson_pending >= 0 ? m.lessons[static_cast<size_t>(m.lesson_pending)].id : "");
    key("lessonsProblem");
    json_string(o, m.lessons_problem);
    key("course");
    o += course_state_json(m);
    key("theme");
    json_string(o, m.dark ? "dark" : "light");
    key("zoom");
    json_number(o, m.zoom);
    key("frameBudgetTicks");
    json_number(o, static_cast<double>(m.budget.ticks));
    key("frameMs");
    json_number(o, m.budget.frame_ms);
    key("breakpoints");
    o += '[';
    bool first_bp = true;
    for (const int32_t line : m.run->breakpoints()) {
        if (!first_bp) o += ',';
        first_bp = false;
        json_number(o, line);
    }
    o += ']';
    key("tasks");
    o += '[';
    for (size_t i = 0; i < s.tasks.size(); ++i) {
        const session::TaskView& t = s.tasks[i];
        if (i) o += ',';
        o += "{\"id\":";
        json_number(o, t.id);
        o += ",\"name\":";
        json_string(o, t.name);
        o += ",\"state\":";
        json_string(o, session::task_state_name(t.state));
        o += ",\"waits\":";
        json_string(o, t.wait.detail);
        o += ",\"result\":";
        json_string(o, t.result);
        o += '}';
    }
    o += ']';
    key("ready");
    o += '[';
    for (size_t i = 0; i < s.ready.size(); ++i) {
        if (i) o += ',';
        json_string(o, s.ready[i].what);
    }
    o += ']';
    key("timers");
    o += '[';
    for (size_t i = 0; i < s.timers.size(); ++i) {
        if (i) o += ',';
        o += "{\"when\":";
        json_number(o, s.timers[i].when);
        o += ",\"what\":";
        json_string(o, s.timers[i].what);
        o += '}';
    }
    o += ']';
    key("primitives");
    o += '[';
    for (size_t i = 0; i < s.primitives.size(); ++i) {
        if (i) o += ',';
        o += "{\"name\":";
        json_string(o, s.primitives[i].name);
        o += ",\"state\":";
        json_string(o, s.primitives[i].state);
        o += ",\"waiters\":";
        json_number(o, static_cast<double>(s.primitives[i].waiters.size()));
        o += '}';
    }
    o += ']';
    key("output");
    o += '[';
    for (size_t i = 0; i < s.output.size(); ++i) {
        if (i) o += ',';
        o += "{\"time\":";
        json_number(o, s.output[i].time);
        o += ",\"text\":";
        json_string(o, s.output[i].text);
        o += ",\"stream\":";
        json_number(o, s.output[i].stream);
        o += ",\"line\":";
        json_number(o, s.output[i].line);
        o += ",\"event\":";
        json_number(o, static_cast<double>(s.output[i].event));
        o += '}';
    }
    o += ']';
    o += '}';
    return o;
}

} // namespace loopscope
