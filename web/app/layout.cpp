// layout.cpp - the playground's screen: title bar, run toolbar, editor | run side, status bar.
//
// Index (grep for [SECTION]):
//   [SECTION] small helpers
//   [SECTION] title bar
//   [SECTION] panes
//   [SECTION] wide layout (>= 860 px): editor left, event loop + timeline + tabs right
//   [SECTION] tall layout (< 860 px, tall): editor above the run side, no page scroll
//   [SECTION] compact layout (< 860 px): everything stacked in one scrolling column
//   [SECTION] status bar
//   [SECTION] the screen
#include "layout.h"

#include "a11y_bridge.h"
#include "core/version.h"
#include "course_view.h"
#include "embed.h"
#include "imgui.h"
#include "panels/panel_common.h"
#include "panels/panels.h"
#include "share_menu.h"
#include "test_hooks.h"
#include "theme.h"
#include "touch.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

namespace loopscope {
namespace {

// [SECTION] small helpers

constexpr float kTitleBarHeight = 48.0f;
constexpr float kStatusBarHeight = 28.0f;
constexpr float kGap = 8.0f; // space between and around panes
constexpr float kPaneHeaderHeight = 38.0f;
constexpr float kEventLoopHeight = 124.0f;
constexpr float kCompactWidth = 860.0f; // narrower windows (800 px and less) stack the panes
constexpr float kTallHeight = 760.0f;   // ... in one screen when the body is this tall (tablets)
constexpr float kPi = 3.14159265358979f;

using panels::text_at;
using panels::text_width;

// The blocking banner: white on a dark vermillion, its Stop button dark on white.
constexpr unsigned kBannerFill = ui::kBlockedBannerFill;
constexpr unsigned kBannerInk = ui::kBlockedBannerInk;

std::string blocked_text(const session::Snapshot& s) {
    return panels::task_name(s, s.current_task) +
           " is blocking the event loop: it runs without awaiting, so no other task can run.";
}

ImVec2 add(ImVec2 a, ImVec2 b) {
    return ImVec2(a.x + b.x, a.y + b.y);
}

// The brand mark: a ring (the event loop) with a dot travelling round it (a task being run).
void draw_loop_mark(ImDrawList* draw, ImVec2 center, float radius, double seconds, float alpha) {
    const float angle = static_cast<float>(std::fmod(seconds * 1.4, 2.0 * kPi));
    draw->PathArcTo(center, radius, angle + 0.55f, angle + 2.0f * kPi - 0.55f, 32);
    draw->PathStroke(theme::rgba(theme::kAccent, alpha), 0, radius * 0.26f);
    const ImVec2 dot(center.x + std::cos(angle) * radius, center.y + std::sin(angle) * radius);
    draw->AddCircleFilled(dot, radius * 0.3f, theme::rgba(theme::kWaiting, alpha), 16);
}

// A small text button drawn flat on the chrome; published as "button:<label>".
bool chrome_button(const fonts::FontSet& fonts, ImVec2 pos, const char* label, const char* tip) {
    const float w = text_width(fonts.small, label) + 20.0f;
    const float h = 26.0f;
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(label);
    const bool pressed = ImGui::InvisibleButton("##cb", ImVec2(w, h));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    char target[48];
    std::snprintf(target, sizeof target, "button:%s", label);
    publish_target(target, pos, add(pos, ImVec2(w, h)));
    ImDrawList* d = ImGui::GetWindowDrawList();
    d->AddRectFilled(pos, add(pos, ImVec2(w, h)),
                     theme::rgba(hovered ? theme::kRowHover : theme::kPanelRaised), 6.0f);
    text_at(d, fonts.small, pos.x + 10.0f, pos.y, h, theme::kTextDim, label);
    if (hovered && tip) ImGui::SetTooltip("%s", tip);
    return pressed;
}

// [SECTION] title bar

void draw_title_bar(AppModel& model, const fonts::FontSet& fonts, ImVec2 pos, float width,
                    double seconds) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, add(pos, ImVec2(width, kTitleBarHeight)), theme::rgba(theme::kChrome));
    draw->AddLine(ImVec2(pos.x, pos.y + kTitleBarHeight - 1.0f),
                  ImVec2(pos.x + width, pos.y + kTitleBarHeight - 1.0f),
                  theme::rgba(theme::kBorder));
    // The dot travels only while the program runs: an idle playground draws nothing new.
    const bool running = model.playing || model.run->busy();
    draw_loop_mark(draw, ImVec2(pos.x + 26.0f, pos.y + kTitleBarHeight * 0.5f), 8.5f,
                   running ? seconds : 0.0, 1.0f);

