// live_run.cpp - LiveRun: an interpreter, a ScriptRunner and the hooks that turn everything the
// script does (prints, warnings, lines, the event loop's events) into trace events.
#include "session/live_run.h"

#include "asyncio/async_state.h"
#include "asyncio/trace_emit.h"
#include "lang/classes.h"
#include "lang/compiler.h"
#include "lang/ops.h"
#include "lang/run.h"
#include "lang/scope.h"
#include "lang/vm.h"
#include "world/world_modules.h"

#include <set>

#include <optional>

namespace loopscope {

using trace::EventKind;
using trace::TraceEvent;

struct LiveRun::Impl {
    trace::TraceSink& sink;
    Options options;
    Interp I;
    std::optional<ScriptRunner> runner;
    std::string out_partial, err_partial;        // text after the last newline of each stream
    double out_started = 0.0, err_started = 0.0; // the clock when each partial line started
    bool finished = false;
    int status = 0;
    std::string uncaught; // last line of the uncaught exception's traceback

    Impl(trace::TraceSink& s, Options o) : sink(s), options(o) {}

    // `started`: the clock when the line's first piece was written (print(..., end="") before
    // a wait); the event says how long before its own time that was, as the transcript stamps
    // a line with its start.
    void emit_line(int8_t stream, std::string text, bool warning = false, double started = -1.0) {
        TraceEvent e;
        e.kind = warning ? EventKind::Warning : EventKind::Output;
        e.stream = stream;
        e.task = trace_current_task(I);
        e.text = std::move(text);
        const double now = virtual_now(I);
        if (started >= 0.0 && started < now) e.value = now - started;
        trace_emit(I, std::move(e));
    }

    // Split a stream into lines; a line is reported when its newline is written.
    void write(int8_t stream, std::string_view s) {
        std::string& partial = stream == 1 ? out_partial : err_partial;
        double& started = stream == 1 ? out_started : err_started;
        for (char c : s) {
            if (partial.empty() && c != '\n') started = virtual_now(I);
            if (c == '\n') {
                const double start = partial.empty() ? -1.0 : started;
                emit_line(stream, std::move(partial), false, start);
                partial.clear();
            } else {
                partial += c;
            }
        }
    }

    void flush() {
        if (!out_partial.empty()) emit_line(1, std::move(out_partial), false, out_started);
        if (!err_partial.empty()) emit_line(2, std::move(err_partial), false, err_started);
        out_partial.clear();
        err_partial.clear();
    }

