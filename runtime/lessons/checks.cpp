// checks.cpp - grading knowledge checks against real runs (see checks.h).
#include "lessons/checks.h"

#include "lessons/check_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace loopscope::lessons {

// ---- text -----------------------------------------------------------------------------------

std::string fmt_time(double t) {
    char buf[400]; // "%.3f" of up to 1.8e308 (sleep(1e300)) has 309 digits before the point
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
    for (const ChoiceOption& right : check.options) {
        if (right.correct) g.answer = "The answer: " + plain_text(right.text);
    }
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

// One line of an answer or of the real output: its text and, when it has one, its stamp.
struct Said {
    bool stamped = false;
    std::string stamp; // "2.000": stamps are compared as numbers, written one way
    std::string text;
};

std::vector<Said> real_lines(const ProgramRun& run) {
    std::vector<Said> lines;
    for (const OutputLine& l : run.output)
        lines.push_back({true, fmt_time(l.time), std::string(rstrip(l.text))});
    return lines;
}

std::string line_words(size_t k) {
    return "line " + std::to_string(k + 1);
}

// What is wrong with line k of `got`, in words (after "Lines 1-k are right; ").
std::string text_problem(const std::vector<Said>& expected, const std::vector<Said>& got,
                         size_t k) {
    for (size_t j = k + 1; j < expected.size(); ++j) {
        if (expected[j].text == got[k].text) {
            return line_words(k) + " is printed, but later: something else comes first.";
        }
    }
    for (size_t j = 0; j < k; ++j) {
        if (expected[j].text == got[k].text) {
            return line_words(k) + " was printed already: it does not come again here.";
        }
    }
    return line_words(k) + " is not something the program prints.";
}

// Compares an answer with the real output; the message says in words a learner can act on
// where the answer first differs and, with times, whether the text or the time is wrong.
Grade compare_lines(const std::vector<Said>& expected, const std::vector<Said>& got,
                    bool with_times) {
    auto same = [&](const Said& a, const Said& b) {
        return a.text == b.text && (!with_times || (b.stamped && a.stamp == b.stamp));
    };
    Grade g;
    const size_t n = std::min(expected.size(), got.size());
    size_t k = 0;
    while (k < n && same(expected[k], got[k])) ++k;
    if (k == n && expected.size() == got.size()) {
        g.correct = true;
        g.message = "Right: all " + std::to_string(expected.size()) +
                    (with_times ? " lines and their times," : " lines,") +
                    " in the order the program printed them.";
        return g;
    }
    g.first_wrong_line = static_cast<int>(k);
    std::string right = k == 0   ? ""
                        : k == 1 ? "Line 1 is right; "
                                 : "Lines 1-" + std::to_string(k) + " are right; ";
    std::string problem;
    if (k == n) {
        g.miss = OutputMiss::Count;
        problem = "the program printed " + std::to_string(expected.size()) +
                  " lines, your answer has " + std::to_string(got.size()) + ".";
    } else {
        const bool text_ok = expected[k].text == got[k].text;
        const bool time_ok = !with_times || (got[k].stamped && expected[k].stamp == got[k].stamp);
        g.miss = text_ok ? OutputMiss::Time : time_ok ? OutputMiss::Text : OutputMiss::Both;
        if (g.miss == OutputMiss::Time) {
            problem = got[k].stamped
                          ? "the text of " + line_words(k) + " is right, its time is not."
                          : line_words(k) + " needs its time, like [1.500].";
        } else {
            problem = text_problem(expected, got, k);
            if (g.miss == OutputMiss::Text && with_times) {
                problem.pop_back();
                problem += " (its time is right).";
            }
        }
    }
    if (right.empty()) problem[0] = static_cast<char>(std::toupper(problem[0]));
    g.message = right + problem;
    return g;
}

} // namespace

Grade grade_output(const Check& check, const ProgramRun& reference, std::string_view typed) {
    std::vector<Said> got;
    for (std::string_view line : split_lines(typed)) {
        line = rstrip(line);
        double t = 0;
        std::string_view text;
        if (split_stamp(line, &t, &text)) {
            // A stamp is accepted in any spelling ("[2]", "[2.0]") and compared as a number.
            got.push_back({true, fmt_time(t), std::string(text)});
        } else {
            got.push_back({false, "", std::string(line)});
        }
    }
    while (!got.empty() && got.back().text.empty() && !got.back().stamped) got.pop_back();
    while (!got.empty() && got.front().text.empty() && !got.front().stamped) got.erase(got.begin());
    return compare_lines(real_lines(reference), got, check.with_times);
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
    std::vector<Said> got;
    for (const std::string& line : ordered) {
        double t = 0;
        std::string_view text;
        if (check.with_times && split_stamp(line, &t, &text)) {
            got.push_back({true, fmt_time(t), std::string(text)});
        } else {
            got.push_back({false, "", line});
        }
    }
    return compare_lines(real_lines(reference), got, check.with_times);
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
                if (!a.ok) {
                    problems.push_back(where + a.error);
                } else if (!a.is_number && a.choices.size() < 3) {
                    problems.push_back(where + "the run offers only " +
                                       std::to_string(a.choices.size()) +
                                       " choices (3 at least: ask about another moment)");
                }
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
