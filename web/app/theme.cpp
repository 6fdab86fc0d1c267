#include "theme.h"

namespace loopscope::theme {

ImVec4 rgb_vec(unsigned rgb, float alpha) {
    return ImVec4(((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f,
                  (rgb & 0xFF) / 255.0f, alpha);
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
    c[ImGuiCol_PopupBg] = rgb_vec(0x2A303C, 0.98f);
    c[ImGuiCol_Border] = rgb_vec(0x363D4C);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = rgb_vec(kPanelRaised);
    c[ImGuiCol_FrameBgHovered] = rgb_vec(0x262B37);
    c[ImGuiCol_FrameBgActive] = rgb_vec(0x2C3240);
    c[ImGuiCol_TitleBg] = rgb_vec(kChrome);
    c[ImGuiCol_TitleBgActive] = rgb_vec(kChrome);
    c[ImGuiCol_TitleBgCollapsed] = rgb_vec(kChrome);
    c[ImGuiCol_MenuBarBg] = rgb_vec(kChrome);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = rgb_vec(0x2E3442);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb_vec(0x3A4152);
    c[ImGuiCol_ScrollbarGrabActive] = rgb_vec(0x485063);
    c[ImGuiCol_CheckMark] = rgb_vec(kAccent);
    c[ImGuiCol_SliderGrab] = rgb_vec(kAccent);
    c[ImGuiCol_SliderGrabActive] = rgb_vec(0x6FE3C9);
    c[ImGuiCol_Button] = rgb_vec(kPanelRaised);
    c[ImGuiCol_ButtonHovered] = rgb_vec(0x283040);
    c[ImGuiCol_ButtonActive] = rgb_vec(0x30394C);
    c[ImGuiCol_Header] = rgb_vec(kPanelRaised);
    c[ImGuiCol_HeaderHovered] = rgb_vec(0x252B37);
    c[ImGuiCol_HeaderActive] = rgb_vec(0x2C3341);
    c[ImGuiCol_Separator] = rgb_vec(kBorder);
    c[ImGuiCol_SeparatorHovered] = rgb_vec(kAccentDeep);
    c[ImGuiCol_SeparatorActive] = rgb_vec(kAccent);
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = rgb_vec(kAccentDeep);
    c[ImGuiCol_ResizeGripActive] = rgb_vec(kAccent);
    c[ImGuiCol_Tab] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TabHovered] = rgb_vec(0x252B37);
    c[ImGuiCol_TabActive] = rgb_vec(0x2A303D);
    c[ImGuiCol_TabUnfocused] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TabUnfocusedActive] = rgb_vec(0x2A303D);
    c[ImGuiCol_PlotLines] = rgb_vec(kAccent);
    c[ImGuiCol_PlotHistogram] = rgb_vec(kAccent);
    c[ImGuiCol_TableHeaderBg] = rgb_vec(kPanelRaised);
    c[ImGuiCol_TableBorderStrong] = rgb_vec(kBorder);
    c[ImGuiCol_TableBorderLight] = rgb_vec(0x20242E);
    c[ImGuiCol_TextSelectedBg] = rgb_vec(kAccent, 0.25f);
    c[ImGuiCol_NavHighlight] = rgb_vec(kAccent);
    c[ImGuiCol_ModalWindowDimBg] = rgb_vec(0x000000, 0.5f);
}

} // namespace loopscope::theme
