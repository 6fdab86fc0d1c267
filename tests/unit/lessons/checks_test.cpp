// checks_test.cpp - grading knowledge checks against real runs (runtime/lessons/checks.h).
// The transcripts quoted here were produced by tools/cpython_oracle.py (CPython 3.11 on the
// virtual clock) from the same programs, never written by hand.
#include "lessons/checks.h"
#include "session/session.h"
#include "trace/event.h"
#include "trace/trace_store.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

using namespace loopscope::lessons;

namespace {

// w2 finishes first; main sleeps 1.5 s after the last line, so the run ends at t=3.5.
const char* kWorkers = R"PY(import asyncio


async def worker(name, delay):
    print(name, "starts")
    await asyncio.sleep(delay)
    print(name, "ends")


async def main():
    await asyncio.gather(worker("w1", 2), worker("w2", 1))
    await asyncio.sleep(1.5)


asyncio.run(main())
)PY";
// python3 tools/cpython_oracle.py workers.py
const char* kWorkersTranscript = "[0.000] w1 starts\n"
                                 "[0.000] w2 starts\n"
                                 "[1.000] w2 ends\n"
                                 "[2.000] w1 ends\n";

const char* kDeadlock = R"PY(import asyncio


async def never():
    await asyncio.Event().wait()


async def main():
    print("waiting forever")
    await never()


asyncio.run(main())
)PY";

const char* kForgotten = R"PY(import asyncio


async def forgotten():
    pass


async def main():
    forgotten()
    print("done")


asyncio.run(main())
)PY";
// python3 tools/cpython_oracle.py forgotten.py: the warning, then "[0.000] done"

Check output_check(OutputMode mode, bool with_times = false) {
    Check c;
    c.id = "out";
    c.kind = CheckKind::Output;
    c.mode = mode;
    c.with_times = with_times;
    return c;
}

Check scheduler_check(SchedulerAsk ask) {
    Check c;
    c.id = "sched";
    c.kind = CheckKind::Scheduler;
    c.ask = ask;
    return c;
}

const ProgramRun& workers_run() {
    static const ProgramRun run = run_program(kWorkers);
    return run;
}

} // namespace

TEST_CASE("running a program gives CPython's transcript and the clock at its end",
          "[lessons][checks]") {
    const ProgramRun& r = workers_run();
    CHECK(format_transcript(r) == kWorkersTranscript);
    REQUIRE(r.end_time.has_value());
    CHECK(*r.end_time == 3.5);
    CHECK(r.errors.empty());

    ProgramRun f = run_program(kForgotten);
    CHECK(format_transcript(f) ==
          "[0.000] done\n!warning RuntimeWarning: coroutine 'forgotten' was never awaited\n");
}

TEST_CASE("multiple choice returns the picked option's own feedback", "[lessons][checks]") {
    Check c;
    c.kind = CheckKind::Choice;
    c.options = {{parse_inline("a"), true, parse_inline("Yes, `a`.")},
                 {parse_inline("b"), false, parse_inline("No: *b* blocks.")}};
    Grade right = grade_choice(c, 0);
    CHECK(right.correct);
    CHECK(right.message == "Yes, a.");
    Grade wrong = grade_choice(c, 1);
    CHECK_FALSE(wrong.correct);
    CHECK(wrong.message == "No: b blocks.");
    CHECK(wrong.answer == "The answer: a");
    CHECK_FALSE(grade_choice(c, 2).correct);
    CHECK_FALSE(grade_choice(c, -1).correct);
}

TEST_CASE("predicted output is graded against the lines the program printed", "[lessons][checks]") {
    Check c = output_check(OutputMode::Type);
    CHECK(expected_output_lines(c, workers_run()) ==
          std::vector<std::string>{"w1 starts", "w2 starts", "w2 ends", "w1 ends"});
    Grade g = grade_output(c, workers_run(), "w1 starts\nw2 starts\nw2 ends\nw1 ends\n");
    CHECK(g.correct);
    CHECK(g.first_wrong_line == -1);
    // trailing spaces, blank lines around and typed time stamps do not matter
    CHECK(grade_output(c, workers_run(), "\n[0] w1 starts  \nw2 starts\r\nw2 ends\nw1 ends\n\n\n")
              .correct);
}

