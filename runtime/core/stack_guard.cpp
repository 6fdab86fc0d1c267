// stack_guard.cpp - see stack_guard.h.
#include "core/stack_guard.h"

#include <cstddef>
#include <cstdint>

#if defined(__EMSCRIPTEN__)
#include <emscripten.h>
#include <emscripten/stack.h>

// V8 runs wasm frames on its own stack, which wasm cannot see: recurse in JavaScript until
// about 75 KB are used, and report whether that raised RangeError (caught here, so nothing
// unwinds through the interpreter). A frame of `down` takes ~144 bytes under V8 (measured).
// Recursion through map or dict keys costs ~1 KB of V8's stack a level in Chromium, so each
// 150 frames of reserve is ~17 levels of depth: with 1,000 frames it ended near depth 972, with
// 760 (after run_frame's wasm frame grew again) at 974; 520 (~75 KB) lets it reach CPython's
// limit (browser/hostile).
// clang-format off
EM_JS(int, loopscope_stack_probe, (), {
    function down(n, a, b, c) { return n <= 0 ? a : 1 + down(n - 1, b, c, a); }
    try {
        down(520, 0, 0, 0);
        return 1;
    } catch (e) {
        return 0;
    }
});
// clang-format on

namespace loopscope::stack_guard {
namespace {
// The linear memory's stack (-sTOTAL_STACK: 5 MB in the page, 8 MB for node) holds the C++
// locals whose address is taken: ~4.9 KB a level through native code, run_frame's ~4.3 KB of
// it, against 0.7-2.3 KB of V8's stack. V8's stack has run out first so far, but where its
// frames are small (before V8 optimizes a function, or with a larger --stack-size) this one
// runs out first, and past its end lie the static data it silently overwrites. Reserve: as
// natively.
constexpr size_t kLinearReserve = 256 * 1024;
} // namespace

bool low() {
    return emscripten_stack_get_free() < kLinearReserve || loopscope_stack_probe() == 0;
}
} // namespace loopscope::stack_guard

#elif defined(__linux__)
#include <pthread.h>

namespace loopscope::stack_guard {
namespace {
constexpr size_t kReserve = 256 * 1024;

// The lowest usable address of this thread's stack (0 when unknown).
uintptr_t stack_floor() {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    void* addr = nullptr;
    size_t size = 0;
    const int got = pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    return got == 0 ? reinterpret_cast<uintptr_t>(addr) : 0;
}
} // namespace

bool low() {
    static thread_local const uintptr_t floor = stack_floor();
    if (floor == 0) return false;
    const auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    return here < floor + kReserve;
}
} // namespace loopscope::stack_guard

#else
namespace loopscope::stack_guard {
bool low() {
    return false;
}
} // namespace loopscope::stack_guard
#endif
