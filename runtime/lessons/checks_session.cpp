// checks_session.cpp - a ProgramRun from the playground session (session/snapshot.h), so a
// challenge is graded on the learner's run in the UI without running the program again.
#include "lessons/checks.h"
#include "session/session.h"
#include "session/snapshot.h"

namespace loopscope::lessons {

ProgramRun program_run_from(const session::Snapshot& snapshot) {
    ProgramRun r;
    for (const session::OutputLine& line : snapshot.output) {
        if (line.warning) {
            r.warnings.push_back(line.text.rfind("!warning", 0) == 0 ? line.text
                                                                     : "!warning " + line.text);
        } else if (line.error) {
            // the uncaught exception is taken from snapshot.error below
        } else if (line.stream == 1) {
            r.output.push_back({line.time, line.text});
        }
    }
    if (!snapshot.error.empty()) {
        r.errors.push_back(snapshot.error.rfind("!error", 0) == 0 ? snapshot.error
                                                                  : "!error " + snapshot.error);
    }
    if (snapshot.deadlock) r.errors.push_back("!deadlock");
    r.finished = snapshot.finished;
    if (snapshot.finished) r.end_time = snapshot.clock;
    return r;
}

std::optional<TraceFacts> trace_program(std::string_view source, std::string_view filename,
                                        int64_t max_ticks) {
    session::Options options;
    options.lines = false; // task questions need steps and suspensions, not lines
    options.stacks = false;
    session::Session s(options);
    if (!s.load(source, filename)) return std::nullopt;
    s.run();
    const int64_t slice = 1000000;
    for (int64_t spent = 0; !s.program_finished(); spent += slice) {
        if (spent >= max_ticks) {
            s.stop();
            break;
        }
        s.tick(slice);
    }
    std::vector<trace::TraceEvent> events;
    events.reserve(static_cast<size_t>(s.recorded()));
    for (uint64_t i = 0; i < s.recorded(); ++i) events.push_back(s.event(i));
    return trace_facts(events);
}

} // namespace loopscope::lessons
