// problem_help_test.cpp - plain-language help for common problems, found in a program's recorded
// run, and tracebacks with the runtime's frames folded away (web/model/course/problem_help.h).
#include "model/course/problem_help.h"
#include "session/session.h"

#include <catch2/catch.hpp>

using namespace loopscope;
using namespace loopscope::course;

namespace {

// The problems of a program run to its end in a playground session (as the UI records it).
std::vector<Problem> problems_of(const char* source, session::Session* keep = nullptr) {
    session::Session local;
    session::Session& s = keep ? *keep : local;
    REQUIRE(s.load(source));
    s.run();
    for (int k = 0; k < 20 && !s.program_finished(); ++k) s.tick(1000000); // a spin stops
    if (!s.program_finished()) s.stop();
    ProblemScan scan;
    scan_problems(s.recording().store(), scan);
    return scan.problems;
}

} // namespace

TEST_CASE("a coroutine called without await is explained with the fix", "[lessons][problems]") {
    auto p = problems_of("import asyncio\n\nasync def fetch():\n    pass\n\nasync def main():\n"
                         "    fetch()\n\nasyncio.run(main())\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].kind == ProblemKind::NeverAwaited);
    CHECK(p[0].title == "A coroutine was never awaited");
    CHECK(p[0].text.find("`await fetch()`") != std::string::npos);
    CHECK(p[0].text.find("`asyncio.create_task(fetch())`") != std::string::npos);
}

TEST_CASE("time.sleep in a coroutine is explained; in module code it is not",
          "[lessons][problems]") {
    auto p = problems_of("import asyncio, time\n\ntime.sleep(1)\n\nasync def main():\n"
                         "    for i in range(3):\n        time.sleep(0.5)\n\n"
                         "asyncio.run(main())\n");
    REQUIRE(p.size() == 1); // once per line, not per call
    CHECK(p[0].kind == ProblemKind::BlockingSleep);
    CHECK(p[0].line == 7);
    CHECK(p[0].text.find("`await asyncio.sleep(0.5)`") != std::string::npos);
}

TEST_CASE("a deadlock, a lost task exception and a missing library are explained",
          "[lessons][problems]") {
    auto dead = problems_of("import asyncio\n\nasync def main():\n"
                            "    await asyncio.Event().wait()\n\nasyncio.run(main())\n");
    REQUIRE(dead.size() == 1);
    CHECK(dead[0].kind == ProblemKind::Deadlock);

    auto lost = problems_of("import asyncio\n\nasync def boom():\n    raise ValueError('x')\n\n"
                            "async def main():\n    asyncio.create_task(boom())\n"
                            "    await asyncio.sleep(1)\n\nasyncio.run(main())\n");
    REQUIRE(lost.size() == 1);
    CHECK(lost[0].kind == ProblemKind::NeverRetrieved);

    auto missing = problems_of("import websockets\n");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].kind == ProblemKind::MissingModule);
    CHECK(missing[0].title == "No module named 'websockets' here");
    CHECK(missing[0].text.find("asyncio.sleep(seconds)") != std::string::npos);
    CHECK(missing_module_advice("trio").find("`asyncio`") != std::string::npos);
    CHECK(missing_module_advice("sqlite3").find("standard library") != std::string::npos);
    CHECK(missing_module_advice("numpy").find("no other third-party libraries") !=
          std::string::npos);

    auto awaited = problems_of("import asyncio, time\n\nasync def main():\n"
                               "    await time.sleep(1)\n\nasyncio.run(main())\n");
    REQUIRE_FALSE(awaited.empty());
    CHECK(awaited.back().kind == ProblemKind::AwaitNotAwaitable);
    CHECK(awaited.back().text.find("`NoneType`") != std::string::npos);
}

TEST_CASE("a loop that never awaits is explained", "[lessons][problems]") {
    auto p = problems_of("import asyncio\n\nasync def spin():\n    while True:\n        pass\n\n"
                         "asyncio.run(spin())\n");
    REQUIRE_FALSE(p.empty());
    CHECK(p[0].kind == ProblemKind::LoopBlocked);
}

TEST_CASE("problems are scanned as the recording grows, and again for a new one",
          "[lessons][problems]") {
    session::Session s;
    REQUIRE(s.load("import asyncio\n\nasync def f():\n    pass\n\nasync def main():\n    f()\n"
                   "    await asyncio.Event().wait()\n\nasyncio.run(main())\n"));
    ProblemScan scan;
    scan_problems(s.recording().store(), scan);
    CHECK(scan.problems.empty());
    s.run();
    for (int k = 0; k < 100 && !s.program_finished(); ++k) {
        s.tick(50);
        scan_problems(s.recording().store(), scan);
    }
    REQUIRE(scan.problems.size() == 2);
    CHECK(scan.problems[0].event < scan.problems[1].event);
    REQUIRE(s.load("print('fine')\n"));
    s.run();
    s.tick(100000);
    scan_problems(s.recording().store(), scan);
    CHECK(scan.problems.empty());
}

