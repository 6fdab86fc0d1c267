// a11y_bridge.h - the accessible page: keeps an accessible DOM equivalent of everything the
// canvas shows (web/shell/a11y.js builds it) in step with the app, and carries out what a
// screen reader or keyboard user does in it.
//
//   app -> page: sync() builds the document (model/a11y/a11y_doc.h) from the AppModel, one
//                section at a time (lesson, program, run controls, event loop, timeline, run
//                details, status), and hands the page only the sections that changed;
//                announce() speaks a step's narration through a live region.
//   page -> app: loopscope_a11y_action(id, verb, value) (a button pressed, an option picked,
//                text typed...), loopscope_a11y_code(...) (the program's text field edited),
//                loopscope_a11y_focus(target) (which widget has the keyboard focus: the canvas
//                draws its focus ring and scrolls it into view).
// Everything goes through the same commands as the canvas's buttons (app_model.h,
// lesson_actions.h).
#pragma once

#include "app_model.h"

#include <string>

namespace loopscope::a11y {

// Once per frame, after the UI is drawn: brings the page's document up to date (at most a
// few times a second while a run plays, at once after the page acted).
void sync(AppModel& m, double now);

// The widget (its published target name, test_hooks.h) that has the keyboard focus in the
// page; "" when the focus is elsewhere. The canvas draws a focus ring round it.
const std::string& focused_target();

// The page's text field for the program has the keyboard focus: the editor shows its caret.
bool code_field_focused();

} // namespace loopscope::a11y
