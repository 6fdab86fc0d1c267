// vm.h - the bytecode interpreter's entry points.
//
// The dispatch loop (vm.cpp) runs Python->Python calls by pushing frames, and resumes
// generators/coroutines by linking their frame on top of the resumer - no C++ recursion for
// either. Native code (a builtin, the event loop) enters Python through the functions below;
// each runs a nested dispatch loop until the entered frame returns, yields or raises.
//
// Driving a coroutine (as asyncio's Task.__step does):
//   RunResult r = gen_send(I, coro, Value::none());   // or gen_throw(I, coro, exc)
//   Returned: the coroutine finished with r.value (StopIteration's value)
//   Yielded:  it is suspended; r.value is what it yielded (e.g. a Future it waits on)
//   Raised:   an exception escaped; it is in r.value (and I.exc)
#pragma once

#include "lang/traceback_markers.h"

#include "lang/frame.h"
#include "lang/interp.h"

namespace loopscope {

// Run a module's code with `globals` as its namespace. Returns None or Error.
Value run_module_code(Interp& I, CodeObj* code, DictObj* globals);

// Call a Python function from native code.
Value call_function(Interp& I, FunctionObj* f, const CallArgs& a, Value self = Value::undef());

// Run a class body function with `ns` as its namespace; returns what the body returns (the
// __class__ cell or None).
Value run_class_body(Interp& I, FunctionObj* body, DictObj* ns);

// Continue a run that returned Paused (I.frame is still its innermost frame).
RunResult resume_frame(Interp& I, Frame* entry);
// Give up a paused run: pop and free its frames down to (and including) `entry`.
void abandon_frames(Interp& I, Frame* entry);

// `fn`, a native __await__, gives back the object itself (asyncio's Future and awaitables):
// `await x` on an object whose type has it skips the call (a handful at most).
void register_self_await(NativeFn fn);

// Resume a generator / coroutine / async generator from native code.
RunResult gen_send(Interp& I, GenObj* g, Value v);
RunResult gen_throw(Interp& I, GenObj* g, Value exc);
// A native loop over a plain generator (list(), set(), sum(), ... of a generator expression):
// what iter_next per item then `fn(I, ctx, item)` does (a tick, a resume, the item; the same
// ticks, pins and errors), with every resume in one run of the VM instead of a run per item.
// fn returns 1 for the next item, 0 to stop there (the generator stays suspended), -1 with
// I.exc set on error; gen_drain returns false with I.exc set on error.
struct YieldSink {
    int (*fn)(Interp& I, void* ctx, Value item);
    void* ctx;
};
bool gen_drain(Interp& I, GenObj* g, const YieldSink& sink);
inline bool is_plain_generator(Value v) {
    return is_kind(v, Kind::Generator) && as<GenObj>(v)->gkind == GenKind::Generator;
}
// gen.close(): throw GeneratorExit; returns None or Error.
Value gen_close(Interp& I, GenObj* g);

// The exception being handled by the innermost frame that handles one (sys.exception()).
Value current_handled_exception(Interp& I);

// Prepare an exception for raising from the current frame: sets its __context__ from the
// exception being handled (as _PyErr_SetObject). Called by raise() in ops.cpp.
void set_exception_context(Interp& I, Value exc);

// Print an uncaught exception as CPython does: "Traceback (most recent call last):" ... with
// chained causes/contexts. `source` is the text of `filename` (the main file), whose lines
// are shown under each traceback entry, with CPython 3.11's position markers under them by the
// rules of the interpreter's printer or of traceback.py (lang/traceback_markers.h).
std::string format_exception(Interp& I, Value exc, std::string_view source,
                             std::string_view filename,
                             TracebackStyle style = TracebackStyle::Interpreter);
// traceback.format_exception's options: `limit` entries of each traceback (from the outermost
// when positive, the innermost when negative), the top exception's traceback given apart (the
// `tb` argument, innermost first), and whether causes and contexts are shown.
struct TracebackOptions {
    bool has_limit = false;
    int64_t limit = 0;
    const std::vector<TracebackEntry>* top = nullptr;
    bool chain = true;
};
std::string format_exception(Interp& I, Value exc, std::string_view source,
                             std::string_view filename, TracebackStyle style,
                             const TracebackOptions& options);

} // namespace loopscope
