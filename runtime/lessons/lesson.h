// lesson.h - a lesson as data: loaded from lessons/<NN-id>/lesson.json plus its .py files, or
// from the bundle tools/lessons_bundle.py makes for the web build. The format is documented
// for authors in lessons/README.md.
//
//   LoadResult r = load_lesson_dir("lessons/01-blocking-vs-waiting");
//   if (!r.ok()) for (auto& e : r.errors) show(e.to_string());
//   const Lesson& lesson = *r.lesson;   // prose parsed, program text loaded
//
// Bad input never crashes: every problem becomes a LoadError naming the file and the field
// ("checks[2].options[1].feedback").
#pragma once

#include "lessons/markdown.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::lessons {

inline constexpr int kFormatVersion = 1;

// ---- checks ---------------------------------------------------------------------------------

enum class CheckKind { Choice, Output, Scheduler, Challenge };
const char* check_kind_name(CheckKind k); // "choice", "output", "scheduler", "challenge"

struct ChoiceOption {
    Inline text;
    bool correct = false;
    Inline feedback; // shown once this option was picked (every option has one)
};

// Predict the output: the learner types the lines, or puts the printed lines in order.
enum class OutputMode { Type, Order };

// Where a scheduler question stops the program.
struct AtPoint {
    enum class Kind { OutputLine, OutputContains, TaskSuspends } kind = Kind::OutputLine;
    int output_line = 0;  // 1-based stdout line
    std::string contains; // the first stdout line containing this text
    std::string task;     // TaskSuspends: the task (its name, or its coroutine's name) ...
    int nth = 1;          // ... gives up the loop at an await for the nth time (from the trace)
};

// What a scheduler question asks; the answer is always derived from a run (checks.h).
enum class SchedulerAsk {
    Clock,      // the virtual clock (loop.time()) when the line at `at` is printed: a number
    NextOutput, // which line prints right after the one at `at`: one of the printed lines
    FirstOf,    // which of `lines` (substrings) is printed first
    NextTask,   // which task runs next after the task at `at` suspends (from the trace)
};
// "clock", "next_output", "first_of", "next_task"
const char* scheduler_ask_name(SchedulerAsk a);

// A challenge's goal: every present condition must hold for the learner's run.
struct Goal {
    std::optional<double> finish_before;      // the run ends (virtual clock) strictly before this
    std::vector<std::string> output_contains; // each appears in some stdout line
    std::vector<std::string> output_in_order; // each appears, in this order, on later lines
    bool no_errors = true;                    // no uncaught exception, no deadlock
    bool no_warnings = false;                 // no !warning (never-awaited coroutines...)
};

struct Check {
    std::string id;
    CheckKind kind = CheckKind::Choice;
    Inline question;  // one paragraph of inline markup
    Document explain; // optional: shown after answering (any kind)
    Inline hint;      // optional, one line: shown with "Not yet" after a first wrong answer

    // Choice
    std::vector<ChoiceOption> options;

    // Output and Scheduler: which program to run ("" = the lesson's program)
    std::string program;

    // Output
    OutputMode mode = OutputMode::Type;
    bool with_times = false; // Type mode: lines carry their "[T] " stamps

    // Scheduler
    SchedulerAsk ask = SchedulerAsk::Clock;
    AtPoint at;
    std::vector<std::string> lines; // FirstOf: the candidates
    double tolerance = 0.0005;      // Clock: accepted distance

    // Challenge
    Document task;        // what to do (markdown)
    std::string starter;  // file name of the code the learner starts from ("" = program)
    std::string solution; // file name of a solution (tests prove it reaches the goal)
    Goal goal;
    std::vector<Inline> hints;
};

// ---- the lesson ---------------------------------------------------------------------------

struct Lesson {
    std::string dir;          // folder name, "01-blocking-vs-waiting"
    std::string id;           // "blocking-vs-waiting"
    std::string title;        // plain text
    std::string summary;      // plain text, one sentence
    std::string program;      // file name of the lesson's program, "main.py"
    std::string prose_source; // the Markdown as written
    Document prose;
    std::vector<Check> checks;
    std::map<std::string, std::string> files; // file name -> text: program, starters, solutions

    const std::string& program_source() const; // files[program]
    // The text of a file the lesson names ("" when missing; validation guarantees presence).
    const std::string& file(const std::string& name) const;
};

struct LoadError {
    std::string file;              // "lessons/01-x/lesson.json"
    std::string field;             // "checks[2].options[1].feedback" ("" for the whole file)
    std::string message;           // "missing: every option needs feedback"
    std::string to_string() const; // "file: field: message"
};

struct LoadResult {
    std::optional<Lesson> lesson;
    std::vector<LoadError> errors;
    bool ok() const { return lesson.has_value() && errors.empty(); }
};

// Parses lesson.json text. `files` holds the lesson's .py files by name (the ones the JSON
// names must be there); `label` names lesson.json in error messages, `dir` is the folder name.
LoadResult parse_lesson(std::string_view json_text, std::string_view label, std::string_view dir,
                        const std::map<std::string, std::string>& files);

// Reads <dir>/lesson.json and the .py files next to it.
LoadResult load_lesson_dir(const std::string& dir);

struct LoadAllResult {
    std::vector<Lesson> lessons; // by folder name
    std::vector<LoadError> errors;
    bool ok() const { return errors.empty(); }
};

// Every lesson folder below `root` (lessons/), in folder-name order.
LoadAllResult load_lessons(const std::string& root);

// The single-file bundle made by tools/lessons_bundle.py (for the web build).
LoadAllResult parse_bundle(std::string_view json_text, std::string_view label = "lessons.json");

} // namespace loopscope::lessons
