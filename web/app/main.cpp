// Platform layer of the playground: SDL2 window + OpenGL context, the frame loop, and the
// device-pixel-ratio bookkeeping that keeps text sharp. Everything drawn lives in layout.cpp.
//
// Web: SDL2 (built for wasm) renders into <canvas id="canvas"> with WebGL2. The canvas is sized
// by CSS (web/shell/style.css); SDL keeps its backing store at CSS size x devicePixelRatio and
// reports window size = CSS pixels, drawable size = device pixels. After each frame the page
// can read window.loopscope = {ready, frames, pixelRatio, width, height, version, frameMs,
// readyAt}; automation.cpp adds the commands (setCode, run, step, getState...).
//
// UI zoom (Ctrl +/-) scales the whole UI like a browser zoom does: ImGui's display size is the
// window divided by the zoom, its framebuffer scale multiplied by it, and fonts are rasterized
// for pixel ratio x zoom, so text stays sharp at every zoom.
//
// Desktop: the same UI in a resizable window. `--screenshot out.ppm` renders a few frames,
// saves the framebuffer and exits (used to look at the desktop build under Xvfb).
#include <SDL.h>

#include "a11y_bridge.h"
#include "app_model.h"
#include "automation.h"
#include "clipboard.h"
#include "core/version.h"
#include "fonts.h"
#include "frame_pacing.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "layout.h"
#include "test_hooks.h"
#include "theme.h"
#include "touch.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#include <emscripten.h>
#else
#include <SDL_opengl.h>
#endif

namespace {

struct App {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    loopscope::AppModel model;       // what the panels show
    loopscope::fonts::FontSet fonts; // faces of the current atlas
    float pixel_ratio = 0.0f;        // ratio the font atlas was built for (0 = none yet)
    double last_frame_s = 0.0;       // wall clock of the previous frame (for dt)
    long frames = 0;                 // frames rendered so far
    bool quit = false;
    const char* screenshot_path = nullptr; // desktop: save the framebuffer here after a few frames
    int steps = 0;                         // desktop: step this many events before the screenshot
    int width = 1280, height = 800;        // desktop: initial window size
    int measure = 0;                       // desktop: frames to time after the run, then exit
    int measured = 0;                      // frames timed so far
    double measured_ms = 0.0, measured_max = 0.0; // their CPU time
    bool run = false;                             // desktop: run (instantly) before the screenshot
    const char* code_path = nullptr; // desktop: load this program instead of the sample
    const char* lesson_id = nullptr; // desktop: open this lesson
    loopscope::RunTab tab = loopscope::RunTab::Console;         // desktop: the lower tab to show
    bool profile = std::getenv("LOOPSCOPE_PROFILE") != nullptr; // print each frame's times
    std::vector<SDL_Event> late_key_ups; // key releases handed to ImGui one frame late (frame())
};

#ifdef __EMSCRIPTEN__
// Publishes the page-visible state the shell and the browser tests wait on.
EM_JS(void, publish_frame,
      (long frames, float ratio, int width, int height, const char* version, double frame_ms,
       double run_ms, double snapshot_ms, double gl_ms, int vertices),
      {
          const state = window.loopscope || (window.loopscope = {});
          state.frames = frames;
          state.frameMs = frame_ms;
          // CPU time of recent frames (ms), for measuring in the page, and for each the parts
          // that ran the program, brought the snapshot to the cursor and handed the vertices
          // (how many) to WebGL.
          const recent = state.frameTimes || (state.frameTimes = []);
          const parts = state.frameParts || (state.frameParts = []);
          recent.push(frame_ms);
          parts.push([ run_ms, snapshot_ms, gl_ms, vertices ]);
          if (recent.length > 600) recent.shift();
          if (parts.length > 600) parts.shift();
          state.pixelRatio = ratio;
          state.width = width;
          state.height = height;
          state.version = UTF8ToString(version);
          // The accessible page lays its elements over the widgets where they are now.
          if (window.loopscopeA11y) window.loopscopeA11y.frame();
          if (!state.ready) {
              state.ready = true;
              state.readyAt = performance.now(); // ms since navigation started
              window.dispatchEvent(new Event('loopscope-ready'));
          }
      });
#endif

// Device pixels per window unit: the backing store's scale (2 on a "retina" screen).
float window_pixel_ratio(SDL_Window* window) {
    int w = 0, h = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(window, &w, &h);
    SDL_GL_GetDrawableSize(window, &dw, &dh);
    if (w <= 0 || dw <= 0) return 1.0f;
    return static_cast<float>(dw) / static_cast<float>(w);
}

#ifndef __EMSCRIPTEN__
// lessons/ next to the sources: $LOOPSCOPE_LESSONS, else searched upwards from the working
// directory and from the executable (build/<dir>/loopscope_app).
std::string find_lessons_root() {
    if (const char* env = std::getenv("LOOPSCOPE_LESSONS")) return env;
    std::vector<std::string> bases = {"."};
    if (char* base = SDL_GetBasePath()) {
        bases.emplace_back(base);
        SDL_free(base);
    }
    for (const std::string& b : bases) {
        std::string dir = b;
        for (int up = 0; up < 4; ++up) {
            const std::string candidate = dir + "/lessons";
            if (FILE* f = std::fopen((candidate + "/README.md").c_str(), "rb")) {
                std::fclose(f);
                return candidate;
            }
            dir += "/..";
        }
    }
    return "";
}

// Writes the current framebuffer as a binary PPM (top row first).
bool save_ppm(const char* path, int width, int height) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    FILE* f = std::fopen(path, "wb");
    if (!f) return false;
    std::fprintf(f, "P6\n%d %d\n255\n", width, height);
    for (int y = height - 1; y >= 0; --y) {
        std::fwrite(pixels.data() + static_cast<size_t>(y) * width * 3, 1, width * 3, f);
    }
    return std::fclose(f) == 0;
}
#endif

