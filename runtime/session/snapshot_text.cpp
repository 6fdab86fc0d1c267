// snapshot_text.cpp - see snapshot_text.h. Every field of Snapshot appears here.
#include "session/snapshot_text.h"

#include "session/view_state.h"

namespace loopscope::session {

const char* task_state_name(TaskState s) {
    switch (s) {
        case TaskState::Created: return "created";
        case TaskState::Ready: return "ready";
        case TaskState::Running: return "running";
        case TaskState::Waiting: return "waiting";
        case TaskState::Done: return "done";
        case TaskState::Failed: return "failed";
        case TaskState::Cancelled: return "cancelled";
    }
    return "?";
}

namespace {

std::string ids(const std::vector<int32_t>& v) {
    std::string r = "[";
    for (size_t k = 0; k < v.size(); ++k) r += (k ? "," : "") + std::to_string(v[k]);
    return r + "]";
}

std::string wait_text(const trace::WaitInfo& w) {
    std::string r = trace::wait_kind_name(w.kind);
    if (w.until >= 0) r += " until=" + format_time(w.until);
    if (w.task) r += " task=" + std::to_string(w.task);
    if (w.object) r += " object=" + std::to_string(w.object);
    if (w.handle) r += " handle=" + std::to_string(w.handle);
    if (!w.tasks.empty()) r += " tasks=" + ids(w.tasks);
    if (!w.detail.empty()) r += " \"" + w.detail + "\"";
    return r;
}

} // namespace

std::string snapshot_text(const Snapshot& s) {
    std::string r;
    // Not s.events: that is the size of the recording, which grows while the state at an
    // event does not change.
    r += "event " + std::to_string(s.event) + "  t=" + format_time(s.clock) + "  task " +
         std::to_string(s.current_task) + "  line " + std::to_string(s.line) + "\n";
    r += "narration: " + s.narration + "\n";
    if (s.blocked) r += "BLOCKED\n";
    if (s.deadlock) r += "DEADLOCK\n";
    if (s.finished) r += "finished" + (s.error.empty() ? std::string() : ": " + s.error) + "\n";
    r += "ready:";
    for (const auto& x : s.ready)
        r += " #" + std::to_string(x.handle) + "(" + std::to_string(x.task) + " " + x.what + ")";
    r += "\ntimers:";
    for (const auto& x : s.timers)
        r += " #" + std::to_string(x.handle) + "@" + format_time(x.when) + "(" +
             std::to_string(x.task) + " " + x.what + (x.cancelled ? " cancelled" : "") + ")";
    r += "\n";
    for (const auto& t : s.tasks) {
        r += "task " + std::to_string(t.id) + " " + t.name + " " + t.coro + "() parent " +
             std::to_string(t.parent) + " " + task_state_name(t.state) + " line " +
             std::to_string(t.line) + " created " + format_time(t.created);
        if (t.finished >= 0) r += " ended " + format_time(t.finished);
        if (t.blocking) r += " blocking";
        if (!t.result.empty()) r += " result " + t.result;
        if (t.wait.kind != trace::WaitKind::None) r += " waits " + wait_text(t.wait);
        r += "\n";
        for (const auto& f : t.stack) {
            r += "    " + f.function + " " + f.file + ":" + std::to_string(f.line);
            for (const auto& [k, v] : f.locals) r += " " + k + "=" + v;
            r += "\n";
        }
    }
    for (const auto& p : s.primitives)
        r += std::string("prim ") + std::to_string(p.id) + " " + trace::prim_kind_name(p.kind) +
             " " + p.name + " \"" + p.state + "\" size " + std::to_string(p.size) + "/" +
             std::to_string(p.maxsize) + " waiters " + ids(p.waiters) + " putters " +
             ids(p.putters) + "\n";
    for (const auto& o : s.output)
        r += "out t=" + format_time(o.time) + " stream " + std::to_string(o.stream) + " line " +
             std::to_string(o.line) + " task " + std::to_string(o.task) +
             (o.warning ? " warning" : "") + (o.error ? " error" : "") + ": " + o.text + "\n";
    return r;
}

} // namespace loopscope::session
