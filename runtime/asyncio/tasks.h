// tasks.h - asyncio.Task: a coroutine driven by the loop one step at a time (Task.__step,
// Task.__wakeup in tasks.py), cancellation, all_tasks / current_task, gather's future.
#pragma once

#include "asyncio/futures.h"
#include "lang/frame.h"

namespace loopscope {

struct TaskObj : FutureObj {
    Value coro;
    // The name given (set_name, Task(name=...)), or undef: "Task-<name_number>", made only when
    // asked for (task_name, task_name_text). A million waiting tasks kept a million such strs.
    Value name = Value::undef();
    Value context = Value::none(); // a Context, None: empty (made when contextvars is active)
    CodeObj* coro_code = nullptr;  // for reprs once the coroutine finished
    FutureObj* fut_waiter = nullptr;
    // (its flags are in FutureObj's spare byte: a task is 224 bytes)
    int32_t num_cancels_requested = 0;
    int32_t task_id = 0;          // 1, 2, 3 ... in creation order (trace events)
    TaskObj* step_prev = nullptr; // the loop's current task when this step began
    int64_t step_ticks = 0;       // ticks its current step has run (LoopBlocked)
    uint64_t name_number = 0;     // of the default name (AsyncState::task_counter)

    TaskObj(TypeObj* t, LoopObj* l) : FutureObj(t, l) { is_task = true; }
    void mark_refs(Gc& gc) override;
    size_t gc_size() const override { return 224; }
};

static_assert(sizeof(void*) != 8 || sizeof(TaskObj) == 224, "a task is 224 bytes");

bool is_coroutine(Value v); // coroutines.iscoroutine
// Task.get_name(): the name given, or the default one (made now, kept).
Value task_name(Interp& I, TaskObj* t);
// Its text, without making a str.
std::string task_name_text(const TaskObj* t);
// The end of the program: the tasks still pending are destroyed (see tasks.cpp).
void destroy_pending_tasks(Interp& I);
// `context`: the Context the task runs in, Undef/None: a copy of the current one.
TaskObj* new_task(Interp& I, LoopObj* loop, Value coro, Value name, Value context = Value::undef());
// Task.__step, first half: deliver `exc` (or None) to the coroutine and run it. Returns what
// the coroutine did; Paused when a pausable run (the loop driver's) ran out of ticks inside it,
// to be continued by resume_frame(I, coroutine frame) and finished by task_step_end. *ran is
// false when the task was already done (CPython logs an InvalidStateError; nothing happens).
RunResult task_step_begin(Interp& I, TaskObj* t, Value exc, bool* ran);
// Task.__step, second half: how the task is woken next, from what its coroutine did.
void task_step_end(Interp& I, TaskObj* t, RunResult r, Value* fatal);
bool task_cancel(Interp& I, TaskObj* t, Value msg);     // Task.cancel
bool gather_cancel(Interp& I, FutureObj* f, Value msg); // _GatheringFuture.cancel
// Task, all_tasks, current_task, _GatheringFuture into `mod`; the never-retrieved finalizer.
void init_task_type(Interp& I, AsyncState* st, DictObj* mod);

} // namespace loopscope
