// lesson_map_test.cpp - the course map the web page's first load carries instead of every
// lesson (web/model/course/lesson_map.h): read back, it gives the course map and the progress
// what the full lessons give; the full lessons then take their stand-ins' places.
#include "model/course/course_map.h"
#include "model/course/lesson_map.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace loopscope;
using namespace loopscope::course;

namespace {

const char* kMap = R"({"format": 1, "lessons": [
  {"dir": "01-a", "id": "a", "title": "First", "summary": "One.",
   "checks": [{"id": "q1", "kind": "choice"}, {"id": "q2", "kind": "scheduler"},
              {"id": "ch", "kind": "challenge"}]},
  {"dir": "02-b", "id": "b", "title": "Second", "summary": "Two.",
   "checks": [{"id": "out", "kind": "output"}]}]})";

lessons::Lesson full(const char* dir, const char* id, const char* program) {
    lessons::Lesson l;
    l.dir = dir;
    l.id = id;
    l.title = std::string("Full ") + id;
    l.program = "main.py";
    l.files["main.py"] = program;
    return l;
}

} // namespace

TEST_CASE("a lesson map gives stand-ins the course map counts like the lessons",
          "[lessons][lesson_map]") {
    std::vector<lessons::Lesson> stand_ins;
    std::string error;
    REQUIRE(parse_lesson_map(kMap, &stand_ins, &error));
    REQUIRE(stand_ins.size() == 2);
    CHECK(stand_ins[0].dir == "01-a");
    CHECK(stand_ins[0].id == "a");
    CHECK(stand_ins[0].title == "First");
    CHECK(stand_ins[0].summary == "One.");
    REQUIRE(stand_ins[0].checks.size() == 3);
    CHECK(stand_ins[0].checks[1].id == "q2");
    CHECK(stand_ins[0].checks[1].kind == lessons::CheckKind::Scheduler);
    CHECK(stand_ins[0].checks[2].kind == lessons::CheckKind::Challenge);
    CHECK(stand_ins[1].checks[0].kind == lessons::CheckKind::Output);
    CHECK(stand_ins[0].prose.blocks.empty());
    CHECK(stand_ins[0].files.empty());

    CourseProgress progress;
    progress.current = "a";
    progress.lessons["a"].checks["q1"].state = AttemptState::Correct;
    progress.lessons["a"].checks["ch"].state = AttemptState::Correct;
    progress.lessons["a"].opened = true;
    const std::vector<MapEntry> map = course_map(stand_ins, progress);
    REQUIRE(map.size() == 2);
    CHECK(map[0].number == 1);
    CHECK(map[0].current);
    CHECK(map[0].score.correct == 1);
    CHECK(map[0].score.checks == 2);
    CHECK(map[0].score.solved == 1);
    CHECK(map[0].score.challenges == 1);
    CHECK(map[1].score.checks == 1);
    CHECK(find_lesson(stand_ins, "02-b") == 1);
    CHECK(find_lesson(stand_ins, "b") == 1);
}

TEST_CASE("a text that is not a lesson map is refused with a message", "[lessons][lesson_map]") {
    const char* bad[] = {
        "",
        "not json",
        "[]",
        R"({"lessons": [{"dir": "01-a", "id": "a", "title": "A"}]})",
        R"({"format": 99, "lessons": [{"dir": "01-a", "id": "a", "title": "A"}]})",
        R"({"format": 1, "lessons": []})",
        R"({"format": 1, "lessons": [{"dir": "01-a", "id": "a"}]})",
        R"({"format": 1, "lessons": [{"dir": "", "id": "a", "title": "A"}]})",
        R"({"format": 1, "lessons": [{"dir": "01-a", "id": "a", "title": "A", "checks": 3}]})",
        R"({"format": 1, "lessons": [{"dir": "01-a", "id": "a", "title": "A",
            "checks": [{"id": "q", "kind": "essay"}]}]})",
        R"({"format": 1, "lessons": [{"dir": "01-a", "id": "a", "title": "A",
            "checks": [{"kind": "choice"}]}]})",
    };
    for (const char* text : bad) {
        INFO(text);
        std::vector<lessons::Lesson> out = {full("09-x", "x", "")};
        std::string error;
        CHECK_FALSE(parse_lesson_map(text, &out, &error));
        CHECK_FALSE(error.empty());
        CHECK(out.size() == 1); // untouched
    }
}

