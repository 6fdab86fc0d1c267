// lesson_test.cpp - loading and validating lesson.json (runtime/lessons/lesson.h): good lessons
// load, bad ones give a message naming the file and the field, and nothing crashes.
#include "lessons/lesson.h"

#include <catch2/catch.hpp>
#include <string>

using namespace loopscope::lessons;

namespace {

const std::map<std::string, std::string> kFiles = {
    {"main.py", "print('hi')\n"},
    {"challenge.py", "print('start')\n"},
};

// A small valid lesson; tests replace parts of it with a marker substitution.
std::string valid_lesson() {
    return R"JSON({
  "format": 1,
  "id": "sample",
  "title": "Sample",
  "summary": "A lesson for tests.",
  "prose": ["# Sample", "", "Some *prose*."],
  "checks": [
    {"id": "q1", "kind": "choice", "question": "Pick `a`.", "hint": "It comes *first*.",
     "options": [{"text": "a", "correct": true, "feedback": "yes"},
                 {"text": "b", "feedback": "no"},
                 {"text": "c", "feedback": "no, c"}]},
    {"id": "q2", "kind": "output", "question": "Type it.", "mode": "order"},
    {"id": "q3", "kind": "scheduler", "question": "When?", "ask": "clock",
     "at": {"output_contains": "hi"}},
    {"id": "q4", "kind": "challenge", "question": "Do it.", "task": "Make it print *bye*.",
     "starter": "challenge.py", "goal": {"output_contains": ["bye"]}}
  ]
})JSON";
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
    size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

LoadResult load(const std::string& json) {
    return parse_lesson(json, "lessons/00-sample/lesson.json", "00-sample", kFiles);
}

// The joined messages, for CHECKs that look for a phrase.
std::string messages(const LoadResult& r) {
    std::string s;
    for (const LoadError& e : r.errors) s += e.to_string() + "\n";
    return s;
}

bool has_error(const LoadResult& r, const std::string& field, const std::string& phrase) {
    for (const LoadError& e : r.errors) {
        if (e.field == field && e.message.find(phrase) != std::string::npos) return true;
    }
    return false;
}

} // namespace

TEST_CASE("a valid lesson loads with its prose parsed and its files attached",
          "[lessons][lesson]") {
    LoadResult r = load(valid_lesson());
    INFO(messages(r));
    REQUIRE(r.ok());
    const Lesson& l = *r.lesson;
    CHECK(l.id == "sample");
    CHECK(l.dir == "00-sample");
    CHECK(l.program == "main.py");
    CHECK(l.program_source() == "print('hi')\n");
    REQUIRE(l.prose.blocks.size() == 2);
    CHECK(l.prose.blocks[0].kind == BlockKind::Heading);
    REQUIRE(l.checks.size() == 4);
    CHECK(l.checks[0].kind == CheckKind::Choice);
    CHECK(l.checks[0].options[0].correct);
    CHECK(plain_text(l.checks[0].question) == "Pick a.");
    CHECK(plain_text(l.checks[0].hint) == "It comes first.");
    CHECK(l.checks[1].hint.empty()); // hints are optional
    CHECK(l.checks[1].mode == OutputMode::Order);
    CHECK(l.checks[2].ask == SchedulerAsk::Clock);
    CHECK(l.checks[2].at.kind == AtPoint::Kind::OutputContains);
    CHECK(l.checks[3].starter == "challenge.py");
    CHECK(l.file("challenge.py") == "print('start')\n");
    CHECK(l.checks[3].goal.no_errors);
    CHECK_FALSE(l.checks[3].goal.finish_before.has_value());
}

TEST_CASE("prose may be one string instead of an array of lines", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), R"(["# Sample", "", "Some *prose*."])",
                                R"("# Sample\n\nSome *prose*.")"));
    INFO(messages(r));
    REQUIRE(r.ok());
    CHECK(r.lesson->prose.blocks.size() == 2);
}

TEST_CASE("broken JSON is reported with its line and column", "[lessons][lesson]") {
    LoadResult r = load("{\n  \"format\": 1,\n  \"id\": \"x\"\n  \"title\": \"t\"\n}");
    REQUIRE(r.errors.size() == 1);
    CHECK_FALSE(r.lesson.has_value());
    CHECK(r.errors[0].file == "lessons/00-sample/lesson.json");
    CHECK(r.errors[0].message.find("not valid JSON: parse error at line 4, column 9") == 0);
}

TEST_CASE("empty or truncated input is an error, not a crash", "[lessons][lesson]") {
    for (const char* text : {"", "{", "[1, 2", "nul", "\"unterminated", "{\"format\": }"}) {
        INFO(text);
        LoadResult r = load(text);
        CHECK_FALSE(r.ok());
        REQUIRE_FALSE(r.errors.empty());
        CHECK(r.errors[0].message.find("not valid JSON") != std::string::npos);
    }
}

