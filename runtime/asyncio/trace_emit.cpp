// trace_emit.cpp - building trace events from the event loop's state (see trace_emit.h).
#include "asyncio/trace_emit.h"

#include "asyncio/format_helpers.h"
#include "trace/sink.h"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace loopscope {

using trace::EventKind;
using trace::PrimKind;
using trace::TraceEvent;
using trace::WaitKind;

void set_trace_sink(Interp& I, trace::TraceSink* sink) {
    AsyncState* st = async_state(I);
    st->sink = sink;
    VirtualClock& clock = *st->clock;
    if (!sink) {
        clock.on_blocking_sleep = nullptr;
        return;
    }
    clock.on_blocking_sleep = [&I, st](double seconds) {
        if (st->sink) trace_simple(I, EventKind::BlockingSleep, seconds);
    };
}

void trace_emit(Interp& I, TraceEvent&& e) {
    AsyncState* st = async_state(I);
    trace::TraceSink* sink = st->sink;
    if (!sink) return;
    e.seq = st->trace_seq++;
    e.time = virtual_now(I);
    if (e.line == 0) e.line = trace_current_line(I);
    // Recording costs time too (reprs of locals, stacks): charge it to the slice's budget so a
    // tick budget bounds a slice's wall time even when the program itself does little. Not
    // counted as the task's own work (LoopBlocked).
    int64_t cost = e.stack.empty() ? 20 : 100;
    sink->emit(std::move(e));
    if (I.ticks > 0) {
        cost = cost < I.ticks ? cost : I.ticks;
        I.ticks -= cost;
        st->ticks_dropped += cost;
    }
    trace_pause_if_requested(I);
}

void trace_pause_if_requested(Interp& I) {
    if (!async_state(I)->sink->pause_requested || I.ticks <= 0) return;
    async_state(I)->ticks_dropped += I.ticks;
    I.ticks = 0; // pause at the next safe point
}

int32_t trace_current_line(Interp& I) {
    for (Frame* f = I.frame; f; f = f->back)
        if (!is_library_code(f->code)) return f->line();
    return 0;
}

