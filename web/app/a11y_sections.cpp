// a11y_sections.cpp - the accessible page's sections other than the lesson: the title, the
// program, the run controls, the event loop, the timeline (each lane's story in words), the
// run details (console, tasks, synchronisation objects) and the status line. Each mirrors what
// its canvas panel shows and acts through the same commands (app_model.h).
#include "a11y_build.h"
#include "panels/panel_common.h"
#include "panels/panels.h"
#include "theme.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace loopscope::a11y {
namespace {

constexpr size_t kMaxRows = 200;  // tasks, ready callbacks, timers listed one by one
constexpr size_t kMaxLines = 400; // console lines (the latest)
constexpr size_t kMaxSpans = 12;  // of each lane's story
constexpr size_t kMaxLanes = 100; // lanes told

namespace tl = ui::timeline;

void heading(Builder& b, const std::string& id, const std::string& text, double level = 2.0) {
    b.doc.open("heading", id).attr("level", level).text(text).close();
}

std::string more(size_t n, const char* what) {
    return "and " + std::to_string(n) + " more " + what;
}

} // namespace

std::string seconds(double t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f s", t);
    return buf;
}

void Builder::button(const std::string& id, const std::string& name, const std::string& target,
                     bool enabled, std::function<void()> press, const char* keys, int pressed) {
    doc.open("button", id).name(name).flag("disabled", !enabled);
    if (!target.empty()) doc.target(target);
    if (keys) doc.attr("keys", keys);
    if (pressed >= 0) doc.attr("pressed", pressed ? "true" : "false");
    doc.close();
    on(id, [press = std::move(press), enabled](const std::string&, const std::string&) {
        if (enabled) press();
    });
}

void build_header(Builder& b, AppModel&) {
    b.doc.open("heading", "app.title").attr("level", 1.0).text("Loopscope").close();
    b.doc.leaf("p", "app.tagline", "asyncio, one step at a time");
}

void build_program(Builder& b, AppModel& m) {
    heading(b, "program.title", "Program: " + m.file_name);
    const std::string error = m.run->compile_error();
    const session::Snapshot& s = m.run->snapshot();
    b.doc.open("code", "code")
        .name(m.file_name + ": the program (Python). Tab indents; Escape leaves the editor.")
        .attr("value", m.source)
        .target("editor")
        .flag("readonly", m.playing);
    if (!error.empty()) b.doc.attr("error", error);
    b.doc.close();
    b.doc.open("status", "program.state")
        .text(!error.empty()                      ? error
              : m.playing                         ? "The program is running: editing waits."
              : s.line > 0 && m.run->cursor() > 0 ? "Line " + std::to_string(s.line) + " runs next."
                                                  : "")
        .close();
}

