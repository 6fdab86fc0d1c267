// embed.h - the playground inside someone else's page (an <iframe>): a compact screen without
// the title bar showing only the panels the host chose, and the events the host hears about
// (docs/embed.md). The page side (URL parameters, postMessage, allowed origins) is
// web/shell/embed.js; it configures this side through loopscope_embed_configure before the
// first frame.
#pragma once

#include "app_model.h"
#include "fonts.h"

#include <string>

namespace loopscope::embed {

// The panels a host can ask for (panels=controls,program,... in the URL).
enum Panel : unsigned {
    kControls = 1u << 0, // the run toolbar (Run, Step, Back, Reset, mode, scrubber)
    kProgram = 1u << 1,  // the editor with the program
    kLesson = 1u << 2,   // the lesson: prose and every check
    kCheck = 1u << 3,    // a single check of the lesson (Config::check)
    kLoop = 1u << 4,     // the event loop: running task, ready queue, timers
    kTimeline = 1u << 5, // the timeline
    kConsole = 1u << 6,  // the program's output
    kTasks = 1u << 7,    // the tasks
    kSync = 1u << 8,     // queues, locks, events...
};

struct Config {
    bool active = false; // the page is an embed: draw() replaces the normal screen
    unsigned panels = 0; // Panel bits
    std::string check;   // kCheck: the check's id, or its 1-based number
};

Config& config();
inline bool active() {
    return config().active;
}

// Draws the embedded screen over the whole viewport (called by layout.cpp's draw_app instead
// of the normal screen), then reports what changed to the page (report_events).
void draw(AppModel& m, const fonts::FontSet& fonts, double seconds);

// Once per frame: sends the page "step" when the cursor moved, "run-finished" when a run
// reached its end, "check-answered" when a check of the lesson got a new result.
void report_events(AppModel& m);

// The index of the check `key` names in the open lesson (its id or 1-based number); -1 none.
int find_check(const AppModel& m, const std::string& key);

} // namespace loopscope::embed
