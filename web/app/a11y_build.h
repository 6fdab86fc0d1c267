// a11y_build.h - the section builders of the accessible page (a11y_bridge.h), shared by
// a11y_sections.cpp (controls, event loop, timeline, run details, status) and
// a11y_lesson.cpp (the lesson and its checks). Internal to the bridge.
#pragma once

#include "app_model.h"
#include "model/a11y/a11y_doc.h"

#include <functional>
#include <string>
#include <unordered_map>

namespace loopscope::a11y {

// What the page asked for: a verb ("press", "pick", "toggle", "input", "select", "set",
// "submit") and its value (text typed, an index, a number).
using Handler = std::function<void(const std::string& verb, const std::string& value)>;

// One section being written, and what each of its controls does.
struct Builder {
    Doc doc;
    std::unordered_map<std::string, Handler>* handlers = nullptr;

    // Registers what happens when the page acts on node `id`.
    void on(const std::string& id, Handler handler) { (*handlers)[id] = std::move(handler); }
    // A button node (closed): `target` is its widget on the canvas ("" = none), `keys` its
    // keyboard shortcut ("F5"), `pressed` 0 / 1 for a toggle (-1: a plain button).
    void button(const std::string& id, const std::string& name, const std::string& target,
                bool enabled, std::function<void()> press, const char* keys = nullptr,
                int pressed = -1);
};

// The sections, in page order. Each writes its nodes (the section's container is the page's).
void build_header(Builder& b, AppModel& m);
void build_lesson(Builder& b, AppModel& m);
void build_program(Builder& b, AppModel& m);
void build_controls(Builder& b, AppModel& m);
void build_loop(Builder& b, AppModel& m);
void build_timeline(Builder& b, AppModel& m);
void build_details(Builder& b, AppModel& m);
void build_footer(Builder& b, AppModel& m);

// "2.500" as seconds for reading aloud: "2.5 s".
std::string seconds(double t);

} // namespace loopscope::a11y