TEST_CASE("a wrong prediction says where it first differs", "[lessons][checks]") {
    Check c = output_check(OutputMode::Type);
    Grade g = grade_output(c, workers_run(), "w1 starts\nw2 starts\nw1 ends\nw2 ends");
    CHECK_FALSE(g.correct);
    CHECK(g.first_wrong_line == 2);
    CHECK(g.miss == OutputMiss::Text);
    CHECK(g.message == "Lines 1-2 are right; line 3 is printed, but later: something else comes "
                       "first.");
    Grade short_answer = grade_output(c, workers_run(), "w1 starts\n");
    CHECK(short_answer.message ==
          "Line 1 is right; the program printed 4 lines, your answer has 1.");
    CHECK(short_answer.miss == OutputMiss::Count);
    CHECK(grade_output(c, workers_run(), "nope").message ==
          "Line 1 is not something the program prints.");
    CHECK(grade_output(c, workers_run(), "w1 starts\nw1 starts").message ==
          "Line 1 is right; line 2 was printed already: it does not come again here.");
}

TEST_CASE("a prediction with times must get every time stamp right", "[lessons][checks]") {
    Check c = output_check(OutputMode::Type, true);
    CHECK(expected_output_lines(c, workers_run())[2] == "[1.000] w2 ends");
    CHECK(grade_output(c, workers_run(),
                       "[0] w1 starts\n[0.0] w2 starts\n[1] w2 ends\n[2.000] w1 ends")
              .correct);
    Grade g =
        grade_output(c, workers_run(), "[0] w1 starts\n[0] w2 starts\n[2] w2 ends\n[2] w1 ends");
    CHECK_FALSE(g.correct);
    CHECK(g.first_wrong_line == 2);
    // Feedback says whether the text or the time is wrong.
    CHECK(g.miss == OutputMiss::Time);
    CHECK(g.message == "Lines 1-2 are right; the text of line 3 is right, its time is not.");
    Grade no_stamp =
        grade_output(c, workers_run(), "[0] w1 starts\nw2 starts\n[1] w2 ends\n[2] w1 ends");
    CHECK(no_stamp.miss == OutputMiss::Time);
    CHECK(no_stamp.message == "Line 1 is right; line 2 needs its time, like [1.500].");
    Grade text = grade_output(c, workers_run(), "[0] w2 starts\n[0] w1 starts\n[1] w2 ends");
    CHECK(text.miss == OutputMiss::Text);
    CHECK(text.message ==
          "Line 1 is printed, but later: something else comes first (its time is right).");
    Grade both = grade_output(c, workers_run(), "[0] w1 starts\n[0] w2 starts\n[2] w1 ends");
    CHECK(both.miss == OutputMiss::Both);
    CHECK(both.message == "Lines 1-2 are right; line 3 is printed, but later: something else "
                          "comes first.");
    CHECK_FALSE(grade_output(c, workers_run(), "w1 starts\nw2 starts\nw2 ends\nw1 ends").correct);
}

TEST_CASE("ordering puzzles shuffle the printed lines and grade the learner's order",
          "[lessons][checks]") {
    Check c = output_check(OutputMode::Order);
    std::vector<std::string> pool = order_pool(c, workers_run());
    std::vector<std::string> expected = expected_output_lines(c, workers_run());
    CHECK(pool != expected);
    CHECK(std::is_permutation(pool.begin(), pool.end(), expected.begin(), expected.end()));
    CHECK(order_pool(c, workers_run()) == pool); // the same puzzle every time
    CHECK(grade_output_order(c, workers_run(), expected).correct);
    CHECK_FALSE(grade_output_order(c, workers_run(), pool).correct);
}

