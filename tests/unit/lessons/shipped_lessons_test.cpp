// shipped_lessons_test.cpp - every lesson in lessons/ loads, validates, and each of its checks
// can be graded against its own programs: scheduler answers are derived by running them,
// challenge starters miss their goal and the shipped solutions reach it.
#include "lessons/checks.h"
#include "lessons/lesson.h"
#include "model/course/progress.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
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

namespace {

// A right and a wrong answer to a shipped check, graded against its program's recorded run.
struct Answers {
    loopscope::lessons::Grade right, wrong, other_wrong;
};

Answers grade_both_ways(const Lesson& l, const Check& c) {
    const std::string& program = c.program.empty() ? l.program : c.program;
    Answers a;
    switch (c.kind) {
        case CheckKind::Choice: {
            int right = -1, wrong = -1, other = -1;
            for (size_t i = 0; i < c.options.size(); ++i) {
                if (c.options[i].correct)
                    right = static_cast<int>(i);
                else if (wrong < 0)
                    wrong = static_cast<int>(i);
                else if (other < 0)
                    other = static_cast<int>(i);
            }
            a.right = grade_choice(c, right);
            a.wrong = grade_choice(c, wrong);
            a.other_wrong = grade_choice(c, other);
            break;
        }
        case CheckKind::Output: {
            ProgramRun run = run_program(l.file(program), program);
            std::vector<std::string> lines = expected_output_lines(c, run);
            if (c.mode == OutputMode::Order) {
                a.right = grade_output_order(c, run, lines);
                a.wrong = grade_output_order(c, run, order_pool(c, run));
                std::reverse(lines.begin(), lines.end());
                a.other_wrong = grade_output_order(c, run, lines);
            } else {
                std::string typed, short_typed;
                for (const std::string& line : lines) typed += line + "\n";
                for (size_t i = 0; i + 1 < lines.size(); ++i) short_typed += lines[i] + "\n";
                a.right = grade_output(c, run, typed);
                a.wrong = grade_output(c, run, short_typed);
                a.other_wrong = grade_output(c, run, "nothing like it");
            }
            break;
        }
        case CheckKind::Scheduler: {
            ProgramRun run = run_program(l.file(program), program);
            SchedulerAnswer s = derive_answer(c, run);
            REQUIRE(s.ok);
            a.right = grade_scheduler(c, run, s.text);
            if (s.is_number) {
                a.wrong = grade_scheduler(c, run, std::to_string(s.number + 1.0));
                a.other_wrong = grade_scheduler(c, run, "0.0001");
            } else {
                std::vector<std::string> others;
                for (const std::string& choice : s.choices)
                    if (choice != s.text) others.push_back(choice);
                REQUIRE(others.size() >= 2); // three choices at least
                a.wrong = grade_scheduler(c, run, others[0]);
                a.other_wrong = grade_scheduler(c, run, others[1]);
            }
            break;
        }
        case CheckKind::Challenge: {
            // a challenge's answer is a run: the starter's misses the goal, the solution's meets it
            const std::string& starter = c.starter.empty() ? l.program : c.starter;
            auto as_grade = [](const GoalResult& g) {
                loopscope::lessons::Grade grade;
                grade.correct = g.met;
                return grade;
            };
            a.right = as_grade(evaluate_goal(c.goal, run_program(l.file(c.solution))));
            a.wrong = as_grade(evaluate_goal(c.goal, run_program(l.file(starter))));
            a.other_wrong = as_grade(evaluate_goal(c.goal, run_program("pass\n")));
            break;
        }
    }
    return a;
}

} // namespace

TEST_CASE("every shipped check teaches: not yet, then the answer; or right on a retry",
          "[lessons][shipped]") {
    using namespace loopscope::course;
    for (const Lesson& l : shipped().lessons) {
        for (const Check& c : l.checks) {
            INFO(l.dir << " " << c.id);
            Answers a = grade_both_ways(l, c);
            CHECK(a.right.correct);
            CHECK_FALSE(a.wrong.correct);
            CHECK_FALSE(a.other_wrong.correct);
            if (c.kind != CheckKind::Challenge) {
                CHECK_FALSE(a.wrong.message.empty());
                // a wrong answer's words never contain the answer itself
                if (!a.right.answer.empty() && c.kind == CheckKind::Scheduler) {
                    CHECK(a.wrong.message.find(a.right.answer) == std::string::npos);
                }
            }
            // wrong, wrong: "not yet" with the hint, then the answer is shown
            CheckProgress twice;
            CHECK(record_answer(twice, a.wrong.correct, "w") == AttemptState::NotYet);
            CHECK(hint_visible(twice));
            CHECK(record_answer(twice, a.other_wrong.correct, "w2") == AttemptState::Revealed);
            // wrong, then right: it counts
            CheckProgress retry;
            record_answer(retry, a.wrong.correct, "w");
            CHECK(record_answer(retry, a.right.correct, "r") == AttemptState::Correct);
            // right at once
            CheckProgress first;
            CHECK(record_answer(first, a.right.correct, "r") == AttemptState::Correct);
        }
    }
}

TEST_CASE("no shipped lesson points at a panel by where it sits", "[lessons][shipped]") {
    // The layout changes with the window (panes stack on narrow screens): name the panel.
    for (const Lesson& l : shipped().lessons) {
        std::string text = l.prose_source;
        for (const Check& c : l.checks) text += " " + plain_text(c.question);
        for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        for (const char* where : {"on the right", "on the left", "to the right", "to the left",
                                  "right-hand", "left-hand"}) {
            INFO(l.dir << ": \"" << where << "\"");
            CHECK(text.find(where) == std::string::npos);
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
