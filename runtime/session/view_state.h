// view_state.h - the state of the loop as a pure function of trace events.
//
// ViewModel is the compact form of a Snapshot (snapshot.h): ids and interned-string ids
// instead of strings, and no output (output is append-only: the model keeps only how many
// lines exist). apply(store, i) moves it over event i and depends on nothing else, so the state
// after any event can be rebuilt from an earlier copy (a checkpoint) by applying the events in
// between: time travel never re-executes the program.
//
// materialize() turns it into the Snapshot the panels draw.
#pragma once

#include "session/snapshot.h"
#include "trace/trace_store.h"

#include <cstdint>
#include <vector>

namespace loopscope::session {

struct ViewModel {
    static constexpr uint32_t kNone = 0xffffffffu;
    struct Task {
        int32_t id = 0, parent = 0, line = 0;
        uint32_t name = 0, coro = 0, result = 0; // string ids
        uint32_t suspension = kNone;             // event index of its last TaskSuspended
        double created = 0.0, finished = -1.0;
        TaskState state = TaskState::Created;
        bool blocking = false;
    };
    struct Ready {
        int32_t handle = 0, task = 0;
        uint32_t what = 0; // string id; 0 for a task step ("step <task name>")
    };
    struct Timer {
        double when = 0.0;
        int32_t handle = 0, task = 0;
        uint32_t what = 0;
        bool cancelled = false;
    };
    struct Prim {
        int32_t id = 0, size = -1, maxsize = -1;
        uint32_t name = 0, state = 0;
        trace::PrimKind kind = trace::PrimKind::None;
        std::vector<int32_t> waiters, putters;
    };

    uint64_t applied = 0; // events [0, applied) are applied
    double clock = 0.0;
    int32_t current_task = 0, line = 0;
    uint32_t outputs = 0; // Output / Warning events so far
    uint32_t error = 0;   // ScriptFinished text
    uint32_t ran = 0;     // what the last HandleRun / HandleSkipped ran (string id), for narration
    bool deadlock = false, finished = false;
    std::vector<Ready> ready;
    std::vector<Timer> timers; // by (when, handle)
    std::vector<Task> tasks;   // by id
    std::vector<Prim> prims;   // by id

    // Apply event `applied` of `store` (events must be applied in order).
    void apply(const trace::TraceStore& store);
    Task* find_task(int32_t id);
    const Task* find_task(int32_t id) const;
    size_t memory_bytes() const;
};

// What materialize() remembers between calls on the same Snapshot, to skip work.
struct MaterializeCache {
    std::vector<uint32_t> stack_of; // per out.tasks[k]: the suspension its stack came from
};

// Fill `out` from `m` (the state after event m.applied - 1). `output_events` lists the indices
// of the Output / Warning events of the store in order. `out.output` and the tasks' stacks are
// updated incrementally (what did not change is not decoded again), so pass the same `out` and
// `cache` each time.
void materialize(const ViewModel& m, const trace::TraceStore& store,
                 const std::vector<uint64_t>& output_events, Snapshot& out,
                 MaterializeCache& cache);

// One line about event i for a learner: "worker-2 awaits sleep(1.0), wakes at t=3.000".
// `m` gives task names (the state after or before i: names do not change meaning).
std::string narrate(const trace::TraceStore& store, uint64_t i, const ViewModel& m);

// "1.5" -> "1.500": the clock as the UI and the narration print it.
std::string format_time(double t);

} // namespace loopscope::session
