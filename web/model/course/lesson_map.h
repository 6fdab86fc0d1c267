// lesson_map.h - the course before its lessons: what the web page's first load carries about
// every lesson (folder, id, title, summary, and each check's id and kind: what the course map
// and the progress need), so that only the lesson the page opens on comes in full with the
// first load and the others follow once the page is interactive (web/shell/boot.js).
//
//   {"format": 1,
//    "lessons": [{"dir": "01-blocking-vs-waiting", "id": "blocking-vs-waiting",
//                 "title": "...", "summary": "...",
//                 "checks": [{"id": "which-is-faster", "kind": "choice"}, ...]}, ...]}
//
// tools/lessons_bundle.py writes it (--map) from the same lessons as the bundle.
#pragma once

#include "lessons/lesson.h"

#include <string>
#include <string_view>
#include <vector>

namespace loopscope::course {

// The lessons of a map, in the course order: stand-ins holding only what the map gives (no
// prose, no files; each check only its id and kind). false (with *error, *out untouched) when
// the text is not a map.
bool parse_lesson_map(std::string_view json, std::vector<lessons::Lesson>* out, std::string* error);

// Puts each lesson of `full` in place of its stand-in in `lessons` (same folder name) and marks
// it in `ready` (one flag per lesson: its full text is in); a lesson already ready keeps what it
// has (the learner may be in it). Lessons the map does not name are ignored. Returns the
// indices of the lessons made ready.
std::vector<int> fill_lessons(std::vector<lessons::Lesson>& lessons, std::vector<bool>& ready,
                              std::vector<lessons::Lesson> full);

} // namespace loopscope::course
