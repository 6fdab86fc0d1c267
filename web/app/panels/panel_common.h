// panel_common.h - small pieces every panel uses: the "(?)" help marker, chips, section titles,
// the words and colours of task states, and time formatting.
#pragma once

#include "fonts.h"
#include "imgui.h"
#include "session/snapshot.h"

#include <string>

namespace loopscope::panels {

// "(?)" on the same line that explains a concept on hover (imgui_demo.cpp's HelpMarker).
void help_marker(const char* text);

// A section title in the strong font followed by its help marker.
void section_title(const fonts::FontSet& fonts, const char* title, const char* help);

// A rounded chip with text; returns its rectangle's max corner. `fill` 0xRRGGBB.
ImVec2 chip(ImDrawList* draw, ImFont* font, ImVec2 pos, const char* text, unsigned fill,
            unsigned text_color, bool outlined = false);
float chip_width(ImFont* font, const char* text);

// Text at the font's current global scale.
float text_width(ImFont* font, const char* text);
void text_at(ImDrawList* draw, ImFont* font, float x, float top, float height, unsigned color,
             const char* text);

const char* state_word(session::TaskState s);
unsigned state_color(session::TaskState s);
const char* state_help(session::TaskState s);
const char* prim_word(trace::PrimKind k);

// "1.500" (virtual seconds, 3 decimals as the narration uses).
std::string fmt_time(double t);

// The name of task `id` in a snapshot ("Task-3" if unknown, "module code" for 0).
std::string task_name(const session::Snapshot& s, int32_t id);
// "Task-3 (fetch)": the task's name and its coroutine, as lanes and rows show them.
std::string task_title(const session::TaskView& t);

// A ready queue entry as the panels show it: a task's step carries the task's current name
// (the entry was recorded before a set_name()), other callbacks their own description.
std::string ready_label(const session::Snapshot& s, const session::ReadyItem& r);

// What the event loop panel says when every task waits and nothing can wake them.
inline constexpr const char* kDeadlockText = "Deadlock: every task waits and nothing can wake them";

} // namespace loopscope::panels
