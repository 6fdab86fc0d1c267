// base_events.cpp - the event loop on the virtual clock: the ready queue, the timer heap,
// run_once (as base_events.BaseEventLoop._run_once, with the selector's wait replaced by a jump
// of the clock to the earliest deadline), run_forever, virtual threads (run_in_executor).
#include "asyncio/base_events.h"

#include "asyncio/async_state.h"
#include "asyncio/exception_handler.h"
#include "asyncio/format_helpers.h"
#include "asyncio/tasks.h"
#include "asyncio/trace_emit.h"
#include "lang/classes.h"
#include "lang/vm.h"
#include "stdlib/module_helpers.h"

#include <algorithm>
#include <cmath>
#include <typeinfo>

namespace loopscope {

Obj* ReadyEntry::obj() const {
    if (kind() == Kind::Handle) return handle();
    return task();
}

void LoopObj::mark_refs(Gc& gc) {
    NativeObj::mark_refs(gc);
    gc.mark(st);
    for (ReadyEntry e : ready) gc.mark(e.obj());
    for (HandleObj* h : timers) gc.mark(h);
    if (current_task) gc.mark(current_task);
    if (current_handle) gc.mark(current_handle);
    gc.mark(saved_firstiter);
    gc.mark(saved_finalizer);
    gc.mark(exception_handler);
    gc.mark(task_factory);
    gc.mark(default_executor);
}

// After a sweep: the loops and async generators that died leave the weak lists.
// `rare`: Heap::dead_rare, the dead generators and natives (loops among them), not every dead
// object.
// A handle's _source_traceback: format_helpers.extract_stack keeps DEBUG_STACK_DEPTH (10)
// frames, of which call_soon / call_at drop their own two (call_later a third).
constexpr size_t kHandleStackDepth = 8;

static void prune_asyncgens(AsyncState* st, const std::vector<Obj*>& rare) {
    if (st->agen_loops.empty()) return;
    // only async generators and loops: a program's dead handles and futures stay out of the set
    std::set<Obj*> gone;
    for (Obj* o : rare) {
        bool agen =
            o->kind == Kind::Generator && static_cast<GenObj*>(o)->gkind == GenKind::AsyncGenerator;
        if (agen || o->type == st->loop_type) gone.insert(o);
    }
    if (gone.empty()) return;
    std::erase_if(st->agen_loops, [&](LoopObj* l) { return gone.count(l) != 0; });
    for (LoopObj* l : st->agen_loops) {
        std::erase_if(l->asyncgens, [&](GenObj* g) { return gone.count(g) != 0; });
        for (Obj* o : gone) l->asyncgen_seen.erase(o);
    }
}

// Only the keyword arguments in `allowed` may be passed (CPython's wording for natives).
static bool only_kwargs(Interp& I, const CallArgs& a, std::string_view fname,
                        std::initializer_list<std::string_view> allowed) {
    for (int k = 0; k < a.nkw(); ++k) {
        std::string_view n = str_view(a.kwnames->items[size_t(k)]);
        if (std::find(allowed.begin(), allowed.end(), n) == allowed.end()) {
            raise_type_error(I, std::string(fname) + "() got an unexpected keyword argument '" +
                                    std::string(n) + "'");
            return false;
        }
    }
    return true;
}

// The timer heap, as CPython's heapq over TimerHandles that compare as (when, seq) (the
// oracle's): the same algorithm with the same comparison, so a timer at NaN - comparable with
// nothing - lands where CPython's does and fires when CPython's does (sleep(nan) at once; behind
// a timer at 5 s only after it). std::push_heap would place it differently.
static bool timer_less(const HandleObj* a, const HandleObj* b) {
    if (a->when == b->when) return a->seq < b->seq;
    return a->when < b->when;
}

// heapq._siftdown: move heap[pos] up towards `start` while it is less than its parent.
static void sift_toward_root(std::vector<HandleObj*>& heap, size_t start, size_t pos) {
    HandleObj* item = heap[pos];
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        if (!timer_less(item, heap[parent])) break;
        heap[pos] = heap[parent];
        pos = parent;
    }
    heap[pos] = item;
}