int32_t trace_current_task(Interp& I) {
    AsyncState* st = async_state(I);
    LoopObj* loop = st->running_loop;
    return loop && loop->current_task ? loop->current_task->task_id : 0;
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

std::string trace_repr(Interp& I, Value v, size_t limit) {
    std::string out;
    Value saved = I.exc;
    AsyncState* st = async_state(I);
    trace::TraceSink* sink = st->sink;
    st->sink = nullptr; // a __repr__ that prints is not part of the program's story
    if (is_kind(v, Kind::List) && as<ListObj>(v)->items.size() > 16) {
        out = "[";
        auto& items = as<ListObj>(v)->items;
        for (size_t i = 0; i < 8; ++i) {
            if (i) out += ", ";
            out += trace_repr(I, items[i], limit);
        }
        out += ", ... (" + std::to_string(items.size()) + " items)]";
    } else if (!repr_into(I, v, out)) {
        out = "<" + type_name(I, v) + " object>";
    }
    I.exc = saved;
    st->sink = sink;
    if (out.size() > limit) out = out.substr(0, limit - 3) + "...";
    return out;
}

// ---- tasks ---------------------------------------------------------------------------------

static std::string task_name(TaskObj* t) {
    return is_str(t->name) ? std::string(str_view(t->name)) : "Task";
}

void trace_task_created(Interp& I, TaskObj* t, TaskObj* parent) {
    if (t->internal) return;
    TraceEvent e = event(EventKind::TaskCreated, t->task_id);
    e.parent = parent ? parent->task_id : 0;
    e.name = task_name(t);
    if (is_kind(t->coro, Kind::Generator)) e.text = as<GenObj>(t->coro)->qualname->s;
    trace_emit(I, std::move(e));
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
    trace_emit(I, std::move(e));
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

// The frames of a coroutine and of everything it awaits, outermost first.
static std::vector<Frame*> coroutine_frames(GenObj* g) {
    std::vector<Frame*> frames;
    while (g && g->frame) {
        frames.push_back(g->frame);
        Value d = g->delegate();
        g = is_kind(d, Kind::Generator) ? as<GenObj>(d) : nullptr;
    }
    return frames;
}

static Value local_named(Frame* f, std::string_view name) {
    CodeObj* c = f->code;
    for (size_t i = 0; i < c->varnames.size(); ++i)
        if (c->varnames[i]->s == name) return f->slots[i];
    size_t base = c->varnames.size();
    for (size_t i = 0; i < c->cellnames.size(); ++i) {
        if (c->cellnames[i]->s != name) continue;
        Value cell = f->slots[base + i];
        return is_kind(cell, Kind::Cell) ? as<CellObj>(cell)->value : Value::undef();
    }
    return Value::undef();
}

std::vector<trace::FrameInfo> trace_coroutine_stack(Interp& I, GenObj* g) {
    std::vector<trace::FrameInfo> out;
    for (Frame* f : coroutine_frames(g)) {
        trace::FrameInfo fi;
        CodeObj* c = f->code;
        fi.function = c->qualname ? c->qualname->s : c->name->s;
        fi.file = c->filename->s;
        fi.line = f->line();
        if (!is_library_code(c)) {
            size_t base = c->varnames.size();
            auto add = [&](StrObj* name, Value v) {
                if (is_kind(v, Kind::Cell)) v = as<CellObj>(v)->value;
                if (v.is_undef()) return;
                fi.locals.emplace_back(name->s, trace_repr(I, v));
            };
            for (size_t i = 0; i < c->varnames.size(); ++i) add(c->varnames[i], f->slots[i]);
            for (size_t i = 0; i < c->cellnames.size(); ++i)
                add(c->cellnames[i], f->slots[base + i]);
        }
        out.push_back(std::move(fi));
    }
    return out;
}

// ---- primitives ----------------------------------------------------------------------------

static PrimKind prim_kind(Interp& I, Value obj) {
    TypeObj* t = type_of(I, obj);
    for (TypeObj* m : t->mro) {
        const std::string& n = m->name->s;
        if (n == "Queue") return PrimKind::Queue;
        if (n == "Lock") return PrimKind::Lock;
        if (n == "Event") return PrimKind::Event;
        if (n == "Semaphore") return PrimKind::Semaphore;
        if (n == "Condition") return PrimKind::Condition;
        if (n == "Barrier") return PrimKind::Barrier;
    }
    return PrimKind::None;
}

static Value attr(Interp& I, Value obj, const char* name) {
    Value v = getattr(I, obj, I.intern(name));
    if (v.is_error()) I.exc = Value::none();
    return v;
}

static std::string prim_state(Interp& I, Value obj, PrimKind k, double* size, double* maxsize) {
    *size = -1;
    *maxsize = -1;
    switch (k) {
        case PrimKind::Queue: {
            Value q = attr(I, obj, "_queue");
            Value ms = attr(I, obj, "_maxsize");
            int64_t n = 0;
            if (!len(I, q, &n)) {
                I.exc = Value::none();
                return "?";
            }
            *size = double(n);
            *maxsize = ms.is_small_int() ? double(ms.as_small_int()) : 0;
            Value items = call(I, Value::object(I.t.list), std::span<const Value>(&q, 1));
            if (items.is_error()) I.exc = Value::none();
            return std::to_string(n) + (n == 1 ? " item: " : " items: ") + trace_repr(I, items, 80);
        }
        case PrimKind::Lock: return truthy(I, attr(I, obj, "_locked")) == 1 ? "locked" : "unlocked";
        case PrimKind::Event: return truthy(I, attr(I, obj, "_value")) == 1 ? "set" : "unset";
        case PrimKind::Semaphore: {
            Value v = attr(I, obj, "_value");
            return "value=" + trace_repr(I, v);
        }
        case PrimKind::Condition: {
            Value lock = attr(I, obj, "_lock");
            return truthy(I, attr(I, lock, "_locked")) == 1 ? "locked" : "unlocked";
        }
        case PrimKind::Barrier: {
            Value count = attr(I, obj, "_count"), parties = attr(I, obj, "_parties");
            Value state = attr(I, attr(I, obj, "_state"), "value");
            return trace_repr(I, count) + "/" + trace_repr(I, parties) + " waiting (" +
                   (is_str(state) ? std::string(str_view(state)) : "?") + ")";
        }
        case PrimKind::None: break;
    }
    return "";
}

// The trace id of a primitive, registering it on first sight.
static int32_t prim_id(Interp& I, Value obj) {
    AsyncState* st = async_state(I);
    for (size_t i = 0; i < st->trace_prims.size(); ++i)
        if (st->trace_prims[i].same(obj)) return int32_t(i) + 1;
    st->trace_prims.push_back(obj);
    st->prim_states.emplace_back("\x01"); // never equal: reported at the next poll
    return int32_t(st->trace_prims.size());
}

void trace_poll_primitives(Interp& I) {
    AsyncState* st = async_state(I);
    for (size_t i = 0; i < st->trace_prims.size(); ++i) {
        Value obj = st->trace_prims[i];
        PrimKind k = prim_kind(I, obj);
        TraceEvent e = event(EventKind::PrimitiveState);
        std::string s = prim_state(I, obj, k, &e.value, &e.value2);
        if (s == st->prim_states[i]) continue;
        st->prim_states[i] = s;
        e.object = int32_t(i) + 1;
        e.prim = k;
        static const char* const names[] = {"?",         "Queue",     "Lock",   "Event",
                                            "Semaphore", "Condition", "Barrier"};
        e.name = std::string(names[int(k)]) + " " + std::to_string(i + 1);
        e.text = std::move(s);
        trace_emit(I, std::move(e));
    }
}

Value trace_new_primitive_fn(Interp& I, Value, const CallArgs& a) {
    if (!async_state(I)->sink || a.nargs < 1) return Value::none();
    // Only what the learner's code made: skip the Lock inside a Condition, the Event inside a
    // Queue... (their __init__ was called from the runtime's own Python code).
    Frame* f = I.frame;
    while (f && is_library_code(f->code) && f->code->name->s == "__init__" &&
           local_named(f, "self").same(a.args[0]))
        f = f->back;
    if (!f || is_library_code(f->code)) return Value::none();
    prim_id(I, a.args[0]);
    trace_poll_primitives(I);
    return Value::none();
}

// ---- why a task waits --------------------------------------------------------------------

static int32_t future_id(AsyncState* st, FutureObj* f) {
    if (f->is_task) return static_cast<TaskObj*>(f)->task_id;
    if (!f->trace_id) f->trace_id = ++st->trace_objects;
    return f->trace_id;
}

static void set_timer(Interp& I, trace::WaitInfo& w, Frame* f, const char* local) {
    Value h = local_named(f, local);
    AsyncState* st = async_state(I);
    TypeObj* ty = type_of(I, h);
    if (ty != st->handle_type && ty != st->timer_handle_type) return;
    auto* handle = static_cast<HandleObj*>(as<NativeObj>(h));
    w.until = handle->when;
    w.handle = handle->trace_id;
}

static void add_children(Interp& I, trace::WaitInfo& w, FutureObj* f) {
    for (Value c : f->children)
        if (FutureObj* cf = as_future(c); cf && cf->is_task)
            w.tasks.push_back(static_cast<TaskObj*>(cf)->task_id);
}

static std::string fmt_seconds(double d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", d);
    return buf;
}

static trace::WaitInfo classify_wait(Interp& I, TaskObj* t) {
    AsyncState* st = t->loop->st;
    trace::WaitInfo w;
    FutureObj* fw = t->fut_waiter;
    std::vector<Frame*> frames;
    if (is_kind(t->coro, Kind::Generator)) frames = coroutine_frames(as<GenObj>(t->coro));
    // The runtime function the learner's code called: the first frame of the runtime's own
    // code after the innermost frame of the learner's.
    Frame* api = nullptr;
    for (size_t i = 0; i < frames.size(); ++i) {
        if (!is_library_code(frames[i]->code)) {
            api = nullptr;
        } else if (!api) {
            api = frames[i];
        }
    }
    if (!fw) {
        w.kind = WaitKind::Other;
        w.detail = "sleep(0): yields to the other ready tasks";
        return w;
    }
    std::string fn = api ? api->code->qualname->s : "";
    Value self = api ? local_named(api, "self") : Value::undef();
    if (fn == "sleep") {
        w.kind = WaitKind::Sleep;
        set_timer(I, w, api, "h");
        Value d = local_named(api, "delay");
        double secs = d.is_float() ? d.f : d.is_small_int() ? double(d.as_small_int()) : 0;
        w.detail = "sleep(" + fmt_seconds(secs) + ")";
        return w;
    }
    if (fn == "wait_for") {
        w.kind = WaitKind::WaitFor;
        set_timer(I, w, api, "timeout_handle");
        Value inner = local_named(api, "fut");
        if (FutureObj* f = as_future(inner)) {
            if (f->is_task)
                w.task = static_cast<TaskObj*>(f)->task_id;
            else
                w.object = future_id(st, f);
        }
        w.detail = "wait_for(..., timeout)";
        return w;
    }
    if (fn == "to_thread") {
        w.kind = WaitKind::Thread;
        w.detail = "to_thread(...)";
        return w;
    }
    if (fn == "_wait" || fn == "wait" || fn.find("_wait_for_one") != std::string::npos) {
        w.kind = WaitKind::Wait;
        w.detail =
            fn.find("_wait_for_one") != std::string::npos ? "as_completed(...)" : "wait(...)";
        return w;
    }
    if (fn.rfind("TaskGroup.", 0) == 0) {
        w.kind = WaitKind::TaskGroup;
        Value tasks = attr(I, self, "_tasks");
        if (is_kind(tasks, Kind::Set)) {
            Value lst = call(I, Value::object(I.t.list), std::span<const Value>(&tasks, 1));
            if (is_kind(lst, Kind::List)) {
                for (Value c : as<ListObj>(lst)->items)
                    if (FutureObj* f = as_future(c); f && f->is_task)
                        w.tasks.push_back(static_cast<TaskObj*>(f)->task_id);
            } else if (lst.is_error()) {
                I.exc = Value::none();
            }
        }
        w.detail = "TaskGroup: waiting for its tasks";
        return w;
    }
    if (!self.is_undef()) {
        PrimKind k = prim_kind(I, self);
        if (k != PrimKind::None) {
            w.object = prim_id(I, self);
            std::string method = fn.substr(fn.find('.') + 1);
            switch (k) {
                case PrimKind::Queue:
                    w.kind = method == "put"    ? WaitKind::QueuePut
                             : method == "join" ? WaitKind::QueueJoin
                                                : WaitKind::QueueGet;
                    w.detail = "queue." + method + "()";
                    break;
                case PrimKind::Lock:
                    w.kind = WaitKind::Lock;
                    w.detail = "lock.acquire()";
                    break;
                case PrimKind::Event:
                    w.kind = WaitKind::Event;
                    w.detail = "event.wait()";
                    break;
                case PrimKind::Semaphore:
                    w.kind = WaitKind::Semaphore;
                    w.detail = "semaphore.acquire()";
                    break;
                case PrimKind::Condition:
                    w.kind = WaitKind::Condition;
                    w.detail = "condition." +
                               (method == "__aenter__" ? std::string("acquire") : method) + "()";
                    break;
                case PrimKind::Barrier:
                    w.kind = WaitKind::Barrier;
                    w.detail = "barrier.wait()";
                    break;
                case PrimKind::None: break;
            }
            return w;
        }
    }
    if (fw->is_task) {
        auto* other = static_cast<TaskObj*>(fw);
        w.kind = WaitKind::Task;
        w.task = other->task_id;
        w.detail = "task " + task_name(other);
        return w;
    }
    if (fw->gathering) {
        w.kind = WaitKind::Gather;
        add_children(I, w, fw);
        w.detail = "gather(" + std::to_string(fw->children.size()) + " awaitables)";
        return w;
    }
    w.kind = WaitKind::Future;
    w.object = future_id(st, fw);
    w.detail = api ? fn + "()" : "a future";
    return w;
}

void trace_task_step_end(Interp& I, TaskObj* t) {
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
        if (!t->cancel_message.is_none()) e.text = trace_repr(I, t->cancel_message);
    } else {
        e.kind = EventKind::TaskSuspended;
        e.wait = classify_wait(I, t);
        if (t->loop->st->sink->want_stacks && is_kind(t->coro, Kind::Generator)) {
            GenObj* g = as<GenObj>(t->coro);
            e.stack = trace_coroutine_stack(I, g);
            // the line of the learner's innermost frame (the await the task stopped at)
            std::vector<Frame*> frames = coroutine_frames(g);
            for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
                if (!is_library_code((*it)->code)) {
                    e.line = (*it)->line();
                    break;
                }
            }
        }
    }
    trace_emit(I, std::move(e));
}

