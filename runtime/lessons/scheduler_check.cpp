// scheduler_check.cpp - predict-the-scheduler questions (checks.h): the answer, the choices and
// the two moments of the stepper (the question's and the answer's), all from the recorded run.
#include "lessons/check_text.h"
#include "lessons/checks.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace loopscope::lessons {

namespace {

// The answer to "which task runs next?" when none does.
const char* const kProgramEnds = "no task: the program ends";

} // namespace

namespace {

// The 0-based stdout line a question stops at, or -1 with *error filled.
int find_at(const AtPoint& at, const ProgramRun& run, std::string* error) {
    if (at.kind == AtPoint::Kind::OutputLine) {
        if (at.output_line < 1 || at.output_line > static_cast<int>(run.output.size())) {
            *error = "the program prints " + std::to_string(run.output.size()) +
                     " lines, there is no line " + std::to_string(at.output_line);
            return -1;
        }
        return at.output_line - 1;
    }
    for (size_t i = 0; i < run.output.size(); ++i) {
        if (run.output[i].text.find(at.contains) != std::string::npos) return static_cast<int>(i);
    }
    *error = "no printed line contains \"" + at.contains + "\"";
    return -1;
}

// The task a question names: by its name, its label, or (when only one task runs it) its
// coroutine. 0 with *error filled when none or several match.
int32_t find_task(const TraceFacts& f, const std::string& who, std::string* error) {
    for (const auto& [id, name] : f.names) {
        if (name == who || f.labels.at(id) == who) return id;
    }
    int32_t found = 0;
    for (const auto& [id, coro] : f.coros) {
        if (coro != who) continue;
        if (found) {
            *error = "several tasks run " + who + "(): name one of them";
            return 0;
        }
        found = id;
    }
    if (!found) *error = "no task is named or runs \"" + who + "\"";
    return found;
}

// The index in f.switches of the moment `at` (a TaskSuspends point) names, or -1.
int find_suspension(const AtPoint& at, const ProgramRun& run, std::string* error) {
    const TraceFacts& f = run.trace;
    int32_t task = find_task(f, at.task, error);
    if (!task) return -1;
    int seen = 0;
    for (size_t i = 0; i < f.switches.size(); ++i) {
        const TaskSwitch& s = f.switches[i];
        if (s.task == task && s.kind == TaskSwitch::Kind::Suspend && ++seen == at.nth) {
            return static_cast<int>(i);
        }
    }
    *error = f.labels.at(task) + " awaits " + std::to_string(seen) + " time" +
             (seen == 1 ? "" : "s") + ", not " + std::to_string(at.nth);
    return -1;
}

// The stepper's pause for a clock question whose answer shows at event `e`: the last event
// before the clock reached its reading there, so the clock does not give the answer away; when
// the clock stood still since the start, the event just before `e`.
uint64_t before_clock_reaches(const ProgramRun& run, uint64_t e) {
    uint64_t step_start = 0;
    for (const ClockStep& c : run.clock) {
        if (c.event > e) break;
        step_start = c.event;
    }
    if (step_start > 0) return step_start - 1;
    return e > 0 ? e - 1 : 0;
}

std::string describe_at(const AtPoint& at, const ProgramRun& run, int idx) {
    if (idx < 0) return "?";
    return "\"" + run.output[static_cast<size_t>(idx)].text + "\"";
}

// Why a wrong choice is wrong, without naming the right one.
std::string wrong_choice_words(const Check& check, const ProgramRun& run, const SchedulerAnswer& a,
                               const std::string& given) {
    switch (check.ask) {
        case SchedulerAsk::NextOutput: {
            for (const OutputLine& l : run.output) {
                if (l.event > a.pause_event && l.text == given)
                    return "That line is printed, but not next.";
            }
            return "That line was printed before this moment, and not again.";
        }
        case SchedulerAsk::FirstOf: return "That one is printed, but another comes before it.";
        case SchedulerAsk::NextTask: {
            if (given == kProgramEnds)
                return "The program does not end here: a task still has a step to run.";
            for (const TaskSwitch& s : run.trace.switches) {
                if (s.event > a.pause_event && s.kind == TaskSwitch::Kind::Step &&
                    run.trace.labels.at(s.task) == given)
                    return "That task runs again, but not next.";
            }
            return "That task does not run again after this moment.";
        }
        case SchedulerAsk::Clock: break;
    }
    return "Not that one.";
}

} // namespace

