// shipped_lessons_test.cpp - every lesson in lessons/ loads, validates, and each of its checks
// can be graded against its own programs: scheduler answers are derived by running them,
// challenge starters miss their goal and the shipped solutions reach it.
#include "lessons/checks.h"
#include "lessons/lesson.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

using namespace loopscope::lessons;

namespace {

const std::string kLessonsDir = std::string(LOOPSCOPE_SOURCE_DIR) + "/lessons";

const LoadAllResult& shipped() {
    static const LoadAllResult all = load_lessons(kLessonsDir);
    return all;
}

std::string all_errors(const std::vector<LoadError>& errors) {
    std::string s;
    for (const LoadError& e : errors) s += e.to_string() + "\n";
    return s;
}

const Lesson& lesson_named(const std::string& id) {
    for (const Lesson& l : shipped().lessons) {
        if (l.id == id) return l;
    }
    FAIL("no lesson " << id);
    static Lesson none;
    return none;
}

} // namespace

TEST_CASE("every shipped lesson loads without errors", "[lessons][shipped]") {
    INFO(all_errors(shipped().errors));
    CHECK(shipped().ok());
    std::vector<std::string> dirs;
    for (const Lesson& l : shipped().lessons) dirs.push_back(l.dir);
    // The topics of the course, in teaching order (shared/spec/LESSONS.md).
    CHECK(dirs == std::vector<std::string>{
                      "01-blocking-vs-waiting", "02-coroutines", "03-event-loop", "04-tasks",
                      "05-create-task-and-gather", "06-errors", "07-timeouts", "08-queues",
                      "09-race-conditions", "10-semaphore", "11-coordination", "12-blocking-work",
                      "13-async-with-and-for", "14-task-groups", "15-debugging", "16-patterns"});
}

TEST_CASE("every shipped lesson has prose and every kind of check", "[lessons][shipped]") {
    for (const Lesson& l : shipped().lessons) {
        INFO(l.dir);
        CHECK_FALSE(l.title.empty());
        CHECK(l.prose.blocks.size() >= 5);
        CHECK(l.prose.warnings.empty());
        int kinds[4] = {0, 0, 0, 0};
        for (const Check& c : l.checks) ++kinds[static_cast<int>(c.kind)];
        CHECK(kinds[static_cast<int>(CheckKind::Choice)] >= 2);
        CHECK(kinds[static_cast<int>(CheckKind::Output)] >= 1);
        CHECK(kinds[static_cast<int>(CheckKind::Scheduler)] >= 1);
        CHECK(kinds[static_cast<int>(CheckKind::Challenge)] >= 1);
        for (const Check& c : l.checks) {
            if (c.kind == CheckKind::Challenge) {
                INFO(c.id);
                CHECK_FALSE(c.solution.empty()); // so the goal is proven reachable below
            }
        }
    }
}

TEST_CASE("every check of every shipped lesson is gradable against its programs",
          "[lessons][shipped]") {
    for (const Lesson& l : shipped().lessons) {
        INFO(l.dir);
        std::vector<std::string> problems = verify_lesson_checks(l);
        std::string joined;
        for (const std::string& p : problems) joined += p + "\n";
        INFO(joined);
        CHECK(problems.empty());
    }
}

TEST_CASE("each shipped program ends cleanly and tells its story in the clock",
          "[lessons][shipped]") {
    // Times computed by the runtime; the lessons/ ctest proves the same transcripts come
    // out of CPython (tools/cpython_oracle.py).
    ProgramRun one = run_program(lesson_named("blocking-vs-waiting").program_source());
    CHECK(one.errors.empty());
    CHECK(one.end_time == 6.0); // 2 x 2 s blocking, then 2 s of waiting together
    ProgramRun two = run_program(lesson_named("create-task-and-gather").program_source());
    CHECK(two.errors.empty());
    CHECK(two.end_time == 7.0); // 3 x 1 s in a row, gather as long as its slowest (3 s), 1 s
    ProgramRun three = run_program(lesson_named("timeouts").program_source());
    CHECK(three.errors.empty());
    CHECK(three.end_time == 7.0); // 2 s + 1 s timeouts, 1 s note, 3 s shielded backup
    ProgramRun limited = run_program(lesson_named("semaphore").program_source());
    CHECK(limited.errors.empty());
    CHECK(limited.end_time == 4.0); // 20 one-second requests, 5 at a time
}

