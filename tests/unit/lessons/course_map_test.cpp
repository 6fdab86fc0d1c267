// course_map_test.cpp - the course map (web/model/course/course_map.h): numbered lessons with
// their progress, the current one, the next one.
#include "model/course/course_map.h"

#include <catch2/catch.hpp>

using namespace loopscope;
using namespace loopscope::course;

namespace {

lessons::Lesson lesson(const char* dir, const char* id, int checks, int challenges) {
    lessons::Lesson l;
    l.dir = dir;
    l.id = id;
    l.title = std::string("Title of ") + id;
    for (int i = 0; i < checks + challenges; ++i) {
        lessons::Check c;
        c.id = "c" + std::to_string(i);
        c.kind = i < checks ? lessons::CheckKind::Choice : lessons::CheckKind::Challenge;
        l.checks.push_back(c);
    }
    return l;
}

} // namespace

TEST_CASE("the course map numbers the lessons and counts each one's progress",
          "[lessons][course_map]") {
    std::vector<lessons::Lesson> all = {lesson("01-a", "a", 3, 0), lesson("02-b", "b", 4, 1),
                                        lesson("03-c", "c", 5, 2)};
    CourseProgress p;
    p.current = "b";
    record_answer(check_progress(p, "b", "c0"), true, "0");
    record_answer(check_progress(p, "b", "c1"), false, "1");
    record_answer(check_progress(p, "b", "c1"), true, "0"); // right on the second try
    reveal_answer(check_progress(p, "b", "c2"));
    record_answer(check_progress(p, "b", "c4"), true, ""); // the challenge
    p.lessons["a"].opened = true;
    std::vector<MapEntry> map = course_map(all, p);
    REQUIRE(map.size() == 3);
    CHECK(map[0].number == 1);
    CHECK(map[2].number == 3);
    CHECK(map[0].opened);
    CHECK_FALSE(map[0].current);
    CHECK(map[1].current);
    CHECK(map[1].score.correct == 2);
    CHECK(map[1].score.revealed == 1);
    CHECK(map[1].score.checks == 4);
    CHECK(map[1].score.solved == 1);
    CHECK(map[1].score.challenges == 1);
    CHECK_FALSE(map[1].score.complete());
    CHECK(score_words(map[1].score) == "2 of 4 checks (1 shown) \xC2\xB7 challenge solved");
    CHECK(score_words(map[0].score) == "0 of 3 checks");
    CHECK(score_words(map[2].score) == "0 of 5 checks \xC2\xB7 0 of 2 challenges");
    record_answer(check_progress(p, "b", "c3"), true, "");
    CHECK(lesson_score(all[1], p.lessons["b"]).complete());
}

TEST_CASE("lessons are found by id or folder, and each has a next one but the last",
          "[lessons][course_map]") {
    std::vector<lessons::Lesson> all = {lesson("01-a", "a", 1, 0), lesson("02-b", "b", 1, 0)};
    CHECK(find_lesson(all, "b") == 1);
    CHECK(find_lesson(all, "01-a") == 0);
    CHECK(find_lesson(all, "zz") == -1);
    CHECK(next_lesson(all, 0) == 1);
    CHECK(next_lesson(all, 1) == -1);
    CHECK(next_lesson(all, -1) == -1);
}
