// problem_help.cpp - see problem_help.h. The words here are ours, written for someone who
// knows Python and is new to asyncio: what happened, why, and what to write instead.
#include "model/course/problem_help.h"

#include <cstdio>
#include <set>

namespace loopscope::course {

namespace {

using trace::EventKind;

std::string seconds(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", s);
    return buf;
}

// The text between the first pair of single quotes ("coroutine 'fetch' was ..." -> "fetch").
std::string quoted(std::string_view s) {
    const size_t a = s.find('\'');
    if (a == std::string_view::npos) return "";
    const size_t b = s.find('\'', a + 1);
    return b == std::string_view::npos ? "" : std::string(s.substr(a + 1, b - a - 1));
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

Problem never_awaited(const std::string& coro) {
    const std::string f = coro.empty() ? "f" : coro;
    return {ProblemKind::NeverAwaited, "A coroutine was never awaited",
            "Calling `" + f +
                "()` only makes a coroutine object: its body does not run until "
                "something awaits it. Write `await " +
                f +
                "()` to run it now and wait for it, or "
                "`asyncio.create_task(" +
                f + "())` to run it alongside the code that follows.",
            0, 0};
}

Problem blocking_sleep(double secs) {
    return {ProblemKind::BlockingSleep, "time.sleep() blocked the event loop",
            "`time.sleep(" + seconds(secs) +
                ")` inside a coroutine stops the whole event loop "
                "for " +
                seconds(secs) +
                " s: no other task can run meanwhile (watch the clock jump "
                "while every other task stands still). In a coroutine, wait with `await "
                "asyncio.sleep(" +
                seconds(secs) +
                ")`: the loop runs other tasks until it is "
                "over. For blocking work you cannot change, use `await asyncio.to_thread(...)`.",
            0, 0};
}

Problem loop_blocked() {
    return {ProblemKind::LoopBlocked, "A task never reaches an await",
            "This task has run for a long time without an `await`, so the event loop cannot "
            "switch to any other task: a loop that never awaits, or a long computation. Add "
            "an `await` inside the loop (even `await asyncio.sleep(0)` gives the others a "
            "turn), or move heavy work to a thread with `await asyncio.to_thread(f)`. Press "
            "Stop to end the program.",
            0, 0};
}

Problem never_retrieved() {
    return {ProblemKind::NeverRetrieved, "A task's exception was never retrieved",
            "A task raised an exception, but nothing awaited the task or asked for its result, "
            "so the error went unnoticed until the task was thrown away. Keep the task and "
            "`await` it (or pass it to `asyncio.gather`), so its exception reaches your code; "
            "or catch the error inside the task.",
            0, 0};
}

Problem deadlock() {
    return {ProblemKind::Deadlock, "Deadlock: every task waits, and nothing can wake them",
            "No task is ready and no timer is pending, yet the program still waits: nothing "
            "can ever happen again, so real Python would hang here forever. Look in the Tasks "
            "tab at what each task waits for: a lock held by a task that waits for the other "
            "one, an event nobody sets, a queue nobody fills, or `join()` on a queue whose "
            "items never got `task_done()`.",
            0, 0};
}

Problem await_not_awaitable(const std::string& what) {
    return {ProblemKind::AwaitNotAwaitable, "Something that cannot be awaited was awaited",
            "`await` needs a coroutine, a task or a future, but it got " +
                (what.empty() ? std::string("something else") : "`" + what + "`") +
                ". A common cause is `await time.sleep(1)`: `time.sleep` is an ordinary "
                "function that blocks and returns `None`. Use `await asyncio.sleep(1)`, and "
                "check that the function you await is an `async def`.",
            0, 0};
}

} // namespace

std::string missing_module_advice(std::string_view name) {
    // aiohttp, httpx, requests, aiofiles and redis are simulated (runtime/world): not missing.
    static const std::set<std::string_view> network = {"urllib3", "websockets",    "aiodns",
                                                       "grpc",    "aiohttp_retry", "httpcore"};
    static const std::set<std::string_view> other_loops = {"trio",   "anyio",  "curio",
                                                           "uvloop", "gevent", "twisted"};
    // standard modules the playground does not have (the others are in runtime/stdlib/py,
    // runtime/world/py and docs/standard-modules.md)
    static const std::set<std::string_view> standard = {
        "sqlite3",   "shelve",     "dbm",      "doctest",  "xml",     "email",     "smtplib",
        "zipfile",   "tarfile",    "gzip",     "bz2",      "lzma",    "ast",       "dis",
        "tokenize",  "getopt",     "optparse", "cProfile", "profile", "pdb",       "ipaddress",
        "mimetypes", "webbrowser", "ftplib",   "imaplib",  "wave",    "sysconfig", "importlib"};
    const std::string n(name);
    if (network.count(name)) {
        return "The playground runs in your browser without a network, so `" + n +
               "` is not here. Use `aiohttp` or `httpx` (simulated, on the virtual clock), or "
               "to practise with requests that take time, write an `async def` "
               "that waits with `await asyncio.sleep(seconds)` and returns made-up data: the "
               "event loop treats it exactly like a real request.";
    }
    if (other_loops.count(name)) {
        return "`" + n +
               "` is another way to run asynchronous code; this playground teaches "
               "`asyncio`, the event loop built into Python. Use `import asyncio`.";
    }
    if (standard.count(name)) {
        return "`" + n +
               "` is part of Python's standard library, but the playground does not "
               "have it yet. The lessons use `asyncio`, `time` and `random`.";
    }
    return "The playground has Python's `asyncio`, much of the standard library and simulated "
           "`aiohttp`, `httpx`, `requests`, `aiofiles` and `redis`, but no other third-party "
           "libraries such as `" +
           n + "`.";
}

void scan_problems(const trace::TraceStore& s, ProblemScan& scan) {
    if (s.size() < scan.scanned) scan = ProblemScan{}; // a new recording
    auto add = [&](Problem p, uint64_t i) {
        p.event = i;
        p.line = s.line(i);
        for (const Problem& q : scan.problems) {
            if (q.kind == p.kind && q.line == p.line && q.title == p.title) return;
        }
        scan.problems.push_back(std::move(p));
    };
    for (uint64_t i = scan.scanned; i < s.size(); ++i) {
        switch (s.kind(i)) {
            case EventKind::Warning: {
                const std::string& text = s.text(i);
                if (starts_with(text, "RuntimeWarning: coroutine '") &&
                    text.find("was never awaited") != std::string::npos) {
                    add(never_awaited(quoted(text)), i);
                } else if (starts_with(text, "Task exception was never retrieved")) {
                    add(never_retrieved(), i);
                }
                break;
            }
            case EventKind::BlockingSleep:
                // time.sleep in module code is how lessons show blocking; in a task it hurts.
                if (s.task(i) != 0) add(blocking_sleep(s.value(i)), i);
                break;
            case EventKind::LoopBlocked: add(loop_blocked(), i); break;
            case EventKind::Deadlock: add(deadlock(), i); break;
            case EventKind::ScriptFinished: {
                const std::string& text = s.text(i);
                if (starts_with(text, "ModuleNotFoundError: No module named ")) {
                    const std::string name = quoted(text);
                    add({ProblemKind::MissingModule, "No module named '" + name + "' here",
                         missing_module_advice(name), 0, 0},
                        i);
                } else if (starts_with(text, "TypeError: object ") &&
                           text.find("can't be used in 'await' expression") != std::string::npos) {
                    const size_t from = sizeof("TypeError: object ") - 1;
                    const size_t to = text.find(" can't be used");
                    add(await_not_awaitable(text.substr(from, to - from)), i);
                }
                break;
            }
            default: break;
        }
    }
    scan.scanned = s.size();
}

// ---- tracebacks ---------------------------------------------------------------------------

namespace {

// The part of a traceback line after its exception-group frame ("  |   File ..." -> "File ...")
// and how deep it sits.
std::string_view body(std::string_view line, size_t* indent) {
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '|' || line[i] == '+')) ++i;
    *indent = i;
    return line.substr(i);
}

// `File "main.py", line 9, in main` -> ("main.py", 9).
bool frame_line(std::string_view b, std::string* file, int32_t* line) {
    if (!starts_with(b, "File \"")) return false;
    const size_t close = b.find('"', 6);
    if (close == std::string_view::npos) return false;
    *file = std::string(b.substr(6, close - 6));
    const std::string_view rest = b.substr(close + 1);
    if (!starts_with(rest, ", line ")) return false;
    *line = 0;
    for (size_t k = 7; k < rest.size() && rest[k] >= '0' && rest[k] <= '9'; ++k)
        *line = *line * 10 + (rest[k] - '0');
    return true;
}

bool traceback_header(std::string_view text) {
    size_t indent = 0;
    const std::string_view b = body(text, &indent);
    return b == "Traceback (most recent call last):" ||
           b == "Exception Group Traceback (most recent call last):";
}

} // namespace