TEST_CASE("every shipped lesson follows the course's rules for checks", "[lessons][shipped]") {
    for (const Lesson& l : shipped().lessons) {
        INFO(l.dir);
        CHECK(l.checks.size() >= 5);
        bool has_try_it = false;
        for (const Block& b : l.prose.blocks) {
            if (b.kind == BlockKind::Heading) has_try_it = plain_text(b.text) == "Try it";
        }
        CHECK(has_try_it); // the last heading of the prose: a list of experiments
        CHECK(l.prose.blocks.back().kind == BlockKind::NumberedList);
        for (const Check& c : l.checks) {
            INFO(c.id);
            CHECK_FALSE(c.hint.empty()); // shown with "Not yet" after a first wrong answer
            if (c.kind == CheckKind::Choice) CHECK(c.options.size() >= 3); // no two-option guesses
            if (c.kind == CheckKind::Scheduler && c.ask == SchedulerAsk::FirstOf) {
                CHECK(c.lines.size() >= 3);
            }
        }
        CHECK(l.prose_source.find("on the right") == std::string::npos);
    }
}

TEST_CASE("a right answer to every shipped question is graded right and a wrong one wrong",
          "[lessons][shipped]") {
    for (const Lesson& l : shipped().lessons) {
        for (const Check& c : l.checks) {
            INFO(l.dir << " " << c.id);
            const std::string& program = c.program.empty() ? l.program : c.program;
            switch (c.kind) {
                case CheckKind::Choice:
                    for (size_t i = 0; i < c.options.size(); ++i) {
                        CHECK(grade_choice(c, static_cast<int>(i)).correct == c.options[i].correct);
                        CHECK_FALSE(grade_choice(c, static_cast<int>(i)).message.empty());
                    }
                    break;
                case CheckKind::Output: {
                    ProgramRun run = run_program(l.file(program));
                    std::string typed;
                    for (const std::string& line : expected_output_lines(c, run))
                        typed += line + "\n";
                    CHECK(grade_output(c, run, typed).correct);
                    CHECK(grade_output_order(c, run, expected_output_lines(c, run)).correct);
                    CHECK_FALSE(grade_output_order(c, run, order_pool(c, run)).correct);
                    break;
                }
                case CheckKind::Scheduler: {
                    ProgramRun run = run_program(l.file(program), program);
                    SchedulerAnswer a = derive_answer(c, run);
                    REQUIRE(a.ok);
                    // a question with choices offers at least three (no fifty-fifty guesses)
                    if (!a.choices.empty()) CHECK(a.choices.size() >= 3);
                    CHECK(grade_scheduler(c, run, a.text).correct);
                    CHECK_FALSE(
                        grade_scheduler(c, run, a.is_number ? "99" : "no such line").correct);
                    break;
                }
                case CheckKind::Challenge: {
                    const std::string& starter = c.starter.empty() ? l.program : c.starter;
                    CHECK_FALSE(evaluate_goal(c.goal, run_program(l.file(starter))).met);
                    CHECK(evaluate_goal(c.goal, run_program(l.file(c.solution))).met);
                    break;
                }
            }
        }
    }
}

// The lessons/bundle ctest (tests/lessons/lessons.cmake) runs this after tools/lessons_bundle.py
// wrote the bundle and names it in LOOPSCOPE_LESSONS_BUNDLE; without that file there is
// nothing to compare (the unit/ run of this file).
TEST_CASE("the bundle of lessons for the web build holds the same lessons", "[lessons_bundle]") {
    const char* path = std::getenv("LOOPSCOPE_LESSONS_BUNDLE");
    if (path == nullptr) {
        SUCCEED("no bundle given: checked by the lessons/bundle ctest");
        return;
    }
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream ss;
    ss << in.rdbuf();
    LoadAllResult bundle = parse_bundle(ss.str(), path);
    INFO(all_errors(bundle.errors));
    REQUIRE(bundle.ok());
    REQUIRE(bundle.lessons.size() == shipped().lessons.size());
    for (size_t i = 0; i < bundle.lessons.size(); ++i) {
        const Lesson& a = bundle.lessons[i];
        const Lesson& b = shipped().lessons[i];
        CHECK(a.dir == b.dir);
        CHECK(a.prose_source == b.prose_source);
        CHECK(a.files == b.files);
        CHECK(a.checks.size() == b.checks.size());
    }
}
