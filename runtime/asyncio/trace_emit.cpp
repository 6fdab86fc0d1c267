// trace_emit.cpp - building trace events from the event loop's state (see trace_emit.h).
#include "asyncio/trace_emit.h"

#include "asyncio/format_helpers.h"
#include "asyncio/trace_contract.h"
#include "trace/sink.h"

#include <charconv>
#include <cstring>

namespace loopscope {

using trace::EventKind;
using trace::PrimKind;
using trace::TraceEvent;
using trace::WaitKind;

void set_trace_sink(Interp& I, trace::TraceSink* sink) {
    AsyncState* st = async_state(I);
    st->trace.sink = sink;
    VirtualClock& clock = *st->clock;
    if (!sink) {
        clock.on_blocking_sleep = nullptr;
        return;
    }
    clock.on_blocking_sleep = [&I, st](double seconds) {
        if (st->trace.sink)
            trace_simple(I, EventKind::BlockingSleep, seconds, std::move(st->trace.blocking_call));
        st->trace.blocking_call.clear();
    };
}

namespace {

// trace_emit with the state at hand (async_state() is a registry lookup: once per event at most).
void emit(Interp& I, AsyncState* st, TraceEvent&& e) {
    trace::TraceSink* sink = st->trace.sink;
    if (!sink) return;
    e.seq = st->trace.seq++;
    e.time = st->clock->now();
    if (e.line == 0) e.line = trace_current_line(I);
    // Recording costs time too (reprs of locals, stacks): charge it to the slice's budget so a
    // tick budget bounds a slice's wall time even when the program itself does little. Not
    // counted as the task's own work (LoopBlocked).
    int64_t cost = e.stack.empty() ? 20 : 100;
    sink->emit(std::move(e));
    if (I.ticks > 0) {
        cost = cost < I.ticks ? cost : I.ticks;
        I.ticks -= cost;
        st->trace.ticks_dropped += cost;
    }
    TraceRecords& tr = st->trace;
    if (!tr.sink->pause_requested || I.ticks <= 0) return;
    tr.ticks_dropped += I.ticks;
    I.ticks = 0; // pause at the next safe point
}

int32_t current_task(AsyncState* st) {
    LoopObj* loop = st->running_loop;
    return loop && loop->current_task ? loop->current_task->task_id : 0;
}

} // namespace

void trace_emit(Interp& I, TraceEvent&& e) {
    emit(I, async_state(I), std::move(e));
}

void trace_pause_if_requested(Interp& I) {
    TraceRecords& tr = async_state(I)->trace;
    if (!tr.sink->pause_requested || I.ticks <= 0) return;
    tr.ticks_dropped += I.ticks;
    I.ticks = 0; // pause at the next safe point
}

int32_t trace_current_line(Interp& I) {
    for (Frame* f = I.frame; f; f = f->back)
        if (!is_library_code(f->code)) return f->line();
    return 0;
}

int32_t trace_current_task(Interp& I) {
    return current_task(async_state(I));
}

int32_t trace_current_task(AsyncState* st) {
    return current_task(st);
}

static TraceEvent event(EventKind k, int32_t task = 0) {
    TraceEvent e;
    e.kind = k;
    e.task = task;
    return e;
}

// "ValueError: message" (the last line of a traceback).
static std::string exc_text(Interp& I, Value exc) {
    if (!is_kind(exc, Kind::Exception)) return trace_repr(I, exc);
    std::string s = type_name(I, exc);
    Value saved = I.exc;
    std::string msg;
    if (!str_into(I, exc, msg)) msg.clear();
    I.exc = saved;
    if (!msg.empty()) s += ": " + msg;
    return s;
}

// ---- tasks ---------------------------------------------------------------------------------

static std::string task_name(TaskObj* t) {
    return task_name_text(t);
}

void trace_task_created(Interp& I, TaskObj* t, TaskObj* parent) {
    if (t->internal) return;
    TraceEvent e = event(EventKind::TaskCreated, t->task_id);
    e.parent = parent ? parent->task_id : 0;
    e.name = task_name(t);
    if (is_kind(t->coro, Kind::Generator)) e.text = as<GenObj>(t->coro)->qualname->s;
    emit(I, t->loop->st, std::move(e));
}

void trace_task_renamed(Interp& I, TaskObj* t) {
    TraceEvent e = event(EventKind::TaskRenamed, t->task_id);
    e.name = task_name(t);
    trace_emit(I, std::move(e));
}

void trace_task_step(Interp& I, TaskObj* t, Value exc) {
    if (t->internal) return;
    TraceEvent e = event(EventKind::TaskStep, t->task_id);
    if (!exc.is_none()) e.text = exc_text(I, exc);
    emit(I, t->loop->st, std::move(e));
}

void trace_cancel_requested(Interp& I, TaskObj* t, Value msg) {
    TraceEvent e = event(EventKind::CancelRequested, t->task_id);
    e.parent = trace_current_task(I);
    if (!msg.is_none()) e.text = trace_repr(I, msg);
    trace_emit(I, std::move(e));
}

void trace_loop_blocked(Interp& I, TaskObj* t, int64_t ticks) {
    TraceEvent e = event(EventKind::LoopBlocked, t->task_id);
    e.value = double(ticks);
    trace_emit(I, std::move(e));
}

// The frames of `g` and of what it awaits, outermost first, over `frames`.
static void coroutine_frames_into(GenObj* g, std::vector<Frame*>& frames) {
    frames.clear();
    while (g && g->frame) {
        frames.push_back(g->frame);
        Value d = g->delegate();
        g = is_kind(d, Kind::Generator) ? as<GenObj>(d) : nullptr;
    }
}

std::vector<Frame*> trace_coroutine_frames(GenObj* g) {
    std::vector<Frame*> frames;
    frames.reserve(4);
    coroutine_frames_into(g, frames);
    return frames;
}

namespace {

// dst = src, written only when it differs (the same names at each suspension).
void assign_changed(std::string& dst, std::string_view src) {
    if (dst.size() != src.size() || std::memcmp(dst.data(), src.data(), src.size()) != 0)
        dst.assign(src.data(), src.size());
}

// The stack and locals of `frames` (trace_coroutine_frames), outermost first, into `out`. Its
// frames, locals and strings are overwritten in place: a vector kept from the last stack reuses
// their buffers (the same functions and names at each suspension).
void stack_into(Interp& I, const std::vector<Frame*>& frames, std::vector<trace::FrameInfo>& out) {
    out.resize(frames.size());
    AsyncState* st = async_state(I);
    trace::TraceSink* sink = st->trace.sink;
    st->trace.sink = nullptr; // (trace_repr_quiet)
    for (size_t k = 0; k < frames.size(); ++k) {
        Frame* f = frames[k];
        trace::FrameInfo& fi = out[k];
        CodeObj* c = f->code;
        assign_changed(fi.function, c->qualname ? c->qualname->s : c->name->s);
        assign_changed(fi.file, c->filename->s);
        fi.line = f->line();
        size_t n = 0;
        if (!is_library_code(c)) {
            size_t base = c->varnames.size();
            auto add = [&](StrObj* name, Value v) {
                if (is_kind(v, Kind::Cell)) v = as<CellObj>(v)->value;
                if (v.is_undef()) return;
                if (n == fi.locals.size()) fi.locals.emplace_back();
                auto& [local, text] = fi.locals[n++];
                assign_changed(local, name->s);
                trace_repr_quiet_into(I, v, text);
            };
            for (size_t i = 0; i < c->varnames.size(); ++i) add(c->varnames[i], f->slots[i]);
            for (size_t i = 0; i < c->cellnames.size(); ++i)
                add(c->cellnames[i], f->slots[base + i]);
        }
        fi.locals.resize(n);
    }
    st->trace.sink = sink;
}

std::vector<trace::FrameInfo> stack_of(Interp& I, const std::vector<Frame*>& frames) {
    std::vector<trace::FrameInfo> out;
    stack_into(I, frames, out);
    return out;
}

} // namespace

std::vector<trace::FrameInfo> trace_coroutine_stack(Interp& I, GenObj* g) {
    return stack_of(I, trace_coroutine_frames(g));
}

void trace_task_step_end(Interp& I, TaskObj* t) {
    if (t->state != FutState::Pending) t->loop->st->trace.waits.erase(t);
    if (t->internal) return;
    TraceEvent e;
    e.task = t->task_id;
    if (t->state == FutState::Finished) {
        if (t->exception.is_none()) {
            e.kind = EventKind::TaskFinished;
            e.text = trace_repr(I, t->result);
        } else {
            e.kind = EventKind::TaskFailed;
            e.text = exc_text(I, t->exception);
        }
    } else if (t->state == FutState::Cancelled) {
        e.kind = EventKind::TaskCancelled;
        if (!t->cancel_message().is_none()) e.text = trace_repr(I, t->cancel_message());
    } else {
        e.kind = EventKind::TaskSuspended;
        TraceRecords& tr = t->loop->st->trace;
        const bool want_stacks = tr.sink->want_stacks;
        std::vector<Frame*> frames; // (read by both: walked once; the buffer of the last one)
        frames.swap(tr.frames_buffer);
        frames.clear();
        if (is_kind(t->coro, Kind::Generator) && (t->fut_waiter || want_stacks))
            coroutine_frames_into(as<GenObj>(t->coro), frames);
        e.wait = trace_classify_wait(I, t, frames);
        if (want_stacks && is_kind(t->coro, Kind::Generator)) {
            e.stack.swap(t->loop->st->trace.stack_buffer);
            stack_into(I, frames, e.stack);
            // the line of the learner's innermost frame (the await the task stopped at)
            for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
                if (!is_library_code((*it)->code)) {
                    e.line = (*it)->line();
                    break;
                }
            }
        }
        frames.swap(tr.frames_buffer);
    }
    AsyncState* st = t->loop->st;
    emit(I, st, std::move(e));
    // (the sink only read the event: its stack's buffers serve the next one)
    if (e.kind == EventKind::TaskSuspended) e.stack.swap(st->trace.stack_buffer);
}

