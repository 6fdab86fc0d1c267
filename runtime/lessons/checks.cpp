// checks.cpp - grading knowledge checks against real runs (see checks.h).
#include "lessons/checks.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace loopscope::lessons {

namespace {

std::string fmt_time(double t) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", t);
    return buf;
}

std::string_view rstrip(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) {
            if (pos < text.size()) lines.push_back(text.substr(pos));
            break;
        }
        lines.push_back(text.substr(pos, nl - pos));
        pos = nl + 1;
    }
    return lines;
}

// "[2.000] text" -> (2.0, "text"); false when the line has no stamp (learners may type them).
bool split_stamp(std::string_view line, double* time, std::string_view* text) {
    if (line.empty() || line[0] != '[') return false;
    size_t close = line.find(']');
    if (close == std::string_view::npos) return false;
    std::string num(line.substr(1, close - 1));
    char* end = nullptr;
    double t = std::strtod(num.c_str(), &end);
    if (num.empty() || end != num.c_str() + num.size()) return false;
    *time = t;
    std::string_view rest = line.substr(close + 1);
    if (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
    *text = rest;
    return true;
}

// The answer to "which task runs next?" when none does.
const char* const kProgramEnds = "no task: the program ends";

} // namespace

// ---- multiple choice ------------------------------------------------------------------------

Grade grade_choice(const Check& check, int picked) {
    Grade g;
    if (picked < 0 || picked >= static_cast<int>(check.options.size())) {
        g.message = "Pick one of the options.";
        return g;
    }
    const ChoiceOption& o = check.options[static_cast<size_t>(picked)];
    g.correct = o.correct;
    g.message = plain_text(o.feedback);
    return g;
}

// ---- predict the output ---------------------------------------------------------------------

std::vector<std::string> expected_output_lines(const Check& check, const ProgramRun& reference) {
    std::vector<std::string> lines;
    for (const OutputLine& l : reference.output) {
        std::string text(rstrip(l.text));
        lines.push_back(check.with_times ? "[" + fmt_time(l.time) + "] " + text : text);
    }
    return lines;
}

namespace {

// Compares two line lists; fills the grade's message in words a learner can act on.
Grade compare_lines(const std::vector<std::string>& expected, const std::vector<std::string>& got) {
    Grade g;
    size_t n = std::min(expected.size(), got.size());
    size_t k = 0;
    while (k < n && expected[k] == got[k]) ++k;
    if (k == n && expected.size() == got.size()) {
        g.correct = true;
        g.message = "Right: all " + std::to_string(expected.size()) +
                    " lines, in the order the program printed them.";
        return g;
    }
    g.first_wrong_line = static_cast<int>(k);
    std::string right = k == 0   ? ""
                        : k == 1 ? "Line 1 is right; "
                                 : "Lines 1-" + std::to_string(k) + " are right; ";
    std::string problem;
    if (k == n) {
        problem = "the program printed " + std::to_string(expected.size()) +
                  " lines, your answer has " + std::to_string(got.size()) + ".";
    } else {
        problem = "line " + std::to_string(k + 1) + " is not what the program printed.";
    }
    if (right.empty()) problem[0] = static_cast<char>(std::toupper(problem[0]));
    g.message = right + problem;
    return g;
}

} // namespace

Grade grade_output(const Check& check, const ProgramRun& reference, std::string_view typed) {
    std::vector<std::string> got;
    for (std::string_view line : split_lines(typed)) {
        line = rstrip(line);
        double t = 0;
        std::string_view text;
        if (split_stamp(line, &t, &text)) {
            // A stamp is accepted in any spelling ("[2]", "[2.0]") and compared as a number.
            got.push_back(check.with_times ? "[" + fmt_time(t) + "] " + std::string(text)
                                           : std::string(text));
        } else {
            got.emplace_back(line);
        }
    }
    while (!got.empty() && got.back().empty()) got.pop_back();
    while (!got.empty() && got.front().empty()) got.erase(got.begin());
    return compare_lines(expected_output_lines(check, reference), got);
}