    // Right: theme and UI zoom.
    const float by = pos.y + (kTitleBarHeight - 26.0f) * 0.5f;
    float right = pos.x + width - 12.0f;
    const char* theme_label = model.dark ? "Light theme" : "Dark theme";
    right -= text_width(fonts.small, theme_label) + 20.0f;
    if (chrome_button(fonts, ImVec2(right, by), theme_label,
                      "Switch between the dark and light "
                      "themes")) {
        model.dark = !model.dark;
        theme::set_variant(model.dark);
    }
    right -= 8.0f + text_width(fonts.small, "+") + 20.0f;
    if (chrome_button(fonts, ImVec2(right, by), "+", "Zoom in (Ctrl +)")) {
        model.zoom = std::min(2.0f, std::round((model.zoom + 0.1f) * 10.0f) / 10.0f);
    }
    char pct[16];
    std::snprintf(pct, sizeof pct, "%d%%", static_cast<int>(std::lround(model.zoom * 100.0f)));
    const float pw = text_width(fonts.small, "100%") + 10.0f;
    right -= pw;
    text_at(draw, fonts.small, right + (pw - text_width(fonts.small, pct)) * 0.5f, pos.y,
            kTitleBarHeight, theme::kTextDim, pct);
    right -= text_width(fonts.small, "-") + 20.0f;
    if (chrome_button(fonts, ImVec2(right, by), "-", "Zoom out (Ctrl -); Ctrl 0 resets")) {
        model.zoom = std::max(0.6f, std::round((model.zoom - 0.1f) * 10.0f) / 10.0f);
    }
    right = draw_share_menu(fonts, right - 8.0f, by, width); // Copy link, Progress (share_menu.h)

    // Left: the wordmark and the tagline, each where it fits left of the buttons (on a phone
    // the mark alone): no text runs under another.
    float x = pos.x + 44.0f;
    const float mark_w = text_width(fonts.title, "Loopscope");
    if (x + mark_w + 8.0f <= right) {
        text_at(draw, fonts.title, x, pos.y, kTitleBarHeight, theme::kText, "Loopscope");
        publish_target("title:wordmark", ImVec2(x, pos.y),
                       ImVec2(x + mark_w, pos.y + kTitleBarHeight));
        x += mark_w + 14.0f;
        const char* tagline = "asyncio, one step at a time";
        if (width >= 700.0f && x + 14.0f + text_width(fonts.ui, tagline) + 8.0f <= right) {
            draw->AddLine(ImVec2(x, pos.y + 16.0f), ImVec2(x, pos.y + kTitleBarHeight - 16.0f),
                          theme::rgba(theme::kBorder), 1.0f);
            x += 14.0f;
            text_at(draw, fonts.ui, x, pos.y, kTitleBarHeight, theme::kTextDim, tagline);
        }
    }
    publish_target("title:buttons", ImVec2(right, pos.y), ImVec2(pos.x + width, pos.y + 48.0f));
}

// [SECTION] panes

// A pane: rounded body, returns nothing; content goes in a child window at `min`.
void pane_frame(ImVec2 min, ImVec2 size) {
    ImGui::GetWindowDrawList()->AddRectFilled(min, add(min, size), theme::rgba(theme::kPanel),
                                              6.0f);
}

// Header strip of a pane: returns the y where the pane body starts.
float draw_pane_header(ImDrawList* draw, ImVec2 min, float width) {
    const ImVec2 max = add(min, ImVec2(width, kPaneHeaderHeight));
    draw->AddRectFilled(min, max, theme::rgba(theme::kPanelRaised), 6.0f,
                        ImDrawFlags_RoundCornersTop);
    draw->AddLine(ImVec2(min.x, max.y - 1.0f), ImVec2(max.x, max.y - 1.0f),
                  theme::rgba(theme::kBorder));
    return max.y;
}