// heapq._siftup: move the smaller child up until heap[pos]'s item reaches a leaf, then back up.
static void sift_toward_leaves(std::vector<HandleObj*>& heap, size_t pos) {
    size_t end = heap.size(), start = pos;
    HandleObj* item = heap[pos];
    size_t child = 2 * pos + 1;
    while (child < end) {
        size_t right = child + 1;
        if (right < end && !timer_less(heap[child], heap[right])) child = right;
        heap[pos] = heap[child];
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_toward_root(heap, start, pos);
}

static void timer_push(std::vector<HandleObj*>& heap, HandleObj* h) { // heapq.heappush
    heap.push_back(h);
    sift_toward_root(heap, 0, heap.size() - 1);
}

static HandleObj* timer_pop(std::vector<HandleObj*>& heap) { // heapq.heappop
    HandleObj* last = heap.back();
    heap.pop_back();
    if (heap.empty()) return last;
    HandleObj* first = heap[0];
    heap[0] = last;
    sift_toward_leaves(heap, 0);
    return first;
}

static void timer_heapify(std::vector<HandleObj*>& heap) { // heapq.heapify
    for (size_t i = heap.size() / 2; i-- > 0;) sift_toward_leaves(heap, i);
}

LoopObj* new_loop(Interp& I, AsyncState* st) {
    LoopObj* l = I.alloc<LoopObj>(st->loop_type, st);
    Rooted keep(I, Value::object(l));
    // As BaseSelectorEventLoop.__init__: a new loop logs its selector at DEBUG (seen by programs
    // that configure logging at that level; without logging imported nothing could show it).
    if (logging_imported(I))
        log_on_asyncio_logger(I, "debug", {I.str("Using selector: %s"), I.str("EpollSelector")});
    return l;
}

static bool check_closed(Interp& I, LoopObj* loop) {
    if (!loop->closed) return true;
    raise(I, I.t.RuntimeError, "Event loop is closed");
    return false;
}

Value context_for(Interp& I, AsyncState* st, Value given) {
    if (!given.is_undef() && !given.is_none()) {
        if (is_context(st->cv, given)) return given;
        return raise_type_error(I, "context must be a contextvars.Context, not " +
                                       type_name(I, given));
    }
    if (!st->cv->active) return Value::none();
    return Value::object(context_copy_current(I, st->cv));
}

// A task's handle that ran, kept to be made again (LoopDriver::run): an untraced run outside
// debug mode, where nothing else holds it (no trace event names it, no repr says where it was
// made, Python never sees it).
static void spare_handle(LoopObj* loop, HandleObj* h) {
    if (h->op == HandleObj::Op::Call || loop->debug || loop->st->trace.sink || h->cancelled ||
        h->site())
        return;
    h->callback = Value::none();
    h->context = Value::none();
    h->args.clear();
    loop->st->spare_handles.push_back(h);
}

HandleObj* loop_call_soon(Interp& I, LoopObj* loop, Value callback, CallbackArgs args,
                          HandleObj::Op op, Value context) {
    HandleObj* h;
    std::vector<HandleObj*>& spare = loop->st->spare_handles;
    if (op != HandleObj::Op::Call && !spare.empty() && !loop->debug && !loop->st->trace.sink) {
        h = spare.back();
        spare.pop_back();
        h->loop = loop;
    } else {
        h = I.alloc<HandleObj>(loop->st->handle_type, loop);
    }
    h->callback = callback;
    h->context = context;
    h->args = std::move(args);
    h->op = op;
    h->trace_id = int32_t(++loop->st->handle_counter);
    h->note_site(I, kHandleStackDepth);
    loop->ready.push_back(h);
    if (loop->st->trace.sink) trace_handle_scheduled(I, h);
    return h;
}

HandleObj* loop_call_at(Interp& I, LoopObj* loop, double when, Value callback, CallbackArgs args,
                        Value context) {
    auto* h = I.alloc<HandleObj>(loop->st->timer_handle_type, loop);
    h->callback = callback;
    h->context = context;
    h->args = std::move(args);
    h->when = when;
    h->is_timer = true;
    h->seq = loop->st->timer_seq++;
    h->scheduled = true;
    h->trace_id = int32_t(++loop->st->handle_counter);
    h->note_site(I, kHandleStackDepth);
    timer_push(loop->timers, h);
    if (loop->st->trace.sink) trace_timer_scheduled(I, h);
    return h;
}

// Whether a task's step or wake-up goes on `loop`'s ready queue without a handle (ReadyEntry):
// nothing can see its handle (no trace event names it, no repr says where it was made).
static bool handleless(const LoopObj* loop) {
    return LOOPSCOPE_ASYNC_FAST_PATHS && !loop->debug && !loop->st->trace.sink;
}

void loop_schedule_step(Interp& I, TaskObj* t, Value exc) {
    if (exc.is_none() && handleless(t->loop)) {
        ++t->loop->st->handle_counter; // (the numbers of later handles stay as they were)
        t->loop->ready.push_back(ReadyEntry::task(t, ReadyEntry::Kind::Step));
        return;
    }
    loop_call_soon(I, t->loop, Value::object(t), exc, HandleObj::Op::TaskStep);
}

void loop_schedule_wakeup(Interp& I, FutureObj* f, Value task) {
    auto* t = static_cast<TaskObj*>(task.o);
    if (t->fut_waiter == f && t->loop == f->loop && handleless(f->loop)) {
        ++f->loop->st->handle_counter;
        f->loop->ready.push_back(ReadyEntry::task(t, ReadyEntry::Kind::Wakeup));
        return;
    }
    loop_call_soon(I, f->loop, task, Value::object(f), HandleObj::Op::TaskWakeup);
}

// The handle a handleless entry would have been, for a loop that entered debug mode or began a
// trace since it was scheduled.
static HandleObj* entry_handle(Interp& I, LoopObj* loop, ReadyEntry e) {
    TaskObj* t = e.task();
    auto* h = I.alloc<HandleObj>(loop->st->handle_type, loop);
    h->callback = Value::object(t);
    if (e.kind() == ReadyEntry::Kind::Step) {
        h->op = HandleObj::Op::TaskStep;
        h->args = Value::none();
    } else {
        h->op = HandleObj::Op::TaskWakeup;
        h->args = Value::object(t->fut_waiter);
    }
    h->trace_id = int32_t(++loop->st->handle_counter);
    return h;
}

// Run a plain callback handle; returns false with *fatal set when SystemExit /
// KeyboardInterrupt escaped.
static bool run_callback(Interp& I, LoopObj* loop, HandleObj* h, Value* fatal) {
    // Handle._run: the callback runs inside its Context (a fresh one for a callback scheduled
    // before the first ContextVar existed: every context was empty then)
    ContextState* cs = loop->st->cv;
    ContextObj* ctx = nullptr;
    Value r;
    if (cs->active) {
        if (h->context.is_none()) h->context = Value::object(context_new(I, cs));
        ctx = as<ContextObj>(h->context);
        if (!context_enter(I, cs, ctx)) {
            ctx = nullptr;
            r = Value::error();
        }
    }
    if (!r.is_error()) r = call(I, h->callback, h->args.span());
    if (ctx) context_exit(cs, ctx);
    if (r.is_error()) {
        Value exc = I.exc;
        I.exc = Value::none();
        if (exc_matches(I, exc, I.t.SystemExit) || exc_matches(I, exc, I.t.KeyboardInterrupt)) {
            *fatal = exc;
        } else {
            report_callback_error(I, loop, h, exc);
        }
    }
    return fatal->is_none();
}

// base_events._run_once, first half, on the virtual clock (as tools/cpython_oracle.py's
// VirtualEventLoop): drop cancelled timers, jump the clock when nothing is ready, move the
// timers that are due to the ready queue. Returns how many handles this iteration runs
// (ntodo), or -1 with RuntimeError("deadlock") pending.
static int64_t run_once_prepare(Interp& I, LoopObj* loop) {
    AsyncState* st = loop->st;
    auto& timers = loop->timers;
    if (timers.size() > 100 && loop->timer_cancelled_count * 2 > timers.size()) {
        std::vector<HandleObj*> keep;
        for (HandleObj* h : timers) {
            if (h->cancelled) {
                h->scheduled = false;
                if (st->trace.sink) trace_handle_run(I, h, true);
            } else {
                keep.push_back(h);
            }
        }
        timers.swap(keep);
        timer_heapify(timers);
        loop->timer_cancelled_count = 0;
    } else {
        while (!timers.empty() && timers.front()->cancelled) {
            loop->timer_cancelled_count--;
            HandleObj* h = timer_pop(timers);
            h->scheduled = false;
            if (st->trace.sink) trace_handle_run(I, h, true);
        }
    }
    if (loop->ready.empty() && !loop->stopping) {
        // a timer at +inf never fires: waiting on it alone is a deadlock too (as the oracle)
        if (!timers.empty() && timers.front()->when != INFINITY) {
            double when = timers.front()->when;
            if (when > st->clock->time) {
                double from = st->clock->time;
                st->clock->time = when; // set, not advanced (rule 2)
                if (st->trace.sink) trace_simple(I, trace::EventKind::ClockJump, from);
            }
        } else {
            if (st->trace.sink) trace_simple(I, trace::EventKind::Deadlock);
            if (st->on_deadlock) st->on_deadlock();
            raise(I, I.t.RuntimeError, "deadlock: nothing ready and no timer pending");
            return -1;
        }
    }
    double end_time = st->clock->time;
    // (`when > end_time` is false for NaN: such a timer is due, as in CPython)
    while (!timers.empty() && !(timers.front()->when > end_time)) {
        HandleObj* h = timer_pop(timers);
        h->scheduled = false;
        loop->ready.push_back(h);
        if (st->trace.sink) trace_timer_fired(I, h);
    }
    return int64_t(loop->ready.size());
}

// The exception a task's wakeup delivers for the future it waited on (Task.__wakeup).
static Value wakeup_exception(Interp& I, FutureObj* fut) {
    if (fut->state == FutState::Cancelled) {
        Value exc = future_make_cancelled_error(I, fut);
        if (exc.is_error()) {
            exc = I.exc;
            I.exc = Value::none();
        }
        return exc;
    }
    if (fut->state == FutState::Finished && !fut->exception.is_none()) {
        future_retrieved(I, fut);
        return fut->exception;
    }
    return Value::none();
}

// base_events.run_forever as a state machine: one handle at a time, so that when it runs as
// the interpreter's continuation (pausable) a slice can end between two handles or inside a
// task's step (the coroutine's frames stay on the chain until resumed).
struct LoopDriver final : NativeContinuation {
    LoopObj* loop;
    bool pausable;
    int64_t ntodo = 0;           // handles of the current iteration still to run
    bool started = false;        // the first iteration began
    TaskObj* stepping = nullptr; // a task whose step paused midway
    HandleObj* timed = nullptr;  // debug mode: the handle running, timed from `t0`
    double t0 = 0.0;

    LoopDriver(LoopObj* l, bool p) : loop(l), pausable(p) {}

    RunResult finish(Interp& I, bool ok) {
        loop->stopping = false;
        loop->running = false;
        loop->current_handle = nullptr;
        loop->st->running_loop = nullptr;
        I.asyncgen_firstiter = loop->saved_firstiter;
        I.asyncgen_finalizer = loop->saved_finalizer;
        loop->saved_firstiter = loop->saved_finalizer = Value::none();
        if (loop->st->trace.sink) trace_simple(I, trace::EventKind::LoopStopped);
        if (!ok) return {RunStatus::Raised, I.exc};
        return {RunStatus::Returned, Value::none()};
    }

    // Ticks a step used in this slice; reports a step that never awaits (LoopBlocked).
    void account(Interp& I, TaskObj* t, int64_t before, int64_t dropped_before) {
        if (before < 0 || !loop->st->trace.sink) return;
        t->step_ticks += before - I.ticks - (loop->st->trace.ticks_dropped - dropped_before);
        int64_t limit = loop->st->trace.blocking_ticks;
        if (limit > 0 && t->step_ticks > limit && !t->blocked_reported) {
            t->blocked_reported = true;
            trace_loop_blocked(I, t, t->step_ticks);
        }
    }

    // Debug mode: a handle that ran for slow_callback_duration or more of virtual time is
    // logged (as base_events._run_once), named by its task when it was a task's step.
    void time_handle(Interp& I) {
        if (!timed) return;
        HandleObj* h = timed;
        timed = nullptr;
        double dt = loop->st->clock->time - t0;
        if (!(dt >= loop->slow_callback_duration)) return;
        std::string what = h->op == HandleObj::Op::Call ? handle_repr(I, h)
                                                        : future_repr(I, as<TaskObj>(h->callback));
        // (as _run_once: logger.warning('Executing %s took %.3f seconds', ...))
        if (!logs_natively(I)) {
            log_on_asyncio_logger(
                I, "warning",
                {I.str("Executing %s took %.3f seconds"), I.str(what), Value::floating(dt)});
            return;
        }
        char took[64];
        snprintf(took, sizeof took, " took %.3f seconds", dt);
        loop->st->log_error("Executing " + what + took, "");
    }

    // After a task's step completed: Task.__step's second half. false: fatal error pending.
    bool end_step(Interp& I, TaskObj* t, RunResult r) {
        Value fatal = Value::none();
        task_step_end(I, t, r, &fatal);
        loop->current_handle = nullptr;
        if (fatal.is_none()) return true;
        I.exc = fatal;
        return false;
    }

    RunResult run(Interp& I) override {
        for (;;) {
            // Between two handles the driver holds nothing but what mark_refs roots, so the
            // collector may run here and while an iteration is prepared (the deadlock report
            // collects). Within a handle, the calls into Python the driver makes (a task's step,
            // a callback, a __repr__ for the trace) pin what existed (lang/heap.h), so what it
            // holds meanwhile needs no rooting.
            I.safe_point();
            if (I.stopping()) { // (lang/budget.cpp) no handle runs any more
                out_of_ticks(I, false);
                return finish(I, false);
            }
            if (!stepping && ntodo == 0) {
                if (started && loop->stopping) return finish(I, true);
                if (!started && loop->st->trace.sink)
                    trace_simple(I, trace::EventKind::LoopStarted);
                started = true;
                ntodo = run_once_prepare(I, loop);
                if (ntodo < 0) return finish(I, false);
                if (ntodo == 0) {
                    if (loop->stopping) return finish(I, true);
                    continue;
                }
            }
            UnrootedNative within_handle(I);
            if (stepping) {
                TaskObj* t = stepping;
                Frame* entry = as<GenObj>(t->coro)->frame;
                int64_t before = I.ticks, dropped = loop->st->trace.ticks_dropped;
                I.pausable_entry = entry;
                RunResult r = resume_frame(I, entry);
                I.pausable_entry = nullptr;
                account(I, t, before, dropped);
                if (r.status == RunStatus::Paused) return r;
                stepping = nullptr;
                if (!end_step(I, t, r)) return finish(I, false);
                time_handle(I);
                continue;
            }
            if (pausable && I.ticks >= 0 && --I.ticks < 0)
                return {RunStatus::Paused, Value::none()};
            ReadyEntry e = loop->ready.front();
            loop->ready.pop_front();
            --ntodo;
            HandleObj* h = nullptr;
            TaskObj* t;
            Value exc;
            if (e.kind() != ReadyEntry::Kind::Handle && handleless(loop)) {
                t = e.task();
                exc = e.kind() == ReadyEntry::Kind::Step ? Value::none()
                                                         : wakeup_exception(I, t->fut_waiter);
            } else {
                h = e.kind() == ReadyEntry::Kind::Handle ? e.handle() : entry_handle(I, loop, e);
                if (h->cancelled) {
                    if (loop->st->trace.sink) trace_handle_run(I, h, true);
                    continue;
                }
                if (loop->st->trace.sink) trace_handle_run(I, h, false);
                loop->current_handle = h;
                if (loop->debug) {
                    timed = h;
                    t0 = loop->st->clock->time;
                }
                if (h->op == HandleObj::Op::Call) {
                    Value fatal = Value::none();
                    bool ok = run_callback(I, loop, h, &fatal);
                    loop->current_handle = nullptr;
                    if (!ok) {
                        I.exc = fatal;
                        return finish(I, false);
                    }
                    time_handle(I);
                    continue;
                }
                t = as<TaskObj>(h->callback);
                exc = h->op == HandleObj::Op::TaskStep
                          ? h->args[0]
                          : wakeup_exception(I, as<FutureObj>(h->args[0]));
            }
            Frame* entry = nullptr;
            if (pausable && is_kind(t->coro, Kind::Generator)) entry = as<GenObj>(t->coro)->frame;
            int64_t before = I.ticks, dropped = loop->st->trace.ticks_dropped;
            I.pausable_entry = entry;
            bool ran;
            RunResult r = task_step_begin(I, t, exc, &ran);
            I.pausable_entry = nullptr;
            if (!ran) {
                loop->current_handle = nullptr;
                timed = nullptr;
                continue;
            }
            account(I, t, before, dropped);
            if (r.status == RunStatus::Paused) {
                stepping = t;
                return r;
            }
            if (!end_step(I, t, r)) return finish(I, false);
            time_handle(I);
            if (h) spare_handle(loop, h);
        }
    }

    // The script's frames, a paused step's included, were abandoned already.
    void abandon(Interp& I) override {
        stepping = nullptr;
        timed = nullptr;
        finish(I, true);
    }

    void mark_refs(Gc& gc) override {
        gc.mark(loop);
        if (stepping) gc.mark(stepping);
        if (timed) gc.mark(timed);
    }
};

Value loop_run_forever(Interp& I, LoopObj* loop) {
    AsyncState* st = loop->st;
    if (!check_closed(I, loop)) return Value::error();
    if (loop->running) return raise(I, I.t.RuntimeError, "This event loop is already running");
    if (st->running_loop)
        return raise(I, I.t.RuntimeError,
                     "Cannot run the event loop while another loop is running");
    loop->running = true;
    st->running_loop = loop;
    // as run_forever: the loop's hooks while it runs, the previous ones restored after
    loop->saved_firstiter = I.asyncgen_firstiter;
    loop->saved_finalizer = I.asyncgen_finalizer;
    Value self = Value::object(loop);
    I.asyncgen_firstiter = getattr(I, self, I.intern("_asyncgen_firstiter_hook"));
    I.asyncgen_finalizer = getattr(I, self, I.intern("_asyncgen_finalizer_hook"));
    if (I.can_continue_outside()) {
        // Called straight from pausable Python code: the driver runs the loop (see
        // Interp::continuation); the caller sees this call return when the loop stops.
        I.continuation = std::make_unique<LoopDriver>(loop, true);
        I.suspend_request = true;
        return Value::none();
    }
    // Nested in native code: run it here. The collector may run between callbacks
    // (everything held between steps is reachable from the state).
    int32_t saved_depth = I.native_depth;
    Frame* saved_entry = I.pausable_entry;
    I.native_depth = 0;
    LoopDriver driver(loop, false);
    RunResult r = driver.run(I);
    I.native_depth = saved_depth;
    I.pausable_entry = saved_entry;
    return r.status == RunStatus::Returned ? Value::none() : Value::error();
}

// ---------------------------------------------------------------------------------------------
// Python-visible methods
// ---------------------------------------------------------------------------------------------

LoopObj* as_loop(Value v) {
    if (!v.is_obj() || v.o->kind != Kind::Native) return nullptr;
    auto* n = static_cast<NativeObj*>(v.o);
    return typeid(*n) == typeid(LoopObj) ? static_cast<LoopObj*>(n) : nullptr; // (no subclass)
}

static LoopObj* self_loop(Interp& I, Value self) {
    LoopObj* l = as_loop(self);
    if (!l) raise_type_error(I, "descriptor requires an event loop object");
    return l;
}

static bool to_seconds(Interp& I, Value v, double* out) {
    if (v.is_float() || is_int(I, v)) return to_double(I, v, out);
    raise_type_error(I, "'<' not supported between instances of '" + type_name(I, v) +
                            "' and 'float'");
    return false;
}

static std::vector<Value> rest_args(const CallArgs& a, int from) {
    std::vector<Value> v;
    v.reserve(size_t(std::max(0, a.nargs - from)));
    for (int i = from; i < a.nargs; ++i) v.push_back(a.args[i]);
    return v;
}

// A handle's arguments from a call's (one kept inline).
static CallbackArgs handle_args(const CallArgs& a, int from) {
    if (a.nargs == from + 1) return CallbackArgs(a.args[from]);
    return CallbackArgs(rest_args(a, from));
}

static Value m_time(Interp& I, Value self, const CallArgs&) {
    LoopObj* l = self_loop(I, self);
    if (!l) return Value::error();
    return Value::floating(l->st->clock->time);
}

// A loop method called with too few positional arguments, as CPython's message for a Python
// method: "BaseEventLoop.call_at() missing 2 required positional arguments: 'when' and
// 'callback'".
static Value missing_args(Interp& I, const char* method, std::vector<const char*> names,
                          int32_t given) {
    std::string list;
    const size_t n = names.size() - static_cast<size_t>(given);
    for (size_t i = static_cast<size_t>(given); i < names.size(); ++i) {
        if (!list.empty()) list += i + 1 == names.size() ? (n > 2 ? ", and " : " and ") : ", ";
        list += std::string("'") + names[i] + "'";
    }
    return raise_type_error(I, std::string("BaseEventLoop.") + method + "() missing " +
                                   std::to_string(n) + " required positional argument" +
                                   (n == 1 ? "" : "s") + ": " + list);
}

static Value m_call_soon(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !only_kwargs(I, a, "call_soon", {"context"})) return Value::error();
    if (a.nargs < 1) return missing_args(I, "call_soon", {"callback"}, a.nargs);
    if (!check_closed(I, l) || !debug_checks(I, l, a.args[0], "call_soon")) return Value::error();
    Value ctx = context_for(I, l->st, kwarg(a, "context"));
    if (ctx.is_error()) return ctx;
    return Value::object(
        loop_call_soon(I, l, a.args[0], handle_args(a, 1), HandleObj::Op::Call, ctx));
}

