// share_menu.h - the title bar's "Copy link" button and "Progress" menu (export, import,
// reset, the offline copy). The page carries the actions out (page_bridge.h); the desktop
// build, which has no page, shows neither.
#pragma once

#include "fonts.h"

namespace loopscope {

// Draws the buttons right-aligned to `right` at height `y` in a title bar `bar_width` wide;
// returns the x where they begin (the next item goes left of it).
float draw_share_menu(const fonts::FontSet& fonts, float right, float y, float bar_width);

} // namespace loopscope
