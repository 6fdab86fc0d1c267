// run.cpp - run_script / ScriptRunner: the front end, the compiler and the VM in sequence.
#include "lang/run.h"
#include "lang/finalize.h"

#include "lang/compiler.h"
#include "lang/ops.h"
#include "lang/scope.h"
#include "lang/vm_internal.h"

namespace loopscope {

ScriptRunner::ScriptRunner(Interp& I, std::string source, std::string filename)
    : I(I), source_(std::move(source)), filename_(std::move(filename)) {
    // the main file's text for the traceback and warnings modules' source lines
    I.registry["__main__.source"] = I.str(source_);
    I.registry["__main__.filename"] = I.str(filename_);
}

ScriptRunner::~ScriptRunner() {
    stop();
}

// While the runner drives the script, the interpreter's collector may run wherever Python code
// runs: the runner (and the event loop it drives) holds nothing but the script's frames and
// what the module registry roots (heap.h).
namespace {
struct Driving {
    Interp& I;
    int32_t saved;
    explicit Driving(Interp& interp) : I(interp), saved(interp.unrooted_natives) {
        I.unrooted_natives = 0;
    }
    ~Driving() { I.unrooted_natives = saved; }
};
} // namespace

bool ScriptRunner::step(int64_t ticks) {
    if (done_) return true;
    Driving driving(I);
    bool first = entry_ == nullptr;
    if (first) {
        ParseResult parsed = parse_and_resolve(source_, filename_);
        if (!parsed.ok()) {
            I.write_err(format_syntax_error(parsed.error, filename_));
            status_ = 1;
            done_ = true;
            return true;
        }
        CompileResult compiled = compile_module(I, *parsed.module, source_);
        if (!compiled.code) {
            I.write_err(format_syntax_error(*compiled.error, filename_));
            status_ = 1;
            done_ = true;
            return true;
        }
        // (CPython's compiler shows its SyntaxWarnings before the program starts)
        for (const CompileWarning& w : compiled.warnings)
            I.write_err(format_compile_warning(w, filename_, source_));
        globals_ = new_dict(I);
        dict_set_str(I, globals_, I.n.__name__, Value::object(I.intern("__main__")));
        dict_set_str(I, globals_, I.n.__file__, I.str(filename_));
        dict_set_str(I, globals_, I.n.__doc__, Value::none());
        dict_set_str(I, I.modules, I.n.__main__,
                     Value::object(I.alloc<ModuleObj>(I.t.module, I.n.__main__, globals_)));
        entry_ = Frame::create(compiled.code, nullptr, globals_);
        entry_->locals_dict = globals_;
        entry_->flags |= FRAME_MODULE;
        entry_->back = I.frame;
        I.frame = entry_;
        ++I.depth;
    }
    I.ticks = ticks;
    I.overrun_ticks = 0;
    RunResult r;
    if (first) {
        r = run_entry(false);
        if (r.status == RunStatus::Paused && I.continuation) r = resume();
    } else {
        r = resume();
    }
    I.ticks = -1;
    I.pausable_entry = nullptr;
    if (r.status == RunStatus::Paused) return false;
    entry_ = nullptr; // run_frame freed it
    if (r.status == RunStatus::Raised) {
        Value exc = I.exc;
        I.exc = Value::none();
        out_of_memory_ = exc_matches(I, exc, I.t.MemoryError);
        if (I.stopping()) {
            // Stopped over its budget (lang/budget.cpp): the reason, not a traceback.
            stop_reason_ = std::move(I.stop_message);
            I.stop_message.clear();
            I.write_err(stop_reason_ + "\n");
            status_ = 1;
        } else if (on_uncaught) {
            status_ = on_uncaught(exc);
        } else if (exc_matches(I, exc, I.t.SystemExit)) {
            status_ = system_exit_status(exc);
        } else {
            I.write_err(format_exception(I, exc, source_, filename_));
            // CPython ends an uncaught KeyboardInterrupt by SIGINT: a shell's status 130
            status_ = exc_matches(I, exc, I.t.KeyboardInterrupt) ? 130 : 1;
        }
    }
    finish();
    return true;
}

// sys.exit(code): None -> 0, an int -> itself, anything else is printed and gives 1 (as
// CPython's handle_system_exit).
int ScriptRunner::system_exit_status(Value exc) {
    auto* e = as<ExceptionObj>(exc);
    Value code = e->args && !e->args->items.empty() ? e->args->items[0] : Value::none();
    if (e->args && e->args->items.size() > 1) code = Value::object(e->args);
    if (code.is_none()) return 0;
    if (code.is_small_int()) return int(code.as_small_int() & 0xff);
    std::string text;
    if (!str_into(I, code, text)) {
        I.exc = Value::none();
        text.assign(1, '?'); // (not = "?": a g++ 12 -Wrestrict false positive)
    }
    I.write_err(text + "\n");
    return 1;
}

RunResult ScriptRunner::run_entry(bool throwing) {
    I.pausable_entry = entry_;
    RunResult r = run_frame(I, entry_, throwing);
    I.pausable_entry = nullptr;
    return r;
}

// Continue a paused script: first the work a native call handed over (the event loop of
// asyncio.run), then the Python code that called it, with the call's result.
RunResult ScriptRunner::resume() {
    for (;;) {
        if (!I.continuation) return run_entry(false);
        RunResult c = I.continuation->run(I);
        if (c.status == RunStatus::Paused) return c;
        I.continuation.reset();
        if (c.status == RunStatus::Raised) return run_entry(true);
        I.frame->sp[-1] = c.value; // the call's pending result
        RunResult r = run_entry(false);
        if (r.status != RunStatus::Paused || !I.continuation) return r;
    }
}

void ScriptRunner::stop() {
    if (done_) return;
    if (entry_) {
        abandon_frames(I, entry_);
        entry_ = nullptr;
        if (I.continuation) {
            I.continuation->abandon(I);
            I.continuation.reset();
        }
    }
    status_ = 1;
    finish();
}

// The program's atexit functions (stdlib/py/atexit.py), when it imported the module: before its
// globals go, as Py_FinalizeEx calls them before the modules are torn down.
static void run_atexit(Interp& I) {
    Value m = I.modules ? dict_get_str(I.modules, I.intern("atexit")) : Value::undef();
    if (!m.is_obj() || I.stopping()) return;
    Value fn = getattr_opt(I, m, I.intern("_run_exitfuncs"));
    if (!fn.is_undef() && !fn.is_error()) call(I, fn, std::span<const Value>{});
    if (!I.stopping()) I.exc = Value::none();
}

// The end of the program, in Py_FinalizeEx's order: atexit's functions, the globals'
// finalizers, the other layers' hooks (the pending tasks), then a collection so finalizer
// warnings (never-awaited coroutines) are reported, as CPython does when it shuts down.
void ScriptRunner::finish() {
    done_ = true;
    bool stopped = !stop_reason_.empty(); // over its budget, or the page's Stop: no more Python
    if (!stopped) run_atexit(I);
    if (globals_) fin_shutdown(I, globals_); // __del__ / finally of what is left (finalize.h)
    // (after a MemoryError, tens of thousands of tasks may be pending: not reported)
    for (auto& hook : I.shutdown_hooks)
        if (!stopped && !out_of_memory_ && !I.stopping()) hook(I);
    I.collect();
}

int run_script(Interp& I, std::string_view source, std::string_view filename) {
    ScriptRunner run(I, std::string(source), std::string(filename));
    // In slices even without a UI: V8 only optimises a wasm function that returns now and
    // then (its baseline code has no on-stack replacement), and the dispatch loop is one.
    // Slices must be short enough for the optimised code to arrive within a short run: with
    // 1 << 22 ticks fib.py stayed in baseline code to the end (1.38 s CPU under node, 1.01 s
    // with 1 << 16; 1 << 13 was no better).
    while (!run.step(1 << 16)) {
    }
    return run.status();
}

CapturedRun run_captured(std::string_view source, std::string_view filename) {
    CapturedRun out{0, {}, {}};
    Interp I;
    I.write_out = [&](std::string_view s) { out.out.append(s); };
    I.write_err = [&](std::string_view s) { out.err.append(s); };
    out.status = run_script(I, source, filename);
    return out;
}

} // namespace loopscope
