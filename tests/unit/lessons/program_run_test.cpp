// program_run_test.cpp - a program's run read from its session recording
// (runtime/lessons/program_run.h). The transcripts compared here were produced by
// tools/cpython_oracle.py (CPython 3.11 on the virtual clock): the committed .out files of
// tests/conformance, and the ones quoted below, never written by hand.
#include "lessons/program_run.h"
#include "session/session.h"
#include "trace/event.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <dirent.h>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using namespace loopscope::lessons;
using loopscope::trace::EventKind;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> list_dir(const std::string& dir) {
    std::vector<std::string> names;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            if (e->d_name[0] != '.') names.emplace_back(e->d_name);
        }
        closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

// A transcript split the way SEMANTICS.md compares two of them: stdout lines in order, the
// !error and !deadlock lines in order, the !warning lines as a multiset (sorted).
struct Split {
    std::vector<std::string> out, errors, warnings;
    bool operator==(const Split& o) const {
        return out == o.out && errors == o.errors && warnings == o.warnings;
    }
};

// As tools/conformance.py's comparison: a location in asyncio's own library
// (`asyncio/tasks.py:384`, debug mode's "created at") names CPython's line there and ours in
// runtime/asyncio/py/; such locations agree when the file does. A script's lines must match.
std::string library_lines_masked(const std::string& line) {
    static const std::regex location(R"((^|[^\w/.\-])(asyncio/[\w/]+\.py):\d+)");
    return std::regex_replace(line, location, "$1$2:N");
}

Split split(const std::string& transcript) {
    Split s;
    std::istringstream in(transcript);
    std::string line;
    while (std::getline(in, line)) {
        if (line.find("asyncio/") != std::string::npos) line = library_lines_masked(line);
        if (line.rfind("!warning", 0) == 0) {
            s.warnings.push_back(line);
        } else if (line.rfind("!", 0) == 0) {
            s.errors.push_back(line);
        } else if (!line.empty()) {
            s.out.push_back(line);
        }
    }
    std::sort(s.warnings.begin(), s.warnings.end());
    return s;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string s;
    for (const std::string& l : lines) s += l + "\n";
    return s;
}

const char* kPieces = R"PY(import asyncio


async def main():
    print("waiting", end="")
    await asyncio.sleep(1)
    print(" ... done")
    print("a", end="")
    print("b")


asyncio.run(main())
)PY";

} // namespace

TEST_CASE("every conformance script's recorded run agrees with CPython's transcript",
          "[lessons][program_run]") {
    // The conformance runner (loopscope run --transcript) and the recording a learner steps
    // through must tell the same story: lines, their times, errors, warnings, deadlocks.
    const std::string root = std::string(LOOPSCOPE_SOURCE_DIR) + "/tests/conformance";
    int scripts = 0;
    for (const std::string& topic : list_dir(root)) {
        for (const std::string& name : list_dir(root + "/" + topic)) {
            if (name.size() < 4 || name.substr(name.size() - 3) != ".py") continue;
            const std::string base = root + "/" + topic + "/" + name.substr(0, name.size() - 3);
            const std::string expected = read_file(base + ".out");
            if (expected.empty()) continue;
            INFO(topic << "/" << name);
            const ProgramRun run = run_program(read_file(base + ".py"), name);
            const Split got = split(format_transcript(run)), want = split(expected);
            CHECK(joined(got.out) == joined(want.out));
            CHECK(joined(got.errors) == joined(want.errors));
            CHECK(joined(got.warnings) == joined(want.warnings));
            CHECK((run.finished || run.stopped));
            ++scripts;
        }
    }
    CHECK(scripts > 150);
}

TEST_CASE("asyncio library locations agree whatever their line, a script's must match",
          "[lessons][program_run]") {
    const Split a = split("[0.000] <Task pending created at asyncio/tasks.py:384>\n"
                          "!warning Executing <Handle f() at s.py:3> took 0.200 seconds\n");
    CHECK(a == split("[0.000] <Task pending created at asyncio/tasks.py:18>\n"
                     "!warning Executing <Handle f() at s.py:3> took 0.200 seconds\n"));
    CHECK_FALSE(a == split("[0.000] <Task pending created at asyncio/futures.py:384>\n"
                           "!warning Executing <Handle f() at s.py:3> took 0.200 seconds\n"));
    CHECK_FALSE(a == split("[0.000] <Task pending created at asyncio/tasks.py:384>\n"
                           "!warning Executing <Handle f() at s.py:4> took 0.200 seconds\n"));
    CHECK_FALSE(split("[0.000] x/asyncio/tasks.py:3\n") == split("[0.000] x/asyncio/tasks.py:4\n"));
}

TEST_CASE("a line written in pieces across a wait is stamped with its start",
          "[lessons][program_run]") {
    // python3 tools/cpython_oracle.py pieces.py
    const ProgramRun run = run_program(kPieces);
    CHECK(format_transcript(run) == "[0.000] waiting ... done\n[1.000] ab\n");
    CHECK(run.end_time == 1.0);
}

