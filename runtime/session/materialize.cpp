// materialize.cpp - turning a ViewModel into the Snapshot the panels draw (view_state.h).
//
// The tasks, the ready queue and the timers can each hold 100,000 items (issue 16): drawing them
// all made a seek cost ~40 ms at 100,000 tasks, whatever the panels showed. They are Rows
// (snapshot.h) drawn from RowsState, the model's lists at that moment (copies sharing their
// chunks with the model: a copy costs one pointer per chunk, and events applied later copy the
// chunks they change, never these). A row is drawn when it is first read.
#include "session/view_state.h"

#include <algorithm>
#include <array>

namespace loopscope::session {

using trace::EventKind;
using trace::TraceStore;

namespace {

// The lists a snapshot's rows are drawn from, as they were at its moment.
struct RowsState {
    const TraceStore* store = nullptr;
    TaskList tasks;
    SharedSeq<ViewModel::Ready> ready;
    SharedSeq<ViewModel::Timer> timers;
};

void draw_task(const TraceStore& s, const ModelTask& t, TaskView& o) {
    const auto& str = s.strings();
    o.id = t.id;
    o.name = str.get(t.name);
    o.coro = str.get(t.coro);
    o.parent = t.parent;
    o.state = t.state;
    o.result = str.get(t.result);
    o.created = t.created;
    o.finished = t.finished;
    o.line = t.line;
    o.blocking = t.blocking;
    if (t.state == TaskState::Waiting && t.suspension != ViewModel::kNone)
        s.wait(t.suspension, o.wait);
    if (t.suspension != ViewModel::kNone) s.stack(t.suspension, o.stack);
}

// Tasks: row i is task i of the model; drawn one at a time, kept by chunk of the task list.
class TaskRows final : public RowSource<TaskView> {
public:
    explicit TaskRows(std::shared_ptr<const RowsState> st)
        : st_(std::move(st)), drawn_(st_->tasks.chunk_count()) {}
    const TaskView& row(size_t i) const override {
        std::unique_ptr<Drawn>& d = drawn_[i / TaskList::kChunk];
        if (!d) d = std::make_unique<Drawn>();
        const size_t r = i % TaskList::kChunk;
        if (!(d->done >> r & 1u)) {
            draw_task(*st_->store, st_->tasks[i], d->rows[r]);
            d->done |= 1u << r;
        }
        return d->rows[r];
    }

private:
    static_assert(TaskList::kChunk <= 32);
    struct Drawn {
        std::array<TaskView, TaskList::kChunk> rows;
        uint32_t done = 0; // bit r: rows[r] is drawn
    };
    std::shared_ptr<const RowsState> st_;
    mutable std::vector<std::unique_ptr<Drawn>> drawn_;
};

// The ready queue or the timers: row i is item i of the sequence; drawn a chunk at a time.
template <class Src, class Row>
class SeqRows final : public RowSource<Row> {
public:
    using Seq = SharedSeq<Src> RowsState::*;
    using Draw = void (*)(const RowsState&, const Src&, Row&);
    SeqRows(std::shared_ptr<const RowsState> st, Seq seq, Draw draw)
        : st_(std::move(st)), seq_(seq), draw_(draw) {
        const SharedSeq<Src>& q = (*st_).*seq_;
        start_.reserve(q.chunk_count());
        size_t at = 0;
        for (size_t j = 0; j < q.chunk_count(); ++j) {
            start_.push_back(at);
            at += q.chunk(j)->size();
        }
        drawn_.resize(q.chunk_count());
    }
    const Row& row(size_t i) const override {
        const size_t j = static_cast<size_t>(std::upper_bound(start_.begin(), start_.end(), i) -
                                             start_.begin()) -
                         1;
        std::vector<Row>& d = drawn_[j];
        if (d.empty()) {
            const auto& c = *((*st_).*seq_).chunk(j);
            d.resize(c.size());
            for (size_t k = 0; k < c.size(); ++k) draw_(*st_, c[k], d[k]);
        }
        return d[i - start_[j]];
    }

private:
    std::shared_ptr<const RowsState> st_;
    Seq seq_;
    Draw draw_;
    std::vector<size_t> start_; // where each chunk's items begin
    mutable std::vector<std::vector<Row>> drawn_;
};

void draw_ready(const RowsState& st, const ViewModel::Ready& r, ReadyItem& o) {
    o.handle = r.handle;
    o.task = r.task;
    o.what = r.what ? st.store->strings().get(r.what)
                    : "step " + task_label(st.tasks, *st.store, r.task);
}

void draw_timer(const RowsState& st, const ViewModel::Timer& t, TimerItem& o) {
    o.handle = t.handle;
    o.when = t.when;
    o.task = t.task;
    o.cancelled = t.cancelled;
    if (t.what || !t.task)
        o.what = t.what ? st.store->strings().get(t.what) : "";
    else
        o.what = "wake " + task_label(st.tasks, *st.store, t.task);
}

} // namespace

std::string task_label(const TaskList& tasks, const TraceStore& s, int32_t id) {
    if (id == 0) return "the module code";
    const int64_t k = tasks.index_of(id);
    if (k >= 0 && tasks[static_cast<size_t>(k)].name != 0)
        return s.strings().get(tasks[static_cast<size_t>(k)].name);
    return "task " + std::to_string(id);
}

void materialize(const ViewModel& m, const TraceStore& s, const std::vector<uint64_t>& outs,
                 Snapshot& out) {
    const auto& str = s.strings();
    out.event = m.applied ? m.applied - 1 : 0;
    out.events = s.size();
    out.clock = m.clock;
    out.current_task = m.current_task;
    out.line = m.line;

    auto st = std::make_shared<RowsState>();
    st->store = &s;
    st->tasks = m.tasks;
    st->ready = m.ready;
    st->timers = m.timers;
    out.tasks = Rows<TaskView>(std::make_shared<TaskRows>(st), m.tasks.size());
    out.ready = Rows<ReadyItem>(
        std::make_shared<SeqRows<ViewModel::Ready, ReadyItem>>(st, &RowsState::ready, draw_ready),
        m.ready.size());
    out.timers = Rows<TimerItem>(
        std::make_shared<SeqRows<ViewModel::Timer, TimerItem>>(st, &RowsState::timers, draw_timer),
        m.timers.size());
    out.blocked = m.blocking != 0;

    out.primitives.resize(m.prims.size());
    size_t at = 0;
    m.prims.for_each([&](const ViewModel::Prim& p) {
        PrimitiveView& o = out.primitives[at++];
        o.id = p.id;
        o.kind = p.kind;
        o.name = p.name ? str.get(p.name)
                        : std::string(trace::prim_kind_name(p.kind)) + "#" + std::to_string(p.id);
        o.state = str.get(p.state);
        o.size = p.size;
        o.maxsize = p.maxsize;
        o.waiters.clear();
        p.waiters.for_each([&](int32_t w) { o.waiters.push_back(w); });
        o.putters.clear();
        p.putters.for_each([&](int32_t w) { o.putters.push_back(w); });
    });

    // Output: append-only in the trace, so keep the common prefix.
    if (out.output.size() > m.outputs) out.output.resize(m.outputs);
    for (size_t k = out.output.size(); k < m.outputs; ++k) {
        const uint64_t e = outs[k];
        OutputLine o;
        o.time = s.time(e);
        o.warning = s.kind(e) == EventKind::Warning;
        o.stream = o.warning ? 2 : (s.stream(e) ? s.stream(e) : 1);
        o.text = s.text(e);
        o.line = s.line(e);
        o.task = s.task(e);
        o.event = e;
        o.error = !o.warning && o.stream == 2;
        out.output.push_back(std::move(o));
    }

    out.deadlock = m.deadlock;
    out.finished = m.finished;
    out.error = str.get(m.error);
    out.narration = m.applied ? narrate(s, m.applied - 1, m) : std::string();
}

} // namespace loopscope::session
