// a11y_bridge.cpp - see a11y_bridge.h. The page side is web/shell/a11y.js.
#include "a11y_bridge.h"

#include "a11y_build.h"
#include "frame_pacing.h"
#include "imgui.h"
#include "test_hooks.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <unordered_map>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define LOOPSCOPE_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define LOOPSCOPE_EXPORT extern "C"
#endif

namespace loopscope::a11y {
namespace {

constexpr double kSyncEvery = 0.15;    // seconds between document updates while things change
constexpr double kAnnounceEvery = 1.5; // while a run plays, at most one narration per this

struct Section {
    const char* name; // the page's container for it (a11y.js)
    void (*build)(Builder&, AppModel&);
    std::string sent; // the JSON the page has
};

Section g_sections[] = {
    {"header", build_header, {}},   {"lesson", build_lesson, {}},
    {"program", build_program, {}}, {"controls", build_controls, {}},
    {"loop", build_loop, {}},       {"timeline", build_timeline, {}},
    {"details", build_details, {}}, {"footer", build_footer, {}},
};

struct Bridge {
    AppModel* model = nullptr;
    std::unordered_map<std::string, Handler> handlers; // node id -> what the page may do
    double last_sync = -1.0;
    bool dirty = true;                 // the page acted: update at once
    std::string focus_target;          // widget with the page's keyboard focus ("" = none)
    bool code_focused = false;         // the program's text field has it
    bool drop_imgui_focus = false;     // the keyboard went to the page: the canvas lets go
    bool editor_focused = false;       // last value told to the page
    uint64_t seen_cursor = UINT64_MAX; // the run as of the last update: when it moved while
    uint64_t seen_recorded = 0;        // nothing plays (a step, a seek), update at once
    uint64_t seen_source = 0;
    uint64_t announced = UINT64_MAX; // cursor whose narration was spoken
    double last_announce = -1.0;
    bool was_running = false;
};

Bridge g_bridge;

#ifdef __EMSCRIPTEN__
// false when the page has no accessible document (a11y.js not loaded): try again later.
EM_JS(int, js_a11y_section, (const char* name, const char* json), {
    const a11y = window.loopscopeA11y;
    if (!a11y) return 0;
    a11y.section(UTF8ToString(name), UTF8ToString(json));
    return 1;
});
EM_JS(void, js_a11y_announce, (const char* text), {
    if (window.loopscopeA11y) window.loopscopeA11y.announce(UTF8ToString(text));
});
EM_JS(void, js_a11y_editor_focus, (int focused), {
    const state = window.loopscope || (window.loopscope = {});
    state.editorFocused = !!focused;
});
#else
int js_a11y_section(const char*, const char*) {
    return 1;
}
void js_a11y_announce(const char*) {}
void js_a11y_editor_focus(int) {}
#endif

// What a screen reader says when the cursor moves: the step's narration at its virtual time.
void announce_step(AppModel& m, double now) {
    Bridge& br = g_bridge;
    const uint64_t cursor = m.run->cursor();
    const bool running = m.playing || m.run->busy();
    const bool ended = br.was_running && !m.playing; // a run (not a single step) stopped
    br.was_running = m.playing;
    if (br.announced == UINT64_MAX) { // the page has just opened: nothing happened yet
        br.announced = cursor;
        return;
    }
    if (cursor == br.announced && !ended) return;
    if (running && now - br.last_announce < kAnnounceEvery) return;
    const session::Snapshot& s = m.run->snapshot();
    std::string text = s.narration.empty() ? "Event " + std::to_string(cursor)
                                           : "t = " + seconds(s.clock) + ": " + s.narration;
    if (ended || (!running && m.run->program_finished() && cursor + 1 >= m.run->recorded())) {
        text += ". " + m.status + ".";
    }
    js_a11y_announce(text.c_str());
    br.announced = cursor;
    br.last_announce = now;
}

// UTF-8 byte offset `at` of `text` as a (line, column) position.
editor::TextPos position_of(const std::string& text, size_t at) {
    editor::TextPos p;
    size_t line_start = 0;
    for (size_t i = 0; i < at && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++p.line;
            line_start = i + 1;
        }
    }
    p.column = static_cast<int>(std::min(at, text.size()) - line_start);
    return p;
}

bool continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The page's text field changed the program: one undoable edit replacing what differs.
void apply_code(AppModel& m, const std::string& text) {
    editor::EditorBuffer& buf = m.code.buffer;
    const std::string old = buf.text();
    if (old == text) return;
    size_t p = 0;
    while (p < old.size() && p < text.size() && old[p] == text[p]) ++p;
    size_t end_old = old.size(), end_new = text.size();
    while (end_old > p && end_new > p && old[end_old - 1] == text[end_new - 1]) {
        --end_old;
        --end_new;
    }
    while (p > 0 && p < old.size() && continuation(old[p])) --p; // not inside a character
    while (end_old < old.size() && continuation(old[end_old])) {
        ++end_old;
        ++end_new;
    }
    buf.select(position_of(old, p), position_of(old, end_old));
    buf.insert_text(std::string_view(text).substr(p, end_new - p));
    code_edited(m);
}

} // namespace

