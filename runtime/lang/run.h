// run.h - running a whole script the way `python3 FILE` does: parse, compile, execute as
// __main__, print an uncaught exception's traceback to the error stream.
//
//   Interp I;
//   I.write_out = ...; I.write_err = ...;   // optional: capture output
//   int status = run_script(I, source, "main.py");  // 0 ok, 1 uncaught exception
#pragma once

#include "lang/interp.h"

#include <string>
#include <string_view>

namespace loopscope {

int run_script(Interp& I, std::string_view source, std::string_view filename);

// Convenience for tests: run `source` in a fresh interpreter and capture both streams.
struct CapturedRun {
    int status;
    std::string out;
    std::string err;
};
CapturedRun run_captured(std::string_view source, std::string_view filename = "main.py");

} // namespace loopscope
