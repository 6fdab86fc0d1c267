// The UI fonts, compiled into the program (see web/CMakeLists.txt and cmake/embed_files.py):
// Inter for the interface, JetBrains Mono for code. Both builds use the same bytes.
#pragma once

struct ImFont;

namespace loopscope::fonts {

// Raw font files, defined in the generated embedded_fonts.cpp.
extern const unsigned char inter_regular[];
extern const unsigned inter_regular_size;
extern const unsigned char inter_semibold[];
extern const unsigned inter_semibold_size;
extern const unsigned char mono_regular[];
extern const unsigned mono_regular_size;

// The faces the panels draw with. Sizes are in CSS pixels (what ImGui calls display units).
struct FontSet {
    ImFont* ui = nullptr;     // Inter Regular 15: labels, body text
    ImFont* strong = nullptr; // Inter SemiBold 15: tab titles, buttons
    ImFont* title = nullptr;  // Inter SemiBold 18: the wordmark
    ImFont* small = nullptr;  // Inter Regular 12.5: status bar, axis labels
    ImFont* code = nullptr;   // JetBrains Mono Regular 14: source and output
};

// (Re)builds the ImGui font atlas for a device pixel ratio: glyphs are rasterized at
// size * pixel_ratio and drawn at 1/pixel_ratio scale, so text stays sharp on HiDPI screens.
// The caller must recreate the renderer's font texture afterwards.
FontSet load(float pixel_ratio);

} // namespace loopscope::fonts