TEST_CASE("input nested deeply is refused with a short message, not a stack overflow",
          "[lessons][lesson]") {
    // A million levels (issue 16): the message used to recurse over the whole value.
    for (std::string open : {"[", "{\"a\":"}) {
        std::string text = "{\"format\": ";
        for (int i = 0; i < 1000000; ++i) text += open;
        INFO(open);
        LoadResult r = load(text);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message ==
              "nested deeper than 64 arrays and objects (a lesson needs a few levels)");
        LoadAllResult all = parse_bundle("{\"lessons\": " + text, "bundle.json");
        REQUIRE(all.errors.size() == 1);
        CHECK(all.errors[0].message == r.errors[0].message);
    }
    // 60 levels are read (and refused for what they are, in a few words).
    std::string text = "{\"format\": ";
    for (int i = 0; i < 60; ++i) text += "[";
    for (int i = 0; i < 60; ++i) text += "]";
    LoadResult r = load(text + "}");
    REQUIRE_FALSE(r.errors.empty());
    CHECK(r.errors[0].message.size() < 200);
}

TEST_CASE("a top level that is not an object is an error", "[lessons][lesson]") {
    LoadResult r = load("[1, 2, 3]");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "must be a JSON object, not an array");
}

TEST_CASE("missing required fields are named", "[lessons][lesson]") {
    LoadResult r = load("{}");
    CHECK_FALSE(r.ok());
    CHECK(has_error(r, "format", "missing"));
    CHECK(has_error(r, "id", "missing"));
    CHECK(has_error(r, "title", "missing"));
    CHECK(has_error(r, "summary", "missing"));
    CHECK(has_error(r, "prose", "missing"));
    CHECK(has_error(r, "checks", "missing"));
}

TEST_CASE("a wrong format version is refused", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "\"format\": 1", "\"format\": 2"));
    CHECK(has_error(r, "format", "reads format 1, not 2"));
}

TEST_CASE("fields of the wrong type say what they must be", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "\"title\": \"Sample\"", "\"title\": 42"));
    CHECK(has_error(r, "title", "must be a string, not an integer"));
    r = load(replace(valid_lesson(), "\"correct\": true", "\"correct\": \"yes\""));
    CHECK(has_error(r, "checks[0].options[0].correct", "must be true or false, not a string"));
    r = load(replace(valid_lesson(), R"(["bye"])", R"("bye")"));
    CHECK(has_error(r, "checks[3].goal.output_contains", "must be an array of strings"));
}

TEST_CASE("the id must match the folder name", "[lessons][lesson]") {
    LoadResult r = parse_lesson(valid_lesson(), "l.json", "01-other", kFiles);
    CHECK(has_error(r, "id", "must match the folder name \"01-other\""));
}

TEST_CASE("an unknown field is reported so typos are caught", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "\"correct\": true", "\"corect\": true"));
    CHECK(has_error(r, "checks[0].options[0].corect", "unknown field"));
    // and the misspelt flag leaves no correct option
    CHECK(has_error(r, "checks[0].options", "exactly one option"));
}

TEST_CASE("every choice option needs feedback", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), ", \"feedback\": \"no\"", ""));
    INFO(messages(r));
    CHECK(has_error(r, "checks[0].options[1].feedback", "every option needs feedback"));
    CHECK(r.errors.front().to_string() ==
          "lessons/00-sample/lesson.json: checks[0].options[1].feedback: missing: every option "
          "needs feedback, right or wrong");
}

TEST_CASE("a choice needs exactly one correct option", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "{\"text\": \"b\", \"feedback\": \"no\"}",
                                "{\"text\": \"b\", \"correct\": true, \"feedback\": \"no\"}"));
    CHECK(has_error(r, "checks[0].options", "found 2"));
}

TEST_CASE("check ids must be unique", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "\"id\": \"q2\"", "\"id\": \"q1\""));
    CHECK(has_error(r, "checks[1].id", "used by an earlier check"));
}

TEST_CASE("an unknown kind of check is named with the known kinds", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "\"kind\": \"output\"", "\"kind\": \"essay\""));
    CHECK(has_error(r, "checks[1].kind", "\"essay\" is not a kind of check"));
}

TEST_CASE("a scheduler question needs a point to stop at", "[lessons][lesson]") {
    LoadResult r =
        load(replace(valid_lesson(), ",\n     \"at\": {\"output_contains\": \"hi\"}", ""));
    CHECK(has_error(r, "checks[2].at", "missing"));
    r = load(replace(valid_lesson(), "{\"output_contains\": \"hi\"}", "{\"output_line\": 0}"));
    CHECK(has_error(r, "checks[2].at.output_line", "must be a line number"));
    r = load(replace(valid_lesson(), "\"ask\": \"clock\"", "\"ask\": \"mood\""));
    CHECK(has_error(r, "checks[2].ask", "\"mood\" is not a question"));
}

TEST_CASE("files a lesson names must exist and be plain names", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "\"challenge.py\"", "\"missing.py\""));
    CHECK(has_error(r, "checks[3].starter", "file \"missing.py\" not found"));
    r = load(replace(valid_lesson(), "\"challenge.py\"", "\"../secret.py\""));
    CHECK(has_error(r, "checks[3].starter", "plain file name"));
    r = parse_lesson(valid_lesson(), "l.json", "", {});
    CHECK(has_error(r, "program", "no main.py"));
}