// Begins a borderless child for a pane's content (ends with end_pane_child).
bool begin_pane_child(const char* id, ImVec2 min, ImVec2 size, ImGuiWindowFlags flags = 0) {
    ImGui::SetCursorScreenPos(min);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    return ImGui::BeginChild(id, size, false, flags);
}

void end_pane_child() {
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

// A tab in the left pane's header; returns true when clicked. Published as "left-tab:<label>".
bool left_tab(const fonts::FontSet& fonts, ImVec2 pos, float bottom, const char* label,
              bool selected, unsigned dot) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float tab_w = text_width(fonts.strong, label) + 40.0f;
    const ImVec2 tab_max(pos.x + tab_w, bottom);
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(label);
    const bool pressed = ImGui::InvisibleButton("##lt", ImVec2(tab_w, bottom - pos.y));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    char target[64];
    std::snprintf(target, sizeof target, "left-tab:%s", label);
    publish_target(target, pos, tab_max);
    if (selected || hovered) {
        draw->AddRectFilled(pos, tab_max, theme::rgba(selected ? theme::kPanel : theme::kRowHover),
                            5.0f, ImDrawFlags_RoundCornersTop);
    }
    if (selected) {
        draw->AddLine(ImVec2(pos.x + 6.0f, tab_max.y - 1.0f),
                      ImVec2(tab_max.x - 6.0f, tab_max.y - 1.0f), theme::rgba(theme::kAccent),
                      2.0f);
    }
    draw->AddCircleFilled(ImVec2(pos.x + 14.0f, (pos.y + tab_max.y) * 0.5f), 3.0f,
                          theme::rgba(dot));
    text_at(draw, fonts.strong, pos.x + 24.0f, pos.y, tab_max.y - pos.y,
            selected ? theme::kText : theme::kTextDim, label);
    return pressed;
}

void draw_editor_pane(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    pane_frame(min, size);
    const float body_y = draw_pane_header(draw, min, size.x);
    publish_target("panel:editor", min, add(min, size));

    // Tabs: the lesson (when lessons are available) and the file.
    float tab_x = min.x + 8.0f;
    if (!model.lessons.empty()) {
        if (left_tab(fonts, ImVec2(tab_x, min.y + 6.0f), body_y, "Lesson", model.show_lesson,
                     theme::kWaiting)) {
            model.show_lesson = true;
            if (model.lesson < 0 && model.lesson_pending < 0) {
                cmd_load_lesson(model, model.lessons[0].id);
            }
        }
        tab_x += text_width(fonts.strong, "Lesson") + 44.0f;
    }
    if (left_tab(fonts, ImVec2(tab_x, min.y + 6.0f), body_y, model.file_name.c_str(),
                 !model.show_lesson, theme::kSyntaxKeyword)) {
        model.show_lesson = false;
    }
    if (model.show_lesson && (model.lesson >= 0 || model.lesson_pending >= 0)) {
        draw_lesson_pane(model, fonts, ImVec2(min.x, body_y),
                         ImVec2(size.x, min.y + size.y - body_y));
        return;
    }
    const session::Snapshot& s = model.run->snapshot();
    char hint[64];
    if (s.line > 0 && model.run->cursor() > 0) {
        std::snprintf(hint, sizeof hint, "at line %d", s.line);
    } else {
        std::snprintf(hint, sizeof hint, "Python");
    }
    text_at(draw, fonts.small, min.x + size.x - 14.0f - text_width(fonts.small, hint), min.y,
            kPaneHeaderHeight, theme::kTextFaint, hint);
    draw_code_editor(model, fonts, ImVec2(min.x, body_y), ImVec2(size.x, min.y + size.y - body_y));
}

} // namespace

