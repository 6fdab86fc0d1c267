// trace_json.h - the trace as JSON: the stable, documented export of `loopscope trace --json`
// (schema in docs/trace-schema.md). Output is deterministic: the same events give the same
// bytes on every platform (integers, shortest round-trip doubles, fixed key order).
#pragma once

#include "lang/syntax_error.h"
#include "trace/trace_store.h"

#include <string>

namespace loopscope::trace {

constexpr const char* kTraceSchema = "loopscope-trace";
constexpr int kTraceSchemaVersion = 1;

struct TraceHeader {
    std::string file;                               // "main.py"
    std::string source;                             // the program's text
    int exit_status = 0;                            // 0, or 1 (uncaught exception, stopped, ...)
    const SyntaxErrorInfo* compile_error = nullptr; // when it did not compile (no events then)
};

// One event as a JSON object on one line (no newline), fields at their default left out.
std::string event_json(const TraceStore& store, uint64_t i);
// The whole document: {"schema", "version", "file", "source", "exit_status",
// ["compile_error",] "events": [...]}, one event per line, ending with a newline.
std::string trace_json(const TraceStore& store, const TraceHeader& header);

} // namespace loopscope::trace