void sync(AppModel& m, double now) {
    Bridge& br = g_bridge;
    br.model = &m;
    if (br.drop_imgui_focus) {
        ImGui::SetWindowFocus(nullptr);
        br.drop_imgui_focus = false;
    }
    set_focus_ring_target(br.focus_target.c_str());
    if (m.code.was_focused != br.editor_focused) {
        br.editor_focused = m.code.was_focused;
        js_a11y_editor_focus(br.editor_focused ? 1 : 0);
    }
    announce_step(m, now);
    const uint64_t cursor = m.run->cursor(), recorded = m.run->recorded();
    const uint64_t source = m.code.buffer.version();
    if (cursor != br.seen_cursor || recorded != br.seen_recorded || source != br.seen_source) {
        if (!m.playing && !m.run->busy()) br.dirty = true;
        br.seen_cursor = cursor;
        br.seen_recorded = recorded;
        br.seen_source = source;
    }
    if (!br.dirty && now - br.last_sync < kSyncEvery) return;
    br.dirty = false;
    br.last_sync = now;
    br.handlers.clear();
    const auto t0 = std::chrono::steady_clock::now();
    size_t bytes = 0, sent = 0;
    for (Section& section : g_sections) {
        Builder b;
        b.handlers = &br.handlers;
        section.build(b, m);
        std::string json = b.doc.take();
        bytes += json.size();
        if (json == section.sent) continue;
        sent += json.size();
        if (js_a11y_section(section.name, json.c_str())) section.sent = std::move(json);
    }
    // What keeping the page in step costs (the browser test reports it): the time to build
    // and hand over the sections, the document's size and what changed.
    publish_metric(
        "a11y.syncMs",
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    publish_metric("a11y.bytes", static_cast<double>(bytes));
    publish_metric("a11y.sentBytes", static_cast<double>(sent));
}

const std::string& focused_target() {
    return g_bridge.focus_target;
}

bool code_field_focused() {
    return g_bridge.code_focused;
}

} // namespace loopscope::a11y

using loopscope::a11y::g_bridge;

// The page acted on node `id` (a11y.js): `verb` and `value` as the node's role defines them.
LOOPSCOPE_EXPORT void loopscope_a11y_action(const char* id, const char* verb, const char* value) {
    if (!g_bridge.model || !id) return;
    const auto it = g_bridge.handlers.find(id);
    if (it != g_bridge.handlers.end()) {
        const loopscope::a11y::Handler handler = it->second; // the map is rebuilt by sync()
        handler(verb ? verb : "", value ? value : "");
    }
    g_bridge.dirty = true;
    loopscope::pacing::wake();
}

// The keyboard focus moved in the page: to the node drawn as widget `target` ("" = none, or
// the focus left the page), `code_field` when it is the program's text field.
LOOPSCOPE_EXPORT void loopscope_a11y_focus(const char* target, int code_field) {
    const std::string t = target ? target : "";
    if (!t.empty() && g_bridge.focus_target.empty()) g_bridge.drop_imgui_focus = true;
    g_bridge.focus_target = t;
    g_bridge.code_focused = code_field != 0;
    // The left pane shows what has the focus: the program, or the lesson; a check's widget is
    // scrolled into view there (the course map gives way to the lesson).
    if (g_bridge.model && !g_bridge.model->lessons.empty()) {
        loopscope::AppModel& m = *g_bridge.model;
        if (t == "editor") m.show_lesson = false;
        if (t.rfind("lesson", 0) == 0 && m.lesson >= 0) m.show_lesson = true;
        if (t.rfind("check:", 0) == 0 && m.lesson >= 0) {
            m.show_lesson = true;
            m.lesson_view.show_map = false;
            m.lesson_view.scroll_to = t;
        }
    }
    loopscope::pacing::wake();
}

// The program's text field in the page was edited, or its caret moved: `text` is the whole
// program; the selection runs from (anchor_line, anchor_col) to (cursor_line, cursor_col),
// 0-based lines and UTF-8 byte columns.
LOOPSCOPE_EXPORT void loopscope_a11y_code(const char* text, int anchor_line, int anchor_col,
                                          int cursor_line, int cursor_col) {
    if (!g_bridge.model || !text) return;
    loopscope::AppModel& m = *g_bridge.model;
    if (!m.playing) loopscope::a11y::apply_code(m, text);
    loopscope::editor::EditorBuffer& buf = m.code.buffer;
    buf.select(buf.clamp({anchor_line, anchor_col}), buf.clamp({cursor_line, cursor_col}));
    m.code.reveal_caret = true;
    g_bridge.dirty = true;
    loopscope::pacing::wake();
}

// The page (re)built its document: send every section again.
LOOPSCOPE_EXPORT void loopscope_a11y_resend() {
    for (auto& s : loopscope::a11y::g_sections) s.sent.clear();
    g_bridge.dirty = true;
    loopscope::pacing::wake();
}
