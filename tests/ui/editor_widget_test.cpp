// Drives the ImGui editor widget headlessly: an ImGui context with the default font and no
// renderer, input written into ImGuiIO frame by frame, as a user would type and click.
// Built into loopscope_ui_tests (tests/ui/ui.cmake), natively.
#include "editor/editor_widget.h"
#include "imgui.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace loopscope;

namespace {

constexpr int kKeyBase = 100; // io.KeyMap[k] = kKeyBase + k

// One ImGui context showing one editor filling a window, with a button below it.
class Harness {
public:
    Harness() {
        ctx_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        io.DisplaySize = ImVec2(900, 520);
        for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = kKeyBase + k;
        ImFont* font = io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // builds the atlas; no texture upload
        fonts.ui = fonts.strong = fonts.title = fonts.small = fonts.code = font;
        advance = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, "MMMMMMMMMM").x / 10.0f;
        line_height = std::round(font->FontSize * 1.55f);
        view.breakpoints = &breakpoints;
        frame();
        // The editor child starts at the window padding; its text after the gutter (3 digits).
        const ImGuiStyle& style = ImGui::GetStyle();
        text_left = style.WindowPadding.x + 20.0f + 3 * advance + 14.0f + 12.0f;
        text_top = style.WindowPadding.y + 8.0f;
    }
    ~Harness() { ImGui::DestroyContext(ctx_); }

    void frame() {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("root", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        view.size = ImVec2(0.0f, -40.0f);
        view.errors = errors;
        const editor::EditorEvents ev = editor::draw_editor("##code", state, view, fonts);
        events.text_changed |= ev.text_changed;
        events.breakpoints_changed |= ev.breakpoints_changed;
        ImGui::Button("elsewhere");
        ImGui::End();
        ImGui::Render();
    }
    void key(ImGuiKey k, bool ctrl = false, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeyShift = shift;
        io.KeysDown[kKeyBase + k] = true;
        frame();
        io.KeysDown[kKeyBase + k] = false;
        io.KeyCtrl = io.KeyShift = false;
        frame();
    }
    void type(const char* text) {
        for (const char* p = text; *p; ++p) {
            if (*p == '\n') {
                key(ImGuiKey_Enter);
            } else {
                ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(*p));
                frame();
            }
        }
    }
    // Screen point of (0-based line, cell), in the middle of the line.
    ImVec2 at(int line, float cell) const {
        return ImVec2(text_left + cell * advance, text_top + (line + 0.5f) * line_height);
    }
    void click(ImVec2 pos, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = pos;
        io.KeyShift = shift;
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        io.KeyShift = false;
        frame();
    }
    std::string text() const { return state.buffer.text(); }

    editor::EditorState state;
    editor::EditorView view;
    editor::EditorEvents events;
    std::set<int> breakpoints;
    std::vector<editor::ErrorMarker> errors;
    fonts::FontSet fonts;
    float advance = 0.0f, line_height = 0.0f, text_left = 0.0f, text_top = 0.0f;

private:
    ImGuiContext* ctx_ = nullptr;
};

} // namespace

TEST_CASE("the editor takes typing only after a click focuses it") {
    Harness h;
    editor::editor_set_text(h.state, "import asyncio\n");
    h.type("x");
    REQUIRE(h.text() == "import asyncio\n");
    h.click(h.at(1, 0));
    h.type("async def main():\nawait asyncio.sleep(1)");
    REQUIRE(h.text() == "import asyncio\nasync def main():\n    await asyncio.sleep(1)");
    REQUIRE(h.events.text_changed);
}

