// run_program.h - a program run as `loopscope run` runs it (as main.py), its stdout and stderr
// captured, with the modules `setup` registers (every module by default).
#pragma once

#include "asyncio/asyncio_module.h"
#include "lang/run.h"

#include <string_view>

namespace loopscope::test {

inline CapturedRun run_program(std::string_view source, void (*setup)(Interp&) = register_modules) {
    Interp I;
    setup(I);
    CapturedRun r{0, {}, {}};
    I.write_out = [&](std::string_view s) { r.out.append(s); };
    I.write_err = [&](std::string_view s) { r.err.append(s); };
    r.status = run_script(I, source, "main.py");
    return r;
}

} // namespace loopscope::test
