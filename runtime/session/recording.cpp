// recording.cpp - see recording.h.
#include "session/recording.h"

namespace loopscope::session {

Recording::Recording(uint32_t checkpoint_every) : every_(checkpoint_every ? checkpoint_every : 1) {
    clear();
}

void Recording::clear() {
    store_.clear();
    head_ = ViewModel{};
    checkpoints_.clear();
    outputs_.clear();
    cur_ = ViewModel{};
    snap_ = Snapshot{};
    cache_ = MaterializeCache{};
    snap_at_ = UINT64_MAX;
}

void Recording::observe() {
    const uint64_t i = store_.size() - 1;
    const trace::EventKind k = store_.kind(i);
    if (k == trace::EventKind::Output || k == trace::EventKind::Warning) outputs_.push_back(i);
    if (head_.applied % every_ == 0) checkpoints_.push_back(head_);
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
    if (target == head_.applied) return head_;
    // Replay forward from cur_ when it is behind and no further than a checkpoint would be.
    const uint64_t c = target / every_;
    const bool from_cur = cur_.applied <= target && cur_.applied >= c * every_;
    if (!from_cur) cur_ = checkpoints_[c];
    while (cur_.applied < target) cur_.apply(store_);
    return cur_;
}

const Snapshot& Recording::snapshot_at(uint64_t i) {
    if (i >= store_.size()) i = store_.empty() ? 0 : store_.size() - 1;
    if (store_.empty()) return snap_;
    if (snap_at_ == i && snap_.events == store_.size()) return snap_;
    const ViewModel& m = model_at(i);
    materialize(m, store_, outputs_, snap_, cache_);
    snap_at_ = i;
    return snap_;
}

size_t Recording::memory_bytes() const {
    size_t n = store_.memory_bytes() + outputs_.capacity() * sizeof(uint64_t) +
               checkpoints_.capacity() * sizeof(ViewModel);
    for (const auto& c : checkpoints_) n += c.memory_bytes() - sizeof(ViewModel);
    return n;
}

} // namespace loopscope::session
