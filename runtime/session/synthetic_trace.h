// synthetic_trace.h - a made-up but consistent trace of any length, without an interpreter:
// `workers` tasks that print, wait on a lock, put to and get from a queue and sleep, in turn.
// For the time-travel benchmark (tools/bench/session_bench.cpp), for tests that need long
// traces, and for UI work that wants a fixed trace.
#pragma once

#include "session/recording.h"

#include <cstdint>

namespace loopscope::session {

// Append about `events` events (ending with ScriptFinished) to `out`.
void make_synthetic_trace(Recording& out, uint64_t events, int workers);

} // namespace loopscope::session
