// saved_work.h - the learner's work as it is kept in the browser and in exported files:
// preferences, which lesson is open, and for each lesson the learner's code and course progress
// (answers, retry states, challenge hints and results). ImGui-free and unit-tested; the
// app fills and applies it (web/app/persist.h), the page stores the text (web/shell/store.js).
//
//   SavedWork w;  w.lessons["timeouts"].code = "...";
//   std::string text = write_saved_work(w);            // {"format":"loopscope-progress",...}
//   ReadResult r = read_saved_work(text);              // never crashes on any input
//   if (!r.work) show(r.error);                        // "saved by a newer Loopscope ..."
//
// Versions: 1 kept each lesson's code; 2 keeps each lesson's whole course::LessonProgress in the
// same place ({"code", "opened", "checks"}, model/course/progress_json.h), so a version 1 lesson
// entry is a version 2 entry without answers.
//
// The text is versioned ("version": kSaveVersion). A newer build reads every older version
// (read_saved_work migrates it, and tests/unit/persist/data/ keeps a save of each version that
// must go on loading); a save from a newer build, or one that is not a Loopscope save, is
// refused with a message so the page can set it aside instead of overwriting it.
#pragma once

#include "model/course/progress.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace loopscope::persist {

inline constexpr const char* kSaveFormat = "loopscope-progress"; // the "format" marker
inline constexpr int kSaveVersion = 2;                           // what write_saved_work writes
inline constexpr size_t kMaxSaveBytes = 8u << 20; // larger texts are refused, not parsed

// View preferences. Empty = never chosen (the app keeps its default; for the theme that is
// the operating system's light or dark preference).
struct Prefs {
    std::optional<bool> dark;            // theme variant
    std::optional<float> zoom;           // UI zoom, 0.6 .. 2.0
    std::optional<float> split;          // editor share of the body width, 0.25 .. 0.7
    std::optional<float> timeline_split; // timeline share of the run pane, 0.2 .. 0.8
    std::optional<std::string> run_tab;  // "console", "tasks" or "sync"
    std::optional<std::string> mode;     // "animated" or "instant"
    std::optional<float> speed;          // animated runs: events per second, 1 .. 60
};

// What the learner did in one lesson: their program when it differs from the lesson's
// (`code`), whether they opened it, and each check's answer and retry state.
using LessonWork = course::LessonProgress;

struct SavedWork {
    Prefs prefs;
    std::string lesson;                        // the lesson that was open ("" when none)
    bool show_lesson = true;                   // the left pane showed the lesson (else the program)
    std::optional<std::string> scratch;        // the program when no lesson was open
    std::map<std::string, LessonWork> lessons; // lesson id -> work (the course progress)
};

struct ReadResult {
    std::optional<SavedWork> work; // empty when the text could not be read
    std::string error;             // why not, in words for the learner
    int version = 0;               // the version the text declared (0 when unknown)
};

// Parses and validates a save (any version up to kSaveVersion). Values out of range are
// clamped; a wrong type anywhere refuses the whole save (it is set aside, not half applied).
ReadResult read_saved_work(std::string_view text);

// The save as JSON text, at kSaveVersion.
std::string write_saved_work(const SavedWork& work);

} // namespace loopscope::persist