// ---- handles and timers -------------------------------------------------------------------

// The runtime's own callbacks in words a learner can follow (their Python names mean little).
static std::string runtime_callback_text(Value cb) {
    Value fn = is_kind(cb, Kind::BoundMethod) ? as<BoundMethodObj>(cb)->func : cb;
    std::string name;
    if (is_kind(fn, Kind::Function)) {
        CodeObj* c = as<FunctionObj>(fn)->code;
        if (!is_library_code(c)) return "";
        name = c->qualname->s;
    } else if (is_kind(fn, Kind::NativeFunction)) {
        name = as<NativeFunctionObj>(fn)->name->s;
    } else {
        return "";
    }
    static const std::pair<const char*, const char*> words[] = {
        {"_set_result_unless_cancelled", "the end of a sleep"},
        {"_run_until_complete_cb", "the main task's done callback (it stops the loop)"},
        {"_release_waiter", "the end of a timeout"},
        {"_finish_virtual_thread", "the result of a thread"},
        {"_done_callback", "gather's done callback"},
        {"_on_completion", "wait's done callback"},
        {"_on_timeout", "the end of a timeout"},
        {"_inner_done_callback", "shield's inner done callback"},
        {"_outer_done_callback", "shield's outer done callback"},
        {"_on_task_done", "the task group's done callback"},
        {"_wakeup_waiter", "the wake-up of a waiter"},
    };
    auto ends_with = [&](std::string_view key) {
        return name.size() >= key.size() &&
               name.compare(name.size() - key.size(), std::string::npos, key) == 0;
    };
    for (auto& [key, text] : words)
        if (ends_with(key)) return text;
    return "asyncio internals: " + name + "()";
}