void build_controls(Builder& b, AppModel& m) {
    const session::Snapshot& s = m.run->snapshot();
    const bool compiled = m.run->compile_error().empty();
    const bool can_back = m.run->cursor() > 0;
    const bool at_end = m.run->program_finished() && m.run->cursor() + 1 >= m.run->recorded();
    const bool can_forward = compiled && !at_end;
    const bool running = m.playing || m.run->busy();
    if (running) {
        b.button(
            "run", "Pause", "button:Pause", true, [&m] { cmd_pause(m); }, "F6");
    } else {
        b.button(
            "run", "Run", "button:Run", compiled, [&m] { cmd_run(m); }, "F5");
    }
    b.button(
        "step", "Step one event", "button:Step", can_forward, [&m] { cmd_step_event(m); }, "F10");
    b.button(
        "step-line", "Step one line", "button:Step line", can_forward, [&m] { cmd_step_line(m); },
        "F11");
    b.button(
        "back", "Step back", "button:Back", can_back, [&m] { cmd_step_back_event(m); },
        "Shift+F10");
    if (s.blocked && !m.run->program_finished()) {
        b.button(
            "reset", "Stop the program", "button:Stop", true, [&m] { cmd_stop(m); }, "Shift+F5");
    } else {
        b.button(
            "reset", "Reset: back to the start", "button:Reset", true, [&m] { cmd_reset(m); },
            "Shift+F5");
    }
    b.doc.open("radiogroup", "mode").name("Run mode");
    const bool instant = m.mode == RunMode::Instant;
    b.doc.open("radio", "mode.animated")
        .text("Animated: one event at a time")
        .target("mode:Animated")
        .flag("checked", !instant)
        .close();
    b.doc.open("radio", "mode.instant")
        .text("Instant: straight to the end")
        .target("mode:Instant")
        .flag("checked", instant)
        .close();
    b.doc.close();
    b.on("mode.animated",
         [&m](const std::string&, const std::string&) { m.mode = RunMode::Animated; });
    b.on("mode.instant",
         [&m](const std::string&, const std::string&) { m.mode = RunMode::Instant; });
    if (!instant) {
        char text[48];
        std::snprintf(text, sizeof text, "%.0f events per second", m.speed);
        b.doc.open("range", "speed")
            .name("Animation speed")
            .attr("min", 1.0)
            .attr("max", 60.0)
            .attr("step", 1.0)
            .attr("value", std::round(m.speed))
            .attr("valuetext", text)
            .target("speed")
            .close();
        b.on("speed", [&m](const std::string&, const std::string& value) {
            m.speed = std::clamp(static_cast<float>(std::atof(value.c_str())), 1.0f, 60.0f);
        });
    }
    b.doc.open("text", "clock").text("Virtual clock: t = " + seconds(s.clock)).close();
    const uint64_t n = m.run->recorded();
    b.doc.open("range", "scrubber")
        .name("Go to event")
        .attr("min", 0.0)
        .attr("max", static_cast<double>(n ? n - 1 : 0))
        .attr("step", 1.0)
        .attr("value", static_cast<double>(m.run->cursor()))
        .attr("valuetext", panels::event_counter(m))
        .target("scrubber")
        .close();
    b.on("scrubber", [&m](const std::string&, const std::string& value) {
        const double v = std::atof(value.c_str());
        cmd_seek(m, static_cast<uint64_t>(v < 0.0 ? 0.0 : v));
    });
}

void build_loop(Builder& b, AppModel& m) {
    const session::Snapshot& s = m.run->snapshot();
    heading(b, "loop.title", "Event loop");
    if (s.blocked && !m.run->program_finished()) {
        b.doc.open("group", "banner").name("The event loop is blocked");
        b.doc.leaf("p", "banner.text",
                   panels::task_name(s, s.current_task) +
                       " is blocking the event loop: it runs without awaiting, so no other task "
                       "can run.");
        b.button("banner.stop", "Stop program", "button:Stop program", true, [&m] { cmd_stop(m); });
        b.doc.close();
    }
    std::string running = "Running: ";
    if (s.blocked) {
        running += panels::task_name(s, s.current_task) + ", blocking the event loop";
    } else if (s.current_task != 0) {
        running += panels::task_name(s, s.current_task);
    } else {
        running += s.finished ? "nothing, the program ended" : "no task";
    }
    b.doc.leaf("p", "loop.running", running);
    if (!s.narration.empty()) b.doc.leaf("p", "loop.narration", "Last event: " + s.narration);
    heading(b, "loop.ready.title", "Ready queue", 3.0);
    if (s.ready.empty()) {
        b.doc.leaf("p", "loop.ready.empty", "empty");
    } else {
        b.doc.open("list", "loop.ready").name("Ready queue, front first").flag("ordered", true);
        for (size_t i = 0; i < s.ready.size() && i < kMaxRows; ++i) {
            b.doc.leaf("item", "loop.ready." + std::to_string(i),
                       panels::ready_label(s, s.ready[i]));
        }
        if (s.ready.size() > kMaxRows)
            b.doc.leaf("item", "loop.ready.more", more(s.ready.size() - kMaxRows, "callbacks"));
        b.doc.close();
    }
    heading(b, "loop.timers.title", "Timers", 3.0);
    if (s.timers.empty()) {
        b.doc.leaf("p", "loop.timers.empty", "none");
    } else {
        b.doc.open("list", "loop.timers").name("Timers, soonest first");
        for (size_t i = 0; i < s.timers.size() && i < kMaxRows; ++i) {
            const session::TimerItem& t = s.timers[i];
            const std::string what = t.task != 0 ? "wakes " + panels::task_name(s, t.task) : t.what;
            b.doc.leaf("item", "loop.timers." + std::to_string(i),
                       "at t = " + seconds(t.when) + ": " + what +
                           (t.cancelled ? " (cancelled)" : ""));
        }
        if (s.timers.size() > kMaxRows)
            b.doc.leaf("item", "loop.timers.more", more(s.timers.size() - kMaxRows, "timers"));
        b.doc.close();
    }
    if (s.deadlock || !s.error.empty()) {
        b.doc.open("alert", "loop.problem")
            .text(s.deadlock ? panels::kDeadlockText : s.error)
            .close();
    }
}

