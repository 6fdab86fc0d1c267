// trace_emit.h - the event loop's side of the trace (trace/event.h): one function per thing
// that happens, called from the loop, tasks, futures and the time module. Each is only called
// when a sink is installed (callers test `AsyncState::trace.sink`), so untraced runs pay one test.
#pragma once

#include "asyncio/async_state.h"
#include "asyncio/base_events.h"
#include "asyncio/tasks.h"
#include "trace/event.h"

namespace loopscope {

// Where the events of `I` go from now on (nullptr: nowhere). The session's LiveRun installs
// its sink before the program starts; time.sleep's BlockingSleep is routed here too.
void set_trace_sink(Interp& I, trace::TraceSink* sink);
// Fill seq / time / line of `e` and hand it to the sink; honours the sink's pause request.
void trace_emit(Interp& I, trace::TraceEvent&& e);
// Give up the rest of the slice's budget if the sink asked for a pause.
void trace_pause_if_requested(Interp& I);
// The line of main.py the running code is at (the innermost frame not in the runtime's own
// Python code), or 0.
int32_t trace_current_line(Interp& I);
// The task running now (0: none).
int32_t trace_current_task(Interp& I);
int32_t trace_current_task(AsyncState* st); // (the state at hand)

void trace_task_created(Interp& I, TaskObj* t, TaskObj* parent);
void trace_task_renamed(Interp& I, TaskObj* t);
void trace_task_step(Interp& I, TaskObj* t, Value exc);
void trace_task_step_end(Interp& I, TaskObj* t);
void trace_cancel_requested(Interp& I, TaskObj* t, Value msg);
void trace_loop_blocked(Interp& I, TaskObj* t, int64_t ticks);
void trace_handle_scheduled(Interp& I, HandleObj* h);
void trace_handle_run(Interp& I, HandleObj* h, bool skipped);
void trace_timer_scheduled(Interp& I, HandleObj* h);
void trace_timer_fired(Interp& I, HandleObj* h);
void trace_timer_cancelled(Interp& I, HandleObj* h);
void trace_simple(Interp& I, trace::EventKind kind, double value = 0.0, std::string text = {});
void trace_thread(Interp& I, bool finished, std::string what, double elapsed);

// The frames of a coroutine and of everything it awaits, outermost first.
std::vector<Frame*> trace_coroutine_frames(GenObj* g);
// Stack and locals of a coroutine chain, outermost first (TaskSuspended).
std::vector<trace::FrameInfo> trace_coroutine_stack(Interp& I, GenObj* g);
// A short, bounded repr for locals (never runs for long, never prints): at most `limit`
// characters of repr(v), "..." ending a longer one (trace_repr.cpp).
std::string trace_repr(Interp& I, Value v, size_t limit = 60);
// The same while the trace's sink is already taken away (a __repr__'s events are no part of
// the program's story), as trace_coroutine_stack does around a whole stack.
std::string trace_repr_quiet(Interp& I, Value v, size_t limit = 60);
// The same written over `out` (whose buffer a stack reuses from one suspension to the next).
void trace_repr_quiet_into(Interp& I, Value v, std::string& out, size_t limit = 60);
// trace_repr(I, v, limit) appended to `out` (a scalar written straight into it).
void trace_repr_append(Interp& I, Value v, std::string& out, size_t limit = 60);

} // namespace loopscope