// as BaseEventLoop.call_soon_threadsafe: call_soon from any thread. From a virtual thread that
// has slept (time.sleep), the callback is due when the thread made the call, on its clock: the
// loop runs it once its own time reaches that (CPython's real thread would call it then).
static Value m_call_soon_threadsafe(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !only_kwargs(I, a, "call_soon_threadsafe", {"context"})) return Value::error();
    if (a.nargs < 1) return missing_args(I, "call_soon_threadsafe", {"callback"}, a.nargs);
    if (!check_closed(I, l) || !debug_checks(I, l, a.args[0], "call_soon_threadsafe", false))
        return Value::error();
    Value ctx = context_for(I, l->st, kwarg(a, "context"));
    if (ctx.is_error()) return ctx;
    const VirtualClock& clock = *l->st->clock;
    if (clock.now() > clock.time)
        return Value::object(loop_call_at(I, l, clock.now(), a.args[0], handle_args(a, 1), ctx));
    return Value::object(
        loop_call_soon(I, l, a.args[0], handle_args(a, 1), HandleObj::Op::Call, ctx));
}

static Value m_call_at(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !only_kwargs(I, a, "call_at", {"context"})) return Value::error();
    if (a.nargs < 2) return missing_args(I, "call_at", {"when", "callback"}, a.nargs);
    if (a.args[0].is_none()) return raise_type_error(I, "when cannot be None");
    double when;
    if (!to_seconds(I, a.args[0], &when)) return Value::error();
    if (!check_closed(I, l) || !debug_checks(I, l, a.args[1], "call_at")) return Value::error();
    Value ctx = context_for(I, l->st, kwarg(a, "context"));
    if (ctx.is_error()) return ctx;
    return Value::object(loop_call_at(I, l, when, a.args[1], handle_args(a, 2), ctx));
}

