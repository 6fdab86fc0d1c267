// trace_command.h - `loopscope trace [--json|--stats] [--no-lines] [--no-stacks] [--at N] FILE`:
// run a script through the session API (runtime/session/session.h) and print its trace,
// readable or as JSON (docs/trace-schema.md), or the snapshot after event N, or (--stats) only
// how many events were recorded and the memory the recording holds.
#pragma once

namespace loopscope {

// `argv` holds the arguments after "trace". Returns the exit status: the script's own (0, or 1
// after an uncaught exception or a compile error), 2 for a usage error.
int trace_command(int argc, char** argv);

} // namespace loopscope
