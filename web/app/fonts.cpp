#include "fonts.h"

#include "imgui.h"

namespace loopscope::fonts {
namespace {

// Latin-1 plus the punctuation and arrows the UI text uses (en dash, bullet, ellipsis, arrows).
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x2013, 0x2026, 0x2190, 0x2193, 0};

ImFont* add(const unsigned char* data, unsigned size, float px, float pixel_ratio) {
    ImFontConfig config;
    // The atlas must not free our static arrays.
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 2;
    config.OversampleV = 1;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                      static_cast<int>(size), px * pixel_ratio,
                                                      &config, kGlyphRanges);
}

} // namespace

FontSet load(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    FontSet set;
    // The first font added is ImGui's default font.
    set.ui = add(inter_regular, inter_regular_size, 15.0f, pixel_ratio);
    set.strong = add(inter_semibold, inter_semibold_size, 15.0f, pixel_ratio);
    set.title = add(inter_semibold, inter_semibold_size, 18.0f, pixel_ratio);
    set.small = add(inter_regular, inter_regular_size, 12.5f, pixel_ratio);
    set.code = add(mono_regular, mono_regular_size, 14.0f, pixel_ratio);
    io.Fonts->Build();
    io.FontGlobalScale = 1.0f / pixel_ratio;
    return set;
}

} // namespace loopscope::fonts
