// narration.cpp - the one-line narration of an event (view_state.h).
#include "session/view_state.h"

#include <cstdio>

namespace loopscope::session {

using trace::EventKind;
using trace::TraceStore;
using trace::WaitKind;

namespace {

std::string task_label(const ViewModel& m, const TraceStore& s, int32_t id) {
    return session::task_label(m.tasks, s, id);
}

std::string number(double v) {
    char buf[48];
    if (v == static_cast<double>(static_cast<int64_t>(v)) && v < 1e15 && v > -1e15)
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
    else
        std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

std::string what_of_handle(const ViewModel& m, const TraceStore& s, uint64_t i) {
    if (!s.text(i).empty()) return s.text(i);
    const EventKind k = s.kind(i);
    if ((k == EventKind::HandleRun || k == EventKind::HandleSkipped) && m.applied == i + 1 &&
        m.ran != 0)
        return s.strings().get(m.ran);
    if (s.task(i) != 0) return "the step of " + task_label(m, s, s.task(i));
    return "callback #" + std::to_string(s.handle(i));
}

} // namespace

std::string narrate(const TraceStore& s, uint64_t i, const ViewModel& m) {
    const int32_t tid = s.task(i);
    const std::string& text = s.text(i);
    auto who = [&] { return task_label(m, s, tid); };
    switch (s.kind(i)) {
        case EventKind::ScriptStarted: return "the script starts";
        case EventKind::ScriptFinished:
            if (text.empty()) return "the script ends";
            if (text == "stopped") return "the script was stopped";
            return "the script ends with " + text;
        case EventKind::LoopStarted: return "the event loop starts";
        case EventKind::LoopStopped: return "the event loop stops";
        case EventKind::ClockJump:
            return "nothing is ready: the clock jumps from t=" + format_time(s.value(i)) +
                   " to t=" + format_time(s.time(i));
        case EventKind::Deadlock:
            return "deadlock: nothing is ready, no timer is pending, and tasks still wait";
        case EventKind::TaskCreated:
            return task_label(m, s, s.parent(i)) + " creates " + who() + " running " + text + "()";
        case EventKind::TaskRenamed: return "task " + std::to_string(tid) + " is now " + s.name(i);
        case EventKind::TaskStep: {
            const ViewModel::Task* t = m.find_task(tid);
            bool first = !t || t->suspension == ViewModel::kNone || t->suspension > i;
            if (!text.empty()) return who() + " resumes with " + text + " thrown in";
            return who() + (first ? " starts" : " resumes");
        }
        case EventKind::TaskSuspended: {
            trace::WaitInfo w;
            s.wait(i, w);
            std::string on = !w.detail.empty() ? w.detail : trace::wait_kind_name(w.kind);
            if (w.kind == WaitKind::Task && w.task) on = task_label(m, s, w.task);
            std::string r = who() + " awaits " + on;
            if (w.until >= 0) r += ", wakes at t=" + format_time(w.until);
            return r;
        }
        case EventKind::TaskFinished: return who() + " returns " + text;
        case EventKind::TaskFailed: return who() + " fails: " + text;
        case EventKind::TaskCancelled:
            return who() + " is cancelled" + (text.empty() ? "" : " (" + text + ")");
        case EventKind::CancelRequested: return task_label(m, s, s.parent(i)) + " cancels " + who();
        case EventKind::LoopBlocked:
            return who() + " has run " + number(s.value(i)) +
                   " steps without awaiting: it is blocking the event loop";
        case EventKind::HandleScheduled: return what_of_handle(m, s, i) + " joins the ready queue";
        case EventKind::HandleRun: return "the loop runs " + what_of_handle(m, s, i);
        case EventKind::HandleSkipped:
            return "the loop skips " + what_of_handle(m, s, i) + " (cancelled)";
        case EventKind::TimerScheduled:
            return "a timer is set for t=" + format_time(s.value(i)) +
                   (tid            ? " to wake " + who()
                    : text.empty() ? ""
                                   : ": " + text);
        case EventKind::TimerFired:
            return "timer #" + std::to_string(s.handle(i)) + " is due: its callback joins the " +
                   "ready queue";
        case EventKind::TimerCancelled:
            return "timer #" + std::to_string(s.handle(i)) + " is cancelled";
        case EventKind::BlockingSleep:
            if (!text.empty()) // a blocking library call of the simulated world (_trace_blocking)
                return who() + " calls " + text + ", which blocks for " + number(s.value(i)) +
                       " s: the whole event loop is blocked";
            return who() + " calls time.sleep(" + number(s.value(i)) +
                   "): the whole event loop is blocked";
        case EventKind::ThreadStarted: return "a thread starts running " + text;
        case EventKind::ThreadFinished:
            return "the thread finishes after " + number(s.value(i)) + " s";
        case EventKind::PrimitiveState: return s.name(i) + " is now " + text;
        case EventKind::Output: return who() + " prints " + text;
        case EventKind::Warning: return text;
        case EventKind::Line: return who() + " runs line " + std::to_string(s.line(i));
    }
    return "";
}

} // namespace loopscope::session