static Value m_call_later(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !only_kwargs(I, a, "call_later", {"context"})) return Value::error();
    if (a.nargs < 2) return missing_args(I, "call_later", {"delay", "callback"}, a.nargs);
    if (a.args[0].is_none()) return raise_type_error(I, "delay cannot be None");
    double delay;
    if (!to_seconds(I, a.args[0], &delay)) return Value::error();
    // (CPython's call_later goes through call_at: the checks name call_at)
    if (!check_closed(I, l) || !debug_checks(I, l, a.args[1], "call_at")) return Value::error();
    Value ctx = context_for(I, l->st, kwarg(a, "context"));
    if (ctx.is_error()) return ctx;
    HandleObj* h =
        loop_call_at(I, l, l->st->clock->time + delay, a.args[1], handle_args(a, 2), ctx);
    h->note_site(I, kHandleStackDepth - 1);
    return Value::object(h);
}

static Value m_create_future(Interp& I, Value self, const CallArgs&) {
    LoopObj* l = self_loop(I, self);
    if (!l) return Value::error();
    // Debug mode: made by py/base_events.py's _create_future, so the future was "created at"
    // the library's line there, as CPython's loop.create_future
    if (l->debug) {
        Value fn = l->st->create_future_py;
        if (!fn.is_undef()) return call(I, fn, std::span<const Value>(&self, 1));
    }
    return Value::object(new_future(I, l));
}