TEST_CASE("editor shortcuts undo, redo, indent, copy, cut and paste") {
    Harness h;
    editor::editor_set_text(h.state, "");
    h.click(h.at(0, 0));
    h.type("if ok:\nprint(1 + 2)");
    h.key(ImGuiKey_Z, true); // the last word typed
    REQUIRE(h.state.buffer.line(1) == "    print(1 + ");
    h.key(ImGuiKey_Y, true);
    REQUIRE(h.state.buffer.line(1) == "    print(1 + 2)");
    h.key(ImGuiKey_Tab, false, true);
    REQUIRE(h.state.buffer.line(1) == "print(1 + 2)");
    h.key(ImGuiKey_Home);
    h.key(ImGuiKey_Tab);
    REQUIRE(h.state.buffer.line(1) == "    print(1 + 2)");
    h.key(ImGuiKey_End);
    h.key(ImGuiKey_Home); // to the first non-blank
    h.key(ImGuiKey_End, false, true);
    h.key(ImGuiKey_C, true);
    REQUIRE(std::string(ImGui::GetClipboardText()) == "print(1 + 2)");
    const std::string all = h.text();
    h.key(ImGuiKey_A, true);
    h.key(ImGuiKey_X, true);
    REQUIRE(h.text().empty());
    h.key(ImGuiKey_V, true);
    REQUIRE(h.text() == all);
}

TEST_CASE("clicking the gutter toggles a breakpoint on that line") {
    Harness h;
    editor::editor_set_text(h.state, "a = 1\nb = 2\nc = 3\n");
    const ImVec2 gutter(h.at(2, 0).x - h.text_left + 12.0f, h.at(2, 0).y);
    h.click(gutter);
    REQUIRE(h.breakpoints == std::set<int>{3});
    REQUIRE(h.events.breakpoints_changed);
    h.click(gutter);
    REQUIRE(h.breakpoints.empty());
}

TEST_CASE("mouse clicks place the caret, double-click selects a word, drag selects") {
    Harness h;
    editor::editor_set_text(h.state, "async def main():\n    await asyncio.sleep(1)\n");
    h.click(h.at(1, 10.2f));
    REQUIRE(h.state.buffer.cursor() == editor::TextPos{1, 10});
    h.click(h.at(1, 6.0f));
    h.click(h.at(1, 6.0f));
    REQUIRE(h.state.buffer.selected_text() == "await");
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 30; ++i) h.frame(); // past the double-click time
    io.MousePos = h.at(0, 4.0f);
    h.frame();
    io.MouseDown[0] = true;
    h.frame();
    io.MousePos = h.at(0, 9.0f);
    h.frame();
    io.MouseDown[0] = false;
    h.frame();
    REQUIRE(h.state.buffer.selected_text() == "c def");
}

TEST_CASE("escape clears a selection and keeps focus; a second escape leaves the editor") {
    Harness h;
    editor::editor_set_text(h.state, "abc");
    h.click(h.at(0, 0));
    h.key(ImGuiKey_End, false, true);
    REQUIRE(h.state.buffer.has_selection());
    h.key(ImGuiKey_Escape);
    REQUIRE_FALSE(h.state.buffer.has_selection());
    h.type("d");
    REQUIRE(h.text() == "abcd");
    h.key(ImGuiKey_Escape);
    h.type("e");
    REQUIRE(h.text() == "abcd");
}

TEST_CASE("a read-only editor moves and copies but does not edit") {
    Harness h;
    editor::editor_set_text(h.state, "x = 1");
    h.view.read_only = true;
    h.click(h.at(0, 0));
    h.type("y");
    h.key(ImGuiKey_Backspace);
    h.key(ImGuiKey_End, false, true);
    h.key(ImGuiKey_X, true);
    REQUIRE(h.text() == "x = 1");
    REQUIRE(std::string(ImGui::GetClipboardText()) == "x = 1");
    REQUIRE_FALSE(h.events.text_changed);
}

TEST_CASE("go to line puts the caret on the line's first non-blank and focuses") {
    Harness h;
    editor::editor_set_text(h.state, "def f():\n    return 1\n");
    editor::editor_go_to(h.state, 2);
    h.frame();
    REQUIRE(h.state.buffer.cursor() == editor::TextPos{1, 4});
    h.type("x");
    REQUIRE(h.state.buffer.line(1) == "    xreturn 1");
}