double wall_seconds() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

void frame(void* arg) {
    App& app = *static_cast<App*>(arg);
    const double t_start = wall_seconds();
    bool input = false;
    int win_w = 0, win_h = 0;
    SDL_GetWindowSize(app.window, &win_w, &win_h);
    // ImGui 1.86 samples the keys once per frame: a key pressed and released between two frames
    // (a quick tap on a slow frame: Enter in a lesson's answer box, an arrow in the editor) would
    // never be seen. Such a release reaches ImGui one frame later (a frame is drawn for it).
    for (SDL_Event& late : app.late_key_ups) ImGui_ImplSDL2_ProcessEvent(&late);
    if (!app.late_key_ups.empty()) input = true;
    app.late_key_ups.clear();
    std::vector<SDL_Scancode> pressed_now;
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        input = true;
        if (event.type == SDL_KEYUP && std::find(pressed_now.begin(), pressed_now.end(),
                                                 event.key.keysym.scancode) != pressed_now.end()) {
            app.late_key_ups.push_back(event);
            continue;
        }
        if (event.type == SDL_KEYDOWN) pressed_now.push_back(event.key.keysym.scancode);
        if (event.type == SDL_QUIT) app.quit = true;
        // Touches become taps, swipes and drags (touch.h) rather than raw mouse presses.
        if (loopscope::touch::process_event(event, static_cast<float>(win_w),
                                            static_cast<float>(win_h))) {
            continue;
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
        if (event.type == SDL_KEYDOWN) {
            const Uint16 mod = event.key.keysym.mod;
            app.model.keys.push_back({static_cast<int>(event.key.keysym.scancode),
                                      (mod & KMOD_SHIFT) != 0,
                                      (mod & (KMOD_CTRL | KMOD_GUI)) != 0});
        }
        if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
            event.window.windowID == SDL_GetWindowID(app.window)) {
            app.quit = true;
        }
    }

    // An idle playground sleeps (frame_pacing.h): frames are drawn while a run or a gesture
    // moves, for a moment after input, and for the editor's caret blink.
    const bool moving = app.model.playing || app.model.run->busy() || loopscope::touch::active() ||
                        app.screenshot_path || app.measure;
    const bool blink = app.model.code.was_focused || loopscope::a11y::code_field_focused();
    if (!loopscope::pacing::should_draw(t_start, input, moving, blink)) {
        loopscope::pacing::sleep(blink);
        return;
    }
    const double dt = app.last_frame_s > 0.0 ? std::min(0.25, t_start - app.last_frame_s) : 0.0;
    app.last_frame_s = t_start;

    // A new pixel ratio (first frame, browser zoom, window moved to another screen) needs a
    // font atlas rasterized for it.
    const float zoom = app.model.zoom;
    const float ratio = window_pixel_ratio(app.window) * zoom;
    if (std::fabs(ratio - app.pixel_ratio) > 0.01f) {
        const bool had_atlas = app.pixel_ratio > 0.0f;
        app.fonts = loopscope::fonts::load(ratio);
        if (had_atlas) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        app.pixel_ratio = ratio;
    }

    // The run advances first, within its slice of the frame budget.
    loopscope::advance_frame(app.model, dt);
    const double t_ui = wall_seconds();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    if (zoom != 1.0f) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(io.DisplaySize.x / zoom, io.DisplaySize.y / zoom);
        io.DisplayFramebufferScale =
            ImVec2(io.DisplayFramebufferScale.x * zoom, io.DisplayFramebufferScale.y * zoom);
        if (io.MousePos.x > -1e30f)
            io.MousePos = ImVec2(io.MousePos.x / zoom, io.MousePos.y / zoom);
    }
    loopscope::touch::new_frame(ImGui::GetIO(), zoom, dt);
    loopscope::set_target_scale(zoom);
    ImGui::NewFrame();
    loopscope::touch::after_new_frame();
    loopscope::draw_app(app.model, app.fonts, SDL_GetTicks() / 1000.0);
    loopscope::end_target_frame();
    ImGui::Render();

    int width = 0, height = 0;
    SDL_GL_GetDrawableSize(app.window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 clear = loopscope::theme::rgb_vec(loopscope::theme::kBackground);
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    const double t_gl = wall_seconds();
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    const double gl_ms = (wall_seconds() - t_gl) * 1000.0;
    ++app.frames;
    const double ui_ms = (wall_seconds() - t_ui) * 1000.0;
    const double frame_ms = (wall_seconds() - t_start) * 1000.0;
    app.model.budget.frame_done(frame_ms);
    if (app.profile) {
        std::fprintf(
            stderr,
            "frame %.2f ms (ui %.2f ms of which GL %.2f, run %.2f ms, next slice %.2f ms)\n",
            frame_ms, ui_ms, gl_ms, app.model.budget.run_ms, app.model.budget.slice_ms());
    }

#ifdef __EMSCRIPTEN__
    int css_w = 0, css_h = 0;
    SDL_GetWindowSize(app.window, &css_w, &css_h);
    publish_frame(app.frames, window_pixel_ratio(app.window), css_w, css_h, loopscope::version(),
                  frame_ms, app.model.budget.run_ms, app.model.budget.snapshot_ms, gl_ms,
                  ImGui::GetDrawData()->TotalVtxCount);
#else
    if ((app.screenshot_path || app.measure) && app.frames == 2) {
        for (int i = 0; i < app.steps; ++i) {
            loopscope::cmd_step_event(app.model);
            while (app.model.run->busy()) app.model.run->tick(1000000);
        }
        if (app.run) {
            app.model.mode = loopscope::RunMode::Instant;
            loopscope::cmd_run(app.model);
        }
        app.model.run_tab = app.tab;
    }
    // --measure N: CPU time of N frames once the run has ended.
    if (app.measure > 0 && app.frames >= 5 && !(app.model.playing || app.model.run->busy())) {
        app.measured_ms += frame_ms;
        app.measured_max = std::max(app.measured_max, frame_ms);
        if (++app.measured == app.measure) {
            std::printf("frames %d: avg %.2f ms, max %.2f ms CPU per frame\n", app.measured,
                        app.measured_ms / app.measured, app.measured_max);
            if (!app.screenshot_path) app.quit = true;
        }
    }
    // The screenshot waits for a run to end (at most ~10 s of frames).
    if (app.screenshot_path && app.frames >= 5 && app.measured >= app.measure &&
        (!(app.model.playing || app.model.run->busy()) || app.model.run->snapshot().blocked ||
         app.frames > 600)) {
        if (!save_ppm(app.screenshot_path, width, height)) {
            std::fprintf(stderr, "loopscope_app: cannot write %s\n", app.screenshot_path);
        }
        app.quit = true;
    }
#endif
    SDL_GL_SwapWindow(app.window);
}

} // namespace

