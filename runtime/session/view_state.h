// view_state.h - the state of the loop as a pure function of trace events.
//
// ViewModel is the compact form of a Snapshot (snapshot.h): ids and interned-string ids
// instead of strings, and no output (output is append-only: the model keeps only how many
// lines exist). apply(store, i) moves it over event i and depends on nothing else, so the state
// after any event can be rebuilt from an earlier copy (a checkpoint) by applying the events in
// between: time travel never re-executes the program.
//
// materialize() turns it into the Snapshot the panels draw (materialize.cpp).
#pragma once

#include "session/shared_seq.h"
#include "session/snapshot.h"
#include "trace/trace_store.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace loopscope::session {

inline constexpr uint32_t kNoEvent = 0xffffffffu;

// One task as the model keeps it.
struct ModelTask {
    int32_t id = 0, parent = 0, line = 0;
    uint32_t name = 0, coro = 0, result = 0; // string ids
    uint32_t suspension = kNoEvent;          // event index of its last TaskSuspended
    double created = 0.0, finished = -1.0;
    int32_t wait_prim = 0; // the primitive whose waiters (or putters) list it is in, or 0
    TaskState state = TaskState::Created;
    bool blocking = false;
};

// The tasks by id, in chunks shared between copies of the model: copying the model (a
// checkpoint) copies one pointer per kChunk tasks, and a chunk is copied only when an event
// changes one of its tasks. Most tasks of a long program have finished and never change again,
// so checkpoints cost what changed, not every task ever created.
class TaskList {
public:
    // (16, not 64: the events between two checkpoints touch tasks all over the list, and each
    // touch copies a chunk. session_bench --tasks 30000: 435 -> 219 bytes an event.)
    static constexpr size_t kChunk = 16;
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const ModelTask& operator[](size_t i) const { return (*chunks_[i / kChunk])[i % kChunk]; }
    const ModelTask& back() const { return (*this)[size_ - 1]; }
    // The index of task `id` (tasks are by id), or -1.
    int64_t index_of(int32_t id) const {
        if (id >= 1 && static_cast<size_t>(id) <= size_ && (*this)[id - 1].id == id) return id - 1;
        return search(id);
    }
    // The task at i, for changing it: its chunk is copied first if another model shares it.
    ModelTask& mut(size_t i);
    void push_back(const ModelTask& t);
    void insert(size_t pos, const ModelTask& t); // shifts the tasks after pos (ids out of order)
    void clear();
    // Bytes this copy holds: the chunk pointers, plus the chunks when `count_chunks`.
    size_t memory_bytes(bool count_chunks) const;
    // Calls f(chunk address, chunk bytes) for each chunk (to count shared chunks once).
    template <class F>
    void each_chunk(F&& f) const {
        for (const auto& c : chunks_)
            f(static_cast<const void*>(c.get()), kChunk * sizeof(ModelTask));
    }
    using Chunk = std::vector<ModelTask>; // kChunk slots reserved
    // The chunks themselves (see SharedSeq::chunk).
    size_t chunk_count() const { return chunks_.size(); }
    const std::shared_ptr<Chunk>& chunk(size_t j) const { return chunks_[j]; }

private:
    int64_t search(int32_t id) const; // index_of past the usual case (ids out of order)
    std::vector<std::shared_ptr<Chunk>> chunks_;
    size_t size_ = 0;
};

struct ViewModel {
    static constexpr uint32_t kNone = kNoEvent;
    using Task = ModelTask;
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
        SharedSeq<int32_t> waiters, putters; // task ids, in the order they began to wait
    };

    uint64_t applied = 0; // events [0, applied) are applied
    double clock = 0.0;
    int32_t current_task = 0, line = 0;
    uint32_t outputs = 0;  // Output / Warning events so far
    uint32_t error = 0;    // ScriptFinished text
    uint32_t ran = 0;      // what the last HandleRun / HandleSkipped ran (string id), for narration
    uint32_t blocking = 0; // tasks whose `blocking` is set (Snapshot::blocked)
    bool deadlock = false, finished = false;
    // The live state, shared between copies in chunks as the tasks are (shared_seq.h), so that
    // a checkpoint of a program with 100,000 sleeping tasks does not copy 100,000 timers.
    SharedSeq<Ready> ready;
    SharedSeq<Timer> timers; // by (when, handle), a NaN when last
    TaskList tasks;          // by id
    SharedSeq<Prim> prims;   // by id
    // Indexes by handle, so that no event scans the ready queue or the timers: which handles
    // are in the ready queue, and when each timer was set for (TimerCancelled gives only the
    // handle). Shared between copies in chunks too.
    struct TimerAt {
        double when = 0.0;
        bool set = false; // the handle was scheduled as a timer (it may have left since)
        bool operator==(const TimerAt&) const = default;
    };
    SharedBits in_ready;
    SharedArray<TimerAt, 256> timer_at;

    // Apply event `applied` of `store` (events must be applied in order).
    void apply(const trace::TraceStore& store);
    const Task* find_task(int32_t id) const;
    // Bytes a copy of this model costs: with `count_chunks` false, the chunks it may share with
    // other copies (tasks, ready queue, timers, primitives, waiters) are left out (Recording
    // counts each chunk once, each_chunk).
    size_t memory_bytes(bool count_chunks = true) const;
    // f(chunk address, chunk bytes) for every chunk this copy may share with others; with
    // `indexes` false, the chunks of the indexes by handle are left out.
    template <class F>
    void each_chunk(F&& f, bool indexes = true) const {
        tasks.each_chunk(f);
        ready.each_chunk(f);
        timers.each_chunk(f);
        prims.each_chunk(f);
        if (indexes) {
            in_ready.each_chunk(f);
            timer_at.each_chunk(f);
        }
        prims.for_each([&](const Prim& p) {
            p.waiters.each_chunk(f);
            p.putters.each_chunk(f);
        });
    }
};

// Fill `out` from `m` (the state after event m.applied - 1). `output_events` lists the indices
// of the Output / Warning events of the store in order. The tasks, the ready queue and the
// timers are drawn row by row when the panels ask for them (snapshot.h, Rows), from a copy of
// the model's that shares its chunks; `out.output` is updated incrementally (the lines it
// already holds are kept), so pass the same `out` each time. Rows read `store`: it must outlive
// the snapshot.
void materialize(const ViewModel& m, const trace::TraceStore& store,
                 const std::vector<uint64_t>& output_events, Snapshot& out);

// The name of task `id` as the narration and the panels give it: its name, "task 7" when the
// model has none, "the module code" for 0.
std::string task_label(const TaskList& tasks, const trace::TraceStore& store, int32_t id);

// One line about event i for a learner: "worker-2 awaits sleep(1.0), wakes at t=3.000".
// `m` gives task names (the state after or before i: names do not change meaning).
std::string narrate(const trace::TraceStore& store, uint64_t i, const ViewModel& m);

// "1.5" -> "1.500": the clock as the UI and the narration print it.
std::string format_time(double t);

} // namespace loopscope::session