// as BaseEventLoop.create_task: a Task, or what the loop's task factory makes of the coroutine
// (then named as tasks._set_task_name: set_name(name) when a name is given)
static Value m_create_task(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !only_kwargs(I, a, "create_task", {"name", "context"})) return Value::error();
    if (a.nargs != 1)
        return raise_type_error(I, "create_task() takes 2 positional arguments but " +
                                       std::to_string(a.nargs + 1) + " were given");
    if (!check_closed(I, l)) return Value::error();
    Value name = kwarg(a, "name");
    if (name.is_undef()) name = Value::none();
    Value context = kwarg(a, "context");
    if (l->task_factory.is_none()) {
        TaskObj* t = new_task(I, l, a.args[0], name, context);
        if (!t) return Value::error();
        return Value::object(t);
    }
    const bool with_context = !context.is_undef() && !context.is_none();
    Value argv[3] = {self, a.args[0], context};
    Value kwnames = with_context ? new_tuple(I, {I.str("context")}) : Value::undef();
    if (kwnames.is_error()) return kwnames;
    Value task =
        call(I, l->task_factory, CallArgs{argv, 2, with_context ? as<TupleObj>(kwnames) : nullptr});
    if (task.is_error() || name.is_none()) return task;
    Value set_name = getattr_opt(I, task, I.intern("set_name"));
    if (set_name.is_error()) return set_name;
    if (!set_name.is_undef() && call(I, set_name, std::span<const Value>(&name, 1)).is_error())
        return Value::error();
    return task;
}

