// Drives web/app/touch.cpp headlessly: SDL finger events in, ImGui frames out, as a finger
// would on a phone: taps click, swipes scroll (and never click), a swipe over a widget that
// drags drags it. Built into loopscope_ui_tests (tests/ui/ui.cmake), natively.
#include "imgui.h"
#include "touch.h"

#include <SDL.h>
#include <catch2/catch.hpp>

using namespace loopscope;

namespace {

constexpr float kW = 400.0f, kH = 600.0f; // the window, in CSS pixels

// A window with a tall scrolling list (buttons), and a strip that drags sideways below it.
class Harness {
public:
    Harness() {
        ctx_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(kW, kH);
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        // A real mouse first: touch mode starts with the first finger.
        SDL_Event e{};
        e.type = SDL_MOUSEMOTION;
        e.motion.which = 0;
        touch::process_event(e, kW, kH);
        frame();
        frame();
    }
    ~Harness() { ImGui::DestroyContext(ctx_); }

    void frame() {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        touch::new_frame(io, 1.0f, 1.0 / 60.0);
        ImGui::NewFrame();
        touch::after_new_frame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("root", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        ImGui::BeginChild("list", ImVec2(0, 400));
        for (int i = 0; i < 100; ++i) {
            ImGui::PushID(i);
            if (ImGui::Button("row", ImVec2(-1, 30))) clicks[i < 100 ? i : 0]++;
            ImGui::PopID();
        }
        scroll = ImGui::GetScrollY();
        ImGui::EndChild();
        ImGui::InvisibleButton("strip", ImVec2(kW - 20, 100));
        if (ImGui::IsItemHovered() || ImGui::IsItemActive()) touch_drag_here(true, false);
        if (ImGui::IsItemActive()) strip_dragged += ImGui::GetIO().MouseDelta.x;
        ImGui::End();
        ImGui::Render();
        swiped |= touch_swiped();
    }

    void finger(Uint32 type, float x, float y) {
        SDL_Event e{};
        e.type = type;
        e.tfinger.fingerId = 1;
        e.tfinger.x = x / kW;
        e.tfinger.y = y / kH;
        CHECK(touch::process_event(e, kW, kH));
    }
    // Down at (x0, y0), `steps` moves a frame apart to (x1, y1), up.
    void swipe(float x0, float y0, float x1, float y1, int steps = 10) {
        finger(SDL_FINGERDOWN, x0, y0);
        frame();
        for (int i = 1; i <= steps; ++i) {
            finger(SDL_FINGERMOTION, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps);
            frame();
        }
        finger(SDL_FINGERUP, x1, y1);
        for (int i = 0; i < 3; ++i) frame();
    }
    void tap(float x, float y) {
        finger(SDL_FINGERDOWN, x, y);
        frame();
        finger(SDL_FINGERUP, x, y);
        for (int i = 0; i < 3; ++i) frame();
    }
    int total_clicks() const {
        int n = 0;
        for (int c : clicks) n += c;
        return n;
    }

    int clicks[100] = {};
    float scroll = 0.0f;
    float strip_dragged = 0.0f;
    bool swiped = false;

private:
    ImGuiContext* ctx_;
};

} // namespace

TEST_CASE("a tap clicks the button under the finger") {
    Harness h;
    h.tap(200, 50); // the second row (rows are 30 px plus spacing, below the window padding)
    CHECK(h.total_clicks() == 1);
    CHECK(h.scroll == 0.0f);
}

TEST_CASE("a swipe up over the list scrolls it by the finger's travel and clicks nothing") {
    Harness h;
    h.swipe(200, 350, 200, 150);
    CHECK(h.total_clicks() == 0);
    CHECK(h.scroll >= 190.0f); // 200 px of travel (a fling may add a little)
    CHECK(h.swiped);
    const float after = h.scroll;
    for (int i = 0; i < 120; ++i) h.frame(); // the fling dies out
    CHECK(h.scroll >= after);
    CHECK(h.total_clicks() == 0);
}

TEST_CASE("a swipe sideways over a widget that drags drags it") {
    Harness h;
    h.swipe(300, 470, 100, 470);
    CHECK(h.strip_dragged < -150.0f);
    CHECK(h.total_clicks() == 0);
    CHECK(h.scroll == 0.0f);
}

TEST_CASE("a swipe up over a widget that only drags sideways scrolls the page instead") {
    Harness h;
    h.swipe(200, 380, 200, 200); // starts on the list, just above the strip
    CHECK(h.scroll > 100.0f);
    Harness g;
    g.swipe(200, 480, 200, 420); // on the strip, upwards: nothing to scroll there, no drag
    CHECK(g.strip_dragged == 0.0f);
    CHECK(g.total_clicks() == 0);
}
