// Loopscope's look: one palette (model/theme/palette.h, where its contrast is tested), in a
// dark and a light variant, shared by the ImGui style and the custom-drawn panels. Colors are
// 0xRRGGBB here (readable next to a design tool) and converted with rgba(). The k* names are
// variables: set_variant() swaps them all at once.
#pragma once

#include "imgui.h"
#include "model/theme/palette.h"

namespace loopscope::theme {

// 0xRRGGBB (+ alpha 0..1) to ImGui's packed ABGR.
constexpr ImU32 rgba(unsigned rgb, float alpha = 1.0f) {
    return (static_cast<ImU32>(alpha * 255.0f + 0.5f) << 24) | ((rgb & 0xFF) << 16) |
           (rgb & 0xFF00) | ((rgb >> 16) & 0xFF);
}
ImVec4 rgb_vec(unsigned rgb, float alpha = 1.0f);

// Surfaces, darkest to lightest.
inline unsigned kBackground = 0x0E1016;  // behind everything, the gaps between panes
inline unsigned kChrome = 0x12151C;      // title bar and status bar
inline unsigned kPanel = 0x171A22;       // pane bodies
inline unsigned kPanelRaised = 0x1E222C; // pane headers, hovered rows
inline unsigned kBorder = 0x272C38;      // hairlines
inline unsigned kGutter = 0x13161D;      // the line-number gutter

// Text.
inline unsigned kText = 0xE4E7EF;
inline unsigned kTextDim = 0x8C94A8;
inline unsigned kTextFaint = 0x596176;

// Accents: the loop (running, the brand) and waiting (a task suspended on await).
inline unsigned kAccent = 0x4FD1B4;
inline unsigned kAccentDeep = 0x1F6F60;
inline unsigned kWaiting = 0xF2B45A;
inline unsigned kError = 0xF2727F;

// Python syntax colors for the code view.
inline unsigned kSyntaxKeyword = 0x82A6F8; // def, return, import, ...
inline unsigned kSyntaxAsync = 0xF2B45A;   // async / await: the point of the lesson
inline unsigned kSyntaxString = 0x9FD58A;
inline unsigned kSyntaxNumber = 0xF59E74;
inline unsigned kSyntaxComment = 0x5D6782;
inline unsigned kSyntaxCall = 0x7FD4F5;    // a name followed by "("
inline unsigned kSyntaxBuiltin = 0xC3A2F7; // print, asyncio, len, ...

// Surfaces the panels use on top of the pane body.
inline unsigned kRowHover = 0x232834; // hovered rows, unselected tabs
inline unsigned kSelected = 0x2A303D; // selected tab / row
inline unsigned kPopup = 0x2A303C;    // tooltips and popups
inline unsigned kOnAccent = 0x0E1016; // text drawn on an accent fill

// Picks the dark (default) or light variant and re-applies the style.
void set_variant(bool dark);
bool is_dark();
// The variant's whole palette (model/theme/palette.h): task state inks, "right answer" green...
const ui::Palette& palette();

// Installs the palette, spacing and rounding into ImGui's style.
void apply();

} // namespace loopscope::theme