// as BaseEventLoop.set_task_factory / get_task_factory
static Value m_set_task_factory(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !check_nargs(I, a, "set_task_factory", 1, 1)) return Value::error();
    if (!a.args[0].is_none() && !is_callable(I, a.args[0]))
        return raise_type_error(I, "task factory must be a callable or None");
    l->task_factory = a.args[0];
    return Value::none();
}

static Value m_get_task_factory(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !check_nargs(I, a, "get_task_factory", 0, 0)) return Value::error();
    return l->task_factory;
}

// Completes a virtual thread's future (as the oracle's _finish_virtual_thread).
static Value finish_vthread(Interp& I, Value, const CallArgs& a) {
    FutureObj* f = as_future(a.args[0]);
    if (f->state == FutState::Cancelled) return Value::none();
    bool ok = truthy(I, a.args[1]) == 1;
    if (!(ok ? future_set_result(I, f, a.args[2]) : future_set_exception(I, f, a.args[2])))
        return Value::error();
    return Value::none();
}

// Calls f(*args) in a virtual thread started at `start` (>= now; later when it waits for a free
// worker): its own clock, no running loop, a copy of the caller's context (as the oracle's
// virtual thread), `thread` its threading.Thread (None: unknown). Returns whether it returned
// (else *value is the exception) and the time it spent.
static bool run_virtual_thread(Interp& I, AsyncState* st, double start, Value thread, Value f,
                               std::vector<Value> args, Value* value, double* elapsed_out) {
    VirtualClock& clock = *st->clock;
    clock.threads.push_back({start, 0.0});
    st->thread_loops.push_back(st->running_loop);
    st->thread_objs.push_back(thread);
    st->running_loop = nullptr; // a worker thread has no running loop
    if (st->trace.sink) trace_thread(I, false, format_callback_source(I, f, args), 0.0);
    ContextObj* thread_ctx = nullptr;
    if (st->cv->active) {
        thread_ctx = context_copy_current(I, st->cv);
        context_enter(I, st->cv, thread_ctx); // a new Context is never entered already
    }
    Value r = call(I, f, std::span<const Value>(args.data(), args.size()));
    if (thread_ctx) context_exit(st->cv, thread_ctx);
    bool ok = !r.is_error();
    if (!ok) {
        r = I.exc;
        I.exc = Value::none();
    }
    double elapsed = clock.threads.back().elapsed;
    clock.threads.pop_back();
    st->running_loop = st->thread_loops.back();
    st->thread_loops.pop_back();
    st->thread_objs.pop_back();
    if (st->trace.sink) trace_thread(I, true, "", elapsed);
    *value = r;
    *elapsed_out = elapsed;
    return ok;
}

