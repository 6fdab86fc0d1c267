// persist.h - the learner's work between the AppModel and its saved form (persist::SavedWork,
// web/model/persist/saved_work.h). The page keeps the text in localStorage and moves it in and
// out through the exported functions in persist.cpp (web/shell/store.js calls them):
//
//   loopscope_save_json()                -> the current work as save text
//   loopscope_restore_json(text, osDark) -> {"ok":true,...} or {"ok":false,"error":"..."};
//                                           applies the save only when it is readable
//   loopscope_reset_progress()           -> forgets every lesson's code and answers (keeps
//                                           preferences)
#pragma once

#include "app_model.h"
#include "model/persist/saved_work.h"

namespace loopscope {

// What is worth keeping of the model now (the open lesson's code included).
persist::SavedWork capture_work(AppModel& m);

// Puts saved work back: preferences (the theme only when the save chose one: otherwise
// `os_dark`, the system's preference), each lesson's code and course progress (answers, retry
// and challenge states), and the lesson that was open.
void apply_work(AppModel& m, const persist::SavedWork& work, bool os_dark);

// Forgets the learner's code and answers in every lesson and reopens the open lesson's own
// program. Preferences stay.
void reset_work(AppModel& m);

} // namespace loopscope
