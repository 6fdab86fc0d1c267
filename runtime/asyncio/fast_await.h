// fast_await.h - `await f(...)` of asyncio's own coroutine functions without their coroutine:
// untraced, a native standing in for one (asyncio.sleep, Queue.put, Queue.get) that sees its
// result awaited at once hands the await an awaitable that does what the coroutine would.
#pragma once

#include "lang/ops.h"

#include <span>

namespace loopscope {

struct AsyncState;

// The native `fn` was called by the CALL of the innermost Python frame, whose next instruction
// awaits the result (GET_AWAITABLE): nothing but the await can see what `fn` returns, so it may
// be any awaitable doing what the coroutine would. Natively only (false in the wasm build).
bool awaited_at_once(Interp& I, NativeFn fn);
// `fn` stands in for a coroutine function (asyncio.iscoroutinefunction says so of it).
void register_coroutine_stand_in(NativeFn fn);
bool is_coroutine_stand_in(Value v);
// `exc` leaves the coroutine of `fn` that a native stood in for (awaited_at_once; natively): its
// traceback gets the entry that coroutine's frame would have added, stopped at instruction
// `lasti` with `locals` (its first fast locals) and its closure's cells.
void add_stand_in_traceback(Interp& I, Value exc, FunctionObj* fn, std::span<const Value> locals,
                            int32_t lasti);
// The instruction of the last await in `code` (its SEND), or -1.
int32_t last_await(const CodeObj* code);
// An awaitable whose await ends at once with `result` (a coroutine that returned it; natively;
// AsyncState::ready_none is the one for None).
Value ready_awaitable(Interp& I, AsyncState* st, Value result);
// _Sleep0 / _sleep0 (tasks.__sleep0) and, natively, _fast_sleep into `mod`.
void init_fast_await(Interp& I, AsyncState* st, DictObj* mod);

} // namespace loopscope