std::optional<Traceback> find_traceback(const std::vector<session::OutputLine>& output,
                                        std::string_view program) {
    // The run's last lines on stderr, back to the last header among them.
    size_t end = output.size();
    while (end > 0 && output[end - 1].warning) --end;
    size_t begin = end;
    while (begin > 0 && output[begin - 1].stream == 2 && !output[begin - 1].warning) --begin;
    size_t header = end;
    for (size_t i = begin; i < end; ++i) {
        if (traceback_header(output[i].text)) {
            header = i;
            break;
        }
    }
    if (header == end) return std::nullopt;
    Traceback tb;
    tb.begin = header;
    tb.end = end;
    size_t frame_indent = 0;
    bool in_frame = false, frame_own = true, after_source = false;
    for (size_t i = header; i < end; ++i) {
        TracebackRow row;
        row.text = output[i].text;
        size_t indent = 0;
        const std::string_view b = body(row.text, &indent);
        std::string file;
        int32_t line = 0;
        const bool was_after_source = after_source;
        after_source = false;
        if (frame_line(b, &file, &line)) {
            row.frame = true;
            row.own = file == program;
            row.line = row.own ? line : 0;
            if (!row.own) ++tb.runtime_frames;
            in_frame = true;
            frame_own = row.own;
            frame_indent = indent;
        } else if (in_frame && indent > frame_indent && !b.empty()) {
            row.own = frame_own; // the frame's source line
            row.source = true;
            in_frame = false;
            after_source = true;
        } else if (was_after_source && indent > frame_indent &&
                   b.find_first_not_of(" ^~") == std::string_view::npos) {
            row.own = frame_own; // the ^^^^ markers under the source line
            row.source = true;
            after_source = false;
        } else {
            in_frame = false;
        }
        tb.rows.push_back(std::move(row));
    }
    return tb;
}

} // namespace loopscope::course