std::vector<std::string> order_pool(const Check& check, const ProgramRun& reference) {
    std::vector<std::string> pool = expected_output_lines(check, reference);
    // A fixed shuffle (seeded by the check id) so the same lesson shows the same puzzle.
    uint32_t seed = 2166136261u;
    for (char ch : check.id) seed = (seed ^ static_cast<uint8_t>(ch)) * 16777619u;
    for (size_t i = pool.size(); i > 1; --i) {
        seed = seed * 1664525u + 1013904223u;
        std::swap(pool[i - 1], pool[(seed >> 8) % i]);
    }
    if (pool.size() > 1 && pool == expected_output_lines(check, reference)) {
        std::rotate(pool.begin(), pool.begin() + 1, pool.end());
    }
    return pool;
}

Grade grade_output_order(const Check& check, const ProgramRun& reference,
                         const std::vector<std::string>& ordered) {
    return compare_lines(expected_output_lines(check, reference), ordered);
}

// ---- predict the scheduler ------------------------------------------------------------------

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

std::string describe_at(const AtPoint& at, const ProgramRun& run, int idx) {
    if (idx < 0) return "?";
    return "\"" + run.output[static_cast<size_t>(idx)].text + "\"";
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
            } else {
                int idx = find_at(check.at, reference, &a.error);
                if (idx < 0) return a;
                a.number = reference.output[static_cast<size_t>(idx)].time;
            }
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
            a.text = reference.output[static_cast<size_t>(idx) + 1].text;
            // The lines still to come are the choices, sorted so their order gives nothing away.
            for (size_t i = static_cast<size_t>(idx) + 1; i < reference.output.size(); ++i) {
                const std::string& t = reference.output[i].text;
                if (std::find(a.choices.begin(), a.choices.end(), t) == a.choices.end()) {
                    a.choices.push_back(t);
                }
            }
            std::sort(a.choices.begin(), a.choices.end());
            a.ok = true;
            return a;
        }
        case SchedulerAsk::NextTask: {
            int k = find_suspension(check.at, reference, &a.error);
            if (k < 0) return a;
            const TraceFacts& f = reference.trace;
            a.text = kProgramEnds;
            size_t until = static_cast<size_t>(k); // where the answer is decided
            for (size_t i = until + 1; i < f.switches.size(); ++i) {
                if (f.switches[i].kind == TaskSwitch::Kind::Step) {
                    a.text = f.labels.at(f.switches[i].task);
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
        g.message = (g.correct ? "Right: " : "Not quite: ") + std::string("the clock reads ") +
                    a.text + " when " + when + ".";
        return g;
    }
    g.correct = given == a.text;
    const char* tail = check.ask == SchedulerAsk::FirstOf    ? "\" is printed first."
                       : check.ask == SchedulerAsk::NextTask ? "\" runs next."
                                                             : "\" comes next.";
    g.message = (g.correct ? "Right: \"" : "Not quite: \"") + a.text + tail;
    return g;
}

// ---- challenges -----------------------------------------------------------------------------

namespace {

std::string quote(const std::string& s) {
    return "\"" + s + "\"";
}

std::string in_order_words(const std::vector<std::string>& parts) {
    std::string s = "prints ";
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) s += ", then ";
        s += quote(parts[i]);
    }
    return s;
}

} // namespace

std::vector<std::string> describe_goal(const Goal& goal) {
    std::vector<std::string> out;
    if (goal.finish_before) out.push_back("finishes before t=" + fmt_time(*goal.finish_before));
    for (const std::string& s : goal.output_contains)
        out.push_back("prints a line with " + quote(s));
    if (!goal.output_in_order.empty()) out.push_back(in_order_words(goal.output_in_order));
    if (goal.no_errors) out.push_back("ends without an error");
    if (goal.no_warnings) out.push_back("gives no warnings");
    return out;
}

