// lesson_view.h - Dear ImGui rendering of a lesson (runtime/lessons/lesson.h): title, wrapped
// prose (headings, lists, emphasis, inline code, code blocks), the knowledge checks that teach
// (lesson_view_checks.cpp) and the lesson's end with the way to the next one. Free functions
// over plain structs: the view owns no run and no session; it reads a LessonContext and leaves
// requests in LessonViewState that the app carries out (course_commands.cpp: sync_lesson).
//
// Grading: predict-the-output and scheduler questions are graded against the lesson's own
// programs, each recorded once in a session (lessons::run_program) with the playground's
// options, so its event numbers are those of the learner's own session of the same program;
// when the app's session holds the whole run of that program, its own recording is used
// instead. Challenges are graded only on a run the learner started with "Run and check".
#pragma once

#include "fonts.h"
#include "lessons/checks.h"
#include "lessons/lesson.h"
#include "model/course/order_puzzle.h"
#include "model/course/problem_help.h"
#include "model/course/progress.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace loopscope {

// What one check shows now (not saved: the answers that matter are in course::CheckProgress).
struct CheckUi {
    int picked = -1;                         // choice / scheduler choice: the selected option
    std::string typed;                       // output (type mode) / clock answer
    course::OrderPuzzle order;               // output (order mode)
    bool order_ready = false;                // `order` was filled from the program's lines
    lessons::Grade grade;                    // the last grade
    bool graded = false;                     // `grade` holds something
    std::optional<lessons::GoalResult> goal; // challenge: on the last run made for it
    bool at_moment = false;                  // scheduler: the run was paused at its moment
};

// What the app tells the view each frame.
struct LessonContext {
    std::string_view source; // the program in the editor
    uint64_t cursor = 0;     // the session's current event
    bool running = false;    // a run is going (playing or a motion in progress)
    bool can_undo = false;   // the editor can take back its last change
    int lesson_index = 0;    // the lesson's place in the course (0-based)
    int lesson_count = 0;    // lessons in the course
    std::string next_title;  // the next lesson's title ("" at the course's end)
};

struct LessonViewState {
    std::string lesson_id;                                     // the lesson `checks` belong to
    std::vector<CheckUi> checks;                               // one per check of that lesson
    std::map<std::string, lessons::ProgramRun> reference_runs; // program file -> its run
    course::CourseProgress progress;                           // what the learner has done

    bool show_map = false;    // the lesson pane shows the course map instead of the lesson
    float code_share = 0.40f; // the code's share of the lesson pane (under the prose)
    int keyboard_check = -1;  // the ordering puzzle that has the keyboard (-1: none)
    std::vector<int> keys;    // in: this frame's key presses (SDL scancodes), for the puzzle
    std::string status;       // one line for the learner after a request ("Your code is kept")
    // In: bring this published widget ("check:<id>:<part>", "lesson:next") into view on the
    // next draw (automation; cleared once done).
    std::string scroll_to;
    // The console's problem help (course_view.h): problems found in the recording so far, and
    // whether the traceback shows the runtime's own frames.
    course::ProblemScan problems;
    std::map<uint64_t, bool> problem_open; // by the problem's event: its explanation shown
    bool runtime_frames = false;

    // Challenges: the run started by "Run and check" (-1: none) and the app's load counter
    // at its start (an edit during the run reloads the program: that run no longer counts).
    int challenge_check = -1;
    uint64_t challenge_load = 0;
    bool challenge_started = false; // the run has been started (sync_lesson)

    // Out: requests the app carries out (sync_lesson), then clears.
    std::optional<std::string> request_code; // replace the editor's text (one undoable step)
    bool request_undo = false;               // take back the last replacement
    bool request_run = false;                // "Run and check" (challenge_check)
    // The stepper: load `request_moment_program` fresh and run it to this event.
    std::optional<uint64_t> request_moment;
    std::string request_moment_program;
    bool request_moment_fresh = false; // reload first, so nothing after the moment is recorded
    int request_lesson = -1;           // open this lesson (course map, next lesson)
};

// The whole lesson: title, summary, prose, every check, and the way to the next lesson.
void draw_lesson(LessonViewState& state, const lessons::Lesson& lesson,
                 const LessonContext& context, const fonts::FontSet& fonts);

// One check of the lesson on its own (an embedded playground showing a single check, embed.h).
void draw_lesson_check(LessonViewState& state, const lessons::Lesson& lesson, size_t index,
                       const LessonContext& context, const fonts::FontSet& fonts);

// Building blocks, usable on their own (e.g. a check's explanation in a popup).
void draw_markdown(const lessons::Document& doc, const fonts::FontSet& fonts);
// One paragraph of inline spans, wrapped to the available width, in `base` (strong spans in
// fonts.strong, code spans in fonts.code); color 0 = the theme's text color.
void draw_inline_wrapped(const lessons::Inline& spans, const fonts::FontSet& fonts, ImFont* base,
                         unsigned color = 0);
// A framed block of monospace lines; Python is highlighted, anything else is plain.
void draw_code_block(const std::string& code, bool python, ImFont* mono);

// [lesson_view_checks.cpp] One knowledge check, numbered `index` of the lesson's checks.
void draw_check(LessonViewState& state, const lessons::Lesson& lesson, size_t index,
                const LessonContext& context, const fonts::FontSet& fonts);

// The run a check is graded against (recorded once, kept in the state).
const lessons::ProgramRun& reference_run(LessonViewState& state, const lessons::Lesson& lesson,
                                         const std::string& program);

// Publishes the item just drawn as `name` for the browser test, and scrolls to it when
// state.scroll_to asks for it.
void publish_lesson_item(LessonViewState& state, const std::string& name);

// Colours for verdicts, readable in both themes.
unsigned good_color();
unsigned not_yet_color();

} // namespace loopscope
