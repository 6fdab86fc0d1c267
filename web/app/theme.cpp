#include "theme.h"

namespace loopscope::theme {

ImVec4 rgb_vec(unsigned rgb, float alpha) {
    return ImVec4(((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f,
                  (rgb & 0xFF) / 255.0f, alpha);
}

namespace {
bool g_dark = true;
} // namespace

bool is_dark() {
    return g_dark;
}

void set_variant(bool dark) {
    g_dark = dark;
    if (dark) {
        kBackground = 0x0E1016;
        kChrome = 0x12151C;
        kPanel = 0x171A22;
        kPanelRaised = 0x1E222C;
        kBorder = 0x272C38;
        kGutter = 0x13161D;
        kText = 0xE4E7EF;
        kTextDim = 0x8C94A8;
        kTextFaint = 0x596176;
        kAccent = 0x4FD1B4;
        kAccentDeep = 0x1F6F60;
        kWaiting = 0xF2B45A;
        kError = 0xF2727F;
        kSyntaxKeyword = 0x82A6F8;
        kSyntaxAsync = 0xF2B45A;
        kSyntaxString = 0x9FD58A;
        kSyntaxNumber = 0xF59E74;
        kSyntaxComment = 0x5D6782;
        kSyntaxCall = 0x7FD4F5;
        kSyntaxBuiltin = 0xC3A2F7;
        kRowHover = 0x232834;
        kSelected = 0x2A303D;
        kPopup = 0x2A303C;
        kOnAccent = 0x0E1016;
    } else {
        kBackground = 0xE3E6EC;
        kChrome = 0xF4F5F8;
        kPanel = 0xFFFFFF;
        kPanelRaised = 0xF1F3F7;
        kBorder = 0xD5D9E2;
        kGutter = 0xF6F7F9;
        kText = 0x1B1F2A;
        kTextDim = 0x545C6E;
        kTextFaint = 0x8A91A2;
        kAccent = 0x0F8F76;
        kAccentDeep = 0xB5E6DA;
        kWaiting = 0xB36B00;
        kError = 0xC62A3C;
        kSyntaxKeyword = 0x3355C4;
        kSyntaxAsync = 0xA55C00;
        kSyntaxString = 0x2E7D32;
        kSyntaxNumber = 0xB5462A;
        kSyntaxComment = 0x8A91A2;
        kSyntaxCall = 0x0B6E99;
        kSyntaxBuiltin = 0x7B3FC4;
        kRowHover = 0xEBEEF3;
        kSelected = 0xE0E5EE;
        kPopup = 0xFFFFFF;
        kOnAccent = 0xFFFFFF;
    }
    apply();
}

void apply() {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();

    // Flat panes separated by gaps, soft corners on controls only.
    // Padding for popups and tooltips; the full-screen root window pushes its own zero padding.
    style.WindowPadding = ImVec2(10, 8);
    style.WindowRounding = 0.0f;
    style.WindowBorderSize = 0.0f;
    style.ChildRounding = 6.0f;
    style.ChildBorderSize = 0.0f;
    style.PopupRounding = 6.0f;
    style.PopupBorderSize = 1.0f;
    style.FramePadding = ImVec2(10, 6);
    style.FrameRounding = 5.0f;
    style.FrameBorderSize = 0.0f;
    style.ItemSpacing = ImVec2(8, 6);
    style.ItemInnerSpacing = ImVec2(6, 4);
    style.ScrollbarSize = 10.0f;
    style.ScrollbarRounding = 5.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 5.0f;
    style.TabBorderSize = 0.0f;
    style.IndentSpacing = 16.0f;

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = rgb_vec(kText);
    c[ImGuiCol_TextDisabled] = rgb_vec(kTextFaint);
    c[ImGuiCol_WindowBg] = rgb_vec(kBackground);
    c[ImGuiCol_ChildBg] = rgb_vec(kPanel);
    c[ImGuiCol_PopupBg] = rgb_vec(kPopup, 0.98f);
    c[ImGuiCol_Border] = rgb_vec(kBorder);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = rgb_vec(kPanelRaised);
    c[ImGuiCol_FrameBgHovered] = rgb_vec(kRowHover);
    c[ImGuiCol_FrameBgActive] = rgb_vec(kSelected);
    c[ImGuiCol_TitleBg] = rgb_vec(kChrome);
    c[ImGuiCol_TitleBgActive] = rgb_vec(kChrome);
    c[ImGuiCol_TitleBgCollapsed] = rgb_vec(kChrome);
    c[ImGuiCol_MenuBarBg] = rgb_vec(kChrome);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = rgb_vec(kBorder);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb_vec(kTextFaint);
    c[ImGuiCol_ScrollbarGrabActive] = rgb_vec(kTextDim);
    c[ImGuiCol_CheckMark] = rgb_vec(kAccent);
    c[ImGuiCol_SliderGrab] = rgb_vec(kAccent);
    c[ImGuiCol_SliderGrabActive] = rgb_vec(0x6FE3C9);
    c[ImGuiCol_Button] = rgb_vec(kPanelRaised);
    c[ImGuiCol_ButtonHovered] = rgb_vec(kRowHover);
    c[ImGuiCol_ButtonActive] = rgb_vec(kSelected);
    c[ImGuiCol_Header] = rgb_vec(kPanelRaised);
    c[ImGuiCol_HeaderHovered] = rgb_vec(kRowHover);
    c[ImGuiCol_HeaderActive] = rgb_vec(kSelected);
    c[ImGuiCol_Separator] = rgb_vec(kBorder);
    c[ImGuiCol_SeparatorHovered] = rgb_vec(kAccentDeep);
    c[ImGuiCol_SeparatorActive] = rgb_vec(kAccent);
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = rgb_vec(kAccentDeep);
    c[ImGuiCol_ResizeGripActive] = rgb_vec(kAccent);
    c[ImGuiCol_Tab] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TabHovered] = rgb_vec(kRowHover);
    c[ImGuiCol_TabActive] = rgb_vec(kSelected);
    c[ImGuiCol_TabUnfocused] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TabUnfocusedActive] = rgb_vec(kSelected);
    c[ImGuiCol_PlotLines] = rgb_vec(kAccent);
    c[ImGuiCol_PlotHistogram] = rgb_vec(kAccent);
    c[ImGuiCol_TableHeaderBg] = rgb_vec(kPanelRaised);
    c[ImGuiCol_TableBorderStrong] = rgb_vec(kBorder);
    c[ImGuiCol_TableBorderLight] = rgb_vec(kBorder);
    c[ImGuiCol_TextSelectedBg] = rgb_vec(kAccent, 0.25f);
    c[ImGuiCol_NavHighlight] = rgb_vec(kAccent);
    c[ImGuiCol_ModalWindowDimBg] = rgb_vec(0x000000, 0.5f);
}

} // namespace loopscope::theme