TEST_CASE("a challenge goal needs at least one condition", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "{\"output_contains\": [\"bye\"]}", "{}"));
    CHECK(has_error(r, "checks[3].goal", "needs a condition"));
    r = load(
        replace(valid_lesson(), "{\"output_contains\": [\"bye\"]}", "{\"finish_before\": -1}"));
    CHECK(has_error(r, "checks[3].goal.finish_before", "positive"));
}

TEST_CASE("markdown problems in prose are errors with their line", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "\"Some *prose*.\"", "\"Some *prose.\""));
    CHECK(has_error(r, "prose", "Markdown line 3: unclosed *"));
}

TEST_CASE("a question must be one line", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "\"Pick `a`.\"", "\"Pick\\n`a`.\""));
    CHECK(has_error(r, "checks[0].question", "one line"));
}

TEST_CASE("a bundle of lessons loads each lesson and names the broken ones", "[lessons][lesson]") {
    std::string bundle =
        "{\"format\": 1, \"lessons\": [{\"dir\": \"00-sample\", \"lesson\": " + valid_lesson() +
        ", \"files\": {\"main.py\": \"print('hi')\\n\", \"challenge.py\": "
        "\"print(1)\\n\"}}, {\"dir\": \"01-bad\", \"lesson\": {}, \"files\": {}}]}";
    LoadAllResult all = parse_bundle(bundle, "lessons.json");
    REQUIRE(all.lessons.size() == 1);
    CHECK(all.lessons[0].file("challenge.py") == "print(1)\n");
    REQUIRE_FALSE(all.errors.empty());
    CHECK(all.errors[0].file == "lessons.json: 01-bad/lesson.json");
    CHECK(parse_bundle("not json").errors.size() == 1);
    CHECK(parse_bundle("{}").errors[0].field == "lessons");
}

TEST_CASE("a task question names the task and how many times it has awaited", "[lessons][lesson]") {
    LoadResult r = load(replace(
        valid_lesson(), "\"ask\": \"clock\",\n     \"at\": {\"output_contains\": \"hi\"}",
        "\"ask\": \"next_task\",\n     \"at\": {\"task_suspends\": \"worker-1\", \"nth\": 2}"));
    INFO(messages(r));
    REQUIRE(r.ok());
    const Check& c = r.lesson->checks[2];
    CHECK(c.ask == SchedulerAsk::NextTask);
    CHECK(c.at.kind == AtPoint::Kind::TaskSuspends);
    CHECK(c.at.task == "worker-1");
    CHECK(c.at.nth == 2);

    r = load(replace(valid_lesson(), "\"ask\": \"clock\"", "\"ask\": \"next_task\""));
    CHECK(has_error(r, "checks[2].at", "needs {\"task_suspends\""));
    r = load(replace(valid_lesson(), "{\"output_contains\": \"hi\"}",
                     "{\"task_suspends\": \"w\", \"nth\": 0}"));
    CHECK(has_error(r, "checks[2].at.nth", "must be a count"));
}

TEST_CASE("a two-option question is refused: three options at least", "[lessons][lesson]") {
    LoadResult r = load(replace(
        valid_lesson(), ",\n                 {\"text\": \"c\", \"feedback\": \"no, c\"}", ""));
    CHECK(has_error(r, "checks[0].options", "at least 3 options"));
    r = load(replace(valid_lesson(),
                     "\"ask\": \"clock\",\n     \"at\": {\"output_contains\": \"hi\"}",
                     "\"ask\": \"first_of\", \"lines\": [\"a\", \"b\"]"));
    CHECK(has_error(r, "checks[2].lines", "at least 3 lines"));
}

TEST_CASE("a hint is one line of inline Markdown on any kind of check", "[lessons][lesson]") {
    LoadResult r = load(replace(valid_lesson(), "\"It comes *first*.\"", "\"two\\nlines\""));
    CHECK(has_error(r, "checks[0].hint", "one line"));
    r = load(replace(valid_lesson(), "\"It comes *first*.\"", "\"unclosed *star\""));
    CHECK(has_error(r, "checks[0].hint", "unclosed"));
    r = load(replace(valid_lesson(), "\"mode\": \"order\"",
                     "\"mode\": \"order\", \"hint\": \"Count the sleeps.\""));
    INFO(messages(r));
    CHECK(r.ok());
    r = load(replace(valid_lesson(), "\"question\": \"When?\",",
                     "\"question\": \"When?\", \"hint\": \"Count the `await`s.\","));
    REQUIRE(r.ok());
    CHECK(plain_text(r.lesson->checks[2].hint) == "Count the awaits.");
    r = load(replace(valid_lesson(), "\"question\": \"Do it.\",",
                     "\"question\": \"Do it.\", \"hint\": \"a\\nb\","));
    CHECK(has_error(r, "checks[3].hint", "one line"));
}
