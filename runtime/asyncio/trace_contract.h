// trace_contract.h - the contract between asyncio's Python (runtime/asyncio/py/) and the trace.
//
// The Python calls these natives of _asyncio at the very point where something the learner
// sees happens; the trace never reads the Python's frames, qualnames or variables. Each
// returns at once when the run is not traced, so an untraced run pays one native call.
//
//   _trace_new(obj, kind, *state)
//       In a primitive's __init__: `obj` becomes "Lock 3" (kind + object id) in the trace
//       and its initial state is reported, but only when the learner's code made it (not the
//       Lock inside a Condition: see made_by_program in trace_primitives.cpp).
//   _trace_state(obj, *state)
//       Right after obj's state changed: a PrimitiveState event when its text changed.
//       The state arguments by kind (the text the trace shows):
//         'Lock'       locked                   "locked" / "unlocked"
//         'Event'      is_set                   "set" / "unset"
//         'Semaphore'  value                    "value=2"
//         'Barrier'    count, parties, phase    "1/3 waiting (filling)"
//         'Condition'  lock (_trace_new only)   its lock's state (lock.locked()): a
//                                               _trace_state on that lock reports it too
//       Queues report themselves: their bookkeeping is native (queues.cpp).
//   _trace_wait(kind, obj=None, timer=None, detail=None, arg=None)
//       Right before an await that may suspend the running task: what it waits on, a
//       trace::WaitKind name. Sleep: timer = the TimerHandle, arg = the delay. WaitFor:
//       obj = the awaited future or task, timer. Wait, TaskGroup: obj = the awaited
//       futures. Thread: obj = the thread's future. Queue*, Lock, Event, Semaphore,
//       Condition, Barrier: obj = the primitive. `detail` replaces the default words.
//       (trace_waits.cpp decides which declaration a suspension shows.)
//   _trace_conn(obj, words, state)
//       The simulated world (runtime/world) has a connection `obj` (an HTTP request, a
//       stream, a server, a Redis client, an open file) that is `words` ("GET https://...",
//       the trace's `name`), now in `state` ("waiting for response", "open", "closed"): the
//       first call makes it a Connection primitive, each later one reports a change of words
//       or state. A Network / File / Database _trace_wait whose obj is such a connection
//       names it as the wait's object, so the Sync panel lists the task among its waiters.
//   _trace_callback(fn, words)
//       How the runtime's callback `fn` reads in HandleScheduled events ("the end of a
//       sleep"); returns fn.
//   _trace_blocking(words)
//       The next blocking time.sleep stands for a blocking library call (the simulated world's
//       requests.get, open().read(), ...: runtime/world): its BlockingSleep event's text is
//       `words` ("requests.get('https://...')"). _trace_blocking(None) right after the sleep
//       forgets it (a sleep in a virtual thread does not block the loop and reports nothing).
//   _trace_hide(coro)
//       The task about to be made for `coro` is the runtime's own (asyncio.run's shutdown):
//       it and the tasks it makes stay out of the trace; returns coro.
//
// A kind or argument the trace does not know raises (ValueError / TypeError): a change on one
// side fails the tests instead of silently changing what the learner sees.
#pragma once

#include "asyncio/async_state.h"
#include "asyncio/tasks.h"
#include "trace/event.h"

#include <string>

namespace loopscope {

// The natives above, into `mod` (_asyncio).
void init_trace_contract(Interp& I, AsyncState* st, DictObj* mod);

// ---- primitives (trace_primitives.cpp) ----
// The learner's primitive `obj` (nullptr: not traced).
const TraceRecords::Primitive* trace_primitive_of(AsyncState* st, Value obj);
// The traced Condition whose lock is `lock` (nullptr: none).
const TraceRecords::Primitive* trace_condition_of_lock(AsyncState* st, Value lock);
// Registers `obj` when the learner's code is making it (its constructor is running now);
// returns its object id, 0 when it is the runtime's own or the run is not traced.
int32_t trace_register_primitive(Interp& I, Value obj, trace::PrimKind kind);
// Reports the state of the traced primitive `obj` if `text` differs from the last report.
// Queues give their size and maxsize (-1 for the others).
void trace_primitive_state(Interp& I, Value obj, const std::string& text, double size = -1,
                           double maxsize = -1);
// The natives are bound to the AsyncState (`self`).
Value trace_new_fn(Interp& I, Value self, const CallArgs& a);      // _trace_new
Value trace_state_fn(Interp& I, Value self, const CallArgs& a);    // _trace_state
Value trace_callback_fn(Interp& I, Value self, const CallArgs& a); // _trace_callback
Value trace_hide_fn(Interp& I, Value self, const CallArgs& a);     // _trace_hide
Value trace_blocking_fn(Interp& I, Value self, const CallArgs& a); // _trace_blocking
Value trace_conn_fn(Interp& I, Value self, const CallArgs& a);     // _trace_conn

// ---- waits (trace_waits.cpp) ----
Value trace_wait_fn(Interp& I, Value self, const CallArgs& a); // _trace_wait
// What suspended task `t` waits on (TaskSuspended's `wait`); `frames`: its coroutine frames
// (trace_coroutine_frames of its coroutine; empty when it is not a coroutine).
trace::WaitInfo trace_classify_wait(Interp& I, TaskObj* t, const std::vector<Frame*>& frames);
// The object id of a future in trace events (a task's: its task id).
int32_t trace_future_id(AsyncState* st, FutureObj* f);

} // namespace loopscope