// ---- handles and timers -------------------------------------------------------------------

// A callback of the runtime's own code in the words its Python gave it (_trace_callback);
// "" for the program's callbacks (they are shown as CPython writes them).
static std::string runtime_callback_text(AsyncState* st, Value cb) {
    Value fn = is_kind(cb, Kind::BoundMethod) ? as<BoundMethodObj>(cb)->func : cb;
    if (fn.same(st->finish_thread)) return "the result of a thread";
    if (!is_kind(fn, Kind::Function)) return "";
    CodeObj* c = as<FunctionObj>(fn)->code;
    if (!is_library_code(c)) return "";
    auto it = st->trace.callback_words.find(c);
    if (it != st->trace.callback_words.end()) return it->second;
    // not described yet: tests/unit/asyncio/trace_contract_test.cpp makes sure none is left
    return "asyncio internals: " + c->qualname->s + "()";
}

static std::string handle_text(Interp& I, HandleObj* h) {
    switch (h->op) {
        case HandleObj::Op::TaskStep:
        case HandleObj::Op::TaskWakeup: {
            // "step Task-3" / "wake up Task-3", written in place (task_name_text's words)
            auto* t = as<TaskObj>(h->callback);
            std::string s = h->op == HandleObj::Op::TaskStep ? "step " : "wake up ";
            if (t->name.is_undef()) {
                char buf[24];
                s += "Task-";
                s.append(buf, std::to_chars(buf, buf + sizeof buf, t->name_number).ptr);
            } else {
                s += task_name(t);
            }
            return s;
        }
        case HandleObj::Op::Call: break;
    }
    std::string words = runtime_callback_text(h->loop->st, h->callback);
    return words.empty() ? format_callback_source(I, h->callback, h->args.span()) : words;
}

