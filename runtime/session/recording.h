// recording.h - a recorded trace and the Snapshot after any of its events.
//
// Design (issue 5, "time travel must feel instant"): events are stored compactly
// (trace/trace_store.h) and applied, as they arrive, to a ViewModel (view_state.h) of the
// newest state; every `checkpoint_every` events a copy of that model is kept. The snapshot
// after event i is the checkpoint at or below i plus the replay of at most checkpoint_every
// events, or, when the previous request was close behind i, the replay of the events in
// between. Nothing is re-executed and nothing depends on the interpreter.
#pragma once

#include "session/snapshot.h"
#include "session/view_state.h"
#include "trace/trace_store.h"

#include <cstdint>
#include <vector>

namespace loopscope::session {

class Recording {
public:
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
    std::vector<ViewModel> checkpoints_; // checkpoints_[c].applied == c * every_
    std::vector<uint64_t> outputs_;
    ViewModel cur_; // the model of the last request
    Snapshot snap_;
    MaterializeCache cache_;
    uint64_t snap_at_ = UINT64_MAX;
};

} // namespace loopscope::session
