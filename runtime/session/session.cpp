// session.cpp - see session.h. The session owns a LiveRun (the program executing in slices)
// and a Recording (everything it reported). Going forwards first walks through events already
// recorded (after stepping back), then executes more of the program; the recorder checks each
// new event against the motion and asks the live run to pause at the first that reaches it.
#include "session/session.h"

#include "core/memory.h"

#include "session/live_run.h"

#include <climits>

namespace loopscope::session {

using trace::EventKind;

struct Session::Impl : trace::TraceSink {
    Options opt;
    std::string source, filename = "main.py";
    std::optional<SyntaxErrorInfo> compile_error;
    Recording recording;
    std::unique_ptr<LiveRun> run;
    std::set<int32_t> breakpoints;
    Motion motion = Motion::None; // the motion in progress
    uint64_t cursor = 0;
    // The motion's parameters, fixed when it is set.
    int32_t target_line = 0, origin_task = 0, origin_depth = INT_MAX;
    double target_time = 0.0;
    uint64_t target_event = 0;
    // Set by the recorder: the first new event that completes the motion.
    uint64_t hit = UINT64_MAX;
    bool full = false; // max_events reached
    mutable trace::TraceEvent scratch;

    explicit Impl(Options o) : opt(o), recording(o.checkpoint_every) {}

    bool matches(uint64_t i) const {
        const trace::TraceStore& s = recording.store();
        const EventKind k = s.kind(i);
        const bool is_line = k == EventKind::Line;
        const bool at_breakpoint =
            is_line && !breakpoints.empty() && breakpoints.count(s.line(i)) != 0;
        switch (motion) {
            case Motion::None: return false;
            case Motion::Run: return at_breakpoint;
            case Motion::StepEvent: return true;
            case Motion::StepLine: return is_line;
            case Motion::StepOver:
                if (at_breakpoint) return true;
                if (s.task(i) != origin_task) return false;
                if (is_line) return s.depth(i) <= origin_depth;
                return k == EventKind::TaskFinished || k == EventKind::TaskFailed ||
                       k == EventKind::TaskCancelled;
            case Motion::RunToLine: return at_breakpoint || (is_line && s.line(i) == target_line);
            case Motion::RunToTime: return at_breakpoint || s.time(i) >= target_time;
            case Motion::RunToEvent: return i >= target_event;
        }
        return false;
    }

    void recorded() {
        const uint64_t i = recording.size() - 1;
        if (motion != Motion::None && hit == UINT64_MAX && matches(i)) {
            hit = i;
            pause_requested = true;
        }
        if (recording.size() >= opt.max_events && !full) {
            full = true;
            pause_requested = true;
        }
    }

    void emit(trace::TraceEvent&& e) override {
        recording.add(e);
        recorded();
    }

    void line(uint64_t, double time, int32_t task, int32_t line, int32_t depth) override {
        if (task != 0 && recording.head().blocking != 0) {
            const ViewModel::Task* t = recording.head().find_task(task);
            if (t && t->blocking) return; // see Options::max_events
        }
        if (full) return;
        recording.add_line(time, task, line, depth);
        recorded();
    }

    uint64_t last() const { return recording.size() ? recording.size() - 1 : 0; }
    bool live_finished() const { return !run || run->finished(); }

    // The depth of the line the cursor's task is at: its last Line event at or before the cursor.
    int32_t depth_at_cursor(int32_t task) const {
        const trace::TraceStore& s = recording.store();
        for (uint64_t j = cursor + 1; j-- > 0;)
            if (s.kind(j) == EventKind::Line && s.task(j) == task) return s.depth(j);
        return INT_MAX;
    }

