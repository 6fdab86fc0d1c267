// state.h - the native core of the playground's asyncio: the virtual clock, the event loop,
// handles, futures and tasks (mirroring CPython 3.11's base_events.py, events.py, futures.py
// and tasks.py), and the per-interpreter state that keeps them reachable for the collector.
#pragma once

#include "lang/frame.h"
#include "lang/interp.h"
#include "lang/ops.h"
#include "stdlib/clock.h"
#include "stdlib/module_helpers.h"

#include <deque>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace loopscope {

struct LoopObj;
struct FutureObj;
struct TaskObj;
struct AsyncState;

// A callback scheduled on a loop (events.Handle / events.TimerHandle).
struct HandleObj : NativeObj {
    enum class Op : uint8_t { Call, TaskStep, TaskWakeup };
    Op op = Op::Call;
    Value callback;          // the callable, or the task for TaskStep / TaskWakeup
    std::vector<Value> args; // TaskStep: [exc or None]; TaskWakeup: [future]
    LoopObj* loop;
    double when = 0.0;
    uint64_t seq = 0; // scheduling order: equal deadlines fire FIFO (SEMANTICS.md rule 3)
    bool is_timer = false;
    bool cancelled = false;
    bool scheduled = false; // in the loop's timer heap
    int32_t trace_id = 0;   // 1, 2, 3 ... in creation order (trace events name it so)

    HandleObj(TypeObj* t, LoopObj* l) : NativeObj(t), loop(l) {}
    void mark_refs(Gc& gc) override;
};

// The event loop (base_events.BaseEventLoop without I/O). Time is the interpreter's one
// virtual clock (AsyncState::clock).
struct LoopObj : NativeObj {
    AsyncState* st;
    std::deque<HandleObj*> ready;
    std::vector<HandleObj*> timers; // binary heap ordered by (when, seq)
    size_t timer_cancelled_count = 0;
    TaskObj* current_task = nullptr;
    HandleObj* current_handle = nullptr;
    // async generators first iterated while this loop ran (the firstiter hook of
    // base_events), closed by asyncio.run's shutdown_asyncgens
    std::vector<GenObj*> asyncgens;
    std::set<Obj*> asyncgen_seen;
    bool closed = false;
    bool running = false;
    bool stopping = false;

    LoopObj(TypeObj* t, AsyncState* s) : NativeObj(t), st(s) {}
    void mark_refs(Gc& gc) override;
};

enum class FutState : uint8_t { Pending, Cancelled, Finished };

struct FutureObj : NativeObj {
    struct Callback {
        Value fn;            // the callable, or the task whose __wakeup this is
        bool wakeup = false; // Task.__wakeup of the task in `fn`
    };
    LoopObj* loop;
    FutState state = FutState::Pending;
    Value result = Value::none();
    Value exception = Value::none();
    Value cancel_message = Value::none();
    Value cancelled_exc = Value::none();
    std::vector<Callback> callbacks;
    uint64_t serial = 0;        // creation order: the hash of a future
    bool blocking = false;      // _asyncio_future_blocking
    bool log_traceback = false; // an exception nobody retrieved yet
    bool is_task = false;
    int32_t trace_id = 0; // object id in trace events, given when the trace first names it
    // _GatheringFuture (tasks.py): cancel() cancels the children instead.
    bool gathering = false;
    bool cancel_requested = false;
    std::vector<Value> children;

    FutureObj(TypeObj* t, LoopObj* l) : NativeObj(t), loop(l) {}
    void mark_refs(Gc& gc) override;
    size_t gc_size() const override { return 160; }
    SendStatus send(Interp& I, Value v, Value* out) override; // await fut (future.cpp)
};

struct TaskObj : FutureObj {
    Value coro;
    Value name;
    CodeObj* coro_code = nullptr; // for reprs once the coroutine finished
    FutureObj* fut_waiter = nullptr;
    int64_t num_cancels_requested = 0;
    uint64_t creation = 0; // creation order (all_tasks, shutdown cancellation)
    bool must_cancel = false;
    bool internal = false;         // made by asyncio.run for itself (shutdown): not in the trace
    int32_t task_id = 0;           // 1, 2, 3 ... in creation order (trace events)
    TaskObj* step_prev = nullptr;  // the loop's current task when this step began
    int64_t step_ticks = 0;        // ticks its current step has run (LoopBlocked)
    bool blocked_reported = false; // LoopBlocked already emitted for this step

    TaskObj(TypeObj* t, LoopObj* l) : FutureObj(t, l) { is_task = true; }
    void mark_refs(Gc& gc) override;
    size_t gc_size() const override { return 224; }
};

