// automation.h - the commands behind window.loopscope (web/shell/boot.js wraps them):
//   loopscope.setCode(src) / run() / step() / stepLine() / stepBack() / pause() / reset()
//   loopscope.loadLesson(id) / getState() -> object / rect(name) -> {x, y, w, h}
// They act on the one AppModel of the page, between frames, through the same commands the
// buttons use (app_model.h).
#pragma once

#include "app_model.h"

namespace loopscope::automation {

// Remembers the model the exported functions act on (main.cpp, once).
void install(AppModel* model);
// The model install() was given (null before), for other files that export commands.
AppModel* installed_model();

} // namespace loopscope::automation
