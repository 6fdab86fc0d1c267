// Tests of persist/saved_work.h: the save text round-trips, every older version keeps loading,
// and no input (damaged, hostile, from a newer build) crashes or is half applied.
#include "model/persist/saved_work.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>

using namespace loopscope::persist;
using loopscope::course::AttemptState;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

SavedWork sample_work() {
    SavedWork w;
    w.prefs.dark = false;
    w.prefs.zoom = 1.3f;
    w.prefs.split = 0.5f;
    w.prefs.timeline_split = 0.3f;
    w.prefs.run_tab = "sync";
    w.prefs.mode = "instant";
    w.prefs.speed = 24.0f;
    w.lesson = "timeouts";
    w.show_lesson = false;
    w.lessons["timeouts"].code = "import asyncio\n\nprint(\"h\\u00e9\", '\\t')\n";
    w.lessons["gather"].code = std::string("x = 1\r\n# caf\xc3\xa9 \xe2\x86\x92\n");
    // course progress: a check in each retry state, a challenge with hints shown
    auto& checks = w.lessons["timeouts"].checks;
    checks["pick"] = {AttemptState::Correct, 1, "2", 0};
    checks["typed"] = {AttemptState::NotYet, 1, "a\nb", 0};
    checks["shown"] = {AttemptState::Revealed, 2, "x", 0};
    checks["challenge"] = {AttemptState::NotYet, 1, "", 2};
    w.lessons["timeouts"].opened = true;
    return w;
}

} // namespace

TEST_CASE("a save reads back as it was written") {
    const SavedWork w = sample_work();
    const ReadResult r = read_saved_work(write_saved_work(w));
    REQUIRE(r.work);
    CHECK(r.error.empty());
    CHECK(r.version == kSaveVersion);
    const SavedWork& back = *r.work;
    CHECK(back.prefs.dark == w.prefs.dark);
    CHECK(back.prefs.zoom == w.prefs.zoom);
    CHECK(back.prefs.split == w.prefs.split);
    CHECK(back.prefs.timeline_split == w.prefs.timeline_split);
    CHECK(back.prefs.run_tab == w.prefs.run_tab);
    CHECK(back.prefs.mode == w.prefs.mode);
    CHECK(back.prefs.speed == w.prefs.speed);
    CHECK(back.lesson == "timeouts");
    CHECK_FALSE(back.show_lesson);
    REQUIRE(back.lessons.size() == 2);
    CHECK(back.lessons.at("timeouts").code == w.lessons.at("timeouts").code);
    CHECK(back.lessons.at("gather").code == w.lessons.at("gather").code);
    CHECK_FALSE(back.scratch);
    const auto& checks = back.lessons.at("timeouts").checks;
    REQUIRE(checks.size() == 4);
    CHECK(back.lessons.at("timeouts").opened);
    CHECK_FALSE(back.lessons.at("gather").opened);
    CHECK(checks.at("pick").state == AttemptState::Correct);
    CHECK(checks.at("pick").answer == "2");
    CHECK(checks.at("typed").state == AttemptState::NotYet);
    CHECK(checks.at("typed").answer == "a\nb");
    CHECK(checks.at("shown").state == AttemptState::Revealed);
    CHECK(checks.at("shown").wrong == 2);
    CHECK(checks.at("challenge").hints == 2);
}

