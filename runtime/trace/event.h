// event.h - the trace: a structured record of everything the event loop does.
//
// The runtime (runtime/asyncio) emits one TraceEvent per thing that happens, through a
// TraceSink installed on the interpreter (trace/sink.h). Everything a learner sees after the
// fact (the ready queue, the timers, who waits on what, each task's stack and locals, the
// primitives and their waiters, the output) is derived from this stream alone, so a session
// can step back or seek to any event without re-running the program (session/).
//
// Identities are small integers, stable within a run and identical between runs and between
// native and wasm builds:
//   task ids    1, 2, 3 ... in creation order (0 = no task: module code, a plain callback)
//   handle ids  1, 2, 3 ... for every callback put on the ready queue or the timer heap
//   object ids  1, 2, 3 ... for futures and primitives (queue, lock, ...) in the order the
//               trace first mentions them
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::trace {

enum class EventKind : uint8_t {
    // ---- the run ----
    ScriptStarted,  // module code starts (time 0)
    ScriptFinished, // module code ended; `text` = "" or the uncaught exception's last line
    LoopStarted,    // asyncio.run / run_until_complete starts driving a loop
    LoopStopped,    // that loop stopped
    ClockJump,      // nothing ready: the clock jumped from `value` to `time` (SEMANTICS rule 2)
    Deadlock,       // nothing ready, no timer, still waiting (rule 8)
    // ---- tasks ----
    TaskCreated, // `task` created by `parent` (0: module code) running `text` (coroutine qualname),
                 // `name` = the task's name ("Task-1" or name=). The tasks asyncio.run
                 // makes for itself (shutting down async generators...) are left out.
    TaskRenamed, // set_name: `name`
    TaskStep,    // `task` starts running a step (its first step = it started); `text` =
                 // "" resumed normally, or the exception thrown in ("CancelledError: msg")
    TaskSuspended,   // `task` gave up the loop at an await: `wait` says on what; `stack` holds
                     // its frames (outermost first) with their locals
    TaskFinished,    // returned; `text` = repr(result)
    TaskFailed,      // raised; `text` = "ValueError: message"
    TaskCancelled,   // cancelled; `text` = the cancel message or ""
    CancelRequested, // task.cancel(msg) called on `task` (by `parent`, 0 = not a task)
    LoopBlocked,     // `task` has run `value` ticks without awaiting: it blocks the event loop
    // ---- the ready queue and the timers ----
    HandleScheduled, // `handle` appended to the ready queue: runs `task`'s step (task != 0)
                     // or the callback described by `text`
    HandleRun,       // `handle` popped from the front of the ready queue and run
    HandleSkipped,   // `handle` popped but it was cancelled
    TimerScheduled,  // `handle` pushed on the timer heap with deadline `value`; for a task
                     // sleeping, `task`; else `text` describes the callback
    TimerFired,      // `handle` left the timer heap for the ready queue (deadline reached)
    TimerCancelled,  // `handle` cancelled (it stays in the heap until it surfaces)
    // ---- blocking and threads ----
    BlockingSleep,  // time.sleep(`value`) blocked the loop (the clock moved by `value`)
    ThreadStarted,  // a virtual thread runs `text` for `task` (to_thread / run_in_executor)
    ThreadFinished, // it took `value` virtual seconds; its result arrives by a timer
    // ---- primitives ----
    PrimitiveState, // object `object` of kind `prim` is now as `text` says ("locked",
                    // "2 items: [1, 2]", "set", "value=3", "2/3 waiting"); `name` = its label
                    // ("Queue 1", "Lock 2"; a Connection: "GET https://..."); `value` = size
                    // for queues (else -1), `value2` maxsize.
                    // Emitted when the program changes it (asyncio/trace_contract.h)
    // ---- output ----
    Output,  // one line the script printed (`text`, without the newline); `stream` 1 or 2;
             // `value` = how long before `time` the line started (0: written at once; a line
             // begun with print(..., end="") before a wait is stamped by its start)
    Warning, // `text` = "RuntimeWarning: coroutine 'f' was never awaited" etc.
    Line,    // `task` (0: module code) is about to run source `line` (only when line
             // tracing is on)
};

// What a suspended task waits for.
enum class WaitKind : uint8_t {
    None,
    Sleep,     // asyncio.sleep: until `until` (timer `handle`)
    Future,    // a plain Future (object id in `object`)
    Task,      // awaits task `task` directly (await task)
    Gather,    // gather(...) of `tasks`
    Wait,      // asyncio.wait / as_completed on `tasks`
    WaitFor,   // asyncio.wait_for: on `task` (or `object`) with a deadline `until`
    QueueGet,  // Queue.get on `object` (empty)
    QueuePut,  // Queue.put on `object` (full)
    QueueJoin, // Queue.join on `object`
    Lock,      // Lock.acquire on `object`
    Event,     // Event.wait on `object`
    Semaphore, // Semaphore.acquire on `object`
    Condition, // Condition.wait / wait_for on `object`
    Barrier,   // Barrier.wait on `object`
    Thread,    // a virtual thread's result: until `until`
    TaskGroup, // async with TaskGroup(): waiting for its `tasks`
    Network,   // the simulated network (aiohttp, httpx, streams): `detail` = "GET url";
               // `object` = the Connection, when one is traced
    File,      // the simulated file system (aiofiles): `detail` = the operation and path
    Database,  // the simulated database (redis.asyncio): `detail` = the command and key
    Other,     // something else: `detail` says what
};

// The kind of a primitive in PrimitiveState events. Connection: an open connection of the
// simulated world (an HTTP request in flight, a stream, a server, a Redis client, an open
// file: runtime/world), labelled by what it is ("GET https://...") rather than "Kind id".
enum class PrimKind : uint8_t {
    None,
    Queue,
    Lock,
    Event,
    Semaphore,
    Condition,
    Barrier,
    Connection
};

struct WaitInfo {
    WaitKind kind = WaitKind::None;
    double until = -1.0;        // deadline, when there is one (else -1)
    int32_t task = 0;           // the awaited task (Task, WaitFor)
    int32_t object = 0;         // the awaited future / primitive
    int32_t handle = 0;         // the timer that will wake it, if any
    std::vector<int32_t> tasks; // Gather, Wait, TaskGroup
    std::string detail;         // human words: "sleep(1.0)", "queue.get()", "lock.acquire()"
};

struct FrameInfo {
    std::string function; // qualname: "worker", "Queue.get"
    std::string file;     // "main.py", or "asyncio/tasks.py"... for the runtime's own Python
    int32_t line = 0;
    std::vector<std::pair<std::string, std::string>> locals; // name -> repr (truncated)
};

struct TraceEvent {
    uint64_t seq = 0;  // 0, 1, 2 ... position in the trace
    double time = 0.0; // the virtual clock when it happened
    EventKind kind = EventKind::ScriptStarted;
    int32_t task = 0;   // the task it concerns (0: none / module code)
    int32_t parent = 0; // TaskCreated / CancelRequested: the task doing it
    int32_t line = 0;   // source line in main.py it is attributed to (0: unknown)
    int32_t handle = 0;
    int32_t object = 0;
    int8_t stream = 0;
    PrimKind prim = PrimKind::None;
    double value = 0.0;  // per kind: deadline, seconds, ticks, size
    double value2 = 0.0; // per kind: maxsize
    std::string name;
    std::string text;
    WaitInfo wait;                // TaskSuspended
    std::vector<FrameInfo> stack; // TaskSuspended (and Line when stacks are wanted)
};

const char* event_kind_name(EventKind k); // "TaskCreated" ...
const char* wait_kind_name(WaitKind k);   // "Sleep" ...
const char* prim_kind_name(PrimKind k);   // "Queue" ...
// The kind of primitive a wait of kind k is on (None: a wait on no primitive, e.g. sleep).
PrimKind prim_of_wait(WaitKind k);
// The reverse: false when `name` is none of them.
bool wait_kind_from_name(std::string_view name, WaitKind* out);
bool prim_kind_from_name(std::string_view name, PrimKind* out);

} // namespace loopscope::trace
