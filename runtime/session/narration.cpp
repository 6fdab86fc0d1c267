// narration.cpp - turning a ViewModel into the Snapshot the panels draw, and the one-line
// narration of an event (view_state.h).
#include "session/view_state.h"

#include <cstdio>
#include <unordered_map>

namespace loopscope::session {

using trace::EventKind;
using trace::TraceStore;
using trace::WaitKind;

namespace {

std::string task_label(const ViewModel& m, const TraceStore& s, int32_t id) {
    if (id == 0) return "the module code";
    if (const ViewModel::Task* t = m.find_task(id); t && t->name != 0)
        return s.strings().get(t->name);
    return "task " + std::to_string(id);
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

// Fill `out` (ReadyItem or TimerItem) from the items of `seq`, drawing again only the chunks
// not drawn last time (cache: those chunks, held) and moving the others' items. `draw(src, item)`
// draws one and says whether its text came from a task's name (it changes when `naming` does).
template <class Src, class Item, class Draw>
void draw_seq(const SharedSeq<Src>& seq, uint32_t naming, std::vector<Item>& out,
              std::vector<Item>& fresh, MaterializeCache::Seq& cache, Draw&& draw) {
    // The cache describes `out` only if out is the vector it was made with.
    if (out.size() != cache.items) cache = {};
    // The previous chunks by address: their index in the cache.
    std::unordered_map<const void*, size_t> old;
    old.reserve(cache.chunks.size());
    for (size_t k = 0; k < cache.chunks.size(); ++k) old.emplace(cache.chunks[k].get(), k);
    fresh.clear();
    fresh.reserve(seq.size());
    MaterializeCache::Seq next;
    next.naming = naming;
    next.chunks.reserve(seq.chunk_count());
    next.offset.reserve(seq.chunk_count());
    next.named.reserve(seq.chunk_count());
    for (size_t j = 0; j < seq.chunk_count(); ++j) {
        const auto& c = seq.chunk(j);
        const size_t at = fresh.size();
        uint8_t named = 0;
        auto it = old.find(c.get());
        if (it != old.end() && (cache.naming == naming || !cache.named[it->second])) {
            const size_t from = cache.offset[it->second];
            for (size_t k = 0; k < c->size(); ++k) fresh.push_back(std::move(out[from + k]));
            named = cache.named[it->second];
        } else {
            for (const Src& x : *c) {
                fresh.emplace_back();
                named |= draw(x, fresh.back()) ? 1 : 0;
            }
        }
        next.chunks.push_back(c);
        next.offset.push_back(static_cast<uint32_t>(at));
        next.named.push_back(named);
    }
    out.swap(fresh);
    next.items = out.size();
    cache = std::move(next);
}

} // namespace

void materialize(const ViewModel& m, const TraceStore& s, const std::vector<uint64_t>& outs,
                 Snapshot& out, MaterializeCache& cache) {
    const auto& str = s.strings();
    out.event = m.applied ? m.applied - 1 : 0;
    out.events = s.size();
    out.clock = m.clock;
    out.current_task = m.current_task;
    out.line = m.line;

    draw_seq(m.ready, m.naming, out.ready, cache.ready_spare, cache.ready,
             [&](const ViewModel::Ready& r, ReadyItem& o) {
                 o.handle = r.handle;
                 o.task = r.task;
                 if (r.what) {
                     o.what = str.get(r.what);
                     return false;
                 }
                 o.what = "step " + task_label(m, s, r.task);
                 return true;
             });
    draw_seq(m.timers, m.naming, out.timers, cache.timers_spare, cache.timers,
             [&](const ViewModel::Timer& t, TimerItem& o) {
                 o.handle = t.handle;
                 o.when = t.when;
                 o.task = t.task;
                 o.cancelled = t.cancelled;
                 if (t.what || !t.task) {
                     o.what = t.what ? str.get(t.what) : "";
                     return false;
                 }
                 o.what = "wake " + task_label(m, s, t.task);
                 return true;
             });

    // Tasks: out.tasks[k] is m.tasks[k]; only the chunks that changed are drawn again.
    if (cache.stack_of.size() != out.tasks.size()) {
        cache.stack_of.assign(out.tasks.size(), ViewModel::kNone);
        cache.task_chunks.clear();
    }
    out.tasks.resize(m.tasks.size());
    cache.stack_of.resize(m.tasks.size(), ViewModel::kNone);
    const size_t chunks = m.tasks.chunk_count();
    cache.task_chunks.resize(chunks);
    cache.task_chunk_blocked.resize(chunks);
    out.blocked = false;
    for (size_t j = 0; j < chunks; ++j) {
        const auto& c = m.tasks.chunk(j);
        if (cache.task_chunks[j].get() == c.get()) {
            out.blocked = out.blocked || cache.task_chunk_blocked[j];
            continue;
        }
        bool blocked = false;
        for (size_t r = 0; r < c->size(); ++r) {
            const size_t k = j * TaskList::kChunk + r;
            const auto& t = (*c)[r];
            TaskView& o = out.tasks[k];
            if (o.id != t.id) cache.stack_of[k] = ViewModel::kNone;
            o.id = t.id;
            o.name = str.get(t.name);
            o.coro = str.get(t.coro);
            o.parent = t.parent;
            o.state = t.state;
            o.result = str.get(t.result);
            o.created = t.created;
            o.finished = t.finished;
            o.line = t.line;
            o.blocking = t.blocking;
            blocked = blocked || t.blocking;
            if (t.state == TaskState::Waiting && t.suspension != ViewModel::kNone)
                s.wait(t.suspension, o.wait);
            else
                o.wait = trace::WaitInfo{};
            if (cache.stack_of[k] != t.suspension) {
                if (t.suspension != ViewModel::kNone)
                    s.stack(t.suspension, o.stack);
                else
                    o.stack.clear();
                cache.stack_of[k] = t.suspension;
            }
        }
        cache.task_chunks[j] = c;
        cache.task_chunk_blocked[j] = blocked;
        out.blocked = out.blocked || blocked;
    }

    out.primitives.resize(m.prims.size());
    size_t at = 0;
    m.prims.for_each([&](const ViewModel::Prim& p) {
        PrimitiveView& o = out.primitives[at++];
        o.id = p.id;
        o.kind = p.kind;
        o.name = p.name ? str.get(p.name)
                        : std::string(trace::prim_kind_name(p.kind)) + "#" + std::to_string(p.id);
        o.state = str.get(p.state);
        o.size = p.size;
        o.maxsize = p.maxsize;
        o.waiters.clear();
        p.waiters.for_each([&](int32_t w) { o.waiters.push_back(w); });
        o.putters.clear();
        p.putters.for_each([&](int32_t w) { o.putters.push_back(w); });
    });

    // Output: append-only in the trace, so keep the common prefix.
    if (out.output.size() > m.outputs) out.output.resize(m.outputs);
    for (size_t k = out.output.size(); k < m.outputs; ++k) {
        const uint64_t e = outs[k];
        OutputLine o;
        o.time = s.time(e);
        o.warning = s.kind(e) == EventKind::Warning;
        o.stream = o.warning ? 2 : (s.stream(e) ? s.stream(e) : 1);
        o.text = s.text(e);
        o.line = s.line(e);
        o.task = s.task(e);
        o.event = e;
        o.error = !o.warning && o.stream == 2;
        out.output.push_back(std::move(o));
    }

    out.deadlock = m.deadlock;
    out.finished = m.finished;
    out.error = str.get(m.error);
    out.narration = m.applied ? narrate(s, m.applied - 1, m) : std::string();
}

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