// as BaseEventLoop.run_in_executor: None is the loop's default executor (set_default_executor,
// else a thread pool made now: base_events.py). One of concurrent.futures' pools runs f in a
// virtual thread (SEMANTICS.md rule 6) when a worker is free (the default one never queues, as
// the oracle, tools/cpython_oracle.py); the future completes when it ends. Any other executor
// gets executor.submit(f, *args), wrapped (CPython: wrap_future(executor.submit(...))).
static Value m_run_in_executor(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !check_nargs(I, a, "run_in_executor", 2, 1 << 20)) return Value::error();
    if (!check_closed(I, l) || !debug_checks(I, l, a.args[1], "run_in_executor", false))
        return Value::error();
    AsyncState* st = l->st;
    Rooted executor(I, a.args[0]);
    if (executor.v.is_none()) {
        Value get = getattr(I, self, I.intern("_default_executor_for_run"));
        if (get.is_error()) return get;
        executor.v = call(I, get, std::span<const Value>());
        if (executor.v.is_error()) return executor.v;
    }
    Value submit = getattr_opt(I, executor.v, I.intern("_loop_submit"));
    if (submit.is_error()) return submit;
    if (submit.is_undef()) { // not one of the playground's pools
        Value foreign = getattr(I, self, I.intern("_run_in_foreign_executor"));
        if (foreign.is_error()) return foreign;
        std::vector<Value> argv(a.args, a.args + a.nargs);
        argv[0] = executor.v;
        return call(I, foreign, std::span<const Value>(argv.data(), argv.size()));
    }
    // -> (returned, result or exception, end time)
    Value out = call(I, submit, std::span<const Value>(a.args + 1, size_t(a.nargs - 1)));
    if (out.is_error()) return out;
    auto* t = is_kind(out, Kind::Tuple) ? as<TupleObj>(out) : nullptr;
    double end;
    if (!t || t->items.size() != 3 || !to_seconds(I, t->items[2], &end))
        return raise_type_error(I, "_loop_submit() must return (ok, value, end)");
    bool ok = truthy(I, t->items[0]) == 1;
    Value r = t->items[1];
    FutureObj* fut = new_future(I, l);
    if (st->finish_thread.is_undef())
        st->finish_thread = new_native_function(I, "_finish_virtual_thread", finish_vthread);
    loop_call_at(I, l, end, st->finish_thread,
                 std::vector<Value>{Value::object(fut), Value::boolean(ok), r});
    return Value::object(fut);
}

// _virtual_thread(start, thread, f, *args): f(*args) in a virtual thread started at `start`,
// which is threading.Thread `thread`, for concurrent.futures' workers and threading.Thread
// -> (returned, result or exception, end time).
static Value virtual_thread_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "_virtual_thread", 3, 1 << 20)) return Value::error();
    AsyncState* st = async_state(I);
    double start;
    if (!to_seconds(I, a.args[0], &start)) return Value::error();
    if (start < st->clock->now()) start = st->clock->now();
    Value r;
    double elapsed;
    bool ok = run_virtual_thread(I, st, start, a.args[1], a.args[2], rest_args(a, 3), &r, &elapsed);
    return new_tuple(I, {Value::boolean(ok), r, Value::floating(start + elapsed)});
}

// _current_thread(): the threading.Thread of the innermost virtual thread running (None: the
// main thread, or a thread that has none)
static Value current_thread_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "_current_thread", 0, 0)) return Value::error();
    AsyncState* st = async_state(I);
    return st->thread_objs.empty() ? Value::none() : st->thread_objs.back();
}

// _loop_default_executor(loop[, executor]): the loop's default executor (None: none yet); with
// an executor, sets it (BaseEventLoop._default_executor)
static Value loop_default_executor(Interp& I, Value, const CallArgs& a) {
    LoopObj* l = a.nargs >= 1 && a.nargs <= 2 ? as_loop(a.args[0]) : nullptr;
    if (!l) return raise_type_error(I, "_loop_default_executor(loop[, executor])");
    if (a.nargs == 2) l->default_executor = a.args[1];
    return l->default_executor;
}

static Value m_is_running(Interp& I, Value self, const CallArgs&) {
    LoopObj* l = self_loop(I, self);
    if (!l) return Value::error();
    return Value::boolean(l->running);
}

