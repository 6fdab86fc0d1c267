// progress_test.cpp - the learner's progress (web/model/course/progress.h): the retry rule and
// the JSON the page saves it as.
#include "model/course/progress.h"

#include <catch2/catch.hpp>

using namespace loopscope::course;

TEST_CASE("a first wrong answer says not yet, a second shows the answer", "[lessons][progress]") {
    CheckProgress p;
    CHECK(can_answer(p));
    CHECK_FALSE(hint_visible(p));
    CHECK(record_answer(p, false, "1") == AttemptState::NotYet);
    CHECK(hint_visible(p));
    CHECK(can_answer(p));
    CHECK_FALSE(settled(p));
    CHECK(record_answer(p, false, "2") == AttemptState::Revealed);
    CHECK(settled(p));
    CHECK_FALSE(can_answer(p));
    // once shown, a right answer earns nothing
    CHECK(record_answer(p, true, "3") == AttemptState::Revealed);
    CHECK(p.answer == "3");
    CHECK(p.wrong == 2);
}

TEST_CASE("a right answer on the first or second try counts", "[lessons][progress]") {
    CheckProgress first;
    CHECK(record_answer(first, true, "a") == AttemptState::Correct);
    CHECK(first.wrong == 0);
    CHECK(record_answer(first, false, "b") == AttemptState::Correct); // settled stays so
    CheckProgress second;
    record_answer(second, false, "b");
    CHECK(record_answer(second, true, "a") == AttemptState::Correct);
    CHECK(second.wrong == 1);
}

TEST_CASE("show me reveals the answer unless it was found", "[lessons][progress]") {
    CheckProgress p;
    reveal_answer(p);
    CHECK(p.state == AttemptState::Revealed);
    CheckProgress q;
    record_answer(q, true, "x");
    reveal_answer(q);
    CHECK(q.state == AttemptState::Correct);
}

TEST_CASE("progress survives a trip through JSON", "[lessons][progress]") {
    CourseProgress p;
    p.current = "timeouts";
    record_answer(check_progress(p, "timeouts", "q1"), false, "line one\nline \"two\"");
    check_progress(p, "timeouts", "c1").hints = 2;
    reveal_answer(check_progress(p, "timeouts", "c1"));
    p.lessons["timeouts"].code = "print('mine')\n";
    p.lessons["timeouts"].opened = true;
    p.lessons["blocking-vs-waiting"].opened = true;
    const std::string json = progress_to_json(p);
    CourseProgress back;
    std::string error;
    REQUIRE(progress_from_json(json, &back, &error));
    CHECK(back.current == "timeouts");
    const CheckProgress& q1 = find_check_progress(back, "timeouts", "q1");
    CHECK(q1.state == AttemptState::NotYet);
    CHECK(q1.wrong == 1);
    CHECK(q1.answer == "line one\nline \"two\"");
    CHECK(find_check_progress(back, "timeouts", "c1").hints == 2);
    CHECK(find_check_progress(back, "timeouts", "c1").state == AttemptState::Revealed);
    CHECK(back.lessons["timeouts"].code == std::optional<std::string>("print('mine')\n"));
    CHECK_FALSE(back.lessons["blocking-vs-waiting"].code.has_value());
    CHECK(back.lessons["blocking-vs-waiting"].opened);
    CHECK(progress_to_json(back) == json);
    CHECK(find_check_progress(back, "nowhere", "q").state == AttemptState::Fresh);
}

TEST_CASE("bad saved progress is refused with a message, never a crash", "[lessons][progress]") {
    for (const char* text :
         {"", "{", "[]", "null", "{\"format\": 2, \"lessons\": {}}", "{\"format\": 1}",
          "{\"format\": 1, \"lessons\": []}", "{\"format\": 1, \"lessons\": {\"a\": 3}}",
          "{\"format\": 1, \"lessons\": {\"a\": {\"code\": 5}}}",
          "{\"format\": 1, \"lessons\": {\"a\": {\"checks\": {\"q\": {\"state\": \"won\"}}}}}",
          "{\"format\": 1, \"lessons\": {\"a\": {\"checks\": {\"q\": []}}}}"}) {
        INFO(text);
        CourseProgress p;
        p.current = "left over";
        std::string error;
        CHECK_FALSE(progress_from_json(text, &p, &error));
        CHECK(error.rfind("the saved progress could not be read: ", 0) == 0);
        CHECK(p.current.empty());
        CHECK(p.lessons.empty());
    }
    // odd but harmless values are tolerated: counts clamp, unknown fields are ignored
    CourseProgress p;
    std::string error;
    REQUIRE(progress_from_json("{\"format\": 1, \"extra\": 1, \"lessons\": {\"a\": {\"checks\": "
                               "{\"q\": {\"state\": \"correct\", \"wrong\": -4}}}}}",
                               &p, &error));
    CHECK(find_check_progress(p, "a", "q").wrong == 0);
    // text that is not UTF-8 is saved without breaking the JSON
    CourseProgress bytes;
    bytes.lessons["a"].code = std::string("x = '\xff'\n");
    REQUIRE(progress_from_json(progress_to_json(bytes), &p, &error));
    CHECK(p.lessons["a"].code.has_value());
}