void build_timeline(Builder& b, AppModel& m) {
    TimelineState& st = m.timeline;
    heading(b, "timeline.title", "Timeline");
    b.doc.open("group", "timeline.axis").name("Timeline axis");
    b.button(
        "timeline.axis.time", "Virtual time", "timeline-axis:Time", true,
        [&st] {
            st.axis = tl::Axis::Time;
            st.follow = true;
        },
        nullptr, st.axis == tl::Axis::Time ? 1 : 0);
    b.button(
        "timeline.axis.steps", "Event steps", "timeline-axis:Steps", true,
        [&st] {
            st.axis = tl::Axis::Steps;
            st.follow = true;
        },
        nullptr, st.axis == tl::Axis::Steps ? 1 : 0);
    b.button("timeline.fit", "Show the whole run", "timeline-fit", true,
             [&st] { st.follow = true; });
    b.doc.close();
    const tl::Layout& l = st.layout;
    if (l.lanes.empty()) {
        b.doc.leaf("p", "timeline.empty",
                   "No lanes yet: a lane appears for each task as the run creates it.");
        return;
    }
    b.doc.leaf("p", "timeline.summary",
               std::to_string(l.lanes.size()) + (l.lanes.size() == 1 ? " task" : " tasks") +
                   " so far. Each lane tells what its task did, in order:");
    b.doc.open("list", "timeline.lanes").name("Lanes");
    for (size_t lane = 0; lane < l.lanes.size() && lane < kMaxLanes; ++lane) {
        const tl::Lane& ln = l.lanes[lane];
        std::string story =
            ln.label + (ln.coro.empty() ? "" : ", coroutine " + ln.coro + "()") + ": ";
        const std::vector<int>& ids =
            lane < l.lane_spans.size() ? l.lane_spans[lane] : std::vector<int>{};
        size_t told = 0;
        for (const int i : ids) {
            if (told == kMaxSpans) break;
            const tl::Span& sp = l.spans[static_cast<size_t>(i)];
            if (told) story += "; ";
            story += sp.label + " from t = " + seconds(sp.t0) +
                     (sp.t1 > sp.t0 ? " to " + seconds(sp.t1) : "") + " (events " +
                     std::to_string(sp.event0) + " to " + std::to_string(sp.event1) + ")";
            ++told;
        }
        if (ids.size() > told) story += "; " + more(ids.size() - told, "bars");
        for (const int i :
             lane < l.lane_markers.size() ? l.lane_markers[lane] : std::vector<int>{}) {
            const tl::Marker& mk = l.markers[static_cast<size_t>(i)];
            if (mk.kind == tl::MarkerKind::Finished || mk.kind == tl::MarkerKind::Failed ||
                mk.kind == tl::MarkerKind::Cancelled) {
                story += ". At t = " + seconds(mk.t) + " it " + mk.label;
            }
        }
        b.doc.leaf("item", "timeline.lane." + std::to_string(ln.task), story + ".");
    }
    if (l.lanes.size() > kMaxLanes)
        b.doc.leaf("item", "timeline.lanes.more", more(l.lanes.size() - kMaxLanes, "lanes"));
    b.doc.close();
}

