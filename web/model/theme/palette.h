// palette.h - Loopscope's colours as plain data, in a dark and a light variant, and the WCAG
// contrast arithmetic that keeps their text readable. web/app/theme.cpp installs a palette
// into ImGui's style and the theme::k* variables; tests/unit/theme/palette_test.cpp checks that
// every ink reaches 4.5:1 (WCAG AA for text) against every surface text is drawn on.
// Colours are 0xRRGGBB.
#pragma once

namespace loopscope::ui {

struct Palette {
    // Surfaces, darkest to lightest in the dark variant. Text is drawn on chrome, panel,
    // panel_raised, gutter, row_hover and popup (and the main text on selected too).
    unsigned background;   // behind everything, the gaps between panes
    unsigned chrome;       // title bar, toolbar, status bar
    unsigned panel;        // pane bodies
    unsigned panel_raised; // pane headers, buttons, code spans
    unsigned border;       // hairlines (not text)
    unsigned gutter;       // the editor's line-number gutter, code blocks
    unsigned row_hover;    // hovered rows, unselected tabs
    unsigned selected;     // selected tab / row
    unsigned popup;        // tooltips and popups

    // Inks: everything drawn as text.
    unsigned text;       // body text
    unsigned text_dim;   // secondary text: labels, hints
    unsigned text_faint; // the least important text (timestamps, line numbers), still 4.5:1
    unsigned accent;     // the loop, the brand; the virtual clock
    unsigned accent_deep;
    unsigned waiting;   // a task suspended on await; warnings
    unsigned error;     // errors
    unsigned good;      // a right answer
    unsigned on_accent; // text on an accent fill (the Run button)

    // Python syntax.
    unsigned syntax_keyword, syntax_async, syntax_string, syntax_number, syntax_comment,
        syntax_call, syntax_builtin;
    // The editor's own inks.
    unsigned class_name, decorator, string_escape, operator_ink, line_number, line_number_active;
    // Task states as words (the Tasks panel); the timeline's bars use the same hues.
    unsigned state_ready, state_running, state_waiting, state_failed, state_cancelled;
};

const Palette& dark_palette();
const Palette& light_palette();

// Colours that are the same in both themes.
inline constexpr unsigned kBlockedBannerFill = 0xB34700; // white text on it (5.5:1)
inline constexpr unsigned kBlockedBannerInk = 0x7A2E00;  // its Stop button's text, on white
inline constexpr unsigned kChipInk = 0x101318; // text on the timeline's light colour fills

// WCAG 2.x relative luminance of an sRGB colour, and the contrast ratio of two colours
// (1 to 21; AA asks 4.5 for text, 3 for large text and graphics).
double relative_luminance(unsigned rgb);
double contrast_ratio(unsigned a, unsigned b);

} // namespace loopscope::ui