static Value m_is_closed(Interp& I, Value self, const CallArgs&) {
    LoopObj* l = self_loop(I, self);
    if (!l) return Value::error();
    return Value::boolean(l->closed);
}

static Value m_close(Interp& I, Value self, const CallArgs&) {
    LoopObj* l = self_loop(I, self);
    if (!l) return Value::error();
    if (l->running) return raise(I, I.t.RuntimeError, "Cannot close a running event loop");
    if (l->closed) return Value::none();
    l->closed = true;
    // The callbacks and timers still pending are dropped: the trace says so (the view's ready
    // queue empties, its timers show as cancelled: they will never fire)
    const bool traced = l->st->trace.sink != nullptr;
    for (ReadyEntry e : l->ready)
        if (traced)
            trace_handle_run(
                I, e.kind() == ReadyEntry::Kind::Handle ? e.handle() : entry_handle(I, l, e), true);
    l->ready.clear();
    for (HandleObj* h : l->timers) {
        h->scheduled = false;
        if (traced && !h->cancelled) trace_timer_cancelled(I, h);
    }
    l->timers.clear();
    l->timer_cancelled_count = 0;
    return Value::none();
}

static Value m_stop(Interp& I, Value self, const CallArgs&) {
    LoopObj* l = self_loop(I, self);
    if (!l) return Value::error();
    l->stopping = true;
    return Value::none();
}

static Value m_run_forever(Interp& I, Value self, const CallArgs&) {
    LoopObj* l = self_loop(I, self);
    if (!l) return Value::error();
    return loop_run_forever(I, l);
}

// as BaseEventLoop._asyncgen_firstiter_hook: remember the generator for shutdown_asyncgens
static Value m_asyncgen_firstiter_hook(Interp& I, Value self, const CallArgs& a) {
    LoopObj* l = self_loop(I, self);
    if (!l || !check_nargs(I, a, "_asyncgen_firstiter_hook", 1, 1)) return Value::error();
    if (!is_kind(a.args[0], Kind::Generator)) return Value::none();
    if (!l->asyncgen_seen.insert(a.args[0].o).second) return Value::none();
    l->asyncgens.push_back(as<GenObj>(a.args[0]));
    auto& loops = l->st->agen_loops;
    if (std::find(loops.begin(), loops.end(), l) == loops.end()) loops.push_back(l);
    return Value::none();
}

// _forget_asyncgen(loop, agen): py/base_events.py's finalizer hook drops it from the list
static Value forget_asyncgen(Interp& I, Value, const CallArgs& a) {
    LoopObj* l = a.nargs == 2 ? as_loop(a.args[0]) : nullptr;
    if (!l) return raise_type_error(I, "_forget_asyncgen(loop, agen)");
    Value agen = a.args[1];
    std::erase_if(l->asyncgens, [&](GenObj* g) { return g == agen.o; });
    if (agen.is_obj()) l->asyncgen_seen.erase(agen.o);
    return Value::none();
}

static Value loop_repr(Interp& I, Value self, const CallArgs&) {
    LoopObj* l = self_loop(I, self);
    if (!l) return Value::error();
    std::string s = "<_UnixSelectorEventLoop running=";
    s += l->running ? "True" : "False";
    s += " closed=";
    s += l->closed ? "True" : "False";
    s += l->debug ? " debug=True>" : " debug=False>";
    return I.str(s);
}

void init_loop_type(Interp& I, AsyncState* st, DictObj* mod) {
    TypeObj* lt = new_builtin_type(I, "_UnixSelectorEventLoop", I.t.object, Kind::Native);
    st->loop_type = lt;
    add_method(I, lt, "time", m_time);
    add_method(I, lt, "call_soon", m_call_soon);
    add_method(I, lt, "call_later", m_call_later);
    add_method(I, lt, "call_at", m_call_at);
    add_method(I, lt, "create_future", m_create_future);
    add_method(I, lt, "create_task", m_create_task);
    add_method(I, lt, "set_task_factory", m_set_task_factory);
    add_method(I, lt, "get_task_factory", m_get_task_factory);
    add_method(I, lt, "call_soon_threadsafe", m_call_soon_threadsafe);
    add_method(I, lt, "run_in_executor", m_run_in_executor);
    set_fn(I, mod, "_virtual_thread", virtual_thread_fn);
    set_fn(I, mod, "_current_thread", current_thread_fn);
    set_fn(I, mod, "_loop_default_executor", loop_default_executor);
    add_method(I, lt, "is_running", m_is_running);
    add_method(I, lt, "is_closed", m_is_closed);
    add_method(I, lt, "close", m_close);
    add_method(I, lt, "stop", m_stop);
    add_method(I, lt, "run_forever", m_run_forever);
    add_method(I, lt, "__repr__", loop_repr);
    init_loop_debug(I, lt);
    add_method(I, lt, "_asyncgen_firstiter_hook", m_asyncgen_firstiter_hook);
    set_fn(I, mod, "_forget_asyncgen", forget_asyncgen);
    Interp* ip = &I;
    I.finalizers.push_back([st, ip](std::span<Obj* const>) {
        prune_asyncgens(st, ip->heap.dead_rare);
        st->spare_handles.clear(); // (unmarked: this collection frees them)
    });
    dict_set_str(I, lt->dict, I.n.__module__, I.str("asyncio.unix_events"));
    dict_set_str(I, mod, I.intern("_LoopType"), Value::object(lt));
}

} // namespace loopscope