    void end(std::string text) {
        if (finished) return;
        flush();
        finished = true;
        TraceEvent e;
        e.kind = EventKind::ScriptFinished;
        e.text = std::move(text);
        trace_emit(I, std::move(e));
    }
};

std::string exception_line(Interp& I, Value exc) {
    TypeObj* t = type_of(I, exc);
    std::string name = t->qualname->s;
    Value mod = type_lookup(t, I.n.__module__);
    std::string m = is_str(mod) ? std::string(str_view(mod)) : type_module(I, t);
    if (m != "builtins" && m != "__main__" && !m.empty()) name = m + "." + name;
    std::string msg;
    if (!str_into(I, exc, msg)) {
        I.exc = Value::none();
        msg = "<exception str() failed>";
    }
    std::string line = msg.empty() ? name : name + ": " + msg;
    return line.substr(0, line.find('\n'));
}

// Interp::line_hook: a new line of the learner's code is about to run.
static void on_line(Interp& I, Frame* f, int32_t line) {
    if (is_library_code(f->code)) return; // the runtime's own Python code
    AsyncState* st = async_state(I);
    trace::TraceSink* sink = st->trace.sink;
    if (!sink || !sink->want_lines) return;
    int32_t depth = 0;
    for (Frame* g = f; g && !is_library_code(g->code); g = g->back) ++depth;
    sink->line(st->trace.seq, st->clock->now(), trace_current_task(st), line, depth);
    if (sink->pause_requested && I.ticks > 0) { // (trace_pause_if_requested)
        st->trace.ticks_dropped += I.ticks;
        I.ticks = 0; // pause at the next safe point
    }
}

LiveRun::LiveRun(trace::TraceSink& sink, Options options)
    : impl_(std::make_unique<Impl>(sink, options)) {
    Impl& m = *impl_;
    Interp& I = m.I;
    register_program_modules(I);
    I.recursion_limit = int32_t(options.recursion_limit);
    I.max_overrun_ticks = options.max_overrun_ticks;
    I.write_out = [&m](std::string_view s) { m.write(1, s); };
    I.write_err = [&m](std::string_view s) { m.write(2, s); };
    I.warn = [&m, shown = std::set<std::string>()](TypeObj* category, std::string_view message,
                                                   Interp::WarnSite site) mutable {
        std::string text = category->name->s + ": " + std::string(message);
        std::string key = text;
        if (site.file) key += "@" + site.file->s + ":" + std::to_string(site.line);
        if (!shown.insert(key).second) return;
        TraceEvent e;
        e.kind = EventKind::Warning;
        e.stream = 2;
        e.line = site.file && !site.library ? site.line : 0;
        e.text = std::move(text);
        trace_emit(m.I, std::move(e));
    };
    AsyncState* st = async_state(I);
    st->trace.blocking_ticks = options.blocking_ticks;
    // asyncio's logged errors ("Task exception was never retrieved", "Exception in callback"):
    // the first line is the warning; the rest (which task, its traceback) follows as stderr.
    st->log_hooked = true;
    st->log_error = [&m](const std::string& msg, const std::string& detail) {
        m.emit_line(2, msg.substr(0, msg.find('\n')), true);
        std::string rest =
            msg.find('\n') == std::string::npos ? "" : msg.substr(msg.find('\n') + 1);
        if (!rest.empty() && rest.back() != '\n') rest += '\n';
        m.write(2, rest + detail);
    };
    // At a deadlock the run's story ends (SEMANTICS.md rule 8): a line left unfinished is
    // shown now, right after the Deadlock event, as the transcript shows it.
    st->on_deadlock = [&m]() { m.flush(); };
    set_trace_sink(I, &sink);
    I.line_hook = on_line;
}

LiveRun::~LiveRun() {
    if (impl_->runner) impl_->runner->stop();
}

bool LiveRun::load(std::string_view source, std::string_view filename, SyntaxErrorInfo* error) {
    Impl& m = *impl_;
    ParseResult parsed = parse_and_resolve(source, filename);
    if (!parsed.ok()) {
        if (error) *error = parsed.error;
        return false;
    }
    CompileResult compiled = compile_module(m.I, *parsed.module, source);
    if (!compiled.code) {
        if (error) *error = *compiled.error;
        return false;
    }
    m.runner.emplace(m.I, std::string(source), std::string(filename));
    m.runner->on_uncaught = [&m](Value exc) {
        Interp& I = m.I;
        if (exc_matches(I, exc, I.t.SystemExit)) return 0;
        m.uncaught = exception_line(I, exc);
        m.write(2, format_exception(I, exc, m.runner->source(), m.runner->filename()));
        return 1;
    };
    TraceEvent e;
    e.kind = EventKind::ScriptStarted;
    e.text = std::string(filename);
    trace_emit(m.I, std::move(e));
    return true;
}

void LiveRun::advance(int64_t ticks) {
    Impl& m = *impl_;
    if (m.finished || !m.runner) return;
    m.sink.pause_requested = false;
    if (m.runner->step(ticks < 1 ? 1 : ticks)) {
        m.status = m.runner->status();
        m.end(m.runner->stop_reason().empty() ? m.uncaught : m.runner->stop_reason());
    }
    m.sink.pause_requested = false;
}

void LiveRun::stop() {
    Impl& m = *impl_;
    if (m.finished || !m.runner) return;
    m.runner->stop();
    m.status = 1;
    m.end("stopped");
}

bool LiveRun::finished() const {
    return impl_->finished;
}

int LiveRun::exit_status() const {
    return impl_->status;
}

} // namespace loopscope
