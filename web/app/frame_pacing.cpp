// frame_pacing.cpp - see frame_pacing.h.
#include "frame_pacing.h"

#include <SDL.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace loopscope::pacing {
namespace {

constexpr double kAfterInput = 0.75; // seconds of frames after the last input
constexpr int kBlinkMs = 530;        // the caret's half period

struct Pacing {
    double awake_until = 0.0; // draw every frame until then
    int frames_owed = 8;      // frames still to draw whatever happens (start-up, commands)
    bool sleeping = false;    // web: the main loop is paused
};

Pacing g_pacing;

#ifdef __EMSCRIPTEN__
// clang-format off
// Input on the page resumes the main loop; a pending blink timer does too. (No arrow functions
// in EM_JS, and no clang-format: "=>" would become "= >".)
EM_JS(void, js_install_wake_listeners, (), {
    const wake = function() {
        if (Module._loopscope_wake) Module._loopscope_wake();
    };
    const events = [
        'pointerdown', 'pointermove', 'pointerup', 'mousedown', 'mousemove', 'mouseup', 'wheel',
        'keydown', 'keyup', 'touchstart', 'touchmove', 'touchend', 'touchcancel', 'resize', 'focus',
        'blur', 'paste'
    ];
    for (const name of events)
        window.addEventListener(name, wake, {capture : true, passive : true});
    document.addEventListener('visibilitychange', wake);
});

EM_JS(void, js_wake_after, (int ms), {
    if (Module.loopscopeWakeTimer) clearTimeout(Module.loopscopeWakeTimer);
    Module.loopscopeWakeTimer = setTimeout(function() {
        Module.loopscopeWakeTimer = 0;
        if (Module._loopscope_wake) Module._loopscope_wake();
    }, ms);
});
// clang-format on
#endif

} // namespace

void install() {
#ifdef __EMSCRIPTEN__
    js_install_wake_listeners();
#endif
}

void wake(int frames) {
    Pacing& p = g_pacing;
    if (frames > p.frames_owed) p.frames_owed = frames;
#ifdef __EMSCRIPTEN__
    if (p.sleeping) {
        p.sleeping = false;
        emscripten_resume_main_loop();
    }
#endif
}

bool should_draw(double now, bool input, bool moving, bool blink) {
    Pacing& p = g_pacing;
    if (input) p.awake_until = now + kAfterInput;
    bool draw = moving || now < p.awake_until || p.frames_owed > 0;
    if (!draw && blink) {
        // One frame per half period of the caret.
        static double next_blink = 0.0;
        if (now >= next_blink) {
            next_blink = now + kBlinkMs / 1000.0;
            draw = true;
        }
    }
    if (p.frames_owed > 0 && draw) --p.frames_owed;
    return draw;
}

void sleep(bool blink) {
#ifdef __EMSCRIPTEN__
    Pacing& p = g_pacing;
    if (!p.sleeping) {
        p.sleeping = true;
        emscripten_pause_main_loop();
    }
    if (blink) js_wake_after(kBlinkMs);
#else
    SDL_WaitEventTimeout(nullptr, blink ? kBlinkMs : 1000);
#endif
}

} // namespace loopscope::pacing

#ifdef __EMSCRIPTEN__
// Called by the page's input listeners and timers: resumes a sleeping app.
extern "C" EMSCRIPTEN_KEEPALIVE void loopscope_wake() {
    loopscope::pacing::wake(2);
}
#endif