static int32_t handle_task(HandleObj* h) {
    if (h->op == HandleObj::Op::Call) return 0;
    return as<TaskObj>(h->callback)->task_id;
}

// A step or wakeup of one of asyncio.run's own tasks (left out of the trace).
static bool internal_handle(HandleObj* h) {
    return h->op != HandleObj::Op::Call && as<TaskObj>(h->callback)->internal;
}

void trace_handle_scheduled(Interp& I, HandleObj* h) {
    if (internal_handle(h)) return;
    TraceEvent e = event(EventKind::HandleScheduled, handle_task(h));
    e.handle = h->trace_id;
    e.text = handle_text(I, h);
    emit(I, h->loop->st, std::move(e));
}

void trace_handle_run(Interp& I, HandleObj* h, bool skipped) {
    if (internal_handle(h)) return;
    TraceEvent e = event(skipped ? EventKind::HandleSkipped : EventKind::HandleRun, handle_task(h));
    e.handle = h->trace_id;
    emit(I, h->loop->st, std::move(e));
}

void trace_timer_scheduled(Interp& I, HandleObj* h) {
    TraceEvent e = event(EventKind::TimerScheduled, current_task(h->loop->st));
    e.handle = h->trace_id;
    e.value = h->when;
    e.text = handle_text(I, h);
    emit(I, h->loop->st, std::move(e));
}

void trace_timer_fired(Interp& I, HandleObj* h) {
    TraceEvent e = event(EventKind::TimerFired, handle_task(h));
    e.handle = h->trace_id;
    e.value = h->when;
    emit(I, h->loop->st, std::move(e));
}

void trace_timer_cancelled(Interp& I, HandleObj* h) {
    TraceEvent e = event(EventKind::TimerCancelled, current_task(h->loop->st));
    e.handle = h->trace_id;
    emit(I, h->loop->st, std::move(e));
}

void trace_simple(Interp& I, EventKind kind, double value, std::string text) {
    TraceEvent e = event(kind, trace_current_task(I));
    e.value = value;
    e.text = std::move(text);
    trace_emit(I, std::move(e));
}

void trace_thread(Interp& I, bool finished, std::string what, double elapsed) {
    TraceEvent e = event(finished ? EventKind::ThreadFinished : EventKind::ThreadStarted,
                         trace_current_task(I));
    e.text = std::move(what);
    e.value = elapsed;
    trace_emit(I, std::move(e));
}

} // namespace loopscope
