#include "model/editor/editor_geometry.h"

#include <catch2/catch.hpp>

using namespace loopscope::editor;

TEST_CASE("a click maps to the line under it and the nearest character boundary") {
    EditorBuffer buf("async def main():\n\tx\n");
    EditorMetrics m;
    m.line_height = 20.0f;
    m.advance = 10.0f;
    m.text_left = 50.0f;
    m.text_top = 8.0f;
    REQUIRE(hit_test(buf, m, 50.0f, 8.0f) == TextPos{0, 0});
    REQUIRE(hit_test(buf, m, 64.0f, 27.9f) == TextPos{0, 1});  // right half of 'a'
    REQUIRE(hit_test(buf, m, 91.0f, 28.0f) == TextPos{1, 1});  // after the tab (4 cells)
    REQUIRE(hit_test(buf, m, 500.0f, 30.0f) == TextPos{1, 2}); // past the end of the line
    REQUIRE(hit_test(buf, m, 0.0f, -100.0f) == TextPos{0, 0}); // above the text
    REQUIRE(hit_test(buf, m, 60.0f, 1e30f) == TextPos{2, 0});  // far below: the last line
}

TEST_CASE("the caret x counts cells, not bytes") {
    EditorBuffer buf("\xC3\xA9t\xC3\xA9"); // "été"
    EditorMetrics m;
    m.advance = 10.0f;
    m.text_left = 5.0f;
    REQUIRE(caret_x(buf, m, TextPos{0, 3}) == 25.0f);
    REQUIRE(caret_x(buf, m, TextPos{0, 99}) == 35.0f);
}

TEST_CASE("scrolling to reveal moves only as far as needed") {
    // Already visible: unchanged.
    REQUIRE(scroll_to_reveal(100.0f, 200.0f, 150.0f, 170.0f, 10.0f) == 100.0f);
    // Below the view: its bottom (+ margin) meets the view's bottom.
    REQUIRE(scroll_to_reveal(0.0f, 200.0f, 300.0f, 320.0f, 10.0f) == 130.0f);
    // Above the view: its top (- margin) meets the view's top, never below 0.
    REQUIRE(scroll_to_reveal(300.0f, 200.0f, 100.0f, 120.0f, 10.0f) == 90.0f);
    REQUIRE(scroll_to_reveal(300.0f, 200.0f, 5.0f, 25.0f, 10.0f) == 0.0f);
    // Bigger than the view: its start is shown.
    REQUIRE(scroll_to_reveal(0.0f, 20.0f, 300.0f, 340.0f, 10.0f) == 300.0f);
}
