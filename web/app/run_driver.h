// run_driver.h - what the panels need from a run, as an interface over the session
// (session_driver.cpp, over runtime/session/session.h); the methods mirror session::Session
// one to one.
#pragma once

#include "lang/syntax_error.h"
#include "session/snapshot.h"
#include "trace/event.h"
#include "trace/trace_store.h"

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>

namespace loopscope {

class RunDriver {
public:
    virtual ~RunDriver() = default;

    // Load a program; false when it does not compile (compile_error() says why, with a line).
    virtual bool load(std::string_view source) = 0;
    virtual std::string compile_error() const = 0; // "" when it compiled
    virtual int32_t compile_error_line() const = 0;
    virtual const SyntaxErrorInfo* syntax_error() const = 0; // null when it compiled

    virtual void run() = 0;
    virtual void pause() = 0;
    virtual void step_event() = 0;
    virtual void step_line() = 0;
    virtual void step_back_event() = 0;
    virtual void step_back_line() = 0;
    virtual void seek(uint64_t index) = 0;
    virtual void run_to_event(uint64_t index) = 0; // a lesson question's moment
    virtual void reset() = 0;
    virtual void stop() = 0;
    virtual bool tick(int64_t budget) = 0; // true if the cursor moved
    virtual bool busy() const = 0;         // a motion is in progress (running / stepping)

    virtual const session::Snapshot& snapshot() = 0;
    virtual uint64_t cursor() const = 0;
    virtual uint64_t recorded() const = 0;
    virtual bool program_finished() const = 0;
    using Decode = trace::TraceStore::Decode;
    virtual const trace::TraceEvent& event(uint64_t i, Decode decode = Decode::Full) const = 0;
    virtual trace::EventKind event_kind(uint64_t i) const = 0;
    // Everything recorded so far (lessons grade a run from it: lessons/program_run.h).
    virtual const trace::TraceStore& recording() const = 0;
    virtual std::set<int32_t>& breakpoints() = 0;
};

// The session-backed driver (the real one).
std::unique_ptr<RunDriver> make_session_driver();

} // namespace loopscope
