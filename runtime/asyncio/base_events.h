// base_events.h - the event loop (base_events.BaseEventLoop without I/O) on the virtual clock:
// the ready queue, the timer heap, run_once, run_forever, virtual threads.
#pragma once

#include "asyncio/events.h"
#include "asyncio/fast_paths.h"
#include "lang/frame.h"

#include <deque>
#include <set>
#include <vector>

namespace loopscope {

struct FutureObj;
struct TaskObj;

// An entry of the ready queue: a handle, or - untraced, outside debug mode - a task's step
// (Task.__step with no exception) or its wake-up by the future it waits on (Task.__wakeup of
// t->fut_waiter) with no handle of its own: a million waiting tasks each had a 128-byte one.
// Nothing but the loop sees these (a handle is made when debug mode or a trace began since).
// Not in wasm (fast_paths.h: the page always records a trace; its size is what counts there).
class ReadyEntry {
public:
    enum class Kind : uintptr_t { Handle = 0, Step = 1, Wakeup = 2 };
    ReadyEntry(HandleObj* h) : bits_(reinterpret_cast<uintptr_t>(h)) {} // NOLINT: a handle
    static ReadyEntry task(TaskObj* t, Kind k) {
        return ReadyEntry(reinterpret_cast<uintptr_t>(t) | uintptr_t(k));
    }
    Kind kind() const { return LOOPSCOPE_ASYNC_FAST_PATHS ? Kind(bits_ & 3) : Kind::Handle; }
    HandleObj* handle() const { return reinterpret_cast<HandleObj*>(bits_); } // (Kind::Handle)
    TaskObj* task() const { return reinterpret_cast<TaskObj*>(bits_ & ~uintptr_t(3)); }
    Obj* obj() const; // the handle or the task, for the collector

private:
    explicit ReadyEntry(uintptr_t b) : bits_(b) {}
    uintptr_t bits_;
};

struct LoopObj : NativeObj {
    AsyncState* st;
    std::deque<ReadyEntry> ready;   // the ready queue: callbacks to run, in order
    std::vector<HandleObj*> timers; // binary heap ordered by (when, seq)
    size_t timer_cancelled_count = 0;
    TaskObj* current_task = nullptr;     // the task whose step is running
    HandleObj* current_handle = nullptr; // the handle running now
    // async generators first iterated while this loop ran (its firstiter hook), closed by
    // asyncio.run's shutdown_asyncgens; weak, as CPython's WeakSet (pruned at each sweep)
    std::vector<GenObj*> asyncgens;
    std::set<Obj*> asyncgen_seen;
    // sys.set_asyncgen_hooks as they were before run_forever set the loop's own
    Value saved_firstiter = Value::none(), saved_finalizer = Value::none();
    Value exception_handler = Value::none(); // set_exception_handler
    Value task_factory = Value::none();      // set_task_factory
    Value default_executor = Value::none();  // set_default_executor, or made by the first None
    // debug mode (set_debug): reprs say where objects were made, slow callbacks are logged,
    // loop calls are checked (BaseEventLoop._check_thread / _check_callback)
    bool debug = false;
    double slow_callback_duration = 0.1;
    bool closed = false;
    bool running = false;
    bool stopping = false;

    LoopObj(TypeObj* t, AsyncState* s) : NativeObj(t), st(s) {}
    void mark_refs(Gc& gc) override;
};

LoopObj* new_loop(Interp& I, AsyncState* st);
LoopObj* as_loop(Value v); // nullptr when v is not an event loop
// call_soon: append to the ready queue.
// `context`: the Context a Call runs in (None: none needed; context_for makes one).
HandleObj* loop_call_soon(Interp& I, LoopObj* loop, Value callback, CallbackArgs args,
                          HandleObj::Op op = HandleObj::Op::Call, Value context = Value::none());
// A wake-up of task `task` (Task.__wakeup) by `f`, which finished: no handle when `f` is what
// the task waits on and nothing can see the handle (ReadyEntry).
void loop_schedule_wakeup(Interp& I, FutureObj* f, Value task);
// call_at: push on the timer heap, due at `when` on the virtual clock.
HandleObj* loop_call_at(Interp& I, LoopObj* loop, double when, Value callback, CallbackArgs args,
                        Value context = Value::none());
// The Context a callback or task scheduled now runs in (as CPython's `context=None` default):
// `given` when it is a Context, else a copy of the current one - None while no ContextVar
// exists (every context is empty then). Error (TypeError) when `given` is not a Context.
Value context_for(Interp& I, AsyncState* st, Value given);
// Schedule a step of `t` (Task.__step) delivering `exc` (None: resume normally).
void loop_schedule_step(Interp& I, TaskObj* t, Value exc);
// Run until stop() (base_events.run_forever); Error if a callback raised SystemExit /
// KeyboardInterrupt or the loop deadlocked.
Value loop_run_forever(Interp& I, LoopObj* loop);
// Debug mode's checks on a loop call `method`(callback, ...) (BaseEventLoop._check_thread
// when `thread`, _check_callback); false with the error pending (debug_mode.cpp).
bool debug_checks(Interp& I, LoopObj* l, Value callback, const char* method, bool thread = true);
// get_debug, set_debug and slow_callback_duration on the loop type (debug_mode.cpp).
void init_loop_debug(Interp& I, TypeObj* lt);
// The loop type (_UnixSelectorEventLoop) and its methods, into `mod` as _LoopType.
void init_loop_type(Interp& I, AsyncState* st, DictObj* mod);

} // namespace loopscope
