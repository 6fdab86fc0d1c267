// The page's first load has a 1.0 MB gzip budget (tools/site/size_report.py), and SDL2 as built
// for wasm brings its whole software renderer: surface conversion, every pixel-format blitter
// and RLE acceleration, about 210 KB of wasm (27 KB gzip). The playground draws with WebGL2
// through ImGui and uses only SDL's system cursors, so none of it can run; it is linked only
// because SDL's own tables reach it (a custom color cursor converts its surface, the dummy
// video driver's framebuffer saves BMP files, unlocking a surface may RLE-encode it).
//
// The web link wraps those entry points (-Wl,--wrap=..., web/CMakeLists.txt): every call from
// SDL's other files comes here instead, fails with a clear SDL error, and the linker drops the
// code behind them. The desktop build links the real functions.
#ifdef __EMSCRIPTEN__
#include <SDL.h>

extern "C" {

// as SDL_surface.c: SDL_ConvertSurface (its failure: a null surface and SDL_GetError())
SDL_Surface* __wrap_SDL_ConvertSurface(SDL_Surface*, const SDL_PixelFormat*, Uint32) {
    SDL_SetError("SDL_ConvertSurface is not in Loopscope's web build (no software rendering)");
    return nullptr;
}

// as SDL_RLEaccel.c: SDL_RLESurface (its failure: -1, the surface keeps its plain pixels)
int __wrap_SDL_RLESurface(SDL_Surface*) {
    return -1;
}

// as SDL_RLEaccel.c: SDL_UnRLESurface. Only SDL_RLESurface sets SDL_RLEACCEL, so no surface
// has it: decoding is clearing a flag that is not there.
void __wrap_SDL_UnRLESurface(SDL_Surface* surface, int) {
    surface->flags &= ~SDL_RLEACCEL;
}

// Joysticks, game controllers and audio: the app initializes SDL's video and timer subsystems
// only (main.cpp), and ImGui's gamepad navigation is off, so these subsystems never start; SDL
// reaches them from SDL_InitSubSystem/SDL_QuitSubSystem, the event pump and ImGui's SDL backend.
// Each stub is what SDL answers with the subsystem not initialized (SDL_joystick.c,
// SDL_gamecontroller.c, SDL_audio.c), or its failure to start.
int __wrap_SDL_JoystickInit(void) {
    return SDL_SetError("joysticks are not in Loopscope's web build");
}
void __wrap_SDL_JoystickQuit(void) {}
int __wrap_SDL_GameControllerInit(void) {
    return SDL_SetError("game controllers are not in Loopscope's web build");
}
void __wrap_SDL_GameControllerQuit(void) {}
void __wrap_SDL_JoystickUpdate(void) {}
int __wrap_SDL_NumJoysticks(void) {
    return 0;
}
// as SDL_JoystickEventState: the joystick events' state, queried or set through SDL_EventState
int __wrap_SDL_JoystickEventState(int state) {
    static const Uint32 events[] = {SDL_JOYAXISMOTION,    SDL_JOYBALLMOTION,    SDL_JOYHATMOTION,
                                    SDL_JOYBUTTONDOWN,    SDL_JOYBUTTONUP,      SDL_JOYDEVICEADDED,
                                    SDL_JOYDEVICEREMOVED, SDL_JOYBATTERYUPDATED};
    if (state == SDL_QUERY) {
        int result = SDL_DISABLE;
        for (Uint32 type : events) {
            result = SDL_EventState(type, SDL_QUERY);
            if (result == SDL_ENABLE) break;
        }
        return result;
    }
    for (Uint32 type : events) (void)SDL_EventState(type, state);
    return state;
}
SDL_GameController* __wrap_SDL_GameControllerOpen(int) {
    SDL_SetError("game controllers are not in Loopscope's web build");
    return nullptr;
}
Sint16 __wrap_SDL_GameControllerGetAxis(SDL_GameController*, SDL_GameControllerAxis) {
    return 0;
}
Uint8 __wrap_SDL_GameControllerGetButton(SDL_GameController*, SDL_GameControllerButton) {
    return 0;
}
int __wrap_SDL_AudioInit(const char*) {
    return SDL_SetError("audio is not in Loopscope's web build");
}
void __wrap_SDL_AudioQuit(void) {}

} // extern "C"
#endif
