// progress.h - what a learner has done in the course, as plain data: each check's answer and
// retry state, each challenge's hints and whether it is solved, the code the learner wrote for
// each lesson, and the lesson open now. No ImGui, no session: the lesson view reads and writes
// it, the page persists it (progress_to_json / progress_from_json, e.g. in localStorage).
//
// The retry rule (issue 11, "checks that teach"): a first wrong answer says "Not yet" and shows
// the check's hint; the right answer is shown only after a second wrong answer, or when the
// learner asks ("Show me"). A check answered right, or whose answer was shown, is settled.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace loopscope::course {

enum class AttemptState : unsigned char {
    Fresh,    // not answered yet
    NotYet,   // one wrong answer: "Not yet", the hint, and another try
    Correct,  // answered right (a challenge: a run the learner started for it met the goal)
    Revealed, // the answer was shown: after a second wrong answer, or the learner asked
};
const char* attempt_state_name(AttemptState s); // "fresh", "not_yet", "correct", "revealed"

// What the learner did with one check.
struct CheckProgress {
    AttemptState state = AttemptState::Fresh;
    int wrong = 0;      // wrong answers given (a challenge: graded runs that missed the goal)
    std::string answer; // the last answer as the view keeps it: the option's index, the typed
                        // text, the ordered lines joined by "\n", the picked choice
    int hints = 0;      // challenge: hints revealed so far
};

// The retry rule. A settled check (Correct or Revealed) keeps its state: the answer is noted
// but earns nothing. Returns the new state.
AttemptState record_answer(CheckProgress& p, bool correct, std::string answer);
// "Show me": the answer is shown (Revealed), unless it was already answered right.
void reveal_answer(CheckProgress& p);
bool settled(const CheckProgress& p);      // Correct or Revealed: the answer is on show
bool hint_visible(const CheckProgress& p); // after a wrong answer
bool can_answer(const CheckProgress& p);   // Fresh or NotYet

struct LessonProgress {
    std::map<std::string, CheckProgress> checks; // by check id (ids no longer in the lesson
                                                 // are kept and ignored)
    std::optional<std::string> code;             // the learner's program, when edited
    bool opened = false;                         // the learner has opened the lesson
};

struct CourseProgress {
    std::string current;                           // the lesson open now (its id), "" none
    std::map<std::string, LessonProgress> lessons; // by lesson id
    // Bumped by every change (the page saves when it moves); not saved itself.
    unsigned long long serial = 0;
};

// The check's progress, made on first use.
CheckProgress& check_progress(CourseProgress& p, const std::string& lesson,
                              const std::string& check);
// Read-only: a fresh CheckProgress when there is none.
const CheckProgress& find_check_progress(const CourseProgress& p, const std::string& lesson,
                                         const std::string& check);

// {"format": 1, "current": "...", "lessons": {"<id>": {"opened": true, "code": "...",
//  "checks": {"<id>": {"state": "not_yet", "wrong": 1, "answer": "...", "hints": 0}}}}}
std::string progress_to_json(const CourseProgress& p);
// Reads what progress_to_json wrote. Bad input (not JSON, another format, wrong types) gives
// false with a message for the learner in *error and leaves *out empty: never a crash.
bool progress_from_json(std::string_view json, CourseProgress* out, std::string* error);

} // namespace loopscope::course