int main(int argc, char** argv) {
    App app;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 && i + 1 < argc) {
            app.screenshot_path = argv[++i];
        } else if (std::strcmp(argv[i], "--steps") == 0 && i + 1 < argc) {
            app.steps = std::atoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--size") == 0 && i + 1 < argc) {
            std::sscanf(argv[++i], "%dx%d", &app.width, &app.height);
        } else if (std::strcmp(argv[i], "--measure") == 0 && i + 1 < argc) {
            app.measure = std::atoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--run") == 0) {
            app.run = true;
        } else if (std::strcmp(argv[i], "--tab") == 0 && i + 1 < argc) {
            const char* t = argv[++i];
            app.tab = std::strcmp(t, "tasks") == 0  ? loopscope::RunTab::Tasks
                      : std::strcmp(t, "sync") == 0 ? loopscope::RunTab::Primitives
                                                    : loopscope::RunTab::Console;
        } else if (std::strcmp(argv[i], "--lesson") == 0 && i + 1 < argc) {
            app.lesson_id = argv[++i];
        } else if (std::strcmp(argv[i], "--time-axis") == 0) {
            app.model.timeline.axis = loopscope::ui::timeline::Axis::Time;
        } else if (std::strcmp(argv[i], "--light") == 0) {
            app.model.dark = false;
        } else if (std::strcmp(argv[i], "--code") == 0 && i + 1 < argc) {
            app.code_path = argv[++i];
        } else if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("loopscope_app %s\n", loopscope::version());
            return 0;
        } else {
            std::fprintf(stderr,
                         "usage: loopscope_app [--code main.py] [--size WxH] [--steps N] [--run] "
                         "[--tab console|tasks|sync] [--lesson ID] [--time-axis] [--light] "
                         "[--screenshot out.ppm] "
                         "[--version]\n");
            return 2;
        }
    }

    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "loopscope_app: SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
