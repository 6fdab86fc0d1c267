// session_driver.cpp - RunDriver over the real session (runtime/session/session.h).
#include "later_python.h"
#include "run_driver.h"
#include "session/session.h"

namespace loopscope {
namespace {

class SessionDriver final : public RunDriver {
public:
    bool load(std::string_view source) override { return session_.load(source, "main.py"); }
    std::string compile_error() const override {
        const auto& e = session_.compile_error();
        if (!e) return "";
        return e->type + ": " + e->msg +
               (e->line > 0 ? " (line " + std::to_string(e->line) + ")" : "");
    }
    int32_t compile_error_line() const override {
        const auto& e = session_.compile_error();
        return e ? e->line : 0;
    }
    const SyntaxErrorInfo* syntax_error() const override {
        const auto& e = session_.compile_error();
        return e ? &*e : nullptr;
    }
    void run() override { session_.run(); }
    void pause() override { session_.pause(); }
    void step_event() override { session_.step_event(); }
    void step_line() override { session_.step_line(); }
    void step_back_event() override { session_.step_back_event(); }
    void step_back_line() override { session_.step_back_line(); }
    void seek(uint64_t index) override { session_.seek(index); }
    void run_to_event(uint64_t index) override { session_.run_to_event(index); }
    void reset() override { session_.reset(); }
    void stop() override { session_.stop(); }
    // A run waits for the Python downloaded after the first load (later_python.h).
    bool tick(int64_t budget) override { return later_python::ready() && session_.tick(budget); }
    bool busy() const override { return session_.motion() != session::Motion::None; }
    const session::Snapshot& snapshot() override { return session_.snapshot(); }
    uint64_t cursor() const override { return session_.cursor(); }
    uint64_t recorded() const override { return session_.recorded(); }
    bool program_finished() const override { return session_.program_finished(); }
    const trace::TraceEvent& event(uint64_t i, Decode decode) const override {
        return session_.event(i, decode);
    }
    trace::EventKind event_kind(uint64_t i) const override { return session_.event_kind(i); }
    const trace::TraceStore& recording() const override { return session_.recording().store(); }
    std::set<int32_t>& breakpoints() override { return session_.breakpoints(); }

private:
    session::Session session_;
};

} // namespace

std::unique_ptr<RunDriver> make_session_driver() {
    return std::make_unique<SessionDriver>();
}

} // namespace loopscope
