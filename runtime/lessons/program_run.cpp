// program_run.cpp - a ProgramRun read from a recording (see program_run.h).
#include "lessons/program_run.h"

#include <cstdio>

namespace loopscope::lessons {

namespace {

using trace::EventKind;

std::string first_line(std::string_view s) {
    return std::string(s.substr(0, s.find('\n')));
}

std::string last_line(std::string text) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
    const size_t nl = text.rfind('\n');
    return nl == std::string::npos ? text : text.substr(nl + 1);
}

std::string fmt_time(double t) {
    char buf[400]; // "%.3f" of up to 1.8e308 (sleep(1e300)) has 309 digits before the point
    std::snprintf(buf, sizeof buf, "%.3f", t);
    return buf;
}

// The session's own note when it stops a runaway program (session.cpp): not the program's.
constexpr std::string_view kSessionNote = "loopscope: ";

void label_tasks(TraceFacts& f) {
    for (const auto& [id, name] : f.names) {
        // asyncio's default names are "Task-N": then the coroutine says more to a learner.
        const bool default_name = name.rfind("Task-", 0) == 0;
        const std::string& coro = f.coros[id];
        f.labels[id] = default_name && !coro.empty() ? coro + " (" + name + ")" : name;
    }
}

} // namespace

ProgramRun program_run_from(const trace::TraceStore& s) {
    ProgramRun r;
    r.events = s.size();
    TraceFacts& f = r.trace;
    // After a deadlock the transcript ends (the run stops there, SEMANTICS.md rule 8): the
    // RuntimeError the loop then raises into the script is the runtime's, not the program's.
    // Warnings still count: CPython would have reported dropped coroutines by then.
    // A line left unfinished at the deadlock is flushed right after the Deadlock event
    // (live_run.cpp): it is still part of the story.
    bool dead = false, flushing = false;
    for (uint64_t i = 0; i < s.size(); ++i) {
        const EventKind kind = s.kind(i);
        if (r.clock.empty() || s.time(i) != r.clock.back().time) r.clock.push_back({i, s.time(i)});
        flushing = flushing && kind == EventKind::Output;
        switch (kind) {
            case EventKind::Output:
                if (s.stream(i) == 1 && (!dead || flushing))
                    r.output.push_back({s.time(i) - s.value(i), s.text(i), i});
                break;
            case EventKind::Warning:
                if (s.text(i).rfind(kSessionNote, 0) != 0)
                    r.warnings.push_back("!warning " + first_line(s.text(i)));
                break;
            case EventKind::Deadlock:
                if (!dead) {
                    flushing = true;
                    r.errors.emplace_back("!deadlock");
                    r.deadlock_event = i;
                    r.end_time = s.time(i);
                }
                dead = true;
                break;
            case EventKind::ScriptFinished: {
                const std::string& text = s.text(i);
                if (text == "stopped") {
                    r.stopped = true;
                    break;
                }
                r.finished = true;
                if (dead) break;
                r.end_time = s.time(i);
                if (!text.empty()) {
                    r.errors.push_back("!error " + text);
                    r.error_event = i;
                }
                break;
            }
            case EventKind::TaskCreated:
                f.names[s.task(i)] = s.name(i);
                f.coros[s.task(i)] = s.text(i);
                f.switches.push_back({TaskSwitch::Kind::Created, s.task(i), s.time(i), i});
                break;
            case EventKind::TaskRenamed: f.names[s.task(i)] = s.name(i); break;
            case EventKind::TaskStep:
                f.switches.push_back({TaskSwitch::Kind::Step, s.task(i), s.time(i), i});
                break;
            case EventKind::TaskSuspended:
                f.switches.push_back({TaskSwitch::Kind::Suspend, s.task(i), s.time(i), i});
                break;
            case EventKind::TaskFinished:
            case EventKind::TaskFailed:
            case EventKind::TaskCancelled:
                f.switches.push_back({TaskSwitch::Kind::Finish, s.task(i), s.time(i), i});
                break;
            default: break;
        }
    }
    if (r.stopped) {
        r.finished = false;
        r.end_time.reset();
    }
    label_tasks(f);
    return r;
}

uint64_t first_event_at(const ProgramRun& run, double t) {
    for (const ClockStep& c : run.clock) {
        if (c.time >= t) return c.event;
    }
    return kNoEvent;
}

ProgramRun program_run_from(const SyntaxErrorInfo& error, std::string_view filename) {
    ProgramRun r;
    r.finished = true;
    r.errors.push_back("!error " + last_line(format_syntax_error(error, filename)));
    return r;
}

ProgramRun run_program(std::string_view source, std::string_view filename,
                       const session::Options& options, int64_t max_ticks) {
    session::Session s(options);
    if (!s.load(source, filename)) return program_run_from(*s.compile_error(), filename);
    s.run();
    constexpr int64_t kSlice = 1 << 20;
    for (int64_t spent = 0; !s.program_finished(); spent += kSlice) {
        if (spent >= max_ticks) {
            s.stop();
            break;
        }
        s.tick(kSlice);
    }
    return program_run_from(s.recording().store());
}

std::string format_transcript(const ProgramRun& run) {
    std::string s;
    for (const OutputLine& l : run.output) s += "[" + fmt_time(l.time) + "] " + l.text + "\n";
    for (const std::string& w : run.warnings) s += w + "\n";
    for (const std::string& e : run.errors) s += e + "\n";
    return s;
}

} // namespace loopscope::lessons