TEST_CASE("a version 1 save is read as version 2: its code kept, no answers yet") {
    const std::string dir = std::string(LOOPSCOPE_SOURCE_DIR) + "/tests/unit/persist/data/";
    const ReadResult r = read_saved_work(read_file(dir + "save-v1.json"));
    REQUIRE(r.work);
    CHECK(r.version == 1);
    REQUIRE(r.work->lessons.size() == 2);
    for (const auto& [id, lesson] : r.work->lessons) {
        INFO(id);
        CHECK(lesson.code.has_value());
        CHECK(lesson.checks.empty());
        CHECK_FALSE(lesson.opened);
    }
    // Written again, it is a version 2 save with the same code.
    const ReadResult again = read_saved_work(write_saved_work(*r.work));
    REQUIRE(again.work);
    CHECK(again.version == 2);
    CHECK(again.work->lessons.at("timeouts").code == "print('timeouts, edited')\n");
    // Version 1 never wrote answers: whatever a version 1 text has under "checks" is ignored,
    // as a version 1 reader ignored it.
    const ReadResult odd = read_saved_work(
        R"({"format":"loopscope-progress","version":1,"lessons":{"a":{"code":"x","checks":7}}})");
    REQUIRE(odd.work);
    CHECK(odd.work->lessons.at("a").checks.empty());
}

TEST_CASE("a version 2 save keeps each check's retry state") {
    const std::string dir = std::string(LOOPSCOPE_SOURCE_DIR) + "/tests/unit/persist/data/";
    const ReadResult r = read_saved_work(read_file(dir + "save-v2.json"));
    REQUIRE(r.work);
    const auto& checks = r.work->lessons.at("blocking-vs-waiting").checks;
    CHECK(checks.at("why-no-time-sleep").state == AttemptState::Correct);
    CHECK(checks.at("concurrent-not-parallel").state == AttemptState::Revealed);
    CHECK(checks.at("predict-output").state == AttemptState::NotYet);
    CHECK(checks.at("predict-output").answer == "A: start\n");
    CHECK(checks.at("brew-concurrently").hints == 2);
}

TEST_CASE("preferences never chosen stay unset, so the system's theme applies") {
    SavedWork w;
    w.scratch = "print(1)\n";
    const ReadResult r = read_saved_work(write_saved_work(w));
    REQUIRE(r.work);
    CHECK_FALSE(r.work->prefs.dark);
    CHECK_FALSE(r.work->prefs.zoom);
    CHECK(r.work->scratch == "print(1)\n");
    CHECK(r.work->lesson.empty());
}

TEST_CASE("every older version of the save still loads") {
    // One file per version ever written; a newer build must read them all.
    const std::string dir = std::string(LOOPSCOPE_SOURCE_DIR) + "/tests/unit/persist/data/";
    for (int v = 1; v <= kSaveVersion; ++v) {
        const std::string text = read_file(dir + "save-v" + std::to_string(v) + ".json");
        INFO("save-v" << v << ".json");
        REQUIRE_FALSE(text.empty());
        const ReadResult r = read_saved_work(text);
        REQUIRE(r.work);
        CHECK(r.version == v);
        CHECK(r.work->lesson == "timeouts");
        CHECK(r.work->prefs.dark == false);
        CHECK(r.work->lessons.at("blocking-vs-waiting").code ==
              "import asyncio\n\nprint('mine')\n");
    }
}

TEST_CASE("values out of range are clamped, unknown names dropped") {
    const ReadResult r = read_saved_work(
        R"({"format":"loopscope-progress","version":1,"prefs":{"zoom":9,"split":-3,)"
        R"("speed":0,"runTab":"gone","mode":"sideways"},"futureField":[1,2]})");
    REQUIRE(r.work);
    CHECK(*r.work->prefs.zoom == 2.0f);
    CHECK(*r.work->prefs.split == 0.25f);
    CHECK(*r.work->prefs.speed == 1.0f);
    CHECK_FALSE(r.work->prefs.run_tab);
    CHECK_FALSE(r.work->prefs.mode);
}

