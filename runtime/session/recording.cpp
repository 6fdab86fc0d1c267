// recording.cpp - see recording.h.
#include "session/recording.h"

#include <algorithm>
#include <unordered_set>

namespace loopscope::session {

Recording::Recording(uint32_t checkpoint_every) : every_(checkpoint_every ? checkpoint_every : 1) {
    clear();
}

void Recording::clear() {
    store_.clear();
    head_ = ViewModel{};
    checkpoints_.clear();
    next_checkpoint_ = 0;
    outputs_.clear();
    cur_ = ViewModel{};
    near_.clear();
    near_base_ = UINT64_MAX;
    last_target_ = UINT64_MAX;
    snap_ = Snapshot{};
    snap_at_ = UINT64_MAX;
}

void Recording::observe() {
    const uint64_t i = store_.size() - 1;
    const trace::EventKind k = store_.kind(i);
    if (k == trace::EventKind::Output || k == trace::EventKind::Warning) outputs_.push_back(i);
    if (head_.applied == next_checkpoint_) {
        checkpoints_.push_back(head_);
        // What the next copy will cost, as events: the chunk pointers and the chunks the events
        // in between will change (about one per event, at most all).
        size_t chunks = 0, chunk_bytes = 0;
        head_.each_chunk(
            [&](const void*, size_t bytes) {
                ++chunks;
                chunk_bytes += bytes;
            },
            false);
        const size_t live =
            head_.memory_bytes(false) +
            (chunks ? std::min<size_t>(chunks, every_) * (chunk_bytes / chunks) : 0);
        const uint64_t spacing = std::clamp<uint64_t>(live / kCheckpointBytesPerEvent, every_,
                                                      uint64_t{every_} * kMaxSpacing);
        next_checkpoint_ = head_.applied + spacing;
        // The live stretch: the first step back from the newest event uses its near copies.
        near_.clear();
        near_base_ = head_.applied;
    } else if (near_base_ == checkpoints_.back().applied && next_checkpoint_ > head_.applied &&
               head_.applied == (near_.empty() ? near_base_ : near_.back().applied) + kNearStep) {
        near_.push_back(head_);
    }
    head_.apply(store_);
}

void Recording::add(const trace::TraceEvent& e) {
    store_.add(e);
    observe();
}

void Recording::add_line(double time, int32_t task, int32_t line, int32_t depth) {
    store_.add_line(time, task, line, depth);
    observe();
}

const ViewModel& Recording::model_at(uint64_t i) {
    const uint64_t target = i + 1; // events applied
    if (target == head_.applied) {
        last_target_ = target;
        return head_;
    }
    // The last checkpoint at or before target; replay forward from cur_ instead when it is
    // behind target and no further back than that checkpoint.
    auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), target,
                               [](uint64_t v, const ViewModel& m) { return v < m.applied; });
    const ViewModel& c = *(it - 1);
    const bool from_cur = cur_.applied <= target && cur_.applied >= c.applied;
    if (near_base_ != c.applied) {
        near_.clear();
        near_base_ = c.applied;
    }
    if (!from_cur) {
        // The nearest copy at or before target: a near_ one, or the checkpoint.
        auto n = std::upper_bound(near_.begin(), near_.end(), target,
                                  [](uint64_t v, const ViewModel& m) { return v < m.applied; });
        cur_ = n == near_.begin() ? c : *(n - 1);
    }
    // Copies only when stepping back (a seek elsewhere would pay for copies it never uses).
    const bool stepping_back =
        !from_cur && target < last_target_ && target + kNearStep > last_target_;
    last_target_ = target;
    while (cur_.applied < target) {
        cur_.apply(store_);
        if (stepping_back &&
            cur_.applied == (near_.empty() ? near_base_ : near_.back().applied) + kNearStep)
            near_.push_back(cur_);
    }
    return cur_;
}

const Snapshot& Recording::snapshot_at(uint64_t i) {
    if (i >= store_.size()) i = store_.empty() ? 0 : store_.size() - 1;
    if (store_.empty()) return snap_;
    if (snap_at_ == i && snap_.events == store_.size()) return snap_;
    const ViewModel& m = model_at(i);
    materialize(m, store_, outputs_, snap_);
    snap_at_ = i;
    return snap_;
}

size_t Recording::memory_bytes() const {
    size_t n = store_.memory_bytes() + outputs_.capacity() * sizeof(uint64_t) +
               checkpoints_.capacity() * sizeof(ViewModel);
    // Chunks are shared between checkpoints (and the head): each counts once.
    std::unordered_set<const void*> chunks;
    auto count_chunks = [&](const ViewModel& m) {
        m.each_chunk([&](const void* chunk, size_t bytes) {
            if (chunks.insert(chunk).second) n += bytes;
        });
    };
    for (const auto& c : checkpoints_) {
        n += c.memory_bytes(false) - sizeof(ViewModel);
        count_chunks(c);
    }
    n += head_.memory_bytes(false);
    count_chunks(head_);
    for (const auto& c : near_) {
        n += c.memory_bytes(false);
        count_chunks(c);
    }
    return n;
}

} // namespace loopscope::session
