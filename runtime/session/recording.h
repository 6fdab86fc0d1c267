// recording.h - a recorded trace and the Snapshot after any of its events.
//
// Design (issue 5, "time travel must feel instant"): events are stored compactly
// (trace/trace_store.h) and applied, as they arrive, to a ViewModel (view_state.h) of the
// newest state; now and then a copy of that model is kept (a checkpoint). The snapshot after
// event i is the checkpoint at or below i plus the replay of the events in between, or, when
// the previous request was close behind i, the replay of the events since. Nothing is
// re-executed and nothing depends on the interpreter.
//
// What a checkpoint costs (issue 16, "the recording scales"): the tasks (TaskList) and the live
// state (ready queue, timers, primitives and their waiters: SharedSeq) are shared between
// copies in chunks, so a checkpoint copies what changed since the last one. Checkpoints come every
// `checkpoint_every` events, further apart when that live state is large: far enough apart
// that they cost about kCheckpointBytesPerEvent per event, but at most kMaxSpacing times
// checkpoint_every apart, which bounds the replay of a seek. Stepping back through such a long
// stretch keeps a copy every kNearStep events of the stretch it replayed (near_: short-lived,
// sharing their chunks), so each further step back replays at most kNearStep events.
#pragma once

#include "session/snapshot.h"
#include "session/view_state.h"
#include "trace/trace_store.h"

#include <cstdint>
#include <vector>

namespace loopscope::session {

class Recording {
public:
    static constexpr size_t kCheckpointBytesPerEvent = 48;
    static constexpr uint32_t kMaxSpacing = 32;
    static constexpr uint32_t kNearStep = 256;

    explicit Recording(uint32_t checkpoint_every = 256);

    void clear();
    void add(const trace::TraceEvent& e);
    void add_line(double time, int32_t task, int32_t line, int32_t depth);

    uint64_t size() const { return store_.size(); }
    const trace::TraceStore& store() const { return store_; }
    // The model after the newest event (what the live run looks like now).
    const ViewModel& head() const { return head_; }

    // The state after event i (i < size()); the reference stays valid until the next call.
    const Snapshot& snapshot_at(uint64_t i);
    // The compact model after event i, without building a Snapshot.
    const ViewModel& model_at(uint64_t i);

    // Indices of the Output / Warning events, in order.
    const std::vector<uint64_t>& output_events() const { return outputs_; }
    uint32_t checkpoint_every() const { return every_; }
    size_t checkpoints() const { return checkpoints_.size(); }
    // Bytes held: the store, the checkpoints and the output index.
    size_t memory_bytes() const;

private:
    void observe(); // after each add: index output, apply to head_, checkpoint

    uint32_t every_;
    trace::TraceStore store_;
    ViewModel head_;
    std::vector<ViewModel> checkpoints_; // by applied, the first at 0
    uint64_t next_checkpoint_ = 0;       // head_.applied at which the next one is taken
    std::vector<uint64_t> outputs_;
    ViewModel cur_; // the model of the last request
    // Copies made while replaying from the checkpoint at near_base_: at near_base_ + k *
    // kNearStep (k >= 1), in order.
    std::vector<ViewModel> near_;
    uint64_t near_base_ = UINT64_MAX;
    uint64_t last_target_ = UINT64_MAX; // the model_at before
    Snapshot snap_;
    uint64_t snap_at_ = UINT64_MAX;
};

} // namespace loopscope::session
