// course_view.h - the course in the playground's left pane: the lesson with its program under it
// (so the learner reads and sees the code at once), the course map (numbered lessons with their
// progress, the current one marked), and, in the console, plain-language help next to a run's
// problems with the traceback's own frames (model/course/problem_help.h).
#pragma once

#include "app_model.h"
#include "fonts.h"
#include "imgui.h"

namespace loopscope {

// The left pane's body while the Lesson tab is open: a bar (the course map, the lesson's
// number, "Reset code"), then the course map, or the lesson above its program.
void draw_lesson_pane(AppModel& m, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size);

// What the lesson view is told about the app this frame (the editor, the cursor, the lesson's
// place in the course).
LessonContext lesson_context(AppModel& m);

// A lesson opened before its text arrived (AppModel::lesson_pending): its title and that it
// is downloading and opens by itself, or why it could not be downloaded.
void draw_lesson_waiting(AppModel& m, const fonts::FontSet& fonts);

// The course map: every lesson, numbered, with its progress; a click opens one.
void draw_course_map(AppModel& m, const fonts::FontSet& fonts);

// In the console, after the output: what went wrong in words, and the traceback with the
// runtime's frames folded (a click on a frame shows its line). Draws nothing when the run up
// to the cursor had no problem.
void draw_problem_help(AppModel& m, const fonts::FontSet& fonts);

} // namespace loopscope
