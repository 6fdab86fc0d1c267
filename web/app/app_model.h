// The state the panels draw, and the commands they send. The platform layer (main.cpp) owns one
// AppModel; panels are free functions over it. Runtime state lives behind the RunDriver (the
// session); the UI keeps only view state (tabs, splits, zoom, the timeline's view).
#pragma once

#include "editor/editor_widget.h"
#include "lesson_view.h"
#include "lessons/lesson.h"
#include "model/timeline/timeline_layout.h"
#include "run_driver.h"

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace loopscope {

// Which view the lower run pane shows.
enum class RunTab { Console, Tasks, Primitives };

// How Run advances: animated (one event every 1/speed s) or as fast as the frame budget allows.
enum class RunMode { Animated, Instant };

// The timeline's view state, kept across frames.
struct TimelineState {
    ui::timeline::Axis axis = ui::timeline::Axis::Steps;
    ui::timeline::Layout layout; // built from `events`, extended as they grow
    ui::timeline::View view;     // visible range (pixels filled in by the panel each frame)
    bool follow = true;          // keep the whole recording in view while it grows
    float scroll_y = 0.0f;       // lanes scrolled out at the top (pixels)
    ui::timeline::Events events; // the recording without Line events, as it grows
    uint64_t synced = 0;         // recorded events looked at so far
    // The furthest event the learner has reached since the program was loaded or reset: the
    // timeline draws the recording up to here only, so after Reset it does not give the run
    // away before the learner has stepped through it again.
    uint64_t revealed = 0;
};

// Per-frame execution budget (the "never freeze" rule and 60 fps): the run gets what is left of
// kFrameMs of CPU once the rest of the frame (building the snapshot, drawing, rendering) has had
// its share, measured over the last frames; the interpreter's tick budget per tick() call adapts
// so that one call stays well inside that slice.
struct FrameBudget {
    static constexpr double kFrameMs = 12.0;   // CPU per frame; 60 fps leaves the browser the rest
    static constexpr double kMinSliceMs = 2.0; // the run always moves, however heavy the UI
    static constexpr double kMaxSliceMs = 8.0;
    static constexpr int64_t kMaxTicks = 4000000; // one tick() call never exceeds this
    int64_t ticks = 20000;                        // current tick() budget
    double last_ms = 0.0;                         // time the last tick() took
    double run_ms = 0.0;      // time this frame's run slice took (ticks and recording sync)
    double snapshot_ms = 0.0; // time this frame took to bring the snapshot to the cursor
    double other_ms = 4.0;    // the rest of a frame, averaged over the last frames
    double frame_ms = 0.0;    // CPU time of a whole frame, averaged, for the status bar
    double slice_ms() const {
        const double left = kFrameMs - other_ms;
        return left < kMinSliceMs ? kMinSliceMs : left > kMaxSliceMs ? kMaxSliceMs : left;
    }
    // After a frame that took `ms` of CPU in all.
    void frame_done(double ms) {
        frame_ms = frame_ms * 0.9 + ms * 0.1;
        const double other = ms > run_ms ? ms - run_ms : 0.0;
        other_ms = other_ms * 0.8 + other * 0.2;
    }
};

// A key pressed since the last frame. Shortcuts read these events rather than ImGui's key
// state: ImGui 1.86 samples keys once per frame and misses a press released within the frame
// (as automated key presses are).
struct KeyPress {
    int scancode = 0; // SDL scancode
    bool shift = false, ctrl = false;
};

struct AppModel {
    std::string file_name = "main.py"; // shown in the editor tab
    std::string source;                // the program in the editor (= code.buffer's text)
    editor::EditorState code;          // the editor (helper E's widget)
    std::unique_ptr<RunDriver> run;    // the session (never null after make_initial_model)
    bool loaded = false;               // `source` is loaded in `run` (cleared by edits)
    uint64_t loads = 0;                // programs loaded so far (a new load ends the old run)
    bool needs_unicode = false;        // its compile met a \N{...} before the Unicode names arrived
    std::string status = "Ready";      // one word or two for the status bar

    // Run controls.
    RunMode mode = RunMode::Animated;
    float speed = 12.0f;       // animated: events per second
    double animate_debt = 0.0; // animated: events owed since the last frame
    bool playing = false;      // Run pressed and not paused / finished
    bool instant_once = false; // this run goes instantly whatever the mode ("Run and check")
    bool stopped = false;      // the run was ended with Stop: Run starts the program afresh
    FrameBudget budget;

    // Layout.
    RunTab run_tab = RunTab::Console;
    float split = 0.42f;          // editor share of the body width (splitter)
    float timeline_split = 0.55f; // timeline share of the run pane's lower height
    bool dark = true;             // theme variant
    float zoom = 1.0f;            // UI zoom (Ctrl +/-), 0.6 .. 2.0
    int jump_line = 0;            // the code view scrolls to this line once (console click)
    int picked_line = 0;          // the line last picked in the console (highlighted)
    float loop_height = 124.0f;   // the event loop pane: grows with a wrapped narration
    bool console_follow = true;   // the console keeps its last line in view (until scrolled up)
    size_t console_lines = 0;     // output lines the console showed last frame
    float console_scroll = 0.0f;  // its scroll position last frame
    bool console_autoscrolled = false; // ... which the console itself moved (following)

    std::vector<KeyPress> keys; // filled by the platform layer, consumed by handle_shortcuts

    TimelineState timeline;
    std::set<int32_t> expanded_tasks; // tasks whose stack/locals are open

    // Lessons (left pane, beside the editor).
    std::vector<lessons::Lesson> lessons; // every lesson found (lessons/ or the web bundle)
    // Per lesson: its full text is in. The web page's first load carries only the course map
    // (model/course/lesson_map.h) and the lesson it opens on; the others arrive once the page
    // is interactive (set_lesson_map, add_lessons).
    std::vector<bool> lesson_ready;
    int lesson = -1;             // the lesson shown (-1: none)
    int lesson_pending = -1;     // asked for before its text arrived: opens when it does
    std::string lessons_problem; // why the lessons still missing will not arrive
    bool show_lesson = false;    // the left pane shows the lesson (else the code)
    LessonViewState lesson_view; // the course: progress, checks, requests
    uint64_t reference_load = 0; // `loads` when the session's run last became a
                                 // lesson program's reference run
};

// Lessons: install the list (native: lessons/ folder; web: the bundle) and open one by id or
// folder name ("blocking-vs-waiting" or "01-blocking-vs-waiting"): the learner's code for it
// (course progress) or its program goes in the editor, the code of the lesson left is kept in
// the progress. false when there is no such lesson. [course_commands.cpp]
// A lesson whose text has not arrived yet is not opened: it becomes `lesson_pending` (the
// lesson pane says it is downloading) and opens when add_lessons brings it.
void set_lessons(AppModel& m, std::vector<lessons::Lesson> lessons);
bool cmd_load_lesson(AppModel& m, const std::string& id);
// The course map's stand-ins (none ready), then the full lessons as they arrive, or why they
// will not. add_lessons returns how many lessons became ready. [course_commands.cpp]
void set_lesson_map(AppModel& m, std::vector<lessons::Lesson> stand_ins);
int add_lessons(AppModel& m, std::vector<lessons::Lesson> lessons);
void lessons_failed(AppModel& m, std::string why);
bool lesson_ready(const AppModel& m, int index);
// Files the editor's program under the open lesson in the course progress (or forgets it when
// it is the lesson's own program again): the one place the learner's code per lesson is kept
// (saved by web/app/persist.h). cmd_load_lesson and sync_lesson do it. [course_commands.cpp]
void keep_lesson_code(AppModel& m);
// Once per frame: carries out the lesson view's requests (replace or undo code, pause at a
// question's moment, run for a challenge, open a lesson) and grades a challenge on the run
// started for it. [course_commands.cpp]
void sync_lesson(AppModel& m);
// Replaces the editor's text in one step Ctrl+Z takes back, and reloads the program.
void cmd_replace_code(AppModel& m, const std::string& code);
// The learner's progress as JSON (course::progress_to_json), and back: false (with a message in
// *error, nothing changed) when the text cannot be read. [course_commands.cpp]
std::string course_progress_json(const AppModel& m);
bool cmd_set_course_progress(AppModel& m, std::string_view json, std::string* error);
// The lesson shown, its checks and their states, for window.loopscope.getState().
std::string course_state_json(AppModel& m);

// The program the page opens with, loaded into a session.
AppModel make_initial_model();

// Commands (buttons, keys and window.loopscope all go through these).
void cmd_set_code(AppModel& m, std::string code); // replaces the editor's text too
void code_edited(AppModel& m); // the editor's text changed: reload it (the old run is dropped)
void cmd_go_to_line(AppModel& m, int line); // show a line in the editor (console click)
void cmd_run(AppModel& m);
void cmd_pause(AppModel& m);
void cmd_step_event(AppModel& m);
void cmd_step_line(AppModel& m);
void cmd_step_back_event(AppModel& m);
void cmd_step_back_line(AppModel& m);
void cmd_reset(AppModel& m);
void cmd_stop(AppModel& m);
void cmd_seek(AppModel& m, uint64_t event);

// Once per frame before drawing: advances the run within the frame budget. `dt` = seconds
// since the last frame.
void advance_frame(AppModel& m, double dt);

// The current state as JSON (window.loopscope.getState()).
std::string state_json(AppModel& m);

} // namespace loopscope