GoalResult evaluate_goal(const Goal& goal, const ProgramRun& run) {
    GoalResult r;
    std::vector<std::string> words = describe_goal(goal);
    size_t w = 0;
    auto item = [&](bool met, std::string detail) {
        r.items.push_back({words[w++], met, std::move(detail)});
    };
    if (goal.finish_before) {
        if (!run.finished || !run.end_time) {
            item(false, "the program did not run to its end");
        } else if (!run.errors.empty()) {
            // a program that fails early is not fast
            item(false, "it stopped at t=" + fmt_time(*run.end_time) + " with an error");
        } else {
            item(*run.end_time < *goal.finish_before, "it ended at t=" + fmt_time(*run.end_time));
        }
    }
    for (const std::string& s : goal.output_contains) {
        auto it = std::find_if(run.output.begin(), run.output.end(), [&](const OutputLine& l) {
            return l.text.find(s) != std::string::npos;
        });
        item(it != run.output.end(),
             it != run.output.end() ? "at t=" + fmt_time(it->time) : "no line contains it");
    }
    if (!goal.output_in_order.empty()) {
        size_t next = 0, line = 0;
        for (; line < run.output.size() && next < goal.output_in_order.size(); ++line) {
            if (run.output[line].text.find(goal.output_in_order[next]) != std::string::npos) ++next;
        }
        bool met = next == goal.output_in_order.size();
        item(met, met ? "in that order"
                      : "missing, or out of order: " + quote(goal.output_in_order[next]));
    }
    if (goal.no_errors) {
        if (!run.errors.empty()) {
            item(false, run.errors.front() == "!deadlock"
                            ? "it deadlocked: every task waits and no timer is pending"
                            : run.errors.front().substr(run.errors.front().find(' ') + 1));
        } else if (!run.finished) {
            item(false, "it was stopped before its end");
        } else {
            item(true, "");
        }
    }
    if (goal.no_warnings) {
        item(run.warnings.empty(),
             run.warnings.empty() ? "" : run.warnings.front().substr(sizeof("!warning")));
    }
    r.met = std::all_of(r.items.begin(), r.items.end(), [](const GoalItem& i) { return i.met; });
    return r;
}

// ---- a lesson against its own programs ----------------------------------------------------

std::vector<std::string> verify_lesson_checks(const Lesson& lesson) {
    std::vector<std::string> problems;
    std::map<std::string, ProgramRun> runs;
    auto run_of = [&](const std::string& file) -> const ProgramRun& {
        auto it = runs.find(file);
        if (it == runs.end()) it = runs.emplace(file, run_program(lesson.file(file), file)).first;
        return it->second;
    };
    for (size_t i = 0; i < lesson.checks.size(); ++i) {
        const Check& c = lesson.checks[i];
        std::string where = lesson.dir + " checks[" + std::to_string(i) + "] (" + c.id + "): ";
        const std::string& program = c.program.empty() ? lesson.program : c.program;
        switch (c.kind) {
            case CheckKind::Choice: break;
            case CheckKind::Output: {
                const ProgramRun& run = run_of(program);
                if (run.output.empty()) problems.push_back(where + program + " prints nothing");
                if (!run.errors.empty())
                    problems.push_back(where + program + " fails: " + run.errors[0]);
                break;
            }
            case CheckKind::Scheduler: {
                SchedulerAnswer a = derive_answer(c, run_of(program));
                if (!a.ok) problems.push_back(where + a.error);
                break;
            }
            case CheckKind::Challenge: {
                const std::string& starter = c.starter.empty() ? lesson.program : c.starter;
                if (evaluate_goal(c.goal, run_of(starter)).met) {
                    problems.push_back(where + "the starter code " + starter +
                                       " already meets the goal");
                }
                if (!c.solution.empty()) {
                    GoalResult g = evaluate_goal(c.goal, run_of(c.solution));
                    for (const GoalItem& it : g.items) {
                        if (!it.met) {
                            problems.push_back(where + "the solution " + c.solution + " does not " +
                                               "meet \"" + it.what + "\" (" + it.detail + ")");
                        }
                    }
                }
                break;
            }
        }
    }
    return problems;
}

} // namespace loopscope::lessons
