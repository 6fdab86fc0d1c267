#include "layout.h"

#include "code_view.h"
#include "core/version.h"
#include "imgui.h"
#include "test_hooks.h"
#include "theme.h"

#include <cmath>
#include <cstdio>

namespace loopscope {
namespace {

// [SECTION] small helpers

constexpr float kTitleBarHeight = 48.0f;
constexpr float kStatusBarHeight = 28.0f;
constexpr float kGap = 8.0f; // space between and around panes
constexpr float kPaneHeaderHeight = 38.0f;
constexpr float kPi = 3.14159265358979f;

ImVec2 add(ImVec2 a, ImVec2 b) {
    return ImVec2(a.x + b.x, a.y + b.y);
}

// Text vertically centred in a band [top, top + height).
void text_at(ImDrawList* draw, ImFont* font, float x, float top, float height, ImU32 color,
             const char* text) {
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    draw->AddText(font, size, ImVec2(x, top + (height - size) * 0.5f), color, text);
}

float text_width(ImFont* font, const char* text) {
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    return font->CalcTextSizeA(size, 1e9f, 0.0f, text).x;
}

// The brand mark: a ring (the event loop) with a dot travelling round it (a task being run).
void draw_loop_mark(ImDrawList* draw, ImVec2 center, float radius, double seconds, float alpha) {
    const float angle = static_cast<float>(std::fmod(seconds * 1.4, 2.0 * kPi));
    draw->PathArcTo(center, radius, angle + 0.55f, angle + 2.0f * kPi - 0.55f, 32);
    draw->PathStroke(theme::rgba(theme::kAccent, alpha), 0, radius * 0.26f);
    const ImVec2 dot(center.x + std::cos(angle) * radius, center.y + std::sin(angle) * radius);
    draw->AddCircleFilled(dot, radius * 0.3f, theme::rgba(theme::kWaiting, alpha), 16);
}

// "(?)" that explains a concept on hover, as in imgui_demo.cpp's HelpMarker.
void help_marker(const char* text) {
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// A pill button; `primary` fills it with the accent color.
bool pill_button(const char* label, ImFont* font, bool primary, ImVec2 pos, float height) {
    const float width = text_width(font, label) + 34.0f;
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(label);
    const bool pressed = ImGui::InvisibleButton("##pill", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    char target[48];
    std::snprintf(target, sizeof target, "button:%s", label);
    publish_target(target, pos, add(pos, ImVec2(width, height)));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max = add(pos, ImVec2(width, height));
    unsigned fill = primary ? theme::kAccent : theme::kPanelRaised;
    if (primary && (hovered || held)) fill = held ? 0x3FB89D : 0x66DCC2;
    if (!primary && (hovered || held)) fill = held ? 0x30394C : 0x283040;
    draw->AddRectFilled(pos, max, theme::rgba(fill), height * 0.5f);
    if (!primary) draw->AddRect(pos, max, theme::rgba(theme::kBorder), height * 0.5f);
    // A small play triangle on the primary action.
    float x = pos.x + 17.0f;
    if (primary) {
        const float cy = pos.y + height * 0.5f;
        draw->AddTriangleFilled(ImVec2(x - 4.0f, cy - 5.0f), ImVec2(x - 4.0f, cy + 5.0f),
                                ImVec2(x + 4.5f, cy), theme::rgba(theme::kBackground));
        x += 9.0f;
    }
    text_at(draw, font, primary ? x : pos.x + 17.0f, pos.y, height,
            theme::rgba(primary ? theme::kBackground : theme::kText), label);
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

    draw_loop_mark(draw, ImVec2(pos.x + 26.0f, pos.y + kTitleBarHeight * 0.5f), 8.5f, seconds,
                   1.0f);
    float x = pos.x + 44.0f;
    text_at(draw, fonts.title, x, pos.y, kTitleBarHeight, theme::rgba(theme::kText), "Loopscope");
    x += text_width(fonts.title, "Loopscope") + 14.0f;
    draw->AddLine(ImVec2(x, pos.y + 16.0f), ImVec2(x, pos.y + kTitleBarHeight - 16.0f),
                  theme::rgba(theme::kBorder), 1.0f);
    x += 14.0f;
    text_at(draw, fonts.ui, x, pos.y, kTitleBarHeight, theme::rgba(theme::kTextDim),
            "asyncio, one step at a time");

    // Actions on the right.
    const float button_h = 30.0f;
    const float button_y = pos.y + (kTitleBarHeight - button_h) * 0.5f;
    const float run_w = text_width(fonts.strong, "Run") + 34.0f + 9.0f;
    const float step_w = text_width(fonts.strong, "Step") + 34.0f;
    float right = pos.x + width - 14.0f;
    if (pill_button("Run", fonts.strong, true, ImVec2(right - run_w, button_y), button_h)) {
        model.run_tab = RunTab::Output;
        model.output.push_back("$ python main.py");
        model.output.push_back("The interpreter is not wired into the page yet.");
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Run main.py on Loopscope's virtual-clock event loop");
    }
    right -= run_w + 8.0f;
    pill_button("Step", fonts.strong, false, ImVec2(right - step_w, button_y), button_h);
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Advance the event loop by one callback (coming soon)");
    }
}

// [SECTION] panes

// Header strip of a pane: returns the y where the pane body starts.
float draw_pane_header(ImDrawList* draw, ImVec2 min, float width) {
    const ImVec2 max = add(min, ImVec2(width, kPaneHeaderHeight));
    draw->AddRectFilled(min, max, theme::rgba(theme::kPanelRaised), 6.0f,
                        ImDrawFlags_RoundCornersTop);
    draw->AddLine(ImVec2(min.x, max.y - 1.0f), ImVec2(max.x, max.y - 1.0f),
                  theme::rgba(theme::kBorder));
    return max.y;
}

void draw_editor_pane(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, add(min, size), theme::rgba(theme::kPanel), 6.0f);
    const float body_y = draw_pane_header(draw, min, size.x);

    // The file tab: a darker chip with an accent underline, like an editor's active tab.
    const float tab_w = text_width(fonts.strong, model.file_name.c_str()) + 40.0f;
    const ImVec2 tab_min(min.x + 8.0f, min.y + 6.0f);
    const ImVec2 tab_max(tab_min.x + tab_w, body_y);
    draw->AddRectFilled(tab_min, tab_max, theme::rgba(theme::kPanel), 5.0f,
                        ImDrawFlags_RoundCornersTop);
    draw->AddLine(ImVec2(tab_min.x + 6.0f, tab_max.y - 1.0f),
                  ImVec2(tab_max.x - 6.0f, tab_max.y - 1.0f), theme::rgba(theme::kAccent), 2.0f);
    draw->AddCircleFilled(ImVec2(tab_min.x + 14.0f, (tab_min.y + tab_max.y) * 0.5f), 3.0f,
                          theme::rgba(theme::kSyntaxKeyword));
    text_at(draw, fonts.strong, tab_min.x + 24.0f, tab_min.y, tab_max.y - tab_min.y,
            theme::rgba(theme::kText), model.file_name.c_str());
    const char* hint = "Python · read-only preview";
    text_at(draw, fonts.small, min.x + size.x - 14.0f - text_width(fonts.small, hint), min.y,
            kPaneHeaderHeight, theme::rgba(theme::kTextFaint), hint);

    ImGui::SetCursorScreenPos(ImVec2(min.x, body_y));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    ImGui::BeginChild("##editor", ImVec2(size.x, min.y + size.y - body_y), false,
                      ImGuiWindowFlags_NoScrollbar);
    draw_code_view("##code", model.source, fonts.code);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

// Segmented tabs in the run pane header; returns the x after the last tab.
void draw_run_tabs(AppModel& model, const fonts::FontSet& fonts, ImVec2 min) {
    struct Tab {
        const char* label;
        RunTab tab;
        const char* help;
    };
    const Tab tabs[] = {
        {"Output", RunTab::Output, "What the program printed, in order."},
        {"Timeline", RunTab::Timeline,
         "Each task as a lane over virtual time: running, waiting on an await, done."},
        {"Tasks", RunTab::Tasks,
         "The event loop's view: which tasks exist, which are ready to run and which are waiting."},
    };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float x = min.x + 8.0f;
    for (const Tab& tab : tabs) {
        const float w = text_width(fonts.strong, tab.label) + 26.0f;
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
            draw->AddRectFilled(tmin, tmax, theme::rgba(selected ? 0x2A303D : 0x232834), 5.0f);
        }
        text_at(draw, fonts.strong, x + 13.0f, tmin.y, tmax.y - tmin.y,
                theme::rgba(selected ? theme::kText : theme::kTextDim), tab.label);
        if (hovered) ImGui::SetTooltip("%s", tab.help);
        x += w + 4.0f;
    }
}

// Centered placeholder with the loop mark, for panes that have nothing to show yet.
void draw_empty_state(const fonts::FontSet& fonts, ImVec2 min, ImVec2 size, const char* title,
                      const char* body, double seconds) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 center(min.x + size.x * 0.5f, min.y + size.y * 0.42f);
    draw->AddCircleFilled(center, 30.0f, theme::rgba(theme::kPanelRaised), 48);
    draw_loop_mark(draw, center, 15.0f, seconds, 0.9f);
    const float tw = text_width(fonts.strong, title);
    text_at(draw, fonts.strong, center.x - tw * 0.5f, center.y + 40.0f, 24.0f,
            theme::rgba(theme::kText), title);
    // Body text wraps to a comfortable measure.
    const float wrap = size.x - 48.0f < 340.0f ? size.x - 48.0f : 340.0f;
    const float font_size = fonts.ui->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 body_size = fonts.ui->CalcTextSizeA(font_size, 1e9f, wrap, body);
    draw->AddText(fonts.ui, font_size, ImVec2(center.x - body_size.x * 0.5f, center.y + 68.0f),
                  theme::rgba(theme::kTextDim), body, nullptr, wrap);
}

// Ghost lanes on a time axis: what the timeline will look like once a run exists.
void draw_timeline_placeholder(const fonts::FontSet& fonts, ImVec2 min, ImVec2 size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float label_w = 84.0f;
    const float left = min.x + 16.0f + label_w;
    const float right = min.x + size.x - 20.0f;
    const float axis_y = min.y + size.y - 34.0f;
    const struct {
        const char* name;
        float run0, wait0, wait1, run1; // fractions of the axis
    } lanes[] = {{"main()", 0.00f, 0.04f, 0.96f, 1.00f},
                 {"fetch('a')", 0.04f, 0.07f, 0.93f, 0.96f},
                 {"fetch('b')", 0.07f, 0.10f, 0.50f, 0.53f}};
    float y = min.y + 22.0f;
    for (const auto& lane : lanes) {
        text_at(draw, fonts.code, min.x + 16.0f, y, 22.0f, theme::rgba(theme::kTextDim), lane.name);
        auto px = [&](float f) { return left + (right - left) * f; };
        draw->AddRectFilled(ImVec2(px(lane.run0), y + 4.0f), ImVec2(px(lane.wait0), y + 18.0f),
                            theme::rgba(theme::kAccent, 0.55f), 3.0f);
        draw->AddRect(ImVec2(px(lane.wait0), y + 4.0f), ImVec2(px(lane.wait1), y + 18.0f),
                      theme::rgba(theme::kWaiting, 0.45f), 3.0f);
        draw->AddRectFilled(ImVec2(px(lane.wait1), y + 4.0f), ImVec2(px(lane.run1), y + 18.0f),
                            theme::rgba(theme::kAccent, 0.55f), 3.0f);
        y += 34.0f;
    }
    draw->AddLine(ImVec2(left, axis_y), ImVec2(right, axis_y), theme::rgba(theme::kBorder));
    char label[16];
    for (int i = 0; i <= 4; ++i) {
        const float x = left + (right - left) * i / 4.0f;
        draw->AddLine(ImVec2(x, axis_y), ImVec2(x, axis_y + 5.0f), theme::rgba(theme::kBorder));
        std::snprintf(label, sizeof label, "%.2f s", 0.25 * i);
        const float w = text_width(fonts.small, label);
        text_at(draw, fonts.small, x - w * 0.5f, axis_y + 6.0f, 18.0f,
                theme::rgba(theme::kTextFaint), label);
    }
    const char* note = "A preview: lanes fill in as tasks run.";
    text_at(draw, fonts.small, left, y + 4.0f, 18.0f, theme::rgba(theme::kTextFaint), note);
}

void draw_run_pane(AppModel& model, const fonts::FontSet& fonts, ImVec2 min, ImVec2 size,
                   double seconds) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, add(min, size), theme::rgba(theme::kPanel), 6.0f);
    const float body_y = draw_pane_header(draw, min, size.x);
    draw_run_tabs(model, fonts, min);

    const ImVec2 body_min(min.x, body_y);
    const ImVec2 body_size(size.x, min.y + size.y - body_y);
    switch (model.run_tab) {
        case RunTab::Output:
            if (model.output.empty()) {
                draw_empty_state(
                    fonts, body_min, body_size, "Nothing has run yet",
                    "Press Run to execute main.py. The event loop runs on a virtual clock, "
                    "so every run prints the same lines at the same times.",
                    seconds);
            } else {
                ImGui::SetCursorScreenPos(ImVec2(body_min.x + 16.0f, body_min.y + 12.0f));
                ImGui::PushFont(fonts.code);
                ImGui::BeginGroup();
                for (const std::string& line : model.output) ImGui::TextUnformatted(line.c_str());
                ImGui::EndGroup();
                ImGui::PopFont();
            }
            break;
        case RunTab::Timeline: draw_timeline_placeholder(fonts, body_min, body_size); break;
        case RunTab::Tasks:
            draw_empty_state(fonts, body_min, body_size, "No tasks yet",
                             "asyncio.run() creates the first task; gather() and create_task() add "
                             "more. They will be listed here with their state.",
                             seconds);
            break;
    }
}