static std::string handle_text(Interp& I, HandleObj* h) {
    switch (h->op) {
        case HandleObj::Op::TaskStep:
        case HandleObj::Op::TaskWakeup: {
            auto* t = as<TaskObj>(h->callback);
            return (h->op == HandleObj::Op::TaskStep ? "step " : "wake up ") + task_name(t);
        }
        case HandleObj::Op::Call: break;
    }
    std::string words = runtime_callback_text(h->callback);
    return words.empty() ? format_callback_source(I, h->callback, h->args) : words;
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
    trace_emit(I, std::move(e));
}

void trace_handle_run(Interp& I, HandleObj* h, bool skipped) {
    if (internal_handle(h)) return;
    TraceEvent e = event(skipped ? EventKind::HandleSkipped : EventKind::HandleRun, handle_task(h));
    e.handle = h->trace_id;
    trace_emit(I, std::move(e));
}

void trace_timer_scheduled(Interp& I, HandleObj* h) {
    TraceEvent e = event(EventKind::TimerScheduled, trace_current_task(I));
    e.handle = h->trace_id;
    e.value = h->when;
    e.text = handle_text(I, h);
    trace_emit(I, std::move(e));
}

void trace_timer_fired(Interp& I, HandleObj* h) {
    TraceEvent e = event(EventKind::TimerFired, handle_task(h));
    e.handle = h->trace_id;
    e.value = h->when;
    trace_emit(I, std::move(e));
}

void trace_timer_cancelled(Interp& I, HandleObj* h) {
    TraceEvent e = event(EventKind::TimerCancelled, trace_current_task(I));
    e.handle = h->trace_id;
    trace_emit(I, std::move(e));
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