TEST_CASE("a clock question is answered from the time its line was printed", "[lessons][checks]") {
    Check c = scheduler_check(SchedulerAsk::Clock);
    c.at.kind = AtPoint::Kind::OutputContains;
    c.at.contains = "w1 ends";
    SchedulerAnswer a = derive_answer(c, workers_run());
    REQUIRE(a.ok);
    CHECK(a.is_number);
    CHECK(a.number == 2.0);
    CHECK(a.text == "2.000");
    for (const char* right : {"2", "2.0", " 2.000 ", "t=2", "2s", "t = 2.0 s"}) {
        INFO(right);
        CHECK(grade_scheduler(c, workers_run(), right).correct);
    }
    CHECK_FALSE(grade_scheduler(c, workers_run(), "1").correct);
    CHECK_FALSE(grade_scheduler(c, workers_run(), "2.01").correct);
    CHECK(grade_scheduler(c, workers_run(), "two").message ==
          "Answer with a number of seconds, like 1.5.");
    // A wrong answer says which way it is off, never the answer; the answer is kept apart for
    // when the learner is shown it.
    Grade low = grade_scheduler(c, workers_run(), "1");
    CHECK(low.message == "By then the clock reads more than 1.");
    CHECK(low.answer == "The clock reads 2.000 when the line with \"w1 ends\" prints.");
    CHECK(grade_scheduler(c, workers_run(), "t=3 s").message ==
          "By then the clock reads less than 3.");
    CHECK(grade_scheduler(c, workers_run(), "2").message ==
          "Right: the clock reads 2.000 when the line with \"w1 ends\" prints.");

    c.at.kind = AtPoint::Kind::OutputLine;
    c.at.output_line = 3;
    CHECK(derive_answer(c, workers_run()).number == 1.0);
}

TEST_CASE("a next-line question offers the lines still to come as choices", "[lessons][checks]") {
    Check c = scheduler_check(SchedulerAsk::NextOutput);
    c.at.kind = AtPoint::Kind::OutputLine;
    c.at.output_line = 1;
    SchedulerAnswer a = derive_answer(c, workers_run());
    REQUIRE(a.ok);
    CHECK(a.text == "w2 starts");
    CHECK(a.choices == std::vector<std::string>{"w1 ends", "w2 ends", "w2 starts"});
    CHECK(grade_scheduler(c, workers_run(), "w2 starts").correct);
    CHECK_FALSE(grade_scheduler(c, workers_run(), "w2 ends").correct);
    CHECK(grade_scheduler(c, workers_run(), "w2 ends").message ==
          "That line is printed, but not next.");
    CHECK(grade_scheduler(c, workers_run(), "w2 ends").answer == "\"w2 starts\" comes next.");
    // Two lines left: the line just printed makes the third choice (no coin toss).
    c.at.output_line = 2;
    CHECK(derive_answer(c, workers_run()).choices ==
          std::vector<std::string>{"w1 ends", "w2 ends", "w2 starts"});
    CHECK(grade_scheduler(c, workers_run(), "w2 starts").message ==
          "That line was printed before this moment, and not again.");
    CHECK(grade_scheduler(c, workers_run(), "w9").message == "Pick one of the choices.");
}

TEST_CASE("a first-of question picks the candidate printed earliest", "[lessons][checks]") {
    Check c = scheduler_check(SchedulerAsk::FirstOf);
    c.lines = {"w1 ends", "w2 ends"};
    SchedulerAnswer a = derive_answer(c, workers_run());
    REQUIRE(a.ok);
    CHECK(a.text == "w2 ends");
    CHECK(a.choices == c.lines);
    CHECK(grade_scheduler(c, workers_run(), "w2 ends").correct);
    CHECK(grade_scheduler(c, workers_run(), "w1 ends").message ==
          "That one is printed, but another comes before it.");
    CHECK(grade_scheduler(c, workers_run(), "w2 ends").message ==
          "Right: \"w2 ends\" is printed first.");
}

