// Tests of trace/trace_json.h: the JSON export's shape (docs/trace-schema.md) and determinism.
#include "trace/trace_json.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace loopscope;
using namespace loopscope::trace;

static TraceStore small_store() {
    TraceStore s;
    TraceEvent e;
    e.kind = EventKind::ScriptStarted;
    s.add(e);
    e = TraceEvent{};
    e.kind = EventKind::TaskCreated;
    e.task = 1;
    e.name = "Task-1";
    e.text = "main";
    e.line = 9;
    s.add(e);
    s.add_line(0.0, 1, 3, 1);
    e = TraceEvent{};
    e.kind = EventKind::TaskSuspended;
    e.time = 0.1 + 0.2;
    e.task = 1;
    e.wait.kind = WaitKind::Sleep;
    e.wait.until = 1.0;
    e.wait.handle = 2;
    e.stack.resize(1);
    e.stack[0].function = "main";
    e.stack[0].file = "main.py";
    e.stack[0].line = 3;
    e.stack[0].locals = {{"s", "'caf\xc3\xa9 \xff'"}};
    s.add(e);
    return s;
}

TEST_CASE("the json trace is an object with schema, version, file, source and events") {
    TraceStore s = small_store();
    TraceHeader h;
    h.file = "main.py";
    h.source = "print(1)\n";
    std::string text = trace_json(s, h);
    nlohmann::json j = nlohmann::json::parse(text);
    CHECK(j["schema"] == "loopscope-trace");
    CHECK(j["version"] == 1);
    CHECK(j["file"] == "main.py");
    CHECK(j["source"] == "print(1)\n");
    CHECK(j["exit_status"] == 0);
    CHECK_FALSE(j.contains("compile_error"));
    REQUIRE(j["events"].size() == 4);
    CHECK(j["events"][0] ==
          nlohmann::json::parse(R"({"seq":0,"time":0.0,"kind":"ScriptStarted"})"));
    CHECK(j["events"][1]["name"] == "Task-1");
    CHECK(j["events"][1]["line"] == 9);
    CHECK(
        j["events"][2] ==
        nlohmann::json::parse(R"({"seq":2,"time":0.0,"kind":"Line","task":1,"line":3,"depth":1})"));
    CHECK(j["events"][3]["time"] == 0.1 + 0.2);
    CHECK(j["events"][3]["wait"]["kind"] == "Sleep");
    CHECK(j["events"][3]["wait"]["until"] == 1.0);
    CHECK(j["events"][3]["stack"][0]["function"] == "main");
    // invalid UTF-8 in a repr becomes U+FFFD rather than failing the export
    CHECK(j["events"][3]["stack"][0]["locals"][0][1] == "'caf\xc3\xa9 \xef\xbf\xbd'");
}

TEST_CASE("the json trace puts one event on each line, keys in a fixed order") {
    TraceStore s = small_store();
    std::string text = trace_json(s, TraceHeader{"main.py", "", 0, nullptr});
    CHECK(text.rfind(R"({"schema":"loopscope-trace","version":1,"file":"main.py")", 0) == 0);
    CHECK(text.find("\n{\"seq\":0,\"time\":0.0,\"kind\":\"ScriptStarted\"},\n") !=
          std::string::npos);
    CHECK(text.find(R"({"seq":3,"time":0.30000000000000004,"kind":"TaskSuspended","task":1,)") !=
          std::string::npos);
    CHECK(text.substr(text.size() - 4) == "\n]}\n");
    CHECK(trace_json(s, TraceHeader{"main.py", "", 0, nullptr}) == text);
}

TEST_CASE("a compile error is exported as data with line and column") {
    TraceStore s;
    SyntaxErrorInfo err;
    err.msg = "expected ':'";
    err.line = 2;
    err.col = 5;
    err.text = "if x\n";
    TraceHeader h{"main.py", "x = 1\nif x\n", 1, &err};
    nlohmann::json j = nlohmann::json::parse(trace_json(s, h));
    CHECK(j["exit_status"] == 1);
    CHECK(j["events"].empty());
    CHECK(j["compile_error"]["type"] == "SyntaxError");
    CHECK(j["compile_error"]["msg"] == "expected ':'");
    CHECK(j["compile_error"]["line"] == 2);
    CHECK(j["compile_error"]["col"] == 5);
}
