// transcript.cpp - the conformance transcript (see transcript.h and tools/cpython_oracle.py,
// whose StdoutCapture / warning hooks / exception line this mirrors).
#include "session/transcript.h"

#include "session/live_run.h"

#include "asyncio/async_state.h"
#include "lang/classes.h"
#include "lang/compiler.h"
#include "lang/run.h"
#include "lang/scope.h"
#include "lang/syntax_error.h"
#include "lang/vm.h"
#include "world/world_modules.h"

#include <cstdio>
#include <set>

namespace loopscope {

namespace {

struct Transcript {
    const std::function<void(std::string_view)>& out;
    std::string line;     // the unfinished line
    bool started = false; // a line has started (its stamp is `stamp`)
    double stamp = 0.0;
    bool dead = false; // after a deadlock nothing more is reported

    explicit Transcript(const std::function<void(std::string_view)>& o) : out(o) {}

    void emit_line() {
        char buf[400]; // "%.3f" of up to 1.8e308 (sleep(1e300)) has 309 digits before the point
        std::snprintf(buf, sizeof buf, "[%.3f] ", stamp);
        out(std::string(buf) + line + "\n");
        line.clear();
        started = false;
    }
    void write(Interp& I, std::string_view s) {
        if (dead) return;
        size_t start = 0;
        while (start < s.size()) {
            if (!started) {
                started = true;
                stamp = virtual_now(I);
            }
            size_t nl = s.find('\n', start);
            if (nl == std::string_view::npos) {
                line.append(s.substr(start));
                break;
            }
            line.append(s.substr(start, nl - start));
            emit_line();
            start = nl + 1;
        }
    }
    void flush_partial() {
        if (started && !dead) emit_line();
    }
    void problem(const std::string& text) {
        if (!dead) out(text + "\n");
    }
};

std::string first_line(std::string_view s) {
    size_t nl = s.find('\n');
    return std::string(nl == std::string_view::npos ? s : s.substr(0, nl));
}

std::string last_line(const std::string& text) {
    std::string t = text;
    while (!t.empty() && t.back() == '\n') t.pop_back();
    size_t nl = t.rfind('\n');
    return nl == std::string::npos ? t : t.substr(nl + 1);
}

} // namespace

int run_transcript(std::string_view source, std::string_view filename,
                   const std::function<void(std::string_view)>& out,
                   const std::function<void(std::string_view)>& err) {
    Interp I;
    register_program_modules(I);
    Transcript tr(out);
    I.write_out = [&](std::string_view s) { tr.write(I, s); };
    I.write_err = [&](std::string_view s) { err(s); };
    std::set<std::string> warned; // the warnings module shows a message once per location
    I.warn = [&](TypeObj* category, std::string_view message, Interp::WarnSite site) {
        std::string where;
        if (site.file) where = site.file->s + ":" + std::to_string(site.line);
        std::string text = "!warning " + category->name->s + ": " + first_line(message);
        if (!warned.insert(text + "@" + where).second) return;
        tr.problem(text);
    };
    AsyncState* st = async_state(I);
    st->log_hooked = true;
    st->log_error = [&](const std::string& msg, const std::string&) {
        tr.problem("!warning " + first_line(msg));
    };
    st->on_deadlock = [&]() {
        // CPython would have reported coroutines dropped unawaited by now (its refcounts free
        // them at once); the transcript ends here, so collect first to report them too.
        if (I.unrooted_natives == 0) I.collect(); // (lang/heap.h: only where that is safe)
        tr.flush_partial();
        tr.problem("!deadlock");
        tr.dead = true;
    };

    int status = 0;
    ParseResult parsed = parse_and_resolve(source, filename);
    if (!parsed.ok()) {
        tr.problem("!error " + last_line(format_syntax_error(parsed.error, filename)));
        return 1;
    }
    CompileResult compiled = compile_module(I, *parsed.module, source);
    if (!compiled.code) {
        tr.problem("!error " + last_line(format_syntax_error(*compiled.error, filename)));
        return 1;
    }
    // The same driver as `loopscope run` and the playground: the event loop of asyncio.run
    // runs as the script's continuation, in slices.
    std::string error;
    ScriptRunner run(I, std::string(source), std::string(filename));
    run.on_uncaught = [&](Value exc) {
        if (exc_matches(I, exc, I.t.SystemExit)) return 0;
        error = "!error " + exception_line(I, exc);
        return 1;
    };
    while (!run.step(1 << 16)) {
    }
    status = run.status();
    tr.flush_partial();
    if (!error.empty()) tr.problem(error);
    tr.flush_partial();
    return status;
}

} // namespace loopscope