TEST_CASE("a scheduler question that does not fit the run says why", "[lessons][checks]") {
    Check c = scheduler_check(SchedulerAsk::Clock);
    c.at.kind = AtPoint::Kind::OutputContains;
    c.at.contains = "never printed";
    SchedulerAnswer a = derive_answer(c, workers_run());
    CHECK_FALSE(a.ok);
    CHECK(a.error == "no printed line contains \"never printed\"");
    CHECK_FALSE(grade_scheduler(c, workers_run(), "0").correct);

    c.at.kind = AtPoint::Kind::OutputLine;
    c.at.output_line = 9;
    CHECK(derive_answer(c, workers_run()).error ==
          "the program prints 4 lines, there is no line 9");

    Check n = scheduler_check(SchedulerAsk::NextOutput);
    n.at.output_line = 4;
    CHECK(derive_answer(n, workers_run()).error == "\"w1 ends\" is the last line printed");

    Check f = scheduler_check(SchedulerAsk::FirstOf);
    f.lines = {"w1", "w1 starts"};
    CHECK(derive_answer(f, workers_run()).error == "\"w1\" and \"w1 starts\" are on the same line");
}

TEST_CASE("a challenge goal lists each condition with whether the run meets it",
          "[lessons][checks]") {
    Goal goal;
    goal.finish_before = 3.0;
    goal.output_contains = {"w2 ends"};
    goal.output_in_order = {"w2 ends", "w1 ends"};
    CHECK(describe_goal(goal) == std::vector<std::string>{"finishes before t=3.000",
                                                          "prints a line with \"w2 ends\"",
                                                          "prints \"w2 ends\", then \"w1 ends\"",
                                                          "ends without an error"});
    GoalResult r = evaluate_goal(goal, workers_run());
    CHECK_FALSE(r.met);
    REQUIRE(r.items.size() == 4);
    CHECK_FALSE(r.items[0].met);
    CHECK(r.items[0].detail == "it ended at t=3.500");
    CHECK(r.items[1].met);
    CHECK(r.items[2].met);
    CHECK(r.items[3].met);

    goal.finish_before = 3.6;
    CHECK(evaluate_goal(goal, workers_run()).met);
    goal.output_in_order = {"w1 ends", "w2 ends"};
    CHECK_FALSE(evaluate_goal(goal, workers_run()).met);
}

TEST_CASE("a goal fails on a deadlock, an error or a warning", "[lessons][checks]") {
    Goal goal;
    goal.output_contains = {"waiting forever"};
    GoalResult dead = evaluate_goal(goal, run_program(kDeadlock));
    CHECK_FALSE(dead.met);
    CHECK(dead.items.back().detail == "it deadlocked: every task waits and no timer is pending");

    Goal quiet;
    quiet.no_warnings = true;
    GoalResult warned = evaluate_goal(quiet, run_program(kForgotten));
    CHECK_FALSE(warned.met);
    CHECK(warned.items.back().detail == "RuntimeWarning: coroutine 'forgotten' was never awaited");

    Goal fast;
    fast.finish_before = 10;
    GoalResult failed = evaluate_goal(fast, run_program("x = 1 / 0\n"));
    CHECK_FALSE(failed.met);
    CHECK(failed.items[0].detail == "it stopped at t=0.000 with an error");
    CHECK(failed.items[1].detail == "ZeroDivisionError: division by zero");
}