#ifdef __EMSCRIPTEN__
    // WebGL2 = OpenGL ES 3.0.
    const char* glsl_version = "#version 300 es";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    // Keyboard input only while the canvas has focus, so the page stays usable around it.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
#else
    const char* glsl_version = "#version 130";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

    const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE |
                                                    SDL_WINDOW_ALLOW_HIGHDPI);
    app.window = SDL_CreateWindow("Loopscope", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                  app.width, app.height, flags);
    if (!app.window) {
        std::fprintf(stderr, "loopscope_app: cannot create window: %s\n", SDL_GetError());
        return 1;
    }
    app.gl = SDL_GL_CreateContext(app.window);
    if (!app.gl) {
        std::fprintf(stderr, "loopscope_app: cannot create an OpenGL context: %s\n",
                     SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(app.window, app.gl);
    SDL_GL_SetSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is code, not a saved file
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    loopscope::theme::set_variant(true);
    ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
    loopscope::install_clipboard();
    ImGui_ImplOpenGL3_Init(glsl_version);
    const bool dark = app.model.dark;
    const auto axis = app.model.timeline.axis;
    app.model = loopscope::make_initial_model();
    app.model.dark = dark;
    app.model.timeline.axis = axis;
    loopscope::theme::set_variant(dark);
    if (app.code_path) {
        FILE* f = std::fopen(app.code_path, "rb");
        if (!f) {
            std::fprintf(stderr, "loopscope_app: cannot read %s\n", app.code_path);
            return 1;
        }
        std::string code;
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) code.append(buf, n);
        std::fclose(f);
        loopscope::cmd_set_code(app.model, code);
    }
    loopscope::automation::install(&app.model);
    loopscope::pacing::install();
#ifndef __EMSCRIPTEN__
    // Desktop: the lessons/ folder of the source tree (or $LOOPSCOPE_LESSONS).
    if (const std::string root = find_lessons_root(); !root.empty()) {
        loopscope::set_lessons(app.model, loopscope::lessons::load_lessons(root).lessons);
    }
#endif
    if (app.lesson_id && !loopscope::cmd_load_lesson(app.model, app.lesson_id)) {
        std::fprintf(stderr, "loopscope_app: no lesson %s\n", app.lesson_id);
    }

#ifdef __EMSCRIPTEN__
    // Hands control to the browser: frame() runs once per animation frame, forever.
    emscripten_set_main_loop_arg(frame, &app, 0, true);
#else
    while (!app.quit) frame(&app);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(app.gl);
    SDL_DestroyWindow(app.window);
    SDL_Quit();
#endif
    return 0;
}