TEST_CASE("full lessons take their stand-ins' places once", "[lessons][lesson_map]") {
    std::vector<lessons::Lesson> lessons;
    std::string error;
    REQUIRE(parse_lesson_map(kMap, &lessons, &error));
    std::vector<bool> ready(lessons.size(), false);

    std::vector<int> filled = fill_lessons(lessons, ready, {full("02-b", "b", "print('b')\n")});
    CHECK(filled == std::vector<int>{1});
    CHECK(ready == std::vector<bool>{false, true});
    CHECK(lessons[1].program_source() == "print('b')\n");
    CHECK(lessons[0].title == "First"); // still the stand-in

    // All of them later (the whole bundle): the one already in keeps what it has; a lesson the
    // map does not name is ignored.
    filled = fill_lessons(
        lessons, ready,
        {full("01-a", "a", "print('a')\n"), full("02-b", "b", "changed\n"), full("03-c", "c", "")});
    CHECK(filled == std::vector<int>{0});
    CHECK(ready == std::vector<bool>{true, true});
    CHECK(lessons.size() == 2);
    CHECK(lessons[0].program_source() == "print('a')\n");
    CHECK(lessons[1].program_source() == "print('b')\n");
}

// The lessons/bundle ctest (tests/lessons/lessons.cmake) runs this after tools/lessons_bundle.py
// wrote the bundle and its map and named them in LOOPSCOPE_LESSONS_BUNDLE and
// LOOPSCOPE_LESSON_MAP: the map of the shipped lessons counts like the lessons themselves.
TEST_CASE("the shipped lessons' map matches their bundle", "[lessons_bundle]") {
    const char* map_path = std::getenv("LOOPSCOPE_LESSON_MAP");
    const char* bundle_path = std::getenv("LOOPSCOPE_LESSONS_BUNDLE");
    if (map_path == nullptr || bundle_path == nullptr) {
        SUCCEED("no map given: checked by the lessons/bundle ctest");
        return;
    }
    auto read = [](const char* path) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        return ss.str();
    };
    std::vector<lessons::Lesson> stand_ins;
    std::string error;
    REQUIRE(parse_lesson_map(read(map_path), &stand_ins, &error));
    lessons::LoadAllResult bundle = lessons::parse_bundle(read(bundle_path), bundle_path);
    REQUIRE(bundle.ok());
    REQUIRE(stand_ins.size() == bundle.lessons.size());
    CourseProgress progress; // every check answered right
    for (const lessons::Lesson& l : bundle.lessons) {
        for (const lessons::Check& c : l.checks) {
            progress.lessons[l.id].checks[c.id].state = AttemptState::Correct;
        }
    }
    for (size_t i = 0; i < stand_ins.size(); ++i) {
        const lessons::Lesson& s = stand_ins[i];
        const lessons::Lesson& l = bundle.lessons[i];
        INFO(l.dir);
        CHECK(s.dir == l.dir);
        CHECK(s.id == l.id);
        CHECK(s.title == l.title);
        CHECK(s.summary == l.summary);
        REQUIRE(s.checks.size() == l.checks.size());
        for (size_t k = 0; k < s.checks.size(); ++k) {
            CHECK(s.checks[k].id == l.checks[k].id);
            CHECK(s.checks[k].kind == l.checks[k].kind);
        }
        const LessonScore a = lesson_score(s, progress.lessons[s.id]);
        const LessonScore b = lesson_score(l, progress.lessons[l.id]);
        CHECK(a.checks == b.checks);
        CHECK(a.correct == b.correct);
        CHECK(a.challenges == b.challenges);
        CHECK(a.solved == b.solved);
    }
    std::vector<bool> ready(stand_ins.size(), false);
    CHECK(fill_lessons(stand_ins, ready, bundle.lessons).size() == bundle.lessons.size());
}