void draw_code_editor(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    const session::Snapshot& s = model.run->snapshot();
    begin_pane_child("##editor", min, size, ImGuiWindowFlags_NoScrollbar);
    editor::EditorView view;
    view.read_only = model.playing; // edits reload the program: not while it plays
    view.exec_line = model.run->cursor() > 0 ? s.line : 0;
    view.breakpoints = &model.run->breakpoints();
    editor::ErrorMarker error;
    if (const SyntaxErrorInfo* e = model.run->syntax_error()) {
        error = editor::error_marker_from(*e);
        view.errors = std::span<const editor::ErrorMarker>(&error, 1);
    }
    view.theme = model.dark ? editor::EditorTheme::Dark : editor::EditorTheme::Light;
    view.target_name = "editor";
    view.external_focus = a11y::code_field_focused();
    const editor::EditorEvents ev = editor::draw_editor("##code", model.code, view, fonts);
    if (ev.text_changed) code_edited(model);
    end_pane_child();
}

namespace {

// Segmented tabs in a pane header.
void draw_run_tabs(AppModel& model, const fonts::FontSet& fonts, ImVec2 min) {
    struct Tab {
        const char* label;
        RunTab tab;
        const char* help;
    };
    const Tab tabs[] = {
        {"Console", RunTab::Console, "What the program printed, with virtual timestamps."},
        {"Tasks", RunTab::Tasks, "Every task: its state, what it waits on, its stack and locals."},
        {"Sync", RunTab::Primitives,
         "Queues, locks, events, semaphores, conditions and barriers, with their waiters; "
         "the simulated world's open connections."},
    };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float x = min.x + 8.0f;
    const session::Snapshot& s = model.run->snapshot();
    for (const Tab& tab : tabs) {
        char label[48];
        if (tab.tab == RunTab::Tasks && !s.tasks.empty()) {
            std::snprintf(label, sizeof label, "%s  %zu", tab.label, s.tasks.size());
        } else if (tab.tab == RunTab::Console && !s.output.empty()) {
            std::snprintf(label, sizeof label, "%s  %zu", tab.label, s.output.size());
        } else {
            std::snprintf(label, sizeof label, "%s", tab.label);
        }
        const float w = text_width(fonts.strong, label) + 26.0f;
        const ImVec2 tmin(x, min.y + 6.0f);
        const ImVec2 tmax(x + w, min.y + kPaneHeaderHeight - 6.0f);
        ImGui::SetCursorScreenPos(tmin);
        ImGui::PushID(tab.label);
        if (ImGui::InvisibleButton("##tab", ImVec2(w, tmax.y - tmin.y))) model.run_tab = tab.tab;
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        char target[48];
        std::snprintf(target, sizeof target, "run-tab:%s", tab.label);
        publish_target(target, tmin, tmax);
        const bool selected = model.run_tab == tab.tab;
        if (selected || hovered) {
            draw->AddRectFilled(tmin, tmax,
                                theme::rgba(selected ? theme::kSelected : theme::kRowHover), 5.0f);
        }
        text_at(draw, fonts.strong, x + 13.0f, tmin.y, tmax.y - tmin.y,
                selected ? theme::kText : theme::kTextDim, label);
        if (hovered) ImGui::SetTooltip("%s", tab.help);
        x += w + 4.0f;
    }
}

void draw_event_loop_pane(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    pane_frame(min, size);
    begin_pane_child("##loop", min, size);
    // The pane grows with its content (a long narration wraps) up to a share of the screen.
    const float used = panels::draw_event_loop_panel(model, fonts, size);
    model.loop_height = std::max(kEventLoopHeight, std::ceil(used));
    end_pane_child();
}

void draw_timeline_pane(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    pane_frame(min, size);
    begin_pane_child("##timeline-pane", min, size,
                     ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    panels::draw_timeline_panel(model, fonts, size);
    end_pane_child();
}

void draw_tabs_pane(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    pane_frame(min, size);
    const float body_y = draw_pane_header(draw, min, size.x);
    draw_run_tabs(model, fonts, min);
    begin_pane_child("##tabs", ImVec2(min.x, body_y), ImVec2(size.x, min.y + size.y - body_y));
    switch (model.run_tab) {
        case RunTab::Console: panels::draw_console_panel(model, fonts); break;
        case RunTab::Tasks: panels::draw_tasks_panel(model, fonts); break;
        case RunTab::Primitives: panels::draw_primitives_panel(model, fonts); break;
    }
    end_pane_child();
}

// A splitter bar; dragging moves *share of `extent` within [lo, hi].
void splitter(const char* id, ImVec2 min, ImVec2 size, bool vertical, float* share, float extent,
              float lo, float hi) {
    ImGui::SetCursorScreenPos(min);
    ImGui::InvisibleButton(id, size);
    const bool active = ImGui::IsItemActive();
    const bool hovered = ImGui::IsItemHovered();
    if (hovered || active) touch_drag_here(vertical, !vertical);
    if (hovered || active) {
        ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
    }
    if (active && extent > 0.0f) {
        const ImVec2 delta = ImGui::GetIO().MouseDelta;
        *share = std::clamp(*share + (vertical ? delta.x : delta.y) / extent, lo, hi);
    }
    publish_target(id + 2, min, add(min, size));
    if (hovered || active) {
        ImDrawList* d = ImGui::GetWindowDrawList();
        const ImU32 col = theme::rgba(theme::kAccent, active ? 1.0f : 0.6f);
        if (vertical) {
            const float x = min.x + size.x * 0.5f;
            d->AddLine(ImVec2(x, min.y + 6.0f), ImVec2(x, min.y + size.y - 6.0f), col, 2.0f);
        } else {
            const float y = min.y + size.y * 0.5f;
            d->AddLine(ImVec2(min.x + 6.0f, y), ImVec2(min.x + size.x - 6.0f, y), col, 2.0f);
        }
    }
}

// The blocking banner's height for `width` (0 when no task blocks the loop): its text wraps.
float blocked_banner_height(AppModel& model, const fonts::FontSet& fonts, float width) {
    const session::Snapshot& s = model.run->snapshot();
    if (!s.blocked || model.run->program_finished()) return 0.0f;
    const std::string text = blocked_text(s);
    const float size = fonts.strong->FontSize * ImGui::GetIO().FontGlobalScale;
    const float h = fonts.strong->CalcTextSizeA(size, FLT_MAX, width - 124.0f, text.c_str()).y;
    return std::max(40.0f, h + 16.0f);
}

// A banner above the run side while a task blocks the loop: what it means and how to stop it.
// It has a place of its own in the layout: drawn over a pane, a click on its Stop button would
// reach the pane's widgets underneath instead.
void draw_blocked_banner(AppModel& model, const fonts::FontSet& fonts, ImVec2 pos, float width,
                         float h) {
    if (h <= 0.0f) return;
    const session::Snapshot& s = model.run->snapshot();
    ImDrawList* d = ImGui::GetWindowDrawList();
    d->AddRectFilled(pos, add(pos, ImVec2(width, h)), theme::rgba(kBannerFill), 6.0f);
    const std::string text = blocked_text(s);
    const float size = fonts.strong->FontSize * ImGui::GetIO().FontGlobalScale;
    const float wrap = width - 124.0f;
    const float th = fonts.strong->CalcTextSizeA(size, FLT_MAX, wrap, text.c_str()).y;
    d->AddText(fonts.strong, size, ImVec2(pos.x + 14.0f, pos.y + (h - th) * 0.5f),
               theme::rgba(0xFFFFFF), text.c_str(), nullptr, wrap);
    publish_target("banner:blocked", pos, add(pos, ImVec2(width, h)));
    const ImVec2 b(pos.x + width - 96.0f, pos.y + (h - 26.0f) * 0.5f);
    ImGui::SetCursorScreenPos(b);
    if (ImGui::InvisibleButton("##stop-banner", ImVec2(84.0f, 26.0f))) cmd_stop(model);
    publish_target("button:Stop program", b, add(b, ImVec2(84.0f, 26.0f)));
    d->AddRectFilled(b, add(b, ImVec2(84.0f, 26.0f)),
                     theme::rgba(0xFFFFFF, ImGui::IsItemHovered() ? 1.0f : 0.92f), 13.0f);
    text_at(d, fonts.strong, b.x + 24.0f, b.y, 26.0f, kBannerInk, "Stop");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("End the program (Shift+F5)");
}

// [SECTION] wide layout (>= 860 px): editor left, event loop + timeline + tabs right

// The run side in a column: the blocking banner (when a task blocks the loop), the event loop,
// the timeline and the tabs (console, tasks, sync), the last two sharing what is left.
void draw_run_column(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    float y = min.y;
    const float banner_h = blocked_banner_height(model, fonts, size.x);
    if (banner_h > 0.0f) {
        draw_blocked_banner(model, fonts, ImVec2(min.x, y), size.x, banner_h);
        y += banner_h + kGap;
    }
    const float loop_h = std::min(model.loop_height, std::floor(size.y * 0.4f));
    draw_event_loop_pane(model, fonts, ImVec2(min.x, y), ImVec2(size.x, loop_h));
    const float rest_y = y + loop_h + kGap;
    const float rest_h = min.y + size.y - rest_y;
    const float timeline_h = std::floor((rest_h - kGap) * model.timeline_split);
    draw_timeline_pane(model, fonts, ImVec2(min.x, rest_y), ImVec2(size.x, timeline_h));
    splitter("##timeline-split", ImVec2(min.x, rest_y + timeline_h), ImVec2(size.x, kGap), false,
             &model.timeline_split, rest_h, 0.2f, 0.8f);
    const float tabs_y = rest_y + timeline_h + kGap;
    draw_tabs_pane(model, fonts, ImVec2(min.x, tabs_y), ImVec2(size.x, min.y + size.y - tabs_y));
}

void draw_wide(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    const float editor_w = std::floor((size.x - kGap) * model.split);
    const float run_w = size.x - kGap - editor_w;
    draw_editor_pane(model, fonts, min, ImVec2(editor_w, size.y));
    splitter("##split", ImVec2(min.x + editor_w, min.y), ImVec2(kGap, size.y), true, &model.split,
             size.x, 0.25f, 0.7f);
    draw_run_column(model, fonts, ImVec2(min.x + editor_w + kGap, min.y), ImVec2(run_w, size.y));
}

// [SECTION] tall layout (< 860 px wide, tall enough: a tablet held upright): editor above,
// the run side below, both filling the screen without a page scroll

void draw_tall(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    const float editor_h = std::floor((size.y - kGap) * model.split);
    draw_editor_pane(model, fonts, min, ImVec2(size.x, editor_h));
    splitter("##split-tall", ImVec2(min.x, min.y + editor_h), ImVec2(size.x, kGap), false,
             &model.split, size.y, 0.25f, 0.7f);
    const float run_y = min.y + editor_h + kGap;
    draw_run_column(model, fonts, ImVec2(min.x, run_y), ImVec2(size.x, min.y + size.y - run_y));
}

// [SECTION] compact layout (< 860 px): everything stacked in one scrolling column

void draw_compact(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    const float banner_h = blocked_banner_height(model, fonts, size.x);
    if (banner_h > 0.0f) {
        draw_blocked_banner(model, fonts, min, size.x, banner_h);
        min.y += banner_h + kGap;
        size.y -= banner_h + kGap;
    }
    begin_pane_child("##stack", min, size);
    const float w = size.x - ImGui::GetStyle().ScrollbarSize - 2.0f;
    const ImVec2 base = ImGui::GetCursorScreenPos();
    float y = base.y;
    // Panes take a share of the screen (a tablet held upright shows more of each), never less
    // than what keeps them usable on a phone. On a phone the lesson and the code get most of the
    // screen (a lesson shows its text above the code: it needs the room); a swipe scrolls them,
    // then the page on to the run side.
    const float editor_h = std::max(model.show_lesson ? 480.0f : 260.0f, std::floor(size.y * 0.8f));
    const float timeline_h = std::max(300.0f, std::floor(size.y * 0.55f));
    const float tabs_h = std::max(320.0f, std::floor(size.y * 0.6f));
    draw_editor_pane(model, fonts, ImVec2(base.x, y), ImVec2(w, editor_h));
    y += editor_h + kGap;
    const float loop_h = model.loop_height + 10.0f;
    draw_event_loop_pane(model, fonts, ImVec2(base.x, y), ImVec2(w, loop_h));
    y += loop_h + kGap;
    draw_timeline_pane(model, fonts, ImVec2(base.x, y), ImVec2(w, timeline_h));
    y += timeline_h + kGap;
    draw_tabs_pane(model, fonts, ImVec2(base.x, y), ImVec2(w, tabs_h));
    y += tabs_h;
    ImGui::SetCursorScreenPos(ImVec2(base.x, y));
    ImGui::Dummy(ImVec2(w, 1.0f));
    publish_metric("stack.scrollY", ImGui::GetScrollY());
    end_pane_child();
}

// [SECTION] status bar

void draw_status_bar(AppModel& model, const fonts::FontSet& fonts, ImVec2 pos, float width) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, add(pos, ImVec2(width, kStatusBarHeight)),
                        theme::rgba(theme::kChrome));
    draw->AddLine(pos, ImVec2(pos.x + width, pos.y), theme::rgba(theme::kBorder));
    const float cy = pos.y + kStatusBarHeight * 0.5f;
    const session::Snapshot& s = model.run->snapshot();
    unsigned dot = theme::kAccent;
    if (s.blocked || !s.error.empty() || s.deadlock || !model.run->compile_error().empty()) {
        dot = theme::kError;
    } else if (model.playing || model.run->busy()) {
        dot = theme::kWaiting;
    }
    draw->AddCircleFilled(ImVec2(pos.x + 18.0f, cy), 3.5f, theme::rgba(dot));
    float x = pos.x + 28.0f;
    text_at(draw, fonts.small, x, pos.y, kStatusBarHeight, theme::kTextDim, model.status.c_str());
    publish_target(
        "status", ImVec2(x, pos.y),
        ImVec2(x + text_width(fonts.small, model.status.c_str()), pos.y + kStatusBarHeight));
    x += text_width(fonts.small, model.status.c_str()) + 22.0f;
    // The parts that follow show only where they fit: texts never overlap on a phone.
    const float right = pos.x + width - 14.0f;
    const std::string info = panels::status_counts(model);
    const float info_w = text_width(fonts.small, info.c_str());
    if (x + info_w <= right) {
        text_at(draw, fonts.small, x, pos.y, kStatusBarHeight, theme::kTextDim, info.c_str());
        publish_target("status:counts", ImVec2(x, pos.y),
                       ImVec2(x + info_w, pos.y + kStatusBarHeight));
        x += info_w + 22.0f;
    }
    char version[48];
    std::snprintf(version, sizeof version, "Loopscope %s", loopscope::version());
    const float version_w = text_width(fonts.small, version);
    if (right - version_w >= x) {
        text_at(draw, fonts.small, right - version_w, pos.y, kStatusBarHeight, theme::kTextDim,
                version);
    }
}

} // namespace

