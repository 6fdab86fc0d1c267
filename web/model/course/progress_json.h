// progress_json.h - one lesson's progress (progress.h) as a JSON object and back, shared by the
// course progress text (progress_to_json) and the saved work (model/persist/saved_work.h), so
// the learner's code and answers per lesson have one encoding:
//
//   {"opened": true, "code": "...", "checks": {"<id>": {"state": "not_yet", "wrong": 1,
//    "answer": "...", "hints": 0}}}
//
// Only for files of loopscope_ui_model (it links nlohmann privately).
#pragma once

#include "model/course/progress.h"

#include <nlohmann/json.hpp>

#include <string>

namespace loopscope::course {

nlohmann::json lesson_progress_to_json(const LessonProgress& lesson);

// Reads an object lesson_progress_to_json wrote; every member is optional. A member of the
// wrong type, or a check without a known state, gives false and a message naming the field
// after `where` (e.g. "lessons.timeouts." -> "lessons.timeouts.code is not text").
bool lesson_progress_from_json(const nlohmann::json& j, const std::string& where,
                               LessonProgress* out, std::string* error);

// Nothing worth keeping: never opened, no code of the learner's, no answer.
bool lesson_progress_empty(const LessonProgress& lesson);

} // namespace loopscope::course
