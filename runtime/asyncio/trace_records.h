// trace_records.h - what the trace remembers about a run between two events (a part of
// AsyncState): the sink, the numbering of events and objects, the primitives the learner made
// with their last reported state, the waits the runtime's Python declared, and the words for
// its callbacks. Filled through trace_contract.h and trace_emit.h, never from the Python's
// frames or variable names.
#pragma once

#include "lang/frame.h"
#include "trace/event.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace loopscope {

struct TaskObj;
struct Gc;
namespace trace {
struct TraceSink;
}

struct TraceRecords {
    trace::TraceSink* sink = nullptr; // where events go; nullptr: the run is not traced
    uint64_t seq = 0;                 // seq of the next event
    int32_t objects = 0;              // object ids handed out (futures and primitives)
    int64_t blocking_ticks = 0;       // a task step longer than this is LoopBlocked (0: off)
    int64_t ticks_dropped = 0;        // budget given up when a sink asked to pause (not work done)
    std::string blocking_call; // what the next time.sleep stands for (_trace_blocking), or ""
    // The last TaskSuspended stack, given back by the sink: the next one is written over it.
    std::vector<trace::FrameInfo> stack_buffer;
    std::vector<Frame*> frames_buffer; // the same for a suspended task's coroutine frames

    // A primitive the learner's code made (_trace_new).
    struct Primitive {
        Value obj;                   // the Lock, Queue, ... as the program sees it
        trace::PrimKind kind;        //
        int32_t id;                  // its object id ("Lock 3")
        std::string state = "\x01";  // the state text last reported (never equal at first)
        Value lock = Value::undef(); // a Condition: the lock whose state is its state
        std::string label;           // a Connection: what it is ("GET https://...")
    };
    std::vector<Primitive> prims;
    std::unordered_map<const Obj*, size_t> prim_of;                 // obj -> index in prims
    std::unordered_multimap<const Obj*, size_t> conditions_of_lock; // lock -> its Conditions

    // A wait the runtime's Python declared (_trace_wait) in coroutine `coro` of a task: if
    // the task suspends with `coro` on its stack, this is what it waits on (the outermost
    // declaring coroutine wins: Barrier.wait over the Condition and Lock it uses).
    struct DeclaredWait {
        GenObj* coro;
        trace::WaitKind kind;
        Value obj;   // the primitive, future, or list of awaited tasks
        Value timer; // the TimerHandle that ends the wait, or None
        Value arg;   // Sleep: the delay
        std::string detail;
    };
    std::unordered_map<TaskObj*, std::vector<DeclaredWait>> waits;

    // How the runtime's callbacks read in HandleScheduled events (_trace_callback), by code.
    std::unordered_map<const CodeObj*, std::string> callback_words;
    // Coroutines whose task will be asyncio.run's own (_trace_hide), until it is made.
    std::unordered_set<const Obj*> hidden;

    void mark_refs(Gc& gc);
};

} // namespace loopscope