TEST_CASE("a traceback keeps the program's frames and folds the runtime's", "[lessons][problems]") {
    session::Session s;
    problems_of("import asyncio\n\nasync def boom(n):\n    await asyncio.sleep(n)\n"
                "    raise ValueError(f'bad {n}')\n\nasync def main():\n"
                "    await asyncio.wait_for(boom(1), 5)\n\nprint('start')\nasyncio.run(main())\n",
                &s);
    const session::Snapshot& snap = s.snapshot();
    std::optional<Traceback> tb = find_traceback(snap.output, "main.py");
    REQUIRE(tb.has_value());
    CHECK(snap.output[tb->begin].text == "Traceback (most recent call last):");
    CHECK(tb->end == snap.output.size());
    CHECK(tb->runtime_frames >= 2);
    std::vector<int32_t> own_lines;
    for (const TracebackRow& r : tb->rows) {
        if (r.frame && r.own) own_lines.push_back(r.line);
        if (r.frame && !r.own) CHECK(r.line == 0);
    }
    CHECK(own_lines == std::vector<int32_t>{11, 8, 5});
    CHECK(tb->rows.back().text == "ValueError: bad 1");
    CHECK(tb->rows.back().own);
    // the source line under a frame goes with it
    for (size_t i = 0; i + 1 < tb->rows.size(); ++i) {
        if (tb->rows[i].frame && tb->rows[i].own && tb->rows[i].line == 8) {
            CHECK(tb->rows[i + 1].text.find("wait_for") != std::string::npos);
            CHECK(tb->rows[i + 1].source);
        }
    }
    // nothing printed on stderr: no traceback
    CHECK_FALSE(find_traceback({}, "main.py").has_value());
    std::vector<session::OutputLine> plain(1);
    plain[0].text = "hello";
    CHECK_FALSE(find_traceback(plain, "main.py").has_value());
}

TEST_CASE("a lost task's exception is shown with the task and its traceback",
          "[lessons][problems]") {
    // The warning line, then what CPython's logger prints under it, as stderr lines: when the
    // loop drops the failed task, here the last thing the run prints.
    session::Session s;
    auto p = problems_of("import asyncio\n\nasync def boom():\n    await asyncio.sleep(1)\n"
                         "    raise ValueError('x')\n\nasync def main():\n"
                         "    asyncio.create_task(boom())\n    print('start')\n"
                         "    await asyncio.sleep(2)\n\nasyncio.run(main())\n",
                         &s);
    REQUIRE(p.size() == 1);
    CHECK(p[0].kind == ProblemKind::NeverRetrieved);
    const std::vector<session::OutputLine>& out = s.snapshot().output;
    size_t w = 0;
    while (w < out.size() && !out[w].warning) ++w;
    REQUIRE(w + 5 < out.size() + 1);
    CHECK(out[w].text == "Task exception was never retrieved");
    CHECK(out[w + 1].text == "future: <Task finished name='Task-2' coro=<boom() done, defined at "
                             "main.py:3> exception=ValueError('x')>");
    CHECK(out[w + 1].stream == 2);
    CHECK_FALSE(out[w + 1].warning);
    std::optional<Traceback> tb = find_traceback(out, "main.py");
    REQUIRE(tb.has_value());
    CHECK(tb->begin == w + 2);
    CHECK(tb->rows.back().text == "ValueError: x");
}

TEST_CASE("the position markers under a source line go with its frame", "[lessons][problems]") {
    session::Session s;
    problems_of("def total(d):\n    return d['k'] + 1\n\ntotal({})\n", &s);
    const session::Snapshot& snap = s.snapshot();
    std::optional<Traceback> tb = find_traceback(snap.output, "main.py");
    REQUIRE(tb.has_value());
    std::vector<std::string> texts;
    for (const TracebackRow& r : tb->rows) texts.push_back(r.text);
    REQUIRE(texts.size() == 7);
    CHECK(texts[3] == "  File \"main.py\", line 2, in total");
    CHECK(texts[4] == "    return d['k'] + 1");
    CHECK(texts[5] == "           ~^^^^^");
    CHECK(tb->rows[5].source);
    CHECK(tb->rows[5].own);
    CHECK_FALSE(tb->rows[5].frame);
    CHECK(texts[6] == "KeyError: 'k'");
}