// Vertical splitter between the panes; dragging moves model.split.
void draw_splitter(AppModel& model, ImVec2 min, float height, float body_width) {
    ImGui::SetCursorScreenPos(min);
    ImGui::InvisibleButton("##split", ImVec2(kGap, height));
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (active && body_width > 0.0f) {
        model.split += ImGui::GetIO().MouseDelta.x / body_width;
        model.split = model.split < 0.25f ? 0.25f : (model.split > 0.75f ? 0.75f : model.split);
    }
    if (ImGui::IsItemHovered() || active) {
        const float x = min.x + kGap * 0.5f;
        ImGui::GetWindowDrawList()->AddLine(
            ImVec2(x, min.y + 6.0f), ImVec2(x, min.y + height - 6.0f),
            theme::rgba(theme::kAccent, active ? 1.0f : 0.6f), 2.0f);
    }
}

// [SECTION] status bar

void draw_status_bar(AppModel& model, const fonts::FontSet& fonts, ImVec2 pos, float width) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, add(pos, ImVec2(width, kStatusBarHeight)),
                        theme::rgba(theme::kChrome));
    draw->AddLine(pos, ImVec2(pos.x + width, pos.y), theme::rgba(theme::kBorder));
    const float cy = pos.y + kStatusBarHeight * 0.5f;
    draw->AddCircleFilled(ImVec2(pos.x + 18.0f, cy), 3.5f, theme::rgba(theme::kAccent));
    float x = pos.x + 28.0f;
    text_at(draw, fonts.small, x, pos.y, kStatusBarHeight, theme::rgba(theme::kTextDim), "Ready");
    x += text_width(fonts.small, "Ready") + 22.0f;
    char clock[48];
    std::snprintf(clock, sizeof clock, "virtual clock  %.3f s", model.virtual_time);
    text_at(draw, fonts.small, x, pos.y, kStatusBarHeight, theme::rgba(theme::kTextDim), clock);
    x += text_width(fonts.small, clock) + 6.0f;
    ImGui::PushFont(fonts.small);
    ImGui::SetCursorScreenPos(ImVec2(x, cy - ImGui::GetFontSize() * 0.5f));
    help_marker("asyncio.sleep(1) advances Loopscope's clock by one second without waiting: "
                "runs are instant and always identical, and you can step through them.");
    ImGui::PopFont();

    char version[48];
    std::snprintf(version, sizeof version, "Loopscope %s", loopscope::version());
    text_at(draw, fonts.small, pos.x + width - 14.0f - text_width(fonts.small, version), pos.y,
            kStatusBarHeight, theme::rgba(theme::kTextFaint), version);
}

} // namespace

// [SECTION] the screen

void draw_app(AppModel& model, const fonts::FontSet& fonts, double seconds) {
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

    draw_title_bar(model, fonts, pos, size.x, seconds);

    const float body_top = pos.y + kTitleBarHeight + kGap;
    const float body_bottom = pos.y + size.y - kStatusBarHeight - kGap;
    const float body_height = body_bottom - body_top;
    const float body_width = size.x - 2.0f * kGap;
    if (body_height > 40.0f && body_width > 200.0f) {
        const float editor_w = std::floor((body_width - kGap) * model.split);
        const float run_w = body_width - kGap - editor_w;
        draw_editor_pane(model, fonts, ImVec2(pos.x + kGap, body_top),
                         ImVec2(editor_w, body_height));
        draw_splitter(model, ImVec2(pos.x + kGap + editor_w, body_top), body_height, body_width);
        draw_run_pane(model, fonts, ImVec2(pos.x + 2.0f * kGap + editor_w, body_top),
                      ImVec2(run_w, body_height), seconds);
    }

    draw_status_bar(model, fonts, ImVec2(pos.x, pos.y + size.y - kStatusBarHeight), size.x);
    ImGui::End();
}

} // namespace loopscope