namespace {

loopscope::trace::TraceEvent ev(loopscope::trace::EventKind kind, int32_t task, double time,
                                const char* name = "", const char* text = "") {
    loopscope::trace::TraceEvent e;
    e.kind = kind;
    e.task = task;
    e.time = time;
    e.name = name;
    e.text = text;
    return e;
}

// A recorded shape (not Python behaviour): main starts two workers and awaits them; worker-1
// awaits twice, the unnamed worker once.
ProgramRun traced_run() {
    using K = loopscope::trace::EventKind;
    std::vector<loopscope::trace::TraceEvent> events = {
        ev(K::TaskCreated, 1, 0, "Task-1", "main"),
        ev(K::TaskStep, 1, 0),
        ev(K::TaskCreated, 2, 0, "worker-1", "worker"),
        ev(K::TaskCreated, 3, 0, "Task-3", "worker"),
        ev(K::TaskSuspended, 1, 0),
        ev(K::TaskStep, 2, 0),
        ev(K::TaskSuspended, 2, 0),
        ev(K::TaskStep, 3, 0),
        ev(K::TaskSuspended, 3, 0),
        ev(K::TaskStep, 2, 1),
        ev(K::TaskSuspended, 2, 1),
        ev(K::TaskStep, 3, 2),
        ev(K::TaskFinished, 3, 2),
        ev(K::TaskStep, 2, 2.5),
        ev(K::TaskFinished, 2, 2.5),
        ev(K::TaskStep, 1, 2.5),
        ev(K::TaskFinished, 1, 2.5),
    };
    loopscope::trace::TraceStore store;
    for (const loopscope::trace::TraceEvent& e : events) store.add(e);
    return program_run_from(store);
}

Check next_task_check(const char* task, int nth) {
    Check c = scheduler_check(SchedulerAsk::NextTask);
    c.at.kind = AtPoint::Kind::TaskSuspends;
    c.at.task = task;
    c.at.nth = nth;
    return c;
}

} // namespace

TEST_CASE("trace facts name tasks by their given name or by coroutine and default name",
          "[lessons][checks]") {
    TraceFacts f = traced_run().trace;
    CHECK(f.labels.at(1) == "main (Task-1)");
    CHECK(f.labels.at(2) == "worker-1");
    CHECK(f.labels.at(3) == "worker (Task-3)");
    CHECK(f.switches.size() == 17);  // 3 created, 14 steps, suspensions and ends
    CHECK(f.switches[4].event == 4); // each remembers its place in the recording
}

TEST_CASE("which task runs next after a task awaits is read from the trace", "[lessons][checks]") {
    ProgramRun run = traced_run();
    SchedulerAnswer a = derive_answer(next_task_check("main", 1), run);
    REQUIRE(a.ok);
    CHECK(a.text == "worker-1");
    CHECK(a.choices == std::vector<std::string>{"main (Task-1)", "worker (Task-3)", "worker-1",
                                                "no task: the program ends"});
    CHECK(derive_answer(next_task_check("worker-1", 1), run).text == "worker (Task-3)");
    CHECK(derive_answer(next_task_check("worker-1", 2), run).text == "worker (Task-3)");
    CHECK(derive_answer(next_task_check("Task-3", 1), run).text == "worker-1");
    CHECK(grade_scheduler(next_task_check("main", 1), run, "worker-1").correct);
    CHECK(grade_scheduler(next_task_check("main", 1), run, "main (Task-1)").message ==
          "That task runs again, but not next.");
    CHECK(grade_scheduler(next_task_check("worker-1", 2), run, "main (Task-1)").message ==
          "That task runs again, but not next.");
    CHECK(grade_scheduler(next_task_check("Task-3", 1), run, "no task: the program ends").message ==
          "The program does not end here: a task still has a step to run.");
    CHECK(grade_scheduler(next_task_check("main", 1), run, "main (Task-1)").answer ==
          "\"worker-1\" runs next.");
}

TEST_CASE("the clock when a task awaits is read from the trace", "[lessons][checks]") {
    Check c = next_task_check("worker-1", 2);
    c.ask = SchedulerAsk::Clock;
    SchedulerAnswer a = derive_answer(c, traced_run());
    REQUIRE(a.ok);
    CHECK(a.number == 1.0);
    CHECK(grade_scheduler(c, traced_run(), "1").message ==
          "Right: the clock reads 1.000 when worker-1 awaits for time 2.");
}

