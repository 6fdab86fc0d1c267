// fast_paths.h - whether this build has asyncio's untraced fast paths (locks_fast.cpp,
// gather_fast.cpp, queues.cpp's waits): natively, and in the wasm CLI, which compiles its own
// copies of those files with LOOPSCOPE_WASM_FAST_PATHS (cmake/LoopscopeCli.cmake). The page's
// wasm leaves them out: it always records a trace, where the Python paths run anyway, and its
// first load is size-bound.
#pragma once

#if !defined(__EMSCRIPTEN__) || defined(LOOPSCOPE_WASM_FAST_PATHS)
#define LOOPSCOPE_ASYNC_FAST_PATHS 1
#else
#define LOOPSCOPE_ASYNC_FAST_PATHS 0
#endif