TEST_CASE("the run knows when it ended, how, and which event said so", "[lessons][program_run]") {
    ProgramRun ok = run_program("import asyncio\nasyncio.run(asyncio.sleep(2.5))\nprint('end')\n");
    CHECK(ok.finished);
    CHECK_FALSE(ok.stopped);
    CHECK(ok.end_time == 2.5);
    CHECK(ok.errors.empty());
    REQUIRE(ok.output.size() == 1);
    CHECK(ok.output[0].event < ok.events);

    // python3 tools/cpython_oracle.py: "[0.000] before" then the error line
    ProgramRun failed = run_program("print(\"before\")\nx = 1 / 0\n");
    CHECK(format_transcript(failed) ==
          "[0.000] before\n!error ZeroDivisionError: division by zero\n");
    CHECK(failed.finished);
    CHECK(failed.error_event != kNoEvent);

    ProgramRun syntax = run_program("print(\"a\"\nprint(\"b\")\n");
    CHECK(syntax.errors == std::vector<std::string>{"!error SyntaxError: '(' was never closed"});
    CHECK(syntax.events == 0);

    ProgramRun spin = run_program("while True:\n    pass\n", "main.py", {}, 100000);
    CHECK(spin.stopped);
    CHECK_FALSE(spin.finished);
    CHECK_FALSE(spin.end_time.has_value());
}

TEST_CASE("a deadlock ends the story where it happened", "[lessons][program_run]") {
    ProgramRun run = run_program(R"PY(import asyncio


async def main():
    print("waiting forever")
    await asyncio.sleep(1)
    await asyncio.Event().wait()


asyncio.run(main())
)PY");
    CHECK(run.errors == std::vector<std::string>{"!deadlock"}); // not the RuntimeError after it
    CHECK(run.end_time == 1.0);
    CHECK(run.deadlock_event != kNoEvent);
}

TEST_CASE("a run read from the learner's own session is the run the tests grade",
          "[lessons][program_run]") {
    // The UI reads the run from its session's recording; run_program records with the same
    // options, so event indices point at the same moments.
    loopscope::session::Session s;
    REQUIRE(s.load(kPieces));
    s.run();
    while (!s.program_finished()) s.tick(1000);
    ProgramRun mine = program_run_from(s.recording().store());
    ProgramRun ref = run_program(kPieces);
    CHECK(format_transcript(mine) == format_transcript(ref));
    REQUIRE(mine.output.size() == ref.output.size());
    for (size_t i = 0; i < mine.output.size(); ++i) {
        CHECK(mine.output[i].event == ref.output[i].event);
        CHECK(s.event_kind(mine.output[i].event) == EventKind::Output);
    }
    REQUIRE(mine.trace.switches.size() == ref.trace.switches.size());
    for (size_t i = 0; i < mine.trace.switches.size(); ++i) {
        CHECK(mine.trace.switches[i].event == ref.trace.switches[i].event);
    }

    // Without line events the facts are the same, only their positions move.
    loopscope::session::Options no_lines;
    no_lines.lines = false;
    ProgramRun lean = run_program(kPieces, "main.py", no_lines);
    CHECK(format_transcript(lean) == format_transcript(ref));
    CHECK(lean.trace.labels == ref.trace.labels);
    CHECK(lean.events < ref.events);

    // A run still going is read as far as it got.
    loopscope::session::Session half;
    REQUIRE(half.load(kPieces));
    half.step_event();
    half.tick(1000);
    ProgramRun partial = program_run_from(half.recording().store());
    CHECK_FALSE(partial.finished);
    CHECK_FALSE(partial.end_time.has_value());
}

TEST_CASE("recorded warnings keep their first line", "[lessons][program_run]") {
    // python3 tools/cpython_oracle.py forgotten.py
    ProgramRun run = run_program(R"PY(import asyncio


async def forgotten():
    pass


async def main():
    forgotten()
    print("done")


asyncio.run(main())
)PY");
    CHECK(run.warnings == std::vector<std::string>{
                              "!warning RuntimeWarning: coroutine 'forgotten' was never awaited"});
    CHECK(run.output.size() == 1);
}

TEST_CASE("a graded run of a program that loops where it cannot pause is stopped",
          "[lessons][program_run]") {
    // Issue 16: an endless loop inside __repr__ (called from print) and one over an endless
    // iterator in native code; the grading run stops them at its tick limit.
    for (const char* source : {"import asyncio\n"
                               "class Forever:\n"
                               "    def __repr__(self):\n"
                               "        while True:\n"
                               "            pass\n"
                               "async def main():\n"
                               "    print('start')\n"
                               "    print(Forever())\n"
                               "asyncio.run(main())\n",
                               "import itertools\n"
                               "print('start')\n"
                               "print(sum(itertools.count()))\n"}) {
        INFO(source);
        loopscope::session::Options options;
        options.max_overrun_ticks = 1000000; // (the playground's is 20 million)
        ProgramRun run = run_program(source, "main.py", options, 2000000);
        REQUIRE_FALSE(run.output.empty());
        CHECK(run.output[0].text == "start");
        std::string errors;
        for (const std::string& e : run.errors) errors += e + "\n";
        INFO(errors);
        CHECK((run.stopped || errors.find("Stopped:") != std::string::npos));
    }
}