    void set_motion(Motion m) {
        motion = m;
        hit = UINT64_MAX;
    }
};

Session::Session(Options options) : impl_(std::make_unique<Impl>(options)) {
    memory::set_budget(options.max_memory);
}
Session::~Session() = default;
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;

bool Session::load(std::string_view source, std::string_view filename) {
    Options opt = impl_->opt;
    std::set<int32_t> bps = std::move(impl_->breakpoints);
    impl_ = std::make_unique<Impl>(opt);
    Impl& s = *impl_;
    s.breakpoints = std::move(bps);
    s.source = std::string(source);
    s.filename = std::string(filename);
    s.want_lines = opt.lines;
    s.want_stacks = opt.stacks;
    LiveRun::Options ro;
    ro.blocking_ticks = opt.blocking_ticks;
    ro.max_overrun_ticks = opt.max_overrun_ticks;
    s.run = std::make_unique<LiveRun>(s, ro);
    SyntaxErrorInfo err;
    if (!s.run->load(source, filename, &err)) {
        s.compile_error = err;
        s.run.reset();
        return false;
    }
    s.pause_requested = false;
    return true;
}

const std::optional<SyntaxErrorInfo>& Session::compile_error() const {
    return impl_->compile_error;
}
const std::string& Session::source() const {
    return impl_->source;
}
const std::string& Session::filename() const {
    return impl_->filename;
}
const Options& Session::options() const {
    return impl_->opt;
}
const Recording& Session::recording() const {
    return impl_->recording;
}
size_t Session::memory_bytes() const {
    return impl_->recording.memory_bytes();
}
int Session::exit_status() const {
    if (impl_->compile_error) return 1;
    return impl_->run ? impl_->run->exit_status() : 0;
}

void Session::run() {
    impl_->set_motion(Motion::Run);
}
void Session::pause() {
    impl_->set_motion(Motion::None);
}
void Session::step_event() {
    impl_->set_motion(Motion::StepEvent);
}
void Session::step_line() {
    impl_->set_motion(Motion::StepLine);
}
void Session::step_over() {
    Impl& s = *impl_;
    s.set_motion(Motion::StepOver);
    const trace::TraceStore& st = s.recording.store();
    if (s.recording.size() && st.kind(s.cursor) == EventKind::Line) {
        s.origin_task = st.task(s.cursor);
        s.origin_depth = st.depth(s.cursor);
    } else {
        s.origin_task = s.recording.size() ? s.recording.model_at(s.cursor).current_task : 0;
        s.origin_depth = s.depth_at_cursor(s.origin_task);
    }
}
void Session::run_to_line(int32_t line) {
    impl_->set_motion(Motion::RunToLine);
    impl_->target_line = line;
}
void Session::run_to_time(double t) {
    Impl& s = *impl_;
    s.set_motion(Motion::RunToTime);
    s.target_time = t;
    // A time already passed is a trip back: to the first event at or after it.
    if (s.recording.size() && s.recording.store().time(s.cursor) >= t) {
        uint64_t j = 0;
        while (j < s.cursor && s.recording.store().time(j) < t) ++j;
        s.cursor = j;
        s.set_motion(Motion::None);
    }
}

void Session::run_to_event(uint64_t index) {
    Impl& s = *impl_;
    s.set_motion(Motion::RunToEvent);
    s.target_event = index;
    if (s.recording.size() && index <= s.cursor) {
        s.cursor = index;
        s.set_motion(Motion::None);
    }
}

void Session::stop() {
    Impl& s = *impl_;
    s.set_motion(Motion::None);
    if (s.run && !s.run->finished()) {
        s.run->stop();
        s.cursor = s.last();
    }
}

bool Session::tick(int64_t budget) {
    Impl& s = *impl_;
    if (s.motion == Motion::None || s.recording.size() == 0) return false;
    const uint64_t start = s.cursor;
    // 1. Events already recorded (we stepped back, or a pause left some beyond the target).
    for (uint64_t j = s.cursor + 1; j < s.recording.size(); ++j)
        if (s.matches(j)) {
            s.cursor = j;
            s.set_motion(Motion::None);
            return true;
        }
    // 2. Run more of the program.
    if (!s.live_finished()) {
        s.hit = UINT64_MAX;
        s.pause_requested = false;
        s.run->advance(budget);
        s.pause_requested = false;
        if (s.full && !s.run->finished()) {
            trace::TraceEvent w;
            w.kind = EventKind::Warning;
            w.time = s.recording.store().time(s.last());
            w.stream = 2;
            w.text = "loopscope: the trace reached " + std::to_string(s.opt.max_events) +
                     " events: the program was stopped";
            s.recording.add(w);
            s.run->stop();
        }
        if (s.hit != UINT64_MAX) {
            s.cursor = s.hit;
            s.set_motion(Motion::None);
            return true;
        }
    }
    // Not reached yet: show where the program is. At its end, the motion is over.
    s.cursor = s.last();
    if (s.live_finished()) s.set_motion(Motion::None);
    return s.cursor != start;
}

Motion Session::motion() const {
    return impl_->motion;
}

void Session::step_back_event() {
    Impl& s = *impl_;
    s.set_motion(Motion::None);
    if (s.cursor > 0) --s.cursor;
}

void Session::step_back_line() {
    Impl& s = *impl_;
    s.set_motion(Motion::None);
    const trace::TraceStore& st = s.recording.store();
    uint64_t j = s.cursor;
    while (j > 0) {
        --j;
        if (st.kind(j) == EventKind::Line) {
            s.cursor = j;
            return;
        }
    }
    s.cursor = 0;
}

void Session::seek(uint64_t event_index) {
    Impl& s = *impl_;
    s.set_motion(Motion::None);
    s.cursor = event_index < s.recording.size() ? event_index : s.last();
}

void Session::reset() {
    impl_->set_motion(Motion::None);
    impl_->cursor = 0;
}

std::set<int32_t>& Session::breakpoints() {
    return impl_->breakpoints;
}

const Snapshot& Session::snapshot() {
    return impl_->recording.snapshot_at(impl_->cursor);
}
uint64_t Session::cursor() const {
    return impl_->cursor;
}
uint64_t Session::recorded() const {
    return impl_->recording.size();
}
bool Session::program_finished() const {
    return impl_->live_finished();
}

const trace::TraceEvent& Session::event(uint64_t i, trace::TraceStore::Decode decode) const {
    const Impl& s = *impl_;
    if (i < s.recording.size())
        s.scratch = s.recording.store().get(i, decode);
    else
        s.scratch = trace::TraceEvent{};
    return s.scratch;
}

trace::EventKind Session::event_kind(uint64_t i) const {
    const Impl& s = *impl_;
    return i < s.recording.size() ? s.recording.store().kind(i) : trace::EventKind::ScriptStarted;
}

} // namespace loopscope::session
