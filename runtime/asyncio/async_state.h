// async_state.h - everything asyncio keeps for one interpreter: the running loop, the task
// registry, counters that number tasks, handles and trace objects, the types of its native
// objects, and the hooks the program runners set (deadlock, logged errors).
#pragma once

#include "asyncio/trace_records.h"
#include "lang/interp.h"
#include "stdlib/clock.h"
#include "stdlib/contextvars.h"

#include <functional>
#include <string>
#include <vector>

namespace loopscope {

struct LoopObj;
struct TaskObj;
struct HandleObj;

// Everything asyncio keeps for one interpreter; stored in I.registry["asyncio.state"] so the
// collector marks it.
struct AsyncState : NativeObj {
    Interp* I;
    VirtualClock* clock;        // the run's one clock (stdlib/clock.h), shared with the time module
    ContextState* cv = nullptr; // contextvars' current context (stdlib/contextvars.h)
    // The running loop each virtual thread hid while it runs (a worker thread has none),
    // parallel to clock->threads.
    std::vector<LoopObj*> thread_loops;
    // The threading.Thread each running virtual thread is (None: not known), parallel too;
    // threading.current_thread() reads the innermost (_asyncio._current_thread).
    std::vector<Value> thread_objs;
    LoopObj* running_loop = nullptr;
    LoopObj* event_loop = nullptr;    // set_event_loop / get_event_loop
    std::vector<TaskObj*> tasks;      // pending tasks in creation order (all_tasks)
    std::vector<LoopObj*> agen_loops; // loops tracking async generators (weak: see sweep)
    size_t tasks_compact_at = 64;     // drop finished tasks from `tasks` when it reaches this
    uint64_t task_counter = 0;        // Task-N names
    uint64_t timer_seq = 0;
    uint64_t future_serial = 0;
    uint64_t handle_counter = 0; // HandleObj::trace_id
    int32_t task_ids = 0;        // TaskObj::task_id
    TraceRecords trace;          // what the trace remembers (trace_records.h)
    TypeObj *loop_type = nullptr, *handle_type = nullptr, *timer_handle_type = nullptr,
            *future_type = nullptr, *task_type = nullptr, *queue_state_type = nullptr,
            *gather_type = nullptr, // gather_fast.cpp's state of one gather
                *sleep0_type = nullptr, *ready_type = nullptr; // fast_await.cpp's awaitables
    Value ready_none = Value::none(); // an await that ends at once with None
    // Handles of task steps and wake-ups that ran in an untraced run outside debug mode, which
    // nothing else holds: the next ones are made of them (loop_call_soon). Not marked: every
    // collection frees them and empties the list (a million tasks' first steps are reused for
    // their wake-ups, where they stayed garbage until a collection ~400 MB later).
    std::vector<HandleObj*> spare_handles;
    StrObj* gather_callback_name = nullptr; // its done callback's name
    // queues.py's Queue, PriorityQueue, LifoQueue (their states are plain: queues.cpp) and
    // its Queue.task_done, which the native one calls when it cannot stand in for it
    TypeObj* queue_plain[3] = {nullptr, nullptr, nullptr};
    Value queue_task_done_py;
    StrObj* s_state = nullptr;
    // Untraced, Queue.put / Queue.get of a plain queue are queues.py's _fast_put / _fast_get,
    // whose waits run natively while the methods they stand in for are queues.py's own (set by
    // _fast_queues: queues.cpp; not in the wasm build).
    struct FastQueues {
        Value put_py, get_py, put_fast, get_fast;            // Queue.put / get: both versions
        Value full, empty, put_nowait, get_nowait, get_loop; // as queues.py defined them
        StrObj *s_full = nullptr, *s_empty = nullptr, *s_put_nowait = nullptr,
               *s_get_nowait = nullptr, *s_get_loop = nullptr, *s_loop = nullptr;
        TypeObj* wait_type = nullptr; // a put's or get's wait
        void mark_refs(Gc& gc) {
            for (const Value& v : {put_py, get_py, put_fast, get_fast, full, empty, put_nowait,
                                   get_nowait, get_loop})
                gc.mark(v);
            if (wait_type) gc.mark(wait_type);
        }
    } fast_queues;
    Value finish_thread = Value::undef();    // the callback ending a virtual thread (base_events)
    Value create_future_py = Value::undef(); // debug mode's loop.create_future (base_events.py)
    // Called when the loop has nothing ready, no timer, and run_until_complete still waits
    // (rule 8). Returning normally makes run_forever raise RuntimeError("deadlock").
    std::function<void()> on_deadlock;
    // asyncio's logger.error (first line is the message, e.g. "Task exception was never
    // retrieved"); `detail` is what CPython prints after it. Default: both to stderr.
    std::function<void(const std::string& message, const std::string& detail)> log_error;
    // The runner replaced log_error (transcript, page): asyncio's default exception handler
    // writes there even when the program imported logging (as the oracle's own handler on
    // the asyncio logger, which does not propagate).
    bool log_hooked = false;
    // Future.__del__'s reports so far, and the loop's probes of the failed tasks it drops
    // (tasks.cpp: probe_dropped_task)
    uint64_t never_retrieved_reports = 0;
    struct DropProbes {
        uint32_t futile = 0, skip = 0, skipped = 0;
        bool pending = false;
        uint64_t reports_then = 0;
    } drop_probes;

    // py/locks.py's classes and the methods of theirs that the natives of locks_fast.cpp
    // stand in for on the untraced fast paths (set by _fast_locks).
    struct FastLocks {
        TypeObj *lock = nullptr, *sem = nullptr, *bsem = nullptr, *event = nullptr;
        Value cm_aenter, cm_aexit; // _ContextManagerMixin's coroutines
        Value lock_acquire, lock_release, sem_acquire, sem_release, bsem_release;
        Value event_set, event_clear, event_is_set, event_wait;
        Value event_wait_fast;        // locks.py's _fast_wait
        int32_t event_wait_send = -1; // its `await waiting` (add_stand_in_traceback)
        Value done;                   // the awaitable done at once
        Value deque_type;             // _deque, for a first waiter list
        TypeObj* wait_type = nullptr;
        StrObj *s_locked = nullptr, *s_waiters = nullptr, *s_value = nullptr, *s_bound = nullptr,
               *s_acquire = nullptr, *s_release = nullptr, *s_loop = nullptr;
        void mark_refs(Gc& gc);
    } fast_locks;

    AsyncState(TypeObj* t, Interp* interp)
        : NativeObj(t), I(interp), clock(&virtual_clock(*interp)) {}
    ~AsyncState() override; // (forgets async_state's cache)
    void mark_refs(Gc& gc) override;
};

// The state of `I` (created on first use).
AsyncState* async_state(Interp& I);

} // namespace loopscope
