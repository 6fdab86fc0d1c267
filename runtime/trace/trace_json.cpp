// trace_json.cpp - see trace_json.h. Built with nlohmann::ordered_json so keys keep the order
// written here; strings that are not valid UTF-8 are written with U+FFFD instead of failing.
#include "trace/trace_json.h"

#include <nlohmann/json.hpp>

namespace loopscope::trace {

using Json = nlohmann::ordered_json;

namespace {

std::string dump(const Json& j) {
    return j.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
}

Json wait_json(const WaitInfo& w) {
    Json j = Json::object();
    j["kind"] = wait_kind_name(w.kind);
    if (w.until >= 0) j["until"] = w.until;
    if (w.task) j["task"] = w.task;
    if (w.object) j["object"] = w.object;
    if (w.handle) j["handle"] = w.handle;
    if (!w.tasks.empty()) j["tasks"] = w.tasks;
    if (!w.detail.empty()) j["detail"] = w.detail;
    return j;
}

Json stack_json(const std::vector<FrameInfo>& stack) {
    Json a = Json::array();
    for (const FrameInfo& f : stack) {
        Json fr = Json::object();
        fr["function"] = f.function;
        fr["file"] = f.file;
        fr["line"] = f.line;
        Json locals = Json::array();
        for (const auto& [k, v] : f.locals) locals.push_back(Json::array({k, v}));
        fr["locals"] = std::move(locals);
        a.push_back(std::move(fr));
    }
    return a;
}

} // namespace

std::string event_json(const TraceStore& s, uint64_t i) {
    Json j = Json::object();
    const EventKind k = s.kind(i);
    j["seq"] = i;
    j["time"] = s.time(i);
    j["kind"] = event_kind_name(k);
    if (s.task(i)) j["task"] = s.task(i);
    if (s.line(i)) j["line"] = s.line(i);
    if (k == EventKind::Line) {
        j["depth"] = s.depth(i);
        return dump(j);
    }
    if (s.parent(i)) j["parent"] = s.parent(i);
    if (s.handle(i)) j["handle"] = s.handle(i);
    if (s.object(i)) j["object"] = s.object(i);
    if (s.stream(i)) j["stream"] = s.stream(i);
    if (s.prim(i) != PrimKind::None) j["prim"] = prim_kind_name(s.prim(i));
    if (s.value(i) != 0.0) j["value"] = s.value(i);
    if (s.value2(i) != 0.0) j["value2"] = s.value2(i);
    if (!s.name(i).empty()) j["name"] = s.name(i);
    if (!s.text(i).empty()) j["text"] = s.text(i);
    WaitInfo w;
    s.wait(i, w);
    if (w.kind != WaitKind::None) j["wait"] = wait_json(w);
    std::vector<FrameInfo> stack;
    s.stack(i, stack);
    if (!stack.empty()) j["stack"] = stack_json(stack);
    return dump(j);
}

std::string trace_json(const TraceStore& s, const TraceHeader& h) {
    Json head = Json::object();
    head["schema"] = kTraceSchema;
    head["version"] = kTraceSchemaVersion;
    head["file"] = h.file;
    head["source"] = h.source;
    head["exit_status"] = h.exit_status;
    if (h.compile_error) {
        const SyntaxErrorInfo& e = *h.compile_error;
        Json ce = Json::object();
        ce["type"] = e.type;
        ce["msg"] = e.msg;
        ce["line"] = e.line;
        ce["col"] = e.col;
        ce["end_line"] = e.end_line;
        ce["end_col"] = e.end_col;
        ce["text"] = e.text;
        head["compile_error"] = std::move(ce);
    }
    // Everything but the events through the library, then the events one per line.
    std::string out = dump(head);
    out.pop_back(); // the closing brace
    out += ",\"events\":[";
    for (uint64_t i = 0; i < s.size(); ++i) {
        out += i ? ",\n" : "\n";
        out += event_json(s, i);
    }
    out += s.size() ? "\n]}\n" : "]}\n";
    return out;
}

} // namespace loopscope::trace