SchedulerAnswer derive_answer(const Check& check, const ProgramRun& reference) {
    SchedulerAnswer a;
    if (check.kind != CheckKind::Scheduler) {
        a.error = "not a scheduler question";
        return a;
    }
    switch (check.ask) {
        case SchedulerAsk::Clock: {
            if (check.at.kind == AtPoint::Kind::TaskSuspends) {
                int k = find_suspension(check.at, reference, &a.error);
                if (k < 0) return a;
                a.number = reference.trace.switches[static_cast<size_t>(k)].time;
                a.reveal_event = reference.trace.switches[static_cast<size_t>(k)].event;
            } else {
                int idx = find_at(check.at, reference, &a.error);
                if (idx < 0) return a;
                a.number = reference.output[static_cast<size_t>(idx)].time;
                a.reveal_event = reference.output[static_cast<size_t>(idx)].event;
            }
            a.pause_event = before_clock_reaches(reference, a.reveal_event);
            a.is_number = true;
            a.text = fmt_time(a.number);
            a.ok = true;
            return a;
        }
        case SchedulerAsk::NextOutput: {
            int idx = find_at(check.at, reference, &a.error);
            if (idx < 0) return a;
            if (idx + 1 >= static_cast<int>(reference.output.size())) {
                a.error = describe_at(check.at, reference, idx) + " is the last line printed";
                return a;
            }
            const size_t at = static_cast<size_t>(idx);
            a.text = reference.output[at + 1].text;
            a.pause_event = reference.output[at].event;
            a.reveal_event = reference.output[at + 1].event;
            // The lines still to come are the choices, sorted so their order gives nothing away;
            // when fewer than three are left, the latest lines already printed fill in.
            auto offer = [&](const std::string& t) {
                if (std::find(a.choices.begin(), a.choices.end(), t) == a.choices.end()) {
                    a.choices.push_back(t);
                }
            };
            for (size_t i = at + 1; i < reference.output.size(); ++i)
                offer(reference.output[i].text);
            for (size_t i = at + 1; i-- > 0 && a.choices.size() < 3;)
                offer(reference.output[i].text);
            std::sort(a.choices.begin(), a.choices.end());
            a.ok = true;
            return a;
        }
        case SchedulerAsk::NextTask: {
            int k = find_suspension(check.at, reference, &a.error);
            if (k < 0) return a;
            const TraceFacts& f = reference.trace;
            a.text = kProgramEnds;
            a.pause_event = f.switches[static_cast<size_t>(k)].event;
            a.reveal_event = reference.events > 0 ? reference.events - 1 : 0;
            size_t until = static_cast<size_t>(k); // where the answer is decided
            for (size_t i = until + 1; i < f.switches.size(); ++i) {
                if (f.switches[i].kind == TaskSwitch::Kind::Step) {
                    a.text = f.labels.at(f.switches[i].task);
                    a.reveal_event = f.switches[i].event;
                    until = i;
                    break;
                }
            }
            // The choices are the tasks that exist by then (not the ones asyncio.run makes
            // at its very end), sorted.
            for (size_t i = 0; i <= until; ++i) {
                if (f.switches[i].kind == TaskSwitch::Kind::Created) {
                    a.choices.push_back(f.labels.at(f.switches[i].task));
                }
            }
            std::sort(a.choices.begin(), a.choices.end());
            a.choices.push_back(kProgramEnds);
            a.ok = true;
            return a;
        }
        case SchedulerAsk::FirstOf: {
            int best = -1;
            std::string winner;
            for (const std::string& cand : check.lines) {
                int found = -1;
                for (size_t i = 0; i < reference.output.size() && found < 0; ++i) {
                    if (reference.output[i].text.find(cand) != std::string::npos) {
                        found = static_cast<int>(i);
                    }
                }
                if (found < 0) {
                    a.error = "no printed line contains \"" + cand + "\"";
                    return a;
                }
                if (found == best) {
                    a.error = "\"" + winner + "\" and \"" + cand + "\" are on the same line";
                    return a;
                }
                if (best < 0 || found < best) {
                    best = found;
                    winner = cand;
                }
            }
            a.text = winner;
            a.choices = check.lines;
            a.reveal_event = reference.output[static_cast<size_t>(best)].event;
            a.pause_event = best > 0 ? reference.output[static_cast<size_t>(best) - 1].event : 0;
            a.ok = true;
            return a;
        }
    }
    return a;
}

Grade grade_scheduler(const Check& check, const ProgramRun& reference, std::string_view answer) {
    Grade g;
    SchedulerAnswer a = derive_answer(check, reference);
    if (!a.ok) {
        g.message = "This question does not fit the program's run: " + a.error + ".";
        return g;
    }
    std::string given(rstrip(answer));
    while (!given.empty() && given.front() == ' ') given.erase(given.begin());
    if (a.is_number) {
        std::string num = given;
        if (num.rfind("t=", 0) == 0 || num.rfind("t =", 0) == 0)
            num = num.substr(num.find('=') + 1);
        while (!num.empty() && num.front() == ' ') num.erase(num.begin());
        if (!num.empty() && num.back() == 's') num.pop_back();
        num = std::string(rstrip(num));
        char* end = nullptr;
        double x = std::strtod(num.c_str(), &end);
        if (num.empty() || end != num.c_str() + num.size() || !std::isfinite(x)) {
            g.message = "Answer with a number of seconds, like 1.5.";
            return g;
        }
        g.correct = std::fabs(x - a.number) <= check.tolerance;
        std::string when;
        switch (check.at.kind) {
            case AtPoint::Kind::OutputLine:
                when = "line " + std::to_string(check.at.output_line) + " prints";
                break;
            case AtPoint::Kind::OutputContains:
                when = "the line with \"" + check.at.contains + "\" prints";
                break;
            case AtPoint::Kind::TaskSuspends:
                when = check.at.task + " awaits" +
                       (check.at.nth == 1 ? "" : " for time " + std::to_string(check.at.nth));
                break;
        }
        g.answer = "The clock reads " + a.text + " when " + when + ".";
        g.message = g.correct      ? "Right: the clock reads " + a.text + " when " + when + "."
                    : x < a.number ? "By then the clock reads more than " + num + "."
                                   : "By then the clock reads less than " + num + ".";
        return g;
    }
    g.correct = given == a.text;
    const char* tail = check.ask == SchedulerAsk::FirstOf    ? "\" is printed first."
                       : check.ask == SchedulerAsk::NextTask ? "\" runs next."
                                                             : "\" comes next.";
    g.answer = "\"" + a.text + tail;
    if (g.correct) {
        g.message = "Right: " + g.answer;
    } else if (std::find(a.choices.begin(), a.choices.end(), given) == a.choices.end()) {
        g.message = "Pick one of the choices.";
    } else {
        g.message = wrong_choice_words(check, reference, a, given);
    }
    return g;
}

} // namespace loopscope::lessons
