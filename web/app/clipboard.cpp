#include "clipboard.h"

#ifdef __EMSCRIPTEN__
#include "imgui.h"

#include <emscripten.h>

#include <string>

namespace loopscope {
namespace {

std::string g_text; // the last text copied here or pasted from the page

const char* get_text(void*) {
    return g_text.c_str();
}

void set_text(void*, const char* text) {
    g_text = text ? text : "";
    // Best effort: a page without clipboard access (an insecure origin, a sandboxed iframe)
    // still copies and pastes within the playground.
    // clang-format off
    EM_ASM({
        const text = UTF8ToString($0);
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(text).catch(function() {});
        }
    }, g_text.c_str());
    // clang-format on
}

} // namespace

void install_clipboard() {
    ImGuiIO& io = ImGui::GetIO();
    io.GetClipboardTextFn = get_text;
    io.SetClipboardTextFn = set_text;
    io.ClipboardUserData = nullptr;
}

} // namespace loopscope

// Called by the page's `paste` listener with the pasted text (UTF-8).
extern "C" EMSCRIPTEN_KEEPALIVE void loopscope_clipboard_paste(const char* text) {
    loopscope::g_text = text ? text : "";
}

#else

namespace loopscope {
void install_clipboard() {}
} // namespace loopscope

#endif
