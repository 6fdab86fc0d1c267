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

} // extern "C"
#endif
