// panels.h - the run-side panels of the playground. Each is a free function over AppModel that
// draws into the current ImGui window/child at the cursor, filling `size` (or the available
// region). They read the session's Snapshot and send commands (app_model.h); none owns
// runtime state.
#pragma once

#include "app_model.h"
#include "fonts.h"
#include "imgui.h"

#include <string>

namespace loopscope::panels {

// [controls.cpp] The toolbar: Run, Pause, Step, Step line, Step back, Reset (Stop when the loop
// is blocked), animated/instant and speed, the virtual clock, the scrubber over the trace.
// Lays out on one row when `width` allows, else two; returns the height used.
float draw_controls(AppModel& m, const fonts::FontSet& fonts, ImVec2 pos, float width);
float controls_height(float width);
// "event 9 / 57": the cursor and the last event, as the scrubber shows them.
std::string event_counter(AppModel& m);
// "2 tasks · 57 events recorded": the status bar's counts (agreeing with event_counter).
std::string status_counts(AppModel& m);
// Keyboard shortcuts of every run action (F5, F6, F10, F11, Shift+F10, Shift+F11, Shift+F5)
// and of the UI zoom (Ctrl +/-/0).
void handle_shortcuts(AppModel& m);

// [event_loop_panel.cpp] The running task, the narration of the last event (wrapped), the
// ready queue as chips in order and the timers sorted by deadline. Returns the height its
// content needs (the pane grows to fit it).
float draw_event_loop_panel(AppModel& m, const fonts::FontSet& fonts, ImVec2 size);

// [tasks_panel.cpp] Every task: state, what it waits on, result or exception; its stack and
// locals when expanded.
void draw_tasks_panel(AppModel& m, const fonts::FontSet& fonts);

// [primitives_panel.cpp] Queues, locks, events, semaphores, conditions and barriers with
// their state and waiters, then the simulated world's connections.
void draw_primitives_panel(AppModel& m, const fonts::FontSet& fonts);

// [console_panel.cpp] What the program printed, with virtual timestamps; errors and warnings
// highlighted; clicking a line jumps to the source line that printed it.
void draw_console_panel(AppModel& m, const fonts::FontSet& fonts);

// [timeline_panel.cpp] The timeline: a lane per task over virtual time (or step order), with
// zoom (wheel), pan (drag), hover tooltips and click-to-seek.
void draw_timeline_panel(AppModel& m, const fonts::FontSet& fonts, ImVec2 size);

} // namespace loopscope::panels
