// snapshot.h - what the loop looks like at one point of the trace: the data every panel draws.
// Built by the session from trace events alone (session.h), so it exists for every event
// index, in the past as well as at the live end of a run.
#pragma once

#include "trace/event.h"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace loopscope::session {

enum class TaskState : uint8_t {
    Created,   // made, its first step not run yet (its step handle is in the ready queue)
    Ready,     // woken, waiting in the ready queue for its turn
    Running,   // the task whose step is executing at this event
    Waiting,   // suspended at an await (see `wait`)
    Done,      // returned (`result`)
    Failed,    // raised (`result` holds "ValueError: message")
    Cancelled, // cancelled (`result` holds the message or "")
};
const char* task_state_name(TaskState s); // "created", "ready", ...

struct TaskView {
    int32_t id = 0;
    std::string name; // "Task-1", or name=
    std::string coro; // coroutine qualname
    int32_t parent = 0;
    TaskState state = TaskState::Created;
    trace::WaitInfo wait;                // when Waiting
    std::string result;                  // repr of the result / exception / cancel message
    std::vector<trace::FrameInfo> stack; // as of its last suspension (outermost first)
    double created = 0.0, finished = -1.0;
    int32_t line = 0;      // its current / last source line
    bool blocking = false; // reported LoopBlocked in its current step
};

struct ReadyItem {
    int32_t handle = 0;
    int32_t task = 0; // the task whose step it runs, or 0 for a plain callback
    std::string what; // "step Task-2", "wakeup worker-1", "_done_callback"...
};

struct TimerItem {
    int32_t handle = 0;
    double when = 0.0;
    int32_t task = 0; // the sleeping task it wakes (0: a callback)
    std::string what;
    bool cancelled = false;
};

struct PrimitiveView {
    int32_t id = 0;
    trace::PrimKind kind = trace::PrimKind::None;
    std::string name;  // "Queue#1"
    std::string state; // "2 items: [1, 2]", "locked", ...
    int32_t size = -1, maxsize = -1;
    std::vector<int32_t> waiters; // task ids waiting on it, in the order they started waiting
    std::vector<int32_t> putters; // queues: tasks waiting in put() (waiters = get())
};

struct OutputLine {
    double time = 0.0;
    int8_t stream = 1; // 1 stdout, 2 stderr / warning / error
    std::string text;
    int32_t line = 0; // source line that printed it (0: unknown)
    int32_t task = 0;
    bool warning = false, error = false;
    uint64_t event = 0; // the Output/Warning event that printed it (seek to it)
};

// Where the rows of a Rows list come from: row(i) draws row i the first time it is asked for
// and keeps it (the reference stays valid while the source lives).
template <class Row>
class RowSource {
public:
    virtual ~RowSource() = default;
    virtual const Row& row(size_t i) const = 0;
};

// A snapshot's list of tasks, ready callbacks or timers (issue 16: 100,000 tasks). It reads as a
// vector, but a row is drawn from the recorded state only when it is asked for: a snapshot
// costs what the panels show (the visible rows of a table), not every task alive. Copies share
// their source, and a source never changes: rows read later are the rows of the same moment.
template <class Row>
class Rows {
public:
    using value_type = Row;
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Row;
        using difference_type = std::ptrdiff_t;
        using pointer = const Row*;
        using reference = const Row&;
        const_iterator() = default;
        const_iterator(const Rows* rows, size_t i) : rows_(rows), i_(i) {}
        const Row& operator*() const { return (*rows_)[i_]; }
        const Row* operator->() const { return &(*rows_)[i_]; }
        const_iterator& operator++() {
            ++i_;
            return *this;
        }
        const_iterator operator++(int) {
            const_iterator r = *this;
            ++i_;
            return r;
        }
        bool operator==(const const_iterator& o) const { return i_ == o.i_; }
        bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

    private:
        const Rows* rows_ = nullptr;
        size_t i_ = 0;
    };

    Rows() = default;
    Rows(std::shared_ptr<const RowSource<Row>> source, size_t size)
        : source_(std::move(source)), size_(size) {}
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const Row& operator[](size_t i) const { return source_->row(i); }
    const Row& front() const { return (*this)[0]; }
    const Row& back() const { return (*this)[size_ - 1]; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size_}; }

private:
    std::shared_ptr<const RowSource<Row>> source_;
    size_t size_ = 0;
};

struct Snapshot {
    uint64_t event = 0;  // index of the event this snapshot is *after*
    uint64_t events = 0; // events recorded so far
    double clock = 0.0;
    int32_t current_task = 0; // running task (0: none / module code)
    int32_t line = 0;         // current source line (0: unknown)
    Rows<ReadyItem> ready;    // front first
    Rows<TimerItem> timers;   // by (deadline, scheduling order)
    Rows<TaskView> tasks;     // by id
    std::vector<PrimitiveView> primitives;
    std::vector<OutputLine> output; // everything printed up to here
    // One line about the last event: "worker-2 awaits sleep(1.0), wakes at t=3.000".
    std::string narration;
    bool blocked = false; // a task is blocking the event loop right now
    bool deadlock = false;
    bool finished = false; // the script ended at or before this event
    std::string error;     // uncaught exception (last traceback line), if it ended so

    // The task with this id, or null (tasks are by id, mostly 1, 2, 3...: a few rows are drawn).
    const TaskView* task(int32_t id) const {
        if (id >= 1 && static_cast<size_t>(id) <= tasks.size() && tasks[id - 1].id == id)
            return &tasks[id - 1];
        size_t lo = 0, hi = tasks.size();
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (tasks[mid].id < id)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < tasks.size() && tasks[lo].id == id ? &tasks[lo] : nullptr;
    }
};

} // namespace loopscope::session
