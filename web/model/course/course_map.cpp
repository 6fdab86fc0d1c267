// course_map.cpp - see course_map.h.
#include "model/course/course_map.h"

namespace loopscope::course {

LessonScore lesson_score(const lessons::Lesson& lesson, const LessonProgress& progress) {
    LessonScore s;
    for (const lessons::Check& c : lesson.checks) {
        auto it = progress.checks.find(c.id);
        const AttemptState state =
            it == progress.checks.end() ? AttemptState::Fresh : it->second.state;
        if (c.kind == lessons::CheckKind::Challenge) {
            ++s.challenges;
            if (state == AttemptState::Correct) ++s.solved;
        } else {
            ++s.checks;
            if (state == AttemptState::Correct) ++s.correct;
            if (state == AttemptState::Revealed) ++s.revealed;
        }
    }
    return s;
}

std::vector<MapEntry> course_map(const std::vector<lessons::Lesson>& lessons,
                                 const CourseProgress& progress) {
    std::vector<MapEntry> map;
    static const LessonProgress none;
    for (size_t i = 0; i < lessons.size(); ++i) {
        const lessons::Lesson& l = lessons[i];
        auto it = progress.lessons.find(l.id);
        const LessonProgress& p = it == progress.lessons.end() ? none : it->second;
        MapEntry e;
        e.number = static_cast<int>(i) + 1;
        e.id = l.id;
        e.title = l.title;
        e.summary = l.summary;
        e.score = lesson_score(l, p);
        e.current = l.id == progress.current;
        e.opened = p.opened;
        map.push_back(std::move(e));
    }
    return map;
}

std::string score_words(const LessonScore& s) {
    std::string w = std::to_string(s.correct) + " of " + std::to_string(s.checks) + " checks";
    if (s.revealed) w += " (" + std::to_string(s.revealed) + " shown)";
    if (s.challenges == 1) {
        w += s.solved ? " \xC2\xB7 challenge solved" : " \xC2\xB7 challenge to do";
    } else if (s.challenges > 1) {
        w += " \xC2\xB7 " + std::to_string(s.solved) + " of " + std::to_string(s.challenges) +
             " challenges";
    }
    return w;
}

int next_lesson(const std::vector<lessons::Lesson>& lessons, int index) {
    return index >= 0 && index + 1 < static_cast<int>(lessons.size()) ? index + 1 : -1;
}

int find_lesson(const std::vector<lessons::Lesson>& lessons, const std::string& id) {
    for (size_t i = 0; i < lessons.size(); ++i) {
        if (lessons[i].id == id || lessons[i].dir == id) return static_cast<int>(i);
    }
    return -1;
}

} // namespace loopscope::course
