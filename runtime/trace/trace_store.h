// trace_store.h - compact, append-only storage of a run's trace events.
//
// A TraceEvent (event.h) is convenient to build but big (strings, vectors). A session keeps
// every event of a run, up to hundreds of thousands of them in wasm memory, so it stores them
// flattened: one fixed-size record per event, strings interned once (task names, reprs,
// qualnames repeat endlessly), waits and stacks in side arrays. Line events, by far the most
// frequent, get a smaller record of their own. Index i of the store is event i of the trace
// (its `seq`), whatever array holds it.
#pragma once

#include "trace/event.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::trace {

// Interned strings: id 0 is "". Ids are stable for the life of the table. The index is an
// open-addressing table of ids with each string's hash kept beside it (no node per string):
// a repeated string (a task name, a repr that did not change) costs a hash and one compare.
class StringTable {
public:
    StringTable();
    uint32_t intern(std::string_view s) { return s.empty() ? 0 : intern_text(s); }
    const std::string& get(uint32_t id) const { return *by_id_[id]; }
    size_t size() const { return by_id_.size(); }
    size_t memory_bytes() const;
    void clear();

private:
    uint32_t intern_text(std::string_view s); // s not empty
    void grow();

    std::deque<std::string> storage_; // stable addresses
    std::vector<const std::string*> by_id_;
    struct Slot {
        uint32_t hash = 0, id = 0; // id 0: empty ("" is never looked up)
    };
    std::vector<Slot> slots_; // a power of two, at most half full
    size_t chars_ = 0;
};

class TraceStore {
public:
    static constexpr uint32_t kNone = 0xffffffffu;

    uint64_t size() const { return index_.size(); }
    bool empty() const { return index_.empty(); }
    void clear();

    // Append an event; its index becomes its seq (e.seq is not consulted).
    void add(const TraceEvent& e);
    // Append a Line event (TraceSink::line): `task` is about to run `line` at stack `depth`.
    void add_line(double time, int32_t task, int32_t line, int32_t depth);

    // Field access without decoding the whole event (i < size()); the five the view model and
    // the session read of every event as it is recorded are inline.
    EventKind kind(uint64_t i) const {
        const Rec* r = rec(i);
        return r ? r->kind : EventKind::Line;
    }
    double time(uint64_t i) const {
        const Rec* r = rec(i);
        return r ? r->time : line_rec(i).time;
    }
    int32_t task(uint64_t i) const {
        const Rec* r = rec(i);
        return r ? r->task : line_rec(i).task;
    }
    int32_t line(uint64_t i) const {
        const Rec* r = rec(i);
        return r ? r->line : line_rec(i).line;
    }
    int32_t depth(uint64_t i) const { // Line events; 0 for others
        const Rec* r = rec(i);
        return r ? 0 : line_rec(i).depth;
    }
    int32_t parent(uint64_t i) const;
    int32_t handle(uint64_t i) const;
    int32_t object(uint64_t i) const;
    int8_t stream(uint64_t i) const;
    PrimKind prim(uint64_t i) const;
    double value(uint64_t i) const;
    double value2(uint64_t i) const;
    uint32_t name_id(uint64_t i) const;
    uint32_t text_id(uint64_t i) const;
    const std::string& name(uint64_t i) const { return strings_.get(name_id(i)); }
    const std::string& text(uint64_t i) const { return strings_.get(text_id(i)); }
    WaitKind wait_kind(uint64_t i) const;
    void wait(uint64_t i, WaitInfo& out) const;                // WaitInfo{} when none
    void stack(uint64_t i, std::vector<FrameInfo>& out) const; // cleared when none
    // The whole event, as it was added (with seq = i).
    // How much of an event get() decodes: only seq/time/kind/task/line, everything but the
    // task's stack (frames and locals), or all of it.
    enum class Decode : uint8_t { Header, NoStack, Full };
    TraceEvent get(uint64_t i, Decode decode = Decode::Full) const;

    StringTable& strings() { return strings_; }
    const StringTable& strings() const { return strings_; }
    // Bytes held by the store (capacities of its arrays and its strings), for the benchmark.
    size_t memory_bytes() const;

private:
    struct Rec { // 64 bytes
        double time = 0.0, value = 0.0, value2 = 0.0;
        int32_t task = 0, parent = 0, line = 0, handle = 0, object = 0;
        uint32_t name = 0, text = 0, aux = kNone; // aux: index into aux_
        EventKind kind = EventKind::ScriptStarted;
        int8_t stream = 0;
        PrimKind prim = PrimKind::None;
    };
    struct LineRec { // 24 bytes
        double time = 0.0;
        int32_t task = 0, line = 0, depth = 0;
    };
    struct Aux { // wait and stack of one event
        double until = -1.0;
        int32_t task = 0, object = 0, handle = 0;
        uint32_t tasks_begin = 0, tasks_count = 0, detail = 0;
        uint32_t frames_begin = 0, frames_count = 0;
        WaitKind kind = WaitKind::None;
    };
    struct Frame {
        uint32_t function = 0, file = 0;
        int32_t line = 0;
        uint32_t locals_begin = 0, locals_count = 0;
    };
    static constexpr uint32_t kLineBit = 0x80000000u;

    const Rec* rec(uint64_t i) const {
        uint32_t x = index_[i];
        return (x & kLineBit) ? nullptr : &recs_[x];
    }
    const LineRec& line_rec(uint64_t i) const { return lines_[index_[i] & ~kLineBit]; }

    std::vector<uint32_t> index_; // event i -> recs_[x] or lines_[x & ~kLineBit]
    std::vector<Rec> recs_;
    std::vector<LineRec> lines_;
    std::vector<Aux> aux_;
    std::vector<int32_t> aux_tasks_;
    std::vector<Frame> frames_;
    std::vector<std::pair<uint32_t, uint32_t>> locals_; // (name, repr) string ids
    std::vector<uint32_t> last_stack_; // task id -> aux_ index of its last stack (kNone: none)
    StringTable strings_;
};

} // namespace loopscope::trace
