// embed_layout.cpp - the embedded screen (embed.h): the panels the host asked for, filling the
// iframe, with no title bar. Panes are sized from the frame: when everything fits at its
// minimum height, the spare height goes to the flexible panes; otherwise one column scrolls.
//
// Index (grep for [SECTION]):
//   [SECTION] helpers
//   [SECTION] the reading pane: program, lesson, single check
//   [SECTION] the run panes: event loop, timeline, output tabs
//   [SECTION] arranging the panes
//   [SECTION] footer
//   [SECTION] the screen
#include "course_view.h"
#include "editor/editor_widget.h"
#include "embed.h"
#include "imgui.h"
#include "lesson_view.h"
#include "page_bridge.h"
#include "panels/panel_common.h"
#include "panels/panels.h"
#include "test_hooks.h"
#include "theme.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace loopscope::embed {
namespace {

// [SECTION] helpers

constexpr float kGap = 6.0f;
constexpr float kHeader = 36.0f;      // pane header strip
constexpr float kFooter = 26.0f;      // status line at the bottom
constexpr float kTwoColumns = 720.0f; // narrower frames stack the panes

using panels::text_at;
using panels::text_width;

ImVec2 add(ImVec2 a, ImVec2 b) {
    return ImVec2(a.x + b.x, a.y + b.y);
}

void pane_frame(ImVec2 min, ImVec2 size) {
    ImGui::GetWindowDrawList()->AddRectFilled(min, add(min, size), theme::rgba(theme::kPanel),
                                              6.0f);
}

float pane_header(ImVec2 min, float width) {
    ImDrawList* d = ImGui::GetWindowDrawList();
    const ImVec2 max = add(min, ImVec2(width, kHeader));
    d->AddRectFilled(min, max, theme::rgba(theme::kPanelRaised), 6.0f, ImDrawFlags_RoundCornersTop);
    d->AddLine(ImVec2(min.x, max.y - 1.0f), ImVec2(max.x, max.y - 1.0f),
               theme::rgba(theme::kBorder));
    return max.y;
}

bool begin_child(const char* id, ImVec2 min, ImVec2 size, ImGuiWindowFlags flags = 0) {
    ImGui::SetCursorScreenPos(min);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    return ImGui::BeginChild(id, size, false, flags);
}

void end_child() {
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

// A tab in a pane header; true when clicked. Published as "embed-tab:<label>".
bool header_tab(const fonts::FontSet& fonts, float& x, float top, float bottom, const char* label,
                bool selected) {
    const float w = text_width(fonts.strong, label) + 26.0f;
    const ImVec2 tmin(x, top + 5.0f), tmax(x + w, bottom - 5.0f);
    ImGui::SetCursorScreenPos(tmin);
    ImGui::PushID(label);
    const bool pressed = ImGui::InvisibleButton("##et", ImVec2(w, tmax.y - tmin.y));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    char target[64];
    std::snprintf(target, sizeof target, "embed-tab:%s", label);
    publish_target(target, tmin, tmax);
    ImDrawList* d = ImGui::GetWindowDrawList();
    if (selected || hovered) {
        d->AddRectFilled(tmin, tmax, theme::rgba(selected ? theme::kSelected : theme::kRowHover),
                         5.0f);
    }
    text_at(d, fonts.strong, x + 13.0f, tmin.y, tmax.y - tmin.y,
            selected ? theme::kText : theme::kTextDim, label);
    x += w + 4.0f;
    return pressed;
}

// [SECTION] the reading pane: program, lesson, single check

void draw_program(AppModel& m, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    begin_child("##embed-editor", min, size, ImGuiWindowFlags_NoScrollbar);
    const session::Snapshot& s = m.run->snapshot();
    editor::EditorView view;
    view.read_only = m.playing; // edits reload the program: not while it plays
    view.exec_line = m.run->cursor() > 0 ? s.line : 0;
    view.breakpoints = &m.run->breakpoints();
    editor::ErrorMarker error;
    if (const SyntaxErrorInfo* e = m.run->syntax_error()) {
        error = editor::error_marker_from(*e);
        view.errors = std::span<const editor::ErrorMarker>(&error, 1);
    }
    view.theme = m.dark ? editor::EditorTheme::Dark : editor::EditorTheme::Light;
    view.target_name = "editor";
    const editor::EditorEvents ev = editor::draw_editor("##code", m.code, view, fonts);
    if (ev.text_changed) code_edited(m);
    end_child();
}

void draw_lesson_part(AppModel& m, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size,
                      bool single_check) {
    begin_child("##embed-lesson", min, size);
    ImGui::SetCursorPos(ImVec2(16.0f, 12.0f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 16.0f);
    if (m.lesson_pending >= 0) {
        draw_lesson_waiting(m, fonts);
    } else if (m.lesson < 0) {
        ImGui::TextDisabled("No lesson is open: the host page names one with lesson=<id>.");
    } else if (const lessons::Lesson& lesson = m.lessons[static_cast<size_t>(m.lesson)];
               !single_check) {
        draw_lesson(m.lesson_view, lesson, lesson_context(m), fonts);
    } else if (const int i = find_check(m, config().check); i >= 0) {
        draw_lesson_check(m.lesson_view, lesson, static_cast<size_t>(i), lesson_context(m), fonts);
    } else {
        ImGui::TextDisabled("The lesson \"%s\" has no check \"%s\" (it has %d).", lesson.id.c_str(),
                            config().check.c_str(), static_cast<int>(lesson.checks.size()));
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(1.0f, 12.0f));
    end_child();
}

void draw_reading_pane(AppModel& m, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    const unsigned p = config().panels;
    pane_frame(min, size);
    const float body = pane_header(min, size.x);
    publish_target("panel:editor", min, add(min, size));
    const bool program = (p & kProgram) != 0;
    const bool reading = (p & (kLesson | kCheck)) != 0;
    if (!reading) m.show_lesson = false;
    if (!program) m.show_lesson = true;
    float x = min.x + 8.0f;
    if (reading) {
        char label[48];
        const int i = (p & kCheck) ? find_check(m, config().check) : -1;
        if (i >= 0) {
            std::snprintf(label, sizeof label, "Check %d", i + 1);
        } else {
            std::snprintf(label, sizeof label, "%s", (p & kCheck) ? "Check" : "Lesson");
        }
        if (header_tab(fonts, x, min.y, body, label, m.show_lesson)) m.show_lesson = true;
    }
    if (program && header_tab(fonts, x, min.y, body, m.file_name.c_str(), !m.show_lesson)) {
        m.show_lesson = false;
    }
    const ImVec2 body_min(min.x, body), body_size(size.x, min.y + size.y - body);
    if (m.show_lesson) {
        draw_lesson_part(m, fonts, body_min, body_size, (p & kLesson) == 0);
    } else {
        draw_program(m, fonts, body_min, body_size);
    }
}

// [SECTION] the run panes: event loop, timeline, output tabs

void draw_loop_pane(AppModel& m, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    pane_frame(min, size);
    begin_child("##embed-loop", min, size, ImGuiWindowFlags_NoScrollbar);
    panels::draw_event_loop_panel(m, fonts, size);
    end_child();
}

void draw_timeline_pane(AppModel& m, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    pane_frame(min, size);
    begin_child("##embed-timeline", min, size,
                ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    panels::draw_timeline_panel(m, fonts, size);
    end_child();
}

void draw_output_pane(AppModel& m, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    struct Tab {
        unsigned bit;
        RunTab tab;
        const char* label;
    };
    const Tab tabs[] = {{kConsole, RunTab::Console, "Console"},
                        {kTasks, RunTab::Tasks, "Tasks"},
                        {kSync, RunTab::Primitives, "Sync"}};
    const unsigned p = config().panels;
    bool shown = false;
    for (const Tab& t : tabs) shown = shown || ((p & t.bit) && m.run_tab == t.tab);
    if (!shown) {
        for (const Tab& t : tabs) {
            if (p & t.bit) {
                m.run_tab = t.tab;
                break;
            }
        }
    }
    pane_frame(min, size);
    const float body = pane_header(min, size.x);
    float x = min.x + 8.0f;
    for (const Tab& t : tabs) {
        if (!(p & t.bit)) continue;
        if (header_tab(fonts, x, min.y, body, t.label, m.run_tab == t.tab)) m.run_tab = t.tab;
    }
    begin_child("##embed-output", ImVec2(min.x, body), ImVec2(size.x, min.y + size.y - body));
    switch (m.run_tab) {
        case RunTab::Console: panels::draw_console_panel(m, fonts); break;
        case RunTab::Tasks: panels::draw_tasks_panel(m, fonts); break;
        case RunTab::Primitives: panels::draw_primitives_panel(m, fonts); break;
    }
    end_child();
}

// [SECTION] arranging the panes

enum class PaneKind { Reading, Loop, Timeline, Output };

struct Pane {
    PaneKind kind;
    float min_h;  // never shorter
    float weight; // share of the spare height (0: fixed)
    float h = 0.0f;
};

void draw_pane(AppModel& m, const fonts::FontSet& fonts, const Pane& pane, ImVec2 min,
               float width) {
    const ImVec2 size(width, pane.h);
    switch (pane.kind) {
        case PaneKind::Reading: draw_reading_pane(m, fonts, min, size); break;
        case PaneKind::Loop: draw_loop_pane(m, fonts, min, size); break;
        case PaneKind::Timeline: draw_timeline_pane(m, fonts, min, size); break;
        case PaneKind::Output: draw_output_pane(m, fonts, min, size); break;
    }
}

// Gives each pane its height in `height`; false when even the minimums do not fit.
bool fit(std::vector<Pane>& panes, float height) {
    float need = kGap * static_cast<float>(panes.empty() ? 0 : panes.size() - 1);
    float weights = 0.0f;
    for (const Pane& p : panes) {
        need += p.min_h;
        weights += p.weight;
    }
    const float spare = height - need;
    for (Pane& p : panes) {
        p.h = p.min_h + (spare > 0.0f && weights > 0.0f ? spare * p.weight / weights : 0.0f);
        p.h = std::floor(p.h);
    }
    return spare >= 0.0f;
}

void draw_column(AppModel& m, const fonts::FontSet& fonts, std::vector<Pane>& panes, ImVec2 min,
                 ImVec2 size, const char* id) {
    if (fit(panes, size.y)) {
        float y = min.y;
        for (const Pane& p : panes) {
            draw_pane(m, fonts, p, ImVec2(min.x, y), size.x);
            y += p.h + kGap;
        }
        return;
    }
    // Too short for everything: the column scrolls, each pane at its minimum height.
    begin_child(id, min, size);
    const float w = size.x - ImGui::GetStyle().ScrollbarSize - 2.0f;
    const ImVec2 base = ImGui::GetCursorScreenPos();
    float y = base.y;
    for (const Pane& p : panes) {
        draw_pane(m, fonts, p, ImVec2(base.x, y), w);
        y += p.h + kGap;
    }
    ImGui::SetCursorScreenPos(ImVec2(base.x, y));
    ImGui::Dummy(ImVec2(w, 1.0f));
    end_child();
}

// [SECTION] footer

void draw_footer(AppModel& m, const fonts::FontSet& fonts, ImVec2 pos, float width) {
    ImDrawList* d = ImGui::GetWindowDrawList();
    d->AddRectFilled(pos, add(pos, ImVec2(width, kFooter)), theme::rgba(theme::kChrome));
    d->AddLine(pos, ImVec2(pos.x + width, pos.y), theme::rgba(theme::kBorder));
    const session::Snapshot& s = m.run->snapshot();
    unsigned dot = theme::kAccent;
    if (s.blocked || !s.error.empty() || s.deadlock || !m.run->compile_error().empty()) {
        dot = theme::kError;
    } else if (m.playing || m.run->busy()) {
        dot = theme::kWaiting;
    }
    d->AddCircleFilled(ImVec2(pos.x + 14.0f, pos.y + kFooter * 0.5f), 3.5f, theme::rgba(dot));
    text_at(d, fonts.small, pos.x + 24.0f, pos.y, kFooter, theme::kTextDim, m.status.c_str());
    publish_target(
        "status", ImVec2(pos.x + 24.0f, pos.y),
        ImVec2(pos.x + 24.0f + text_width(fonts.small, m.status.c_str()), pos.y + kFooter));
    // The full playground in a new tab, at this program and step.
    const char* label = "Open in Loopscope";
    const float w = text_width(fonts.small, label) + 18.0f;
    const ImVec2 b(pos.x + width - w - 6.0f, pos.y + 3.0f);
    ImGui::SetCursorScreenPos(b);
    if (ImGui::InvisibleButton("##open-full", ImVec2(w, kFooter - 6.0f))) page_action("open-full");
    const bool hovered = ImGui::IsItemHovered();
    publish_target("button:Open in Loopscope", b, add(b, ImVec2(w, kFooter - 6.0f)));
    if (hovered) {
        d->AddRectFilled(b, add(b, ImVec2(w, kFooter - 6.0f)), theme::rgba(theme::kRowHover), 5.0f);
        ImGui::SetTooltip("Open this program in the full playground, in a new tab");
    }
    text_at(d, fonts.small, b.x + 9.0f, b.y, kFooter - 6.0f,
            hovered ? theme::kText : theme::kTextDim, label);
}

} // namespace

// [SECTION] the screen

void draw(AppModel& m, const fonts::FontSet& fonts, double seconds) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##loopscope-embed", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    panels::handle_shortcuts(m);
    const ImVec2 pos = viewport->Pos;
    const ImVec2 size = viewport->Size;
    const unsigned p = config().panels;

    float top = pos.y;
    if (p & kControls) top += panels::draw_controls(m, fonts, pos, size.x);
    const ImVec2 body_min(pos.x + kGap, top + kGap);
    const ImVec2 body_size(size.x - 2.0f * kGap, pos.y + size.y - kFooter - kGap - body_min.y);

    std::vector<Pane> reading, run;
    if (p & (kProgram | kLesson | kCheck)) reading.push_back({PaneKind::Reading, 200.0f, 1.0f});
    if (p & kLoop) run.push_back({PaneKind::Loop, 124.0f, 0.0f});
    if (p & kTimeline) run.push_back({PaneKind::Timeline, 150.0f, 1.2f});
    if (p & (kConsole | kTasks | kSync)) run.push_back({PaneKind::Output, 130.0f, 1.0f});

    if (body_size.y > 40.0f && body_size.x > 120.0f) {
        if (!reading.empty() && !run.empty() && size.x >= kTwoColumns) {
            const float left_w = std::floor((body_size.x - kGap) * 0.46f);
            draw_column(m, fonts, reading, body_min, ImVec2(left_w, body_size.y), "##left");
            draw_column(m, fonts, run, ImVec2(body_min.x + left_w + kGap, body_min.y),
                        ImVec2(body_size.x - left_w - kGap, body_size.y), "##right");
        } else {
            std::vector<Pane> all = reading;
            all.insert(all.end(), run.begin(), run.end());
            draw_column(m, fonts, all, body_min, body_size, "##stack");
        }
    }
    draw_footer(m, fonts, ImVec2(pos.x, pos.y + size.y - kFooter), size.x);
    ImGui::End();
    sync_lesson(m);
    report_events(m);
}

} // namespace loopscope::embed