void build_details(Builder& b, AppModel& m) {
    const session::Snapshot& s = m.run->snapshot();
    heading(b, "details.title", "Run details");
    b.doc.open("group", "details.tabs").name("The lower pane shows");
    const struct {
        const char* id;
        const char* name;
        const char* target;
        RunTab tab;
    } tabs[] = {{"details.tab.console", "Console", "run-tab:Console", RunTab::Console},
                {"details.tab.tasks", "Tasks", "run-tab:Tasks", RunTab::Tasks},
                {"details.tab.sync", "Synchronisation", "run-tab:Sync", RunTab::Primitives}};
    for (const auto& t : tabs) {
        const RunTab tab = t.tab;
        b.button(
            t.id, t.name, t.target, true, [&m, tab] { m.run_tab = tab; }, nullptr,
            m.run_tab == tab ? 1 : 0);
    }
    b.doc.close();

    // Console: what the program printed up to the cursor.
    heading(b, "console.title", "Console output", 3.0);
    if (s.output.empty()) {
        b.doc.leaf("p", "console.empty",
                   m.run->cursor() == 0 ? "Nothing yet. Press Run (F5) or Step (F10)."
                                        : "Nothing printed yet.");
    } else {
        b.doc.open("log", "console").name("Console output");
        const size_t first = s.output.size() > kMaxLines ? s.output.size() - kMaxLines : 0;
        if (first > 0) b.doc.leaf("line", "console.skipped", more(first, "earlier lines above"));
        for (size_t i = first; i < s.output.size(); ++i) {
            const session::OutputLine& o = s.output[i];
            std::string text = "[" + panels::fmt_time(o.time) + "] ";
            if (o.error) text += "Error: ";
            if (o.warning) text += "Warning: ";
            b.doc.leaf("line", "console." + std::to_string(i), text + o.text);
        }
        b.doc.close();
    }

    // Tasks: a table; a task's stack and locals when its row is expanded.
    heading(b, "tasks.title", "Tasks", 3.0);
    if (s.tasks.empty()) {
        b.doc.leaf("p", "tasks.empty", "No tasks yet: asyncio.run() creates the first one.");
    } else {
        b.doc.open("table", "tasks").name("Tasks").flag("roving", true);
        b.doc.open("row", "tasks.head");
        for (const char* h : {"Task", "Coroutine", "State", "Waits on or result", "Line"})
            b.doc.leaf("th", std::string("tasks.head.") + h, h);
        b.doc.close();
        for (size_t i = 0; i < s.tasks.size() && i < kMaxRows; ++i) {
            const session::TaskView& t = s.tasks[i];
            const std::string rid = "tasks." + std::to_string(t.id);
            const bool open = m.expanded_tasks.count(t.id) > 0;
            b.doc.open("row", rid);
            b.doc.open("cell", rid + ".name");
            const int32_t id = t.id;
            b.doc.open("button", rid + ".toggle")
                .name(t.name)
                .attr("desc", "Shows its stack and local variables")
                .attr("expanded", open ? "true" : "false")
                .close();
            b.on(rid + ".toggle", [&m, id](const std::string&, const std::string&) {
                if (!m.expanded_tasks.erase(id)) m.expanded_tasks.insert(id);
            });
            b.doc.close();
            b.doc.leaf("cell", rid + ".coro", t.coro + "()");
            b.doc.leaf("cell", rid + ".state", panels::state_word(t.state));
            std::string w;
            switch (t.state) {
                case session::TaskState::Waiting:
                    w = t.wait.detail.empty() ? "something" : t.wait.detail;
                    if (t.wait.until >= 0) w += ", until t = " + seconds(t.wait.until);
                    break;
                case session::TaskState::Done: w = "returned " + t.result; break;
                case session::TaskState::Failed: w = "raised " + t.result; break;
                case session::TaskState::Cancelled: w = "cancelled " + t.result; break;
                case session::TaskState::Running: w = t.blocking ? "blocking the loop" : ""; break;
                default: break;
            }
            b.doc.leaf("cell", rid + ".waits", w);
            b.doc.leaf("cell", rid + ".line", t.line > 0 ? std::to_string(t.line) : "");
            b.doc.close();
            if (open) {
                std::string stack;
                for (auto it = t.stack.rbegin(); it != t.stack.rend(); ++it) {
                    stack += it->function + " at " + it->file + " line " + std::to_string(it->line);
                    if (!it->locals.empty()) {
                        stack += ", locals:";
                        for (const auto& [name, repr] : it->locals)
                            stack += " " + name + " = " + repr + ";";
                    }
                    stack += "\n";
                }
                b.doc.open("row", rid + ".details");
                b.doc.open("cell", rid + ".stack").attr("span", 5.0);
                b.doc.open("pre", rid + ".stack.text")
                    .name("Stack of " + t.name + ", innermost frame first")
                    .text(stack.empty() ? "no stack recorded (the task has not suspended yet)"
                                        : stack)
                    .close();
                b.doc.close();
                b.doc.close();
            }
        }
        b.doc.close();
        if (s.tasks.size() > kMaxRows)
            b.doc.leaf("p", "tasks.more",
                       more(s.tasks.size() - kMaxRows, "tasks (the canvas lists them all)"));
    }

    // Synchronisation objects.
    heading(b, "sync.title", "Synchronisation", 3.0);
    if (s.primitives.empty()) {
        b.doc.leaf("p", "sync.empty",
                   "None yet: asyncio.Queue(), Lock(), Event()... and the simulated world's "
                   "connections appear here.");
    } else {
        b.doc.open("list", "sync")
            .name("Queues, locks, events, semaphores, conditions, barriers and connections");
        for (const session::PrimitiveView& p : s.primitives) {
            std::string text = (p.kind == trace::PrimKind::Connection ? "Connection " : "") +
                               p.name + ": " + p.state;
            auto names = [&s](const std::vector<int32_t>& ids) {
                std::string out;
                for (const int32_t id : ids)
                    out += (out.empty() ? "" : ", ") + panels::task_name(s, id);
                return out.empty() ? std::string("none") : out;
            };
            if (p.kind == trace::PrimKind::Queue) {
                text += "; getters waiting: " + names(p.waiters) +
                        "; putters waiting: " + names(p.putters);
            } else {
                text += "; waiting: " + names(p.waiters);
            }
            b.doc.leaf("item", "sync." + std::to_string(p.id), text);
        }
        b.doc.close();
    }
}

void build_footer(Builder& b, AppModel& m) {
    b.doc.open("status", "status").name("Status").text(m.status).close();
    b.doc.leaf("p", "status.counts", panels::status_counts(m));
    b.doc.open("group", "display").name("Display");
    b.button("theme", m.dark ? "Light theme" : "Dark theme",
             m.dark ? "button:Light theme" : "button:Dark theme", true, [&m] {
                 m.dark = !m.dark;
                 theme::set_variant(m.dark);
             });
    b.button(
        "zoom.out", "Zoom out", "button:-", m.zoom > 0.6f,
        [&m] { m.zoom = std::max(0.6f, std::round((m.zoom - 0.1f) * 10.0f) / 10.0f); },
        "Control+-");
    char pct[32];
    std::snprintf(pct, sizeof pct, "Zoom %d%%", static_cast<int>(std::lround(m.zoom * 100.0f)));
    b.doc.leaf("text", "zoom", pct);
    b.button(
        "zoom.in", "Zoom in", "button:+", m.zoom < 2.0f,
        [&m] { m.zoom = std::min(2.0f, std::round((m.zoom + 0.1f) * 10.0f) / 10.0f); },
        "Control+=");
    b.doc.close();
}

} // namespace loopscope::a11y
