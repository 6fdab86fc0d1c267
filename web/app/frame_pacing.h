// frame_pacing.h - when the playground draws. An idle playground draws nothing: it sleeps until
// input arrives (or a command from the page, or a timer such as the editor's caret blink) and
// draws again while something moves (a run, a touch fling) and for a moment after the last
// input (hover highlights, tooltips and ImGui's own layout settle within a few frames).
//
// Web: the Emscripten main loop is paused while the app sleeps; listeners on the page resume
// it on input. Desktop: SDL_WaitEventTimeout blocks instead.
#pragma once

namespace loopscope::pacing {

// Once, at start-up (web: installs the listeners that wake the app on input).
void install();

// Something changed outside the frame loop (a command from the page): draw the next frames.
void wake(int frames = 6);

// Called each frame before drawing: `input` = events arrived; `moving` = a run or an animation
// needs frames; `blink` = a caret blinks (a frame twice a second is enough). Returns whether
// to draw this frame; when it returns false the caller skips the frame (and sleep() is due).
bool should_draw(double now, bool input, bool moving, bool blink);

// Nothing to draw: sleep until input, or until the next blink when `blink`. Web: pauses the
// main loop; desktop: waits for an SDL event.
void sleep(bool blink);

} // namespace loopscope::pacing