TEST_CASE("task questions that do not fit the trace say why", "[lessons][checks]") {
    ProgramRun run = traced_run();
    CHECK(derive_answer(next_task_check("worker", 1), run).error ==
          "several tasks run worker(): name one of them");
    CHECK(derive_answer(next_task_check("nobody", 1), run).error ==
          "no task is named or runs \"nobody\"");
    CHECK(derive_answer(next_task_check("worker-1", 3), run).error ==
          "worker-1 awaits 2 times, not 3");
}

TEST_CASE("a traced run answers task questions from the program's real trace",
          "[lessons][checks]") {
    // The oracle's transcript (kWorkersTranscript) shows w1 starting right after main awaits
    // gather: the task gather made for worker("w1", 2) is the one that runs next.
    ProgramRun run = run_program(kWorkers, "main.py");
    CHECK(format_transcript(run) == kWorkersTranscript);
    Check c = next_task_check("main", 1);
    SchedulerAnswer a = derive_answer(c, run);
    REQUIRE(a.ok);
    CHECK(a.text == "worker (Task-2)");
    CHECK(a.choices == std::vector<std::string>{"main (Task-1)", "worker (Task-2)",
                                                "worker (Task-3)", "no task: the program ends"});
    // main's second await (the sleep after gather) starts at t=2, when w1 ended
    c.ask = SchedulerAsk::Clock;
    c.at.nth = 2;
    CHECK(derive_answer(c, run).number == 2.0);
}

namespace {

// The session a learner steps through, loaded with `source` and run to event `i`.
const loopscope::session::Snapshot& moment(loopscope::session::Session& s, const char* source,
                                           uint64_t i) {
    REQUIRE(s.load(source));
    s.run_to_event(i);
    while (s.motion() != loopscope::session::Motion::None) s.tick(100000);
    REQUIRE(s.cursor() == i);
    return s.snapshot();
}

} // namespace

TEST_CASE("the stepper pauses where a scheduler question is asked, before its answer shows",
          "[lessons][checks]") {
    // Events are those of the learner's own session of the program: run_program records with
    // the same options.
    loopscope::session::Session s;
    const ProgramRun& run = workers_run();

    Check next = scheduler_check(SchedulerAsk::NextOutput);
    next.at.output_line = 2;
    SchedulerAnswer a = derive_answer(next, run);
    REQUIRE(a.ok);
    const loopscope::session::Snapshot& asked = moment(s, kWorkers, a.pause_event);
    REQUIRE(asked.output.size() == 2); // "w2 starts" just printed, the next line not yet
    CHECK(asked.output[1].text == "w2 starts");
    const loopscope::session::Snapshot& shown = moment(s, kWorkers, a.reveal_event);
    REQUIRE(shown.output.size() == 3);
    CHECK(shown.output[2].text == a.text);

    Check clock = scheduler_check(SchedulerAsk::Clock);
    clock.at.kind = AtPoint::Kind::OutputContains;
    clock.at.contains = "w1 ends";
    a = derive_answer(clock, run);
    CHECK(moment(s, kWorkers, a.pause_event).clock < 2.0); // the clock does not tell yet
    CHECK(moment(s, kWorkers, a.pause_event + 1).clock == 2.0);
    CHECK(moment(s, kWorkers, a.reveal_event).output.back().text == "w1 ends");

    Check first = scheduler_check(SchedulerAsk::FirstOf);
    first.lines = {"w1 ends", "w2 ends", "w2 starts"};
    a = derive_answer(first, run);
    CHECK(a.text == "w2 starts");
    CHECK(moment(s, kWorkers, a.pause_event).output.size() == 1); // before any of them
    CHECK(moment(s, kWorkers, a.reveal_event).output.back().text == "w2 starts");

    Check who = next_task_check("main", 1);
    a = derive_answer(who, run);
    const loopscope::session::Snapshot& waits = moment(s, kWorkers, a.pause_event);
    CHECK(waits.current_task == 0);   // main has just given up the loop ...
    CHECK_FALSE(waits.ready.empty()); // ... and the ready queue says who is next
    CHECK(moment(s, kWorkers, a.reveal_event).current_task == 2);
}
