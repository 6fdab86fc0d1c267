// trace_text.h - the readable form of a trace (`loopscope trace FILE`): one line per event with
// its index, virtual time, kind, narration and source line.
#pragma once

#include "trace/trace_store.h"

#include <string>

namespace loopscope::session {

// "    12  t=1.000  TaskSuspended    worker-2 awaits sleep(1.0), wakes at t=2.000  (line 5)\n"
// for every event of `store`.
std::string trace_text(const trace::TraceStore& store);

} // namespace loopscope::session