TEST_CASE("a damaged save is refused with a reason") {
    const std::string good = write_saved_work(sample_work());
    struct Case {
        std::string text;
        std::string says;
    };
    const Case cases[] = {
        {"", "not valid JSON"},
        {good.substr(0, good.size() / 2), "not valid JSON"},
        {"{\"format\":\"loopscope-progress\"", "not valid JSON"},
        {"[1,2,3]", "not Loopscope progress"},
        {"{\"version\":1}", "not Loopscope progress"},
        {"{\"format\":\"something-else\",\"version\":1}", "not Loopscope progress"},
        {"{\"format\":\"loopscope-progress\"}", "version is missing"},
        {"{\"format\":\"loopscope-progress\",\"version\":\"1\"}", "version is missing"},
        {"{\"format\":\"loopscope-progress\",\"version\":0}", "version is missing"},
        {"{\"format\":\"loopscope-progress\",\"version\":1,\"lessons\":[]}",
         "lessons is not an object"},
        {"{\"format\":\"loopscope-progress\",\"version\":1,\"lessons\":{\"a\":{\"code\":7}}}",
         "lessons.a.code is not text"},
        {"{\"format\":\"loopscope-progress\",\"version\":1,\"prefs\":{\"theme\":\"pink\"}}",
         "prefs.theme"},
        {"{\"format\":\"loopscope-progress\",\"version\":1,\"prefs\":{\"zoom\":\"big\"}}",
         "prefs.zoom is not a number"},
        {"{\"format\":\"loopscope-progress\",\"version\":1,\"open\":{\"lesson\":3}}",
         "open.lesson is not text"},
        {"{\"format\":\"loopscope-progress\",\"version\":2,\"lessons\":{\"a\":{\"checks\":[]}}}",
         "lessons.a.checks is not an object"},
        {"{\"format\":\"loopscope-progress\",\"version\":2,\"lessons\":{\"a\":{\"checks\":"
         "{\"q\":{\"state\":\"maybe\"}}}}}",
         "lessons.a.checks.q.state is not a known state"},
        {"{\"format\":\"loopscope-progress\",\"version\":2,\"lessons\":{\"a\":3}}",
         "lessons.a is not an object"},
    };
    for (const Case& c : cases) {
        INFO(c.text.substr(0, 80));
        const ReadResult r = read_saved_work(c.text);
        CHECK_FALSE(r.work);
        CHECK(r.error.find(c.says) != std::string::npos);
    }
}

TEST_CASE("a save from a newer Loopscope is refused, not misread") {
    const ReadResult r =
        read_saved_work("{\"format\":\"loopscope-progress\",\"version\":99,\"lessons\":{}}");
    CHECK_FALSE(r.work);
    CHECK(r.version == 99);
    CHECK(r.error.find("newer version of Loopscope") != std::string::npos);
}

TEST_CASE("an oversized save is refused without being parsed") {
    std::string big = "{\"format\":\"loopscope-progress\",\"version\":1,\"scratch\":\"";
    big.append(kMaxSaveBytes, 'x');
    big += "\"}";
    const ReadResult r = read_saved_work(big);
    CHECK_FALSE(r.work);
    CHECK(r.error.find("larger than") != std::string::npos);
}

TEST_CASE("invalid UTF-8 in a program is written as valid JSON") {
    SavedWork w;
    w.lessons["x"].code = std::string("a\xff\xfe b\n");
    const ReadResult r = read_saved_work(write_saved_work(w));
    REQUIRE(r.work);
    CHECK(r.work->lessons.at("x").code->find('a') == 0);
}

TEST_CASE("any corruption of a save is either read or refused, never a crash") {
    const std::string good = write_saved_work(sample_work());
    std::mt19937 rng(12345);
    int read = 0, refused = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string text = good;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            const size_t at = rng() % text.size();
            switch (rng() % 3) {
                case 0: text[at] = static_cast<char>(rng() % 256); break;
                case 1: text.erase(at, 1 + rng() % 8); break;
                default: text.insert(at, 1, "{}[]\",:0\\"[rng() % 9]); break;
            }
            if (text.empty()) text = "{";
        }
        const ReadResult r = read_saved_work(text);
        CHECK(r.work.has_value() == r.error.empty());
        (r.work ? read : refused)++;
    }
    CHECK(refused > 0);
    CHECK(read + refused == 3000);
}
