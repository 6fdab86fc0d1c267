// course_map.h - the course as a learner sees it on the course map: the lessons in order, each
// with its number and progress (checks answered right / checks, challenges solved), the lesson
// open now, and which lesson comes next. Pure data from the lessons and the progress.
#pragma once

#include "lessons/lesson.h"
#include "model/course/progress.h"

#include <string>
#include <vector>

namespace loopscope::course {

// How far a learner is in one lesson. Challenges are counted apart from the other checks.
struct LessonScore {
    int correct = 0;    // checks (not challenges) answered right
    int revealed = 0;   // checks whose answer was shown before a right answer
    int checks = 0;     // checks that are not challenges
    int solved = 0;     // challenges solved
    int challenges = 0; // challenges
    bool complete() const { return correct + revealed == checks && solved == challenges; }
};
LessonScore lesson_score(const lessons::Lesson& lesson, const LessonProgress& progress);

struct MapEntry {
    int number = 0; // 1, 2, 3 ... (the course order: the folders' order)
    std::string id, title, summary;
    LessonScore score;
    bool current = false; // the lesson open now
    bool opened = false;  // the learner has opened it before
};
std::vector<MapEntry> course_map(const std::vector<lessons::Lesson>& lessons,
                                 const CourseProgress& progress);

// "3 of 5 checks · challenge solved": the score in words, for the map and the lesson's end.
std::string score_words(const LessonScore& s);

// The index of the lesson after `index` (-1: it is the last, or there is none).
int next_lesson(const std::vector<lessons::Lesson>& lessons, int index);
// The index of the lesson named by id or folder name ("timeouts" or "03-timeouts"), -1 none.
int find_lesson(const std::vector<lessons::Lesson>& lessons, const std::string& id);

} // namespace loopscope::course