// [SECTION] the screen

void draw_app(AppModel& model, const fonts::FontSet& fonts, double seconds) {
    if (embed::active()) { // inside a host page's iframe: its own compact screen (embed.h)
        embed::draw(model, fonts, seconds);
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##loopscope", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar(); // the padding is read by Begin(); tooltips need the default
    const ImVec2 pos = viewport->Pos;
    const ImVec2 size = viewport->Size;
    panels::handle_shortcuts(model);

    draw_title_bar(model, fonts, pos, size.x, seconds);
    const float controls_h =
        panels::draw_controls(model, fonts, ImVec2(pos.x, pos.y + kTitleBarHeight), size.x);

    const float body_top = pos.y + kTitleBarHeight + controls_h + kGap;
    const float body_bottom = pos.y + size.y - kStatusBarHeight - kGap;
    const ImVec2 body_min(pos.x + kGap, body_top);
    const ImVec2 body_size(size.x - 2.0f * kGap, body_bottom - body_top);
    if (body_size.y > 60.0f && body_size.x > 200.0f) {
        if (size.x >= kCompactWidth) {
            draw_wide(model, fonts, body_min, body_size);
        } else if (body_size.y >= kTallHeight) {
            draw_tall(model, fonts, body_min, body_size);
        } else {
            draw_compact(model, fonts, body_min, body_size);
        }
    }
    draw_status_bar(model, fonts, ImVec2(pos.x, pos.y + size.y - kStatusBarHeight), size.x);
    ImGui::End();
    sync_lesson(model);
    a11y::sync(model, seconds); // the page's accessible document follows what was drawn
}

} // namespace loopscope