// Everything asyncio keeps for one interpreter; stored in I.registry["asyncio.state"] so the
// collector marks it.
struct AsyncState : NativeObj {
    Interp* I;
    VirtualClock* clock; // the run's one clock (stdlib/clock.h), shared with the time module
    // The running loop each virtual thread hid while it runs (a worker thread has none),
    // parallel to clock->threads.
    std::vector<LoopObj*> thread_loops;
    LoopObj* running_loop = nullptr;
    LoopObj* event_loop = nullptr; // set_event_loop / get_event_loop
    std::vector<TaskObj*> tasks;   // pending tasks in creation order (all_tasks)
    size_t tasks_compact_at = 64;  // drop finished tasks from `tasks` when it reaches this
    uint64_t task_counter = 0;     // Task-N names
    uint64_t task_creation = 0;
    uint64_t timer_seq = 0;
    uint64_t future_serial = 0;
    uint64_t handle_counter = 0;    // HandleObj::trace_id
    int32_t task_ids = 0;           // TaskObj::task_id
    int32_t trace_objects = 0;      // object ids of trace events (futures, primitives)
    uint64_t trace_seq = 0;         // seq of the next trace event
    int64_t blocking_ticks = 0;     // a task step longer than this is LoopBlocked (0: off)
    int64_t ticks_dropped = 0;      // budget given up when a sink asked to pause (not work done)
    std::vector<Value> trace_prims; // primitives reported so far (id = trace_object_id)
    std::vector<std::string> prim_states; // their last reported state text
    TypeObj *loop_type = nullptr, *handle_type = nullptr, *timer_handle_type = nullptr,
            *future_type = nullptr, *task_type = nullptr;
    Value module = Value::undef(); // the asyncio module once built
    // interned attribute names of the Queue fast paths (deque.cpp)
    StrObj *n_maxsize = nullptr, *n_queue = nullptr, *n_unfinished = nullptr, *n_finished = nullptr,
           *n_getters = nullptr, *n_putters = nullptr, *n_value = nullptr;
    // Called when the loop has nothing ready, no timer, and run_until_complete still waits
    // (rule 8). Returning normally makes run_forever raise RuntimeError("deadlock").
    std::function<void()> on_deadlock;
    // asyncio's logger.error (first line is the message, e.g. "Task exception was never
    // retrieved"); `detail` is what CPython prints after it. Default: both to stderr.
    std::function<void(const std::string& message, const std::string& detail)> log_error;

    AsyncState(TypeObj* t, Interp* interp)
        : NativeObj(t), I(interp), clock(&virtual_clock(*interp)) {}
    void mark_refs(Gc& gc) override;
};

// The state of `I` (created on first use).
AsyncState* async_state(Interp& I);

// ---- loop (loop.cpp) ----
LoopObj* new_loop(Interp& I, AsyncState* st);
HandleObj* loop_call_soon(Interp& I, LoopObj* loop, Value callback, std::vector<Value> args,
                          HandleObj::Op op = HandleObj::Op::Call);
HandleObj* loop_call_at(Interp& I, LoopObj* loop, double when, Value callback,
                        std::vector<Value> args);
void loop_schedule_step(Interp& I, TaskObj* t, Value exc);
// Run until stop() (base_events.run_forever); Error if a callback raised SystemExit /
// KeyboardInterrupt or the loop deadlocked.
Value loop_run_forever(Interp& I, LoopObj* loop);
void init_loop_type(Interp& I, AsyncState* st, DictObj* mod);

// ---- futures and tasks (future.cpp, task.cpp) ----
FutureObj* as_future(Interp& I, Value v); // nullptr when v is not a Future
FutureObj* new_future(Interp& I, LoopObj* loop);
TaskObj* new_task(Interp& I, LoopObj* loop, Value coro, Value name);
bool future_set_result(Interp& I, FutureObj* f, Value v);
bool future_set_exception(Interp& I, FutureObj* f, Value exc);
bool future_cancel(Interp& I, FutureObj* f, Value msg);     // Future.cancel
bool any_cancel(Interp& I, FutureObj* f, Value msg);        // dispatch: Task / gather / Future
Value future_make_cancelled_error(Interp& I, FutureObj* f); // returns the exception
void future_add_callback(Interp& I, FutureObj* f, FutureObj::Callback cb);
void task_step(Interp& I, TaskObj* t, Value exc, Value* fatal);
RunResult task_step_begin(Interp& I, TaskObj* t, Value exc, bool* ran);
void task_step_end(Interp& I, TaskObj* t, RunResult r, Value* fatal);
void task_wakeup(Interp& I, TaskObj* t, FutureObj* fut, Value* fatal);
std::string future_repr(Interp& I, FutureObj* f);
void init_future_types(Interp& I, AsyncState* st, DictObj* mod);
// asyncio's "Exception in callback ..." / "Task exception was never retrieved" logging.
void log_callback_error(Interp& I, AsyncState* st, Value callback, const std::vector<Value>& args,
                        Value exc);
std::string format_callback_source(Interp& I, Value callback, const std::vector<Value>& args);
bool is_coroutine(Value v);

// ---- modules ----
Value make_asyncio_module(Interp& I);
const char* asyncio_prelude_source();
void init_deque_type(Interp& I, DictObj* mod); // deque.cpp: asyncio._deque

} // namespace loopscope
