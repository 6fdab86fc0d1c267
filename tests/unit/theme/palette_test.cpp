// Tests of the palette (web/model/theme/palette.h): the WCAG contrast arithmetic, and every
// ink of both themes against every surface text is drawn on (AA: 4.5:1 for text).
#include "model/theme/palette.h"
#include "model/timeline/timeline_layout.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace loopscope::ui;

namespace {

using Field = unsigned Palette::*;

struct Named {
    const char* name;
    Field field;
};

const std::vector<Named>& surfaces() {
    static const std::vector<Named> s = {
        {"chrome", &Palette::chrome},
        {"panel", &Palette::panel},
        {"panel_raised", &Palette::panel_raised},
        {"gutter", &Palette::gutter},
        {"row_hover", &Palette::row_hover},
        {"popup", &Palette::popup},
    };
    return s;
}

const std::vector<Named>& inks() {
    static const std::vector<Named> s = {
        {"text", &Palette::text},
        {"text_dim", &Palette::text_dim},
        {"text_faint", &Palette::text_faint},
        {"accent", &Palette::accent},
        {"waiting", &Palette::waiting},
        {"error", &Palette::error},
        {"good", &Palette::good},
        {"syntax_keyword", &Palette::syntax_keyword},
        {"syntax_async", &Palette::syntax_async},
        {"syntax_string", &Palette::syntax_string},
        {"syntax_number", &Palette::syntax_number},
        {"syntax_comment", &Palette::syntax_comment},
        {"syntax_call", &Palette::syntax_call},
        {"syntax_builtin", &Palette::syntax_builtin},
        {"class_name", &Palette::class_name},
        {"decorator", &Palette::decorator},
        {"string_escape", &Palette::string_escape},
        {"operator_ink", &Palette::operator_ink},
        {"line_number", &Palette::line_number},
        {"line_number_active", &Palette::line_number_active},
        {"state_ready", &Palette::state_ready},
        {"state_running", &Palette::state_running},
        {"state_waiting", &Palette::state_waiting},
        {"state_failed", &Palette::state_failed},
        {"state_cancelled", &Palette::state_cancelled},
    };
    return s;
}

// Every ink on every surface: the pairs below 4.5:1, as "ink on surface: ratio".
std::vector<std::string> failures(const Palette& p) {
    std::vector<std::string> out;
    for (const Named& ink : inks()) {
        for (const Named& surface : surfaces()) {
            const double r = contrast_ratio(p.*(ink.field), p.*(surface.field));
            if (r < 4.5) {
                out.push_back(std::string(ink.name) + " on " + surface.name + ": " +
                              std::to_string(r));
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("contrast ratios follow WCAG: black on white is 21, a colour on itself is 1") {
    CHECK(contrast_ratio(0x000000, 0xFFFFFF) == Approx(21.0));
    CHECK(contrast_ratio(0xFFFFFF, 0x000000) == Approx(21.0));
    CHECK(contrast_ratio(0x777777, 0x777777) == Approx(1.0));
    CHECK(contrast_ratio(0x767676, 0xFFFFFF) == Approx(4.54).epsilon(0.01)); // the AA grey
    CHECK(relative_luminance(0xFFFFFF) == Approx(1.0));
}

TEST_CASE("every ink of the dark theme reaches 4.5:1 on every surface text is drawn on") {
    CHECK(failures(dark_palette()) == std::vector<std::string>{});
}

TEST_CASE("every ink of the light theme reaches 4.5:1 on every surface text is drawn on") {
    CHECK(failures(light_palette()) == std::vector<std::string>{});
}

TEST_CASE("the faint grey was the issue: 2.6-2.9:1 before, 4.5:1 or more now") {
    CHECK(contrast_ratio(0x596176, 0x1E222C) < 2.6); // the old dark faint on a pane header
    CHECK(contrast_ratio(dark_palette().text_faint, dark_palette().panel_raised) >= 4.5);
    CHECK(contrast_ratio(0x8A91A2, 0xFFFFFF) < 3.2); // the old light faint on white
    CHECK(contrast_ratio(light_palette().text_faint, light_palette().panel) >= 4.5);
}

TEST_CASE("body text is readable on a selected tab in both themes") {
    for (const Palette* p : {&dark_palette(), &light_palette()}) {
        CHECK(contrast_ratio(p->text, p->selected) >= 4.5);
        CHECK(contrast_ratio(p->on_accent, p->accent) >= 4.5); // the Run button's label
    }
}

TEST_CASE("text on colour fills: chips, the blocking banner") {
    using loopscope::ui::timeline::palette;
    using loopscope::ui::timeline::Reason;
    for (const Reason r :
         {Reason::Running, Reason::Blocking, Reason::Ready, Reason::Sleep, Reason::Sync}) {
        CHECK(contrast_ratio(kChipInk, palette(r)) >= 4.5);
    }
    CHECK(contrast_ratio(0xFFFFFF, palette(Reason::Queue)) >= 4.5);
    CHECK(contrast_ratio(0xFFFFFF, kBlockedBannerFill) >= 4.5);
    CHECK(contrast_ratio(kBlockedBannerInk, 0xFFFFFF) >= 4.5);
}
