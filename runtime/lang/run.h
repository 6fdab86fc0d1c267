// run.h - running a whole script the way `python3 FILE` does: parse, compile, execute as
// __main__, print an uncaught exception's traceback to the error stream.
//
//   Interp I;
//   I.write_out = ...; I.write_err = ...;   // optional: capture output
//   int status = run_script(I, source, "main.py");  // 0 ok, 1 uncaught exception
//
// A UI that must keep drawing runs the script in slices instead:
//   ScriptRunner run(I, source, "main.py");
//   while (!run.step(10000)) draw_frame();   // at most 10,000 ticks per call
//   run.status();
// A learner's infinite loop then never freezes the caller, and stop() ends it.
#pragma once

#include "lang/frame.h"
#include "lang/interp.h"

#include <string>
#include <string_view>

namespace loopscope {

int run_script(Interp& I, std::string_view source, std::string_view filename);

class ScriptRunner {
public:
    ScriptRunner(Interp& I, std::string source, std::string filename);
    ~ScriptRunner();
    ScriptRunner(const ScriptRunner&) = delete;
    ScriptRunner& operator=(const ScriptRunner&) = delete;

    // Run for at most `ticks` ticks (loop iterations and calls; -1 = no limit). Returns true
    // once the script has finished (or failed to compile); later calls do nothing.
    bool step(int64_t ticks);
    // End a paused script now (its frames are freed; status() becomes 1).
    void stop();
    bool finished() const { return done_; }
    // When set, an uncaught exception goes here (instead of a traceback on the error stream)
    // and its result becomes status().
    std::function<int(Value exc)> on_uncaught;
    int status() const { return status_; }
    // Why the run was stopped over its budget (Interp::max_overrun_ticks), or empty.
    const std::string& stop_reason() const { return stop_reason_; }
    const std::string& source() const { return source_; }
    const std::string& filename() const { return filename_; }

private:
    void finish();
    RunResult run_entry(bool throwing);
    RunResult resume();
    int system_exit_status(Value exc);
    Interp& I;
    std::string source_; // kept for tracebacks
    std::string filename_;
    Frame* entry_ = nullptr;     // the module frame while the script runs
    DictObj* globals_ = nullptr; // __main__'s namespace (rooted via the module registry)
    bool done_ = false;
    int status_ = 0;
    std::string stop_reason_;
    bool out_of_memory_ = false; // ended by a MemoryError: no clean-up that needs memory
};

// Convenience for tests: run `source` in a fresh interpreter and capture both streams.
struct CapturedRun {
    int status;
    std::string out;
    std::string err;
};
CapturedRun run_captured(std::string_view source, std::string_view filename = "main.py");

} // namespace loopscope
