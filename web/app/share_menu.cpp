#include "share_menu.h"

#include "imgui.h"
#include "page_bridge.h"
#include "panels/panel_common.h"
#include "test_hooks.h"
#include "theme.h"

#include <cstdio>

namespace loopscope {
namespace {

constexpr float kButtonH = 26.0f;
constexpr float kShowCopyLinkFrom = 1000.0f; // narrower title bars: Copy link is in the menu

// A flat chrome button like the theme and zoom buttons; published as "button:<label>".
bool button(const fonts::FontSet& fonts, ImVec2 pos, const char* label, const char* tip,
            bool open = false) {
    const float w = panels::text_width(fonts.small, label) + 20.0f;
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(label);
    const bool pressed = ImGui::InvisibleButton("##sb", ImVec2(w, kButtonH));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    const ImVec2 max(pos.x + w, pos.y + kButtonH);
    char target[48];
    std::snprintf(target, sizeof target, "button:%s", label);
    publish_target(target, pos, max);
    ImDrawList* d = ImGui::GetWindowDrawList();
    d->AddRectFilled(pos, max,
                     theme::rgba(hovered || open ? theme::kRowHover : theme::kPanelRaised), 6.0f);
    panels::text_at(d, fonts.small, pos.x + 10.0f, pos.y, kButtonH, theme::kTextDim, label);
    if (hovered && tip && !open) ImGui::SetTooltip("%s", tip);
    return pressed;
}

// A menu item that asks the page for `action`; published as "menu:<action>".
void item(const char* label, const char* action, const char* tip) {
    if (ImGui::MenuItem(label)) page_action(action);
    char target[64];
    std::snprintf(target, sizeof target, "menu:%s", action);
    publish_target(target, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered() && tip) ImGui::SetTooltip("%s", tip);
}

} // namespace

float draw_share_menu(const fonts::FontSet& fonts, float right, float y, float bar_width) {
    if (!have_page()) return right;
    const char* menu = "Progress";
    const bool open = ImGui::IsPopupOpen("##progress-menu");
    float x = right - (panels::text_width(fonts.small, menu) + 20.0f);
    if (button(fonts, ImVec2(x, y), menu,
               "Your work is saved in this browser as you go. Export it, import it, start over",
               open)) {
        ImGui::OpenPopup("##progress-menu");
    }
    const ImVec2 below(x, y + kButtonH + 4.0f);
    if (bar_width >= kShowCopyLinkFrom) {
        const char* copy = "Copy link";
        x -= 8.0f + panels::text_width(fonts.small, copy) + 20.0f;
        if (button(fonts, ImVec2(x, y), copy,
                   "Copy a link to this lesson, your program and the step you are at")) {
            page_action("copy-link");
        }
    }
    ImGui::SetNextWindowPos(below);
    if (ImGui::BeginPopup("##progress-menu")) {
        item("Copy link to this view", "copy-link",
             "A link that opens this lesson, your program and this step");
        ImGui::Separator();
        item("Export progress\xE2\x80\xA6", "export-progress",
             "Download your code and preferences as a JSON file");
        item("Import progress\xE2\x80\xA6", "import-progress",
             "Load a progress file exported before (replaces what is here; you can undo)");
        item("Reset my progress\xE2\x80\xA6", "reset-progress",
             "Forget your code in every lesson (asks first)");
        ImGui::Separator();
        item("Offline copy\xE2\x80\xA6", "offline-copy",
             "Download the whole playground as one HTML file that works without a network");
        ImGui::EndPopup();
    }
    return x;
}

} // namespace loopscope
