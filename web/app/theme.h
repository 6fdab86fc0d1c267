// Loopscope's look: one dark palette shared by the ImGui style and the custom-drawn panels.
// Colors are 0xRRGGBB here (readable next to a design tool) and converted with rgb()/rgba().
#pragma once

#include "imgui.h"

namespace loopscope::theme {

// 0xRRGGBB (+ alpha 0..1) to ImGui's packed ABGR.
constexpr ImU32 rgba(unsigned rgb, float alpha = 1.0f) {
    return (static_cast<ImU32>(alpha * 255.0f + 0.5f) << 24) | ((rgb & 0xFF) << 16) |
           (rgb & 0xFF00) | ((rgb >> 16) & 0xFF);
}
ImVec4 rgb_vec(unsigned rgb, float alpha = 1.0f);

// Surfaces, darkest to lightest.
inline constexpr unsigned kBackground = 0x0E1016;  // behind everything, the gaps between panes
inline constexpr unsigned kChrome = 0x12151C;      // title bar and status bar
inline constexpr unsigned kPanel = 0x171A22;       // pane bodies
inline constexpr unsigned kPanelRaised = 0x1E222C; // pane headers, hovered rows
inline constexpr unsigned kBorder = 0x272C38;      // hairlines
inline constexpr unsigned kGutter = 0x13161D;      // the line-number gutter

// Text.
inline constexpr unsigned kText = 0xE4E7EF;
inline constexpr unsigned kTextDim = 0x8C94A8;
inline constexpr unsigned kTextFaint = 0x596176;

// Accents: the loop (running, the brand) and waiting (a task suspended on await).
inline constexpr unsigned kAccent = 0x4FD1B4;
inline constexpr unsigned kAccentDeep = 0x1F6F60;
inline constexpr unsigned kWaiting = 0xF2B45A;
inline constexpr unsigned kError = 0xF2727F;

// Python syntax colors for the code view.
inline constexpr unsigned kSyntaxKeyword = 0x82A6F8; // def, return, import, ...
inline constexpr unsigned kSyntaxAsync = 0xF2B45A;   // async / await: the point of the lesson
inline constexpr unsigned kSyntaxString = 0x9FD58A;
inline constexpr unsigned kSyntaxNumber = 0xF59E74;
inline constexpr unsigned kSyntaxComment = 0x5D6782;
inline constexpr unsigned kSyntaxCall = 0x7FD4F5;    // a name followed by "("
inline constexpr unsigned kSyntaxBuiltin = 0xC3A2F7; // print, asyncio, len, ...

// Installs the palette, spacing and rounding into ImGui's style.
void apply();

} // namespace loopscope::theme
