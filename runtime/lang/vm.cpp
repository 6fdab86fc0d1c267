// vm.cpp - the dispatch loop.
//
// run_frame() executes instructions of the innermost frame (I.frame). Python calls push a frame
// and continue here; generators and coroutines resumed by SEND / FOR_ITER link their frame on
// top and continue here; `yield` and `return` pop back to the resumer. The loop returns to its
// native caller only when the entry frame returns, yields or lets an exception escape.
//
// Exceptions: a failing instruction jumps to `error`, which records a traceback line and looks
// for a handler in the frame's exception table (compiler_stmt.cpp builds it); without one the
// frame is popped and the search continues in the caller, at the instruction that called.
#include "lang/bigint.h"
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/finalize.h"
#include "lang/frame_objects.h"
#include "lang/func_desc.h"
#include "lang/match_ops.h"
#include "lang/opcodes.h"
#include "lang/ops.h"
#include "lang/seq_iter.h"
#include "lang/suggestions.h"
#include "lang/vm_cold.h"
#include "lang/vm_hooks.h"
#include "lang/vm_internal.h"

#include <atomic>
#include <cstring>

namespace loopscope {

const char* op_name(Op op) {
    switch (op) {
#define LS_OP_NAME(name, effect)                                                                   \
    case Op::name: return #name;
        LS_OPCODES(LS_OP_NAME)
#undef LS_OP_NAME
        default: return "?";
    }
}

static const ExcEntry* find_handler(CodeObj* code, int32_t lasti) {
    for (const ExcEntry& e : code->handlers)
        if (uint32_t(lasti) >= e.start && uint32_t(lasti) < e.end) return &e;
    return nullptr;
}

void finish_generator(Interp& I, GenObj* g) {
    fin_unwatch(I, g);
    if (g->frame) {
        Frame::destroy(g->frame);
        g->frame = nullptr;
    }
    g->running = false;
}

// The values a frame drops when it returns or unwinds (finalize.h): its fast locals and the
// value stack up to `sp`. True when one of them carries a finalizer.
static bool frame_drops(Interp& I, Frame* f, Value* sp) {
    bool any = false;
    for (int32_t i = 0, n = f->code->nlocals(); i < n; ++i)
        any |= fin_dropped_deep(I, f->slots[i], true, I.depth);
    for (Value* v = f->stack_base(); v < sp; ++v) any |= fin_dropped_deep(I, *v, true, I.depth);
    return any;
}

// PEP 479: StopIteration escaping a generator body becomes RuntimeError.
static void convert_stop_iteration(Interp& I, GenObj* g) {
    bool is_stop =
        exc_matches(I, I.exc, I.t.StopIteration) ||
        (g->gkind == GenKind::AsyncGenerator && exc_matches(I, I.exc, I.t.StopAsyncIteration));
    if (!is_stop) return;
    const char* what = g->gkind == GenKind::Coroutine ? "coroutine raised StopIteration"
                       : g->gkind == GenKind::AsyncGenerator
                           ? (exc_matches(I, I.exc, I.t.StopAsyncIteration)
                                  ? "async generator raised StopAsyncIteration"
                                  : "async generator raised StopIteration")
                           : "generator raised StopIteration";
    Value cause = I.exc;
    Value err = make_exception(I, I.t.RuntimeError, what);
    auto* e = as<ExceptionObj>(err);
    e->cause = cause;
    e->context = cause;
    e->suppress_context = true;
    I.exc = err;
}

// run_nested's body, inlined into call_function too: in wasm a level of recursion through
// native code costs V8 stack per native frame.
[[gnu::always_inline]] static inline Value enter_nested(Interp& I, Frame* fr) {
    if (I.depth + 1 > I.recursion_limit || native_stack_low(I)) {
        Frame::destroy(fr);
        return raise(I, I.t.RecursionError, "maximum recursion depth exceeded");
    }
    // Entering Python from native code is a tick: a native loop that calls a function without
    // loops (a dict lookup restarted by an __eq__ that mutates the dict) is bounded too.
    if (I.ticks >= 0 && --I.ticks < 0 && out_of_ticks(I, false) == TickOutcome::Stop) {
        Frame::destroy(fr);
        return Value::error();
    }
    fr->back = I.frame;
    I.frame = fr;
    ++I.depth;
    RunResult r = run_frame(I, fr, false);
    return r.status == RunStatus::Returned ? r.value : Value::error();
}

Value run_nested(Interp& I, Frame* fr) {
    return enter_nested(I, fr);
}

Value call_function(Interp& I, FunctionObj* f, const CallArgs& a, Value self) {
    Frame* fr = make_call_frame(I, f, a, self);
    if (!fr) return Value::error();
    if (f->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        return make_generator(I, f, fr);
    return enter_nested(I, fr);
}

RunResult resume_frame(Interp& I, Frame* entry) {
    return run_frame(I, entry, false);
}

void abandon_frames(Interp& I, Frame* entry) {
    Frame* stop = entry->back;
    for (Frame* f = I.frame; f && f != stop;) {
        Frame* back = f->back;
        I.depth -= 1 + frame_levels(f);
        if (f->gen) {
            f->gen->running = false;
            f->back = nullptr;
        } else {
            Frame::destroy(f);
        }
        f = back;
    }
    I.frame = stop;
}

Value current_handled_exception(Interp& I) {
    for (Frame* f = I.frame; f; f = f->back)
        if (f->handled) return Value::object(f->handled);
    return Value::none();
}

void set_exception_context(Interp& I, Value exc) {
    if (!is_kind(exc, Kind::Exception)) return;
    Value handled = current_handled_exception(I);
    if (handled.is_none() || handled.same(exc)) return;
    // Avoid a cycle in the context chain (as _PyErr_SetObject).
    Value o = handled;
    while (is_kind(o, Kind::Exception)) {
        auto* e = as<ExceptionObj>(o);
        if (e->context.same(exc)) {
            e->context = Value::none();
            break;
        }
        o = e->context;
    }
    as<ExceptionObj>(exc)->context = handled;
}

void set_import_error_name(Interp& I, Value exc, std::string_view module); // exceptions_os.cpp

void add_traceback(Interp& I, Value exc, Frame* f) {
    if (!is_kind(exc, Kind::Exception)) return;
    // The caller's frame object too: tb_frame.f_back still answers after `f` ends.
    if (f->back) frame_object(I, f->back);
    as<ExceptionObj>(exc)->traceback.push_back(
        TracebackEntry{f->code, f->line(), f->lasti(), frame_object(I, f)});
}

// A call of run_frame: when natives that do not root what they hold are running below it, it
// pins the heap's newest object for as long as it runs (heap.h). The Python code it runs is
// rooted code: natives it calls are counted afresh.
namespace {
struct Reentry {
    Interp& I;
    int32_t saved_unrooted;
    explicit Reentry(Interp& interp) : I(interp), saved_unrooted(interp.unrooted_natives) {
        if (saved_unrooted > 0) I.heap.pin();
        I.unrooted_natives = 0;
        ++I.reentries;
    }
    ~Reentry() {
        // Code that could not pause ran on a chunk of overrun ticks (budget.cpp): the rest of
        // the chunk is given back, so the caller pauses at its next tick if it can.
        if (I.overrun_ticks > 0 && I.ticks > 0) {
            I.overrun_ticks -= I.ticks;
            I.ticks = 0;
        }
        if (saved_unrooted > 0) I.heap.unpin();
        I.unrooted_natives = saved_unrooted;
        --I.reentries;
    }
};

// gen_drain's step between two items of the generator `g` whose frame `entry` run_frame runs:
// what the run's end (Reentry's), iter_next_unticked, the consumer's loop and the next gen_send
// (its checks, link_gen, the next run's Reentry) do, in their order, but for two things the
// whole drain keeps: the heap's pin (the items' garbage stays collectable) and an overrun
// chunk's rest (given back when the run ends: the consumer cannot pause before, and a chunk is
// capped at the limit, so a stop falls on the same tick as with a give-back per item). -1 with
// I.exc set: the run ends Raised; 0: the sink stopped, the run ends Yielded; 1: the run goes on
// (the frame relinked), or ends Returned when the sink's code finished the generator.
[[gnu::noinline]] int feed_sink(Interp& I, Reentry& re, const YieldSink& sink, GenObj* g,
                                Value item) {
    I.unrooted_natives = re.saved_unrooted;
    --I.reentries;
    --I.native_depth;
    int r = sink.fn(I, sink.ctx, item);
    if (r > 0 && !native_tick(I)) r = -1;
    if (r > 0 && g->frame && g->running) {
        raise(I, I.t.ValueError, "generator already executing");
        r = -1;
    }
    ++I.native_depth;
    if (r > 0 && g->frame) {
        if (I.depth + 1 > I.recursion_limit || native_stack_low(I)) {
            raise(I, I.t.RecursionError, "maximum recursion depth exceeded");
            r = -1;
        } else {
            Frame* fr = g->frame;
            fr->back = I.frame;
            I.frame = fr;
            g->running = true;
            ++I.depth;
            *fr->sp++ = Value::none();
        }
    }
    I.unrooted_natives = 0;
    ++I.reentries;
    return r;
}

// A key whose hash and equality with its own kind run no Python code: an exact str, an int.
[[gnu::always_inline]] inline bool plain_key(Interp& I, Value k) {
    return k.tag == Tag::Int || (k.is_obj() && k.o->type == I.t.str);
}

// Under LOOPSCOPE_GC_STRESS: collect at every safe point of a run nested in native code (where
// natives are suspended), and at every 64th elsewhere.
bool stress_collects(Interp& I) {
    static uint32_t n = 0;
    return I.reentries > 1 || (++n & 63) == 0;
}
} // namespace

// BINARY_OP's int op int other than + - * (as small_binop in ops_arith.cpp, whose errors and
// big results stay cold). False: the cold handler runs it.
[[gnu::always_inline]] static inline bool int_binop_rest(int64_t x, int64_t y, BinOp op,
                                                         Value* out) {
    int64_t r;
    switch (op) {
        case BinOp::TrueDiv: {
            const int64_t lim = int64_t(1) << 53; // exact as doubles
            if (y == 0 || x < -lim || x > lim || y < -lim || y > lim) return false;
            *out = Value::floating(double(x) / double(y));
            return true;
        }
        case BinOp::FloorDiv: // floors (checked_floordiv)
            if (y == 0 || (x == INT64_MIN && y == -1)) return false;
            r = x / y;
            if (x % y != 0 && (x < 0) != (y < 0)) --r;
            break;
        case BinOp::Mod: // the sign of y (py_mod)
            if (y == 0) return false;
            r = y == -1 ? 0 : x % y;
            if (r != 0 && (r < 0) != (y < 0)) r += y;
            break;
        case BinOp::LShift:
            if (y < 0 || !checked_shl(x, y, &r)) return false;
            break;
        case BinOp::RShift:
            if (y < 0) return false;
            r = py_shr(x, y);
            break;
        case BinOp::And: r = x & y; break;
        case BinOp::Or: r = x | y; break;
        case BinOp::Xor: r = x ^ y; break;
        default: return false;
    }
    *out = Value::integer(r);
    return true;
}

// COMPARE_OP's fast paths: two ints, two floats, an int and a float where the int is exact as
// a double (else int64_compare_with_double, cold). IEEE comparisons are Python's for nan.
[[gnu::always_inline]] static inline bool fast_float_compare(double x, double y, CmpOp op,
                                                             bool* out) {
    switch (op) {
        case CmpOp::Lt: *out = x < y; return true;
        case CmpOp::Le: *out = x <= y; return true;
        case CmpOp::Eq: *out = x == y; return true;
        case CmpOp::Ne: *out = x != y; return true;
        case CmpOp::Gt: *out = x > y; return true;
        case CmpOp::Ge: *out = x >= y; return true;
    }
    return false;
}

[[gnu::always_inline]] static inline bool fast_compare(Value a, Value b, CmpOp op, bool* out) {
    if (a.tag == Tag::Int && b.tag == Tag::Int) {
        const int64_t x = a.i, y = b.i;
        switch (op) {
            case CmpOp::Lt: *out = x < y; return true;
            case CmpOp::Le: *out = x <= y; return true;
            case CmpOp::Eq: *out = x == y; return true;
            case CmpOp::Ne: *out = x != y; return true;
            case CmpOp::Gt: *out = x > y; return true;
            case CmpOp::Ge: *out = x >= y; return true;
        }
        return false;
    }
    if (a.tag == Tag::Float && b.tag == Tag::Float) return fast_float_compare(a.f, b.f, op, out);
    const int64_t lim = int64_t(1) << 53; // ints exact as doubles
    if (a.tag == Tag::Float && b.tag == Tag::Int && b.i >= -lim && b.i <= lim)
        return fast_float_compare(a.f, double(b.i), op, out);
    if (a.tag == Tag::Int && b.tag == Tag::Float && a.i >= -lim && a.i <= lim)
        return fast_float_compare(double(a.i), b.f, op, out);
    return false;
}

// LOAD_GLOBAL's cache entry `c` (object.h) when it answers for the name in the globals `g`: the
// value, else nullptr.
[[gnu::always_inline]] static inline const Value*
global_cache_hit(CodeObj::GlobalCache& c, DictObj* g, DictObj* bi, StrObj* name) {
    if (c.globals_version == g->version && c.builtins_version == bi->version) return &c.value;
    if (c.index < 0 || size_t(c.index) >= g->entries.size()) return nullptr;
    const DictObj::Entry& e = g->entries[size_t(c.index)];
    if (e.key_obj() != name) return nullptr;
    // the name is still bound there: its value is current (the builtins cannot shadow it)
    c = CodeObj::GlobalCache{g->version, bi->version, e.value(), c.index};
    return &c.value;
}

// The cache entry of a module frame's name i after LOAD_NAME / STORE_NAME found it the slow way
// (`v`), as cold_load_global fills it.
[[gnu::noinline]] static void fill_global_cache(Interp& I, CodeObj* code, uint32_t i, DictObj* g,
                                                Value v) {
    if (code->global_cache.size() != code->names.size())
        code->global_cache.resize(code->names.size());
    int64_t pos = dict_find_str(g, code->names[i]);
    code->global_cache[i] = CodeObj::GlobalCache{g->version, I.builtins->version, v, pos};
}

// Native GCC/clang builds dispatch by computed goto (each handler jumps to the next one's
// handler); wasm keeps the switch, which clang compiles to one br_table anyway.
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__)
#define LS_COMPUTED_GOTO 1
#define TARGET(op)                                                                                 \
    case Op::op:                                                                                   \
        L_##op:
#else
#define LS_COMPUTED_GOTO 0
#define TARGET(op) case Op::op:
#endif
// GCC merges the handlers' identical ends (their dispatch) back into one jump unless told not to.
#if LS_COMPUTED_GOTO && !defined(__clang__)
#define LS_RUN_FRAME_ATTRS [[gnu::optimize("no-crossjumping")]]
#else
#define LS_RUN_FRAME_ATTRS
#endif
// The ops with a case in run_frame's switch (a missing one is an unused label: an error).
// clang-format off
#define LS_WARM_OPS(X)                                                                             \
    X(NOP) X(POP_TOP) X(PUSH_NULL) X(COPY) X(SWAP) X(LOAD_CONST) X(LOAD_FAST) X(STORE_FAST)        \
    X(LOAD_DEREF) X(LOAD_CLOSURE) X(STORE_DEREF) X(LOAD_GLOBAL) X(LOAD_NAME) X(STORE_NAME)         \
    X(LOAD_ATTR) X(STORE_ATTR) X(LOAD_METHOD) X(BINARY_OP) X(UNARY_OP) X(COMPARE_OP) X(IS_OP)      \
    X(BINARY_SUBSCR) X(LIST_APPEND) X(UNPACK_SEQUENCE) X(JUMP) X(POP_JUMP_IF_FALSE)                \
    X(POP_JUMP_IF_TRUE) X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP) X(GET_ITER) X(FOR_ITER)     \
    X(RETURN_VALUE) X(YIELD_VALUE) X(SEND) X(END_ASYNC_FOR) X(PUSH_EXC_INFO) X(POP_EXCEPT)         \
    X(RERAISE) X(LOAD_ASSERTION_ERROR) X(KW_NAMES) X(CALL) X(CONTAINS_OP) X(STORE_SUBSCR)          \
    X(DELETE_SUBSCR) X(BUILD_SLICE) X(BINARY_SLICE) X(STORE_SLICE) X(BUILD_TUPLE) X(BUILD_LIST)    \
    X(BUILD_SET) X(BUILD_MAP) X(BUILD_STRING) X(SET_ADD) X(MAP_ADD) X(LIST_EXTEND)                 \
    X(LIST_TO_TUPLE) X(FORMAT_VALUE) X(UNPACK_EX) X(STORE_GLOBAL) X(MAKE_FUNCTION)                 \
    X(CALL_FUNCTION_EX) X(CHECK_EXC_MATCH) X(BEFORE_WITH) X(WITH_EXCEPT_START) X(GET_AWAITABLE) \
    X(LOAD_FAST__LOAD_FAST) X(LOAD_FAST__LOAD_CONST) X(LOAD_CONST__LOAD_FAST)                      \
    X(STORE_FAST__LOAD_FAST) X(STORE_FAST__STORE_FAST) X(COMPARE_OP__POP_JUMP)                     \
    X(FOR_ITER__UNPACK_SEQUENCE)
// clang-format on

LS_RUN_FRAME_ATTRS RunResult run_frame(Interp& I, Frame* entry, bool throwing,
                                       const YieldSink* sink) {
    Reentry reentry(I);
    Frame* f = I.frame;
    CodeObj* code;
    const uint32_t* code_start;
    const uint32_t* ip;
    Value* sp;
    Value* slots;
    const Value* consts;
    StrObj* const* names;
    TupleObj* kwnames = nullptr;

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        code = f->code;                                                                            \
        code_start = code->code.data();                                                            \
        ip = f->ip;                                                                                \
        sp = f->sp;                                                                                \
        slots = f->slots;                                                                          \
        consts = code->consts.data();                                                              \
        names = code->names.data();                                                                \
    } while (0)
#define SAVE_FRAME()                                                                               \
    do {                                                                                           \
        f->ip = ip;                                                                                \
        f->sp = sp;                                                                                \
    } while (0)
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PUSH(v) (*sp++ = (v))
// The end of a warm handler: computed goto jumps from here to the next instruction's handler.
#if LS_COMPUTED_GOTO
#define DISPATCH()                                                                                 \
    {                                                                                              \
        ins = *ip++;                                                                               \
        goto* dispatch[ins & 0xff];                                                                \
    }
#else
#define DISPATCH() continue
#endif
// A safe point: a collection, the memory budget, the tick budget. An error raised here (a
// MemoryError, the Stop's KeyboardInterrupt) is raised by the instruction that ends before
// `err_ip` (its handler and line): a backward jump has already moved ip to the loop's start,
// whose previous instruction may lie outside the `try` around the loop (a MemoryError raised
// there escaped `except MemoryError`) and on another line (the message of a loop stopped by the
// tick budget named the line before the loop).
#define SAFE_POINT_AT(err_ip)                                                                      \
    do {                                                                                           \
        if (I.heap.wants_collection() && (!I.heap.stress || stress_collects(I))) [[unlikely]] {    \
            SAVE_FRAME();                                                                          \
            if (!collect_at_safe_point(I)) {                                                       \
                ip = (err_ip);                                                                     \
                goto error;                                                                        \
            }                                                                                      \
        }                                                                                          \
        if (I.ticks >= 0 && --I.ticks < 0) [[unlikely]] {                                          \
            f->ip = (err_ip); /* the stop message names this instruction's line */                 \
            f->sp = sp;                                                                            \
            switch (out_of_ticks(I, entry == I.pausable_entry && I.native_depth == 0)) {           \
                case TickOutcome::Continue: f->ip = ip; break;                                     \
                case TickOutcome::Pause:                                                           \
                    f->ip = ip; /* resumes at the jump's target */                                 \
                    return RunResult{RunStatus::Paused, Value::none()};                            \
                case TickOutcome::Stop: ip = (err_ip); goto error;                                 \
            }                                                                                      \
        }                                                                                          \
    } while (0)
#define SAFE_POINT() SAFE_POINT_AT(ip)
// STORE_FAST while objects with finalizers live: the value it replaces may be their last
// reference (finalize.h).
#define STORE_FAST_PROBED()                                                                        \
    {                                                                                              \
        Value old = slots[arg];                                                                    \
        slots[arg] = POP();                                                                        \
        if (DROPS(old)) FIN_PROBE();                                                               \
        DISPATCH();                                                                                \
    }
// A reference the program's code drops (finalize.h): only while objects with finalizers live.
#define DROPS(v) (I.fin_count != 0 && !is_library_code(code) && fin_dropped_deep(I, v, false))
#define WEAK_DROPS(v) (I.fin_count != 0 && !is_library_code(code) && fin_dropped_deep(I, v))
#define FIN_PROBE()                                                                                \
    do {                                                                                           \
        SAVE_FRAME();                                                                              \
        fin_probe(I);                                                                              \
    } while (0)

// The handler of a cold instruction (or of its slow path) runs it: see `cold_done`.
#define COLD(handler)                                                                              \
    do {                                                                                           \
        SAVE_FRAME();                                                                              \
        entering = handler(I, f, sp, ins, kwnames);                                                \
        goto cold_done;                                                                            \
    } while (0)

    uint32_t ins;
// the instruction's argument: computed where a handler uses it
#define arg (ins >> 8)
    Frame* entering;
    // Line tracing (a session's line stepping) is set for the whole life of an Interp: it is
    // read once per run, not at every instruction.
    const bool tracing = I.line_hook != nullptr;
#if LS_COMPUTED_GOTO
    // Each instruction jumps to the next one's handler through this table (a jump per handler
    // end instead of the switch's bounds check); the ops without a case here are `cold`.
    // (Filled at the first run: the labels' addresses exist only in here. Each thread fills
    // them with the same values; `ready` publishes a whole table.)
    static void* handlers[256];
    static void* traced[256];
    static std::atomic<bool> ready{false};
    if (!ready.load(std::memory_order_acquire)) [[unlikely]] {
        for (int i = 0; i < 256; ++i) {
            handlers[i] = &&cold;
            traced[i] = &&trace_line;
        }
#define LS_HANDLER(op) handlers[int(Op::op)] = &&L_##op;
        LS_WARM_OPS(LS_HANDLER)
#undef LS_HANDLER
        ready.store(true, std::memory_order_release);
    }
    void* const* const dispatch = tracing ? traced : handlers;
#endif
    LOAD_FRAME();
    if (throwing) goto error;

    for (;;) {
#if LS_COMPUTED_GOTO
        ins = *ip++;
        goto* dispatch[ins & 0xff];
    trace_line:
        --ip; // the instruction is fetched again once its line is reported
#endif
        if (tracing) [[unlikely]] {
            // Report each new line of a frame once.
            int32_t ln = code->lines.empty() ? 0 : code->lines[size_t(ip - code_start)];
            if (ln != f->traced_line) {
                f->traced_line = ln;
                SAVE_FRAME();
                {
                    UnrootedNative hook(I); // it may call __repr__ (heap.h)
                    I.line_hook(I, f, ln);
                }
                if (I.ticks == 0 && entry == I.pausable_entry && I.native_depth == 0)
                    return RunResult{RunStatus::Paused, Value::none()};
            }
        }
        ins = *ip++;
        // The frequent instructions and fast paths; the rest go to `cold` (vm_cold.h).
        switch (Op(ins & 0xff)) {
            TARGET(NOP) {
                DISPATCH();
            }
            TARGET(POP_TOP) {
                --sp;
                if (WEAK_DROPS(*sp)) [[unlikely]]
                    FIN_PROBE();
                DISPATCH();
            }
            TARGET(PUSH_NULL) {
                PUSH(Value::undef());
                DISPATCH();
            }
            TARGET(COPY) {
                Value v = sp[-int(arg)];
                PUSH(v);
                DISPATCH();
            }
            TARGET(SWAP) {
                Value t = sp[-1];
                sp[-1] = sp[-int(arg)];
                sp[-int(arg)] = t;
                DISPATCH();
            }
            TARGET(LOAD_CONST) {
                PUSH(consts[arg]);
                DISPATCH();
            }
            TARGET(LOAD_FAST) {
                Value v = slots[arg];
                if (v.is_undef()) COLD(cold_load_fast);
                PUSH(v);
                DISPATCH();
            }
            TARGET(STORE_FAST) {
                if (I.fin_count != 0) [[unlikely]]
                    STORE_FAST_PROBED();
                slots[arg] = POP();
                DISPATCH();
            }
            // The fused pairs (opcodes.h): the second instruction's argument is *ip. When its
            // fast path does not apply, the second runs as itself (ip left on it).
            TARGET(LOAD_FAST__LOAD_FAST) {
                Value v = slots[arg];
                if (v.is_undef()) COLD(cold_load_fast);
                PUSH(v);
                Value w = slots[*ip >> 8];
                if (w.is_undef()) DISPATCH(); // its UnboundLocalError is its own
                ++ip;
                PUSH(w);
                DISPATCH();
            }
            TARGET(LOAD_FAST__LOAD_CONST) {
                Value v = slots[arg];
                if (v.is_undef()) COLD(cold_load_fast);
                PUSH(v);
                PUSH(consts[*ip++ >> 8]);
                DISPATCH();
            }
            TARGET(LOAD_CONST__LOAD_FAST) {
                PUSH(consts[arg]);
                Value w = slots[*ip >> 8];
                if (w.is_undef()) DISPATCH();
                ++ip;
                PUSH(w);
                DISPATCH();
            }
            TARGET(STORE_FAST__LOAD_FAST) {
                if (I.fin_count != 0) [[unlikely]]
                    STORE_FAST_PROBED();
                slots[arg] = POP();
                Value w = slots[*ip >> 8];
                if (w.is_undef()) DISPATCH();
                ++ip;
                PUSH(w);
                DISPATCH();
            }
            TARGET(STORE_FAST__STORE_FAST) {
                if (I.fin_count != 0) [[unlikely]]
                    STORE_FAST_PROBED();
                slots[arg] = POP();
                slots[*ip++ >> 8] = POP();
                DISPATCH();
            }
            TARGET(COMPARE_OP__POP_JUMP) {
                // the compare's bool is never pushed: the jump takes it
                bool r;
                if (!fast_compare(sp[-2], sp[-1], CmpOp(arg), &r)) COLD(cold_compare_op);
                sp -= 2;
                const uint32_t jump = *ip++;
                if ((decode_op(jump) == Op::POP_JUMP_IF_TRUE) == r) ip = code_start + (jump >> 8);
                DISPATCH();
            }
            TARGET(LOAD_DEREF) {
                Value v = as<CellObj>(slots[code->nlocals() + int(arg)])->value;
                if (v.is_undef()) COLD(cold_load_deref);
                PUSH(v);
                DISPATCH();
            }
            TARGET(LOAD_CLOSURE) {
                PUSH(slots[code->nlocals() + int(arg)]);
                DISPATCH();
            }
            TARGET(STORE_DEREF) {
                Value& cell = as<CellObj>(slots[code->nlocals() + int(arg)])->value;
                Value old = cell;
                cell = POP();
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                DISPATCH();
            }
            // (A code object's caches, one entry per name, are sized at their first use: its names
            // are fixed once it is compiled, so a cache that is not empty has them all.)
            TARGET(LOAD_GLOBAL) {
                if (code->global_cache.empty()) COLD(cold_load_global); // (sized there)
                if (const Value* v = global_cache_hit(code->global_cache[arg], f->globals,
                                                      I.builtins, names[arg])) {
                    PUSH(*v);
                    DISPATCH();
                }
                COLD(cold_load_global);
            }
            TARGET(LOAD_NAME) {
                StrObj* name = names[arg];
                // in a module frame (locals are the globals) as LOAD_GLOBAL, with its cache
                const bool module_ns = f->locals_dict == f->globals;
                if (module_ns && !code->global_cache.empty()) {
                    if (const Value* v = global_cache_hit(code->global_cache[arg], f->globals,
                                                          I.builtins, name)) {
                        PUSH(*v);
                        DISPATCH();
                    }
                }
                Value v = f->locals_dict ? dict_get_str(f->locals_dict, name) : Value::undef();
                if (v.is_undef()) v = dict_get_str(f->globals, name);
                if (v.is_undef()) v = dict_get_str(I.builtins, name);
                if (v.is_undef()) COLD(cold_load_name); // NameError
                if (module_ns) fill_global_cache(I, code, arg, f->globals, v);
                PUSH(v);
                DISPATCH();
            }
            TARGET(STORE_NAME) {
                if (I.fin_count != 0) COLD(cold_store_name); // it probes the value it drops
                DictObj* g = f->globals;
                if (f->locals_dict == g && !code->global_cache.empty()) {
                    // a module's name bound before: its entry in the globals, as dict_set_str
                    const int64_t pos = code->global_cache[arg].index;
                    if (pos >= 0 && size_t(pos) < g->entries.size()) {
                        DictObj::Entry& e = g->entries[size_t(pos)];
                        if (e.key_obj() == names[arg]) {
                            e.set_value_of_obj_key(POP());
                            bump_dict_version(g);
                            DISPATCH();
                        }
                    }
                }
                Value v = POP();
                dict_set_str(I, f->locals_dict ? f->locals_dict : g, names[arg], v);
                if (f->locals_dict == g) fill_global_cache(I, code, arg, g, v);
                DISPATCH();
            }
            TARGET(LOAD_ATTR) {
                if (code->load_attr_cache.empty()) [[unlikely]]
                    code->load_attr_cache.resize(code->names.size());
                const CodeObj::AttrEntry* e = attr_cache_find(TOP(), code->load_attr_cache[arg]);
                if (e) {
                    if (e->kind == AttrKind::InstanceSlot) {
                        auto* in = static_cast<SplitObj*>(TOP().o);
                        if (e->index < in->nvals) {
                            TOP() = in->vals[e->index];
                            DISPATCH();
                        }
                    } else if (e->kind == AttrKind::InstanceValue ||
                               e->kind == AttrKind::ModuleValue) {
                        if (DictObj::Entry* slot = attr_cache_slot(TOP(), names[arg], *e)) {
                            TOP() = slot->value();
                            DISPATCH();
                        }
                    } else if (e->kind == AttrKind::ClassValue || e->kind == AttrKind::TypeValue) {
                        TOP() = e->value;
                        DISPATCH();
                    } else if (e->kind == AttrKind::Property) {
                        // a getter that is a plain function of one argument runs inline as a
                        // call getter(obj) whose result replaces obj (as cold_load_attr's)
                        auto* getter = static_cast<FunctionObj*>(e->value.o);
                        CodeObj* gc = getter->code;
                        if (gc->fast_argc == 1 && I.depth + 1 <= I.recursion_limit) {
                            if (gc->calls < kCodeWarmCalls) ++gc->calls;
                            entering = Frame::create_exact(gc, getter, Value::undef(), sp - 1, 1);
                            --sp;
                            goto enter_inline;
                        }
                    }
                }
                COLD(cold_load_attr); // (a bound method, other getters: there)
            }
            TARGET(STORE_ATTR) {
                Value obj = sp[-1], v = sp[-2];
                if (code->store_attr_cache.empty()) [[unlikely]]
                    code->store_attr_cache.resize(code->names.size());
                const CodeObj::AttrEntry* e = attr_cache_find(obj, code->store_attr_cache[arg]);
                if (e && e->kind == AttrKind::InstanceSlot) {
                    auto* in = static_cast<SplitObj*>(obj.o);
                    if (e->index < in->nvals) {
                        Value old = in->vals[e->index];
                        in->vals[e->index] = v;
                        sp -= 2;
                        if (DROPS(old)) [[unlikely]]
                            FIN_PROBE();
                        DISPATCH();
                    }
                } else if (DictObj::Entry* slot =
                               e ? attr_cache_slot(obj, names[arg], *e) : nullptr) {
                    Value old = slot->value();
                    slot->set_value_of_obj_key(v);
                    bump_dict_version(static_cast<InstanceObj*>(obj.o)->dict);
                    sp -= 2;
                    if (DROPS(old)) [[unlikely]]
                        FIN_PROBE();
                    DISPATCH();
                }
                COLD(cold_store_attr);
            }
            TARGET(LOAD_METHOD) {
                Value obj = TOP();
                if (code->load_attr_cache.empty()) [[unlikely]]
                    code->load_attr_cache.resize(code->names.size());
                // A plain function found on the class, not shadowed by the instance: call it
                // with obj as self without creating a bound method (as CPython's LOAD_METHOD).
                if (const CodeObj::AttrEntry* e =
                        attr_cache_find(obj, code->load_attr_cache[arg])) {
                    if (e->kind == AttrKind::Method || e->kind == AttrKind::NativeMethod) {
                        TOP() = e->value;
                        PUSH(obj);
                        DISPATCH();
                    }
                    if (e->kind == AttrKind::InstanceSlot) {
                        auto* in = static_cast<SplitObj*>(obj.o);
                        if (e->index < in->nvals) {
                            TOP() = Value::undef();
                            PUSH(in->vals[e->index]);
                            DISPATCH();
                        }
                    } else if (e->kind == AttrKind::InstanceValue ||
                               e->kind == AttrKind::ModuleValue) {
                        if (DictObj::Entry* slot = attr_cache_slot(obj, names[arg], *e)) {
                            TOP() = Value::undef();
                            PUSH(slot->value());
                            DISPATCH();
                        }
                    } else if (e->kind == AttrKind::ClassValue || e->kind == AttrKind::TypeValue) {
                        TOP() = Value::undef();
                        PUSH(e->value);
                        DISPATCH();
                    } else if (e->kind == AttrKind::Property) {
                        // as LOAD_ATTR: the getter's result lands above the undef
                        auto* getter = static_cast<FunctionObj*>(e->value.o);
                        CodeObj* gc = getter->code;
                        if (gc->fast_argc == 1 && I.depth + 1 <= I.recursion_limit) {
                            if (gc->calls < kCodeWarmCalls) ++gc->calls;
                            entering = Frame::create_exact(gc, getter, Value::undef(), sp - 1, 1);
                            TOP() = Value::undef();
                            goto enter_inline;
                        }
                    }
                } else if (obj.tag != Tag::Obj ||
                           (obj.o->kind != Kind::Type && obj.o->kind != Kind::Module &&
                            obj.o->kind != Kind::Super && obj.o->kind != Kind::Instance &&
                            obj.o->kind != Kind::Exception)) {
                    // a native method of a builtin type's object (or a subclass's instance)
                    Value m = type_lookup_cached(type_of(I, obj), names[arg]);
                    if (is_kind(m, Kind::NativeFunction) && as<NativeFunctionObj>(m)->is_method) {
                        attr_cache_fill_native(obj, m, code->load_attr_cache[arg]);
                        TOP() = m;
                        PUSH(obj);
                        DISPATCH();
                    }
                }
                COLD(cold_load_method);
            }
            TARGET(BINARY_OP) {
                // int op int (without overflow), float op float, and int with float as
                // CPython's float methods compute it on doubles (number_binop, ops_arith.cpp);
                // errors and big results are cold
#define BINOP_DONE(v)                                                                              \
    {                                                                                              \
        sp[-2] = (v);                                                                              \
        --sp;                                                                                      \
        DISPATCH();                                                                                \
    }
                const Value b = sp[-1], a = sp[-2];
                const BinOp op = BinOp(arg & 15);
                if (a.tag == Tag::Int && b.tag == Tag::Int) {
                    int64_t r;
                    if (op == BinOp::Add) {
                        if (!__builtin_add_overflow(a.i, b.i, &r)) BINOP_DONE(Value::integer(r));
                    } else if (op == BinOp::Sub) {
                        if (!__builtin_sub_overflow(a.i, b.i, &r)) BINOP_DONE(Value::integer(r));
                    } else if (op == BinOp::Mul) {
                        if (!__builtin_mul_overflow(a.i, b.i, &r)) BINOP_DONE(Value::integer(r));
                    } else {
                        Value v;
                        if (int_binop_rest(a.i, b.i, op, &v)) BINOP_DONE(v);
                    }
                    COLD(cold_binary_op);
                }
                if (a.tag == Tag::Obj) {
                    // exact str + str with a short result (as BINARY_OP_ADD_UNICODE)
                    if (op == BinOp::Add && b.tag == Tag::Obj && a.o->type == I.t.str &&
                        b.o->type == I.t.str) {
                        if (StrObj* r = str_add_short(I, as_str(a), as_str(b)))
                            BINOP_DONE(Value::object(r));
                    }
                    COLD(cold_binary_op);
                }
                double x, y;
                if (a.tag == Tag::Float)
                    x = a.f;
                else if (a.tag == Tag::Int)
                    x = double(a.i);
                else
                    COLD(cold_binary_op);
                if (b.tag == Tag::Float)
                    y = b.f;
                else if (b.tag == Tag::Int)
                    y = double(b.i);
                else
                    COLD(cold_binary_op);
                if (op == BinOp::Add) BINOP_DONE(Value::floating(x + y));
                if (op == BinOp::Sub) BINOP_DONE(Value::floating(x - y));
                if (op == BinOp::Mul) BINOP_DONE(Value::floating(x * y));
                if (op == BinOp::TrueDiv && y != 0.0) BINOP_DONE(Value::floating(x / y));
                COLD(cold_binary_op);
#undef BINOP_DONE
            }
            TARGET(UNARY_OP) {
                if (UnaryOp(arg) == UnaryOp::Not && TOP().tag == Tag::Bool) {
                    TOP() = Value::boolean(!TOP().b);
                    DISPATCH();
                }
                if (UnaryOp(arg) == UnaryOp::Neg) {
                    if (TOP().tag == Tag::Float) {
                        TOP() = Value::floating(-TOP().f);
                        DISPATCH();
                    }
                    if (TOP().tag == Tag::Int && TOP().i != INT64_MIN) {
                        TOP() = Value::integer(-TOP().i);
                        DISPATCH();
                    }
                }
                COLD(cold_unary_op);
            }
            TARGET(COMPARE_OP) {
                bool r;
                if (fast_compare(sp[-2], sp[-1], CmpOp(arg), &r)) {
                    sp[-2] = Value::boolean(r);
                    --sp;
                    DISPATCH();
                }
                COLD(cold_compare_op);
            }
            TARGET(IS_OP) {
                bool r = sp[-2].same(sp[-1]);
                if (sp[-2].is_obj() != sp[-1].is_obj()) r = false;
                sp[-2] = Value::boolean(arg ? !r : r);
                --sp;
                DISPATCH();
            }
            TARGET(BINARY_SUBSCR) {
                Value key = sp[-1], obj = sp[-2];
                if (key.tag == Tag::Int && obj.is_obj() &&
                    (obj.o->type == I.t.list || obj.o->type == I.t.tuple)) {
                    std::span<const Value> items =
                        obj.o->type == I.t.list ? std::span<const Value>(as<ListObj>(obj)->items)
                                                : std::span<const Value>(as<TupleObj>(obj)->items);
                    int64_t i = key.i < 0 ? key.i + int64_t(items.size()) : key.i;
                    if (i >= 0 && i < int64_t(items.size())) {
                        sp[-2] = items[size_t(i)];
                        --sp;
                        DISPATCH();
                    }
                } else if (obj.is_obj() && obj.o->type == I.t.dict) {
                    // an exact dict's item by an exact str (as BINARY_SUBSCR_DICT)
                    if (key.tag == Tag::Obj && key.o->type == I.t.str) {
                        Value v;
                        if (dict_get_exact_str(I, as<DictObj>(obj), as_str(key), &v) > 0) {
                            sp[-2] = v;
                            --sp;
                            DISPATCH();
                        }
                    }
                    if (!plain_key(I, key)) COLD(cold_binary_subscr);
                    // an exact dict by a str or int key (getitem's dict case: its hash runs no
                    // Python code; an equal-hashed key's __eq__ may, as there)
                    SAVE_FRAME();
                    Value v = dict_get(I, as<DictObj>(obj), key);
                    if (v.is_error()) goto error;
                    if (v.is_undef()) {
                        raise_key_error(I, key);
                        goto error;
                    }
                    sp[-2] = v;
                    --sp;
                    DISPATCH();
                }
                COLD(cold_binary_subscr);
            }
            TARGET(STORE_SUBSCR) {
                // an exact list's item by an int (as STORE_SUBSCR_LIST_INT); the dropped item is
                // probed for finalizers as cold_store_subscr does
                Value key = sp[-1], obj = sp[-2];
                if (key.tag == Tag::Int && obj.is_obj() && obj.o->type == I.t.list) {
                    auto& items = as<ListObj>(obj)->items;
                    int64_t i = key.i < 0 ? key.i + int64_t(items.size()) : key.i;
                    if (i >= 0 && i < int64_t(items.size())) {
                        Value old = items[size_t(i)];
                        items[size_t(i)] = sp[-3];
                        sp -= 3;
                        if (DROPS(old)) [[unlikely]]
                            FIN_PROBE();
                        DISPATCH();
                    }
                }
                // an exact dict's item by an exact str: no Python code runs
                if (key.tag == Tag::Obj && key.o->type == I.t.str && obj.is_obj() &&
                    obj.o->type == I.t.dict) {
                    Value old;
                    if (dict_store_exact_str(I, as<DictObj>(obj), as_str(key), sp[-3], &old)) {
                        sp -= 3;
                        if (DROPS(old)) [[unlikely]]
                            FIN_PROBE();
                        DISPATCH();
                    }
                }
                COLD(cold_store_subscr);
            }
            TARGET(BINARY_SLICE) {
                // an exact list or tuple with int or None bounds (ops_slice.cpp)
                Value* base = sp - arg - 1; // obj, start, stop(, step)
                if (base[0].is_obj() &&
                    (base[0].o->type == I.t.list || base[0].o->type == I.t.tuple)) {
                    Value r = plain_get_slice(I, base[0], base[1], base[2],
                                              arg == 3 ? base[3] : Value::none());
                    if (!r.is_undef()) {
                        base[0] = r;
                        sp = base + 1;
                        DISPATCH();
                    }
                }
                COLD(cold_binary_slice);
            }
            TARGET(STORE_SLICE) {
                // an exact list, int or None bounds, an exact list or tuple stored: no error
                // to raise, no Python code to run; the items it drops are finalized now
                Value* base = sp - arg - 2; // value, obj, start, stop(, step)
                if (base[1].is_obj() && base[1].o->type == I.t.list &&
                    plain_set_slice(I, base[1], base[2], base[3],
                                    arg == 3 ? base[4] : Value::none(), base[0])) {
                    sp = base;
                    if (!I.fin_drops.empty() && !is_library_code(code)) [[unlikely]]
                        FIN_PROBE();
                    DISPATCH();
                }
                COLD(cold_store_slice);
            }
            TARGET(BUILD_TUPLE)
            TARGET(BUILD_LIST) {
                // (allocation never collects: the items stay where they are meanwhile)
                Value r;
                if (Op(ins & 0xff) == Op::BUILD_LIST)
                    r = Value::object(I.alloc<ListObj>(I.t.list, std::vector<Value>(sp - arg, sp)));
                else if (arg == 0)
                    r = Value::object(I.empty_tuple);
                else
                    r = Value::object(TupleObj::make(I, I.t.tuple, sp - arg, arg));
                sp -= arg;
                PUSH(r);
                DISPATCH();
            }
            TARGET(LIST_APPEND) {
                Value v = POP();
                as<ListObj>(sp[-int(arg)])->items.push_back(v);
                I.heap.allocated += sizeof(Value); // growth counts (heap.h: pacing)
                DISPATCH();
            }
            TARGET(UNPACK_SEQUENCE) {
                Value seq = TOP();
                // an exact tuple or list of that length (as UNPACK_SEQUENCE_TUPLE / _LIST)
                if (seq.is_obj() && (seq.o->type == I.t.tuple || seq.o->type == I.t.list)) {
                    std::span<const Value> items =
                        seq.o->type == I.t.tuple ? std::span<const Value>(as<TupleObj>(seq)->items)
                                                 : std::span<const Value>(as<ListObj>(seq)->items);
                    if (items.size() == arg) {
                        --sp;
                        for (uint32_t i = arg; i-- > 0;) PUSH(items[i]);
                        DISPATCH();
                    }
                }
                COLD(cold_unpack);
            }
            TARGET(JUMP) {
                const uint32_t* target = code_start + arg;
                const uint32_t* after_jump = ip;
                bool backward = target <= ip;
                ip = target;
                if (backward) {
                    // a loop's back edge warms its code as a call does (CodeObj::calls)
                    if (code->calls < kCodeWarmCalls) ++code->calls;
                    // a paused run resumes at the jump's target; an error is the jump's own
                    SAFE_POINT_AT(after_jump);
                }
                DISPATCH();
            }
            TARGET(POP_JUMP_IF_FALSE)
            TARGET(POP_JUMP_IF_TRUE) {
                // None, a bool and an int have their truth in the payload (the constructors of
                // None and bools zero its other bits); the others are cold
                Value v = TOP();
                bool t;
                if (v.tag <= Tag::Int)
                    t = v.i != 0;
                else if (v.tag == Tag::Obj && v.o->type == I.t.str) // an exact str: its length
                    t = as_str(v)->cp_len != 0;
                else
                    COLD(cold_pop_jump_if);
                --sp;
                if ((Op(ins & 0xff) == Op::POP_JUMP_IF_TRUE) == t) ip = code_start + arg;
                DISPATCH();
            }
            TARGET(JUMP_IF_FALSE_OR_POP)
            TARGET(JUMP_IF_TRUE_OR_POP) {
                Value v = TOP();
                if (v.tag > Tag::Int) COLD(cold_jump_if_or_pop); // (as POP_JUMP_IF_*)
                if ((Op(ins & 0xff) == Op::JUMP_IF_TRUE_OR_POP) == (v.i != 0))
                    ip = code_start + arg;
                else
                    --sp;
                DISPATCH();
            }
            TARGET(GET_ITER) {
                Value v = TOP();
                if (is_kind(v, Kind::Generator) && as<GenObj>(v)->gkind == GenKind::Generator)
                    DISPATCH();
                COLD(cold_get_iter);
            }
            TARGET(FOR_ITER__UNPACK_SEQUENCE) {
                // `for a, b in` enumerate / zip of two / dict items: the pair's two values are
                // pushed as the UNPACK_SEQUENCE of its tuple would (the first on top), and the
                // tuple, which nothing could see, is never made. Other iterators: FOR_ITER.
                Value it = TOP();
                if (is_kind(it, Kind::Iterator) && static_cast<IterObj*>(it.o)->pairs) {
                    SAVE_FRAME();
                    Value second;
                    ++I.native_depth;
                    Value first = static_cast<IterObj*>(it.o)->next_pair(I, &second);
                    --I.native_depth;
                    if (first.is_error()) goto error;
                    if (first.is_undef()) {
                        --sp;
                        ip = code_start + arg;
                        SAFE_POINT();
                        DISPATCH();
                    }
                    ++ip;
                    PUSH(second);
                    PUSH(first);
                    DISPATCH();
                }
            }
            [[fallthrough]];
            TARGET(FOR_ITER) {
                Value it = TOP();
                if (is_kind(it, Kind::Iterator)) {
                    // a list, tuple or range iterator's next item (the end takes the path below)
                    Value v = seq_iter_next(static_cast<IterObj*>(it.o));
                    if (!v.is_undef()) {
                        PUSH(v);
                        DISPATCH();
                    }
                }
                if (is_kind(it, Kind::Generator)) {
                    auto* g = as<GenObj>(it);
                    if (!g->frame) {
                        --sp;
                        ip = code_start + arg;
                        DISPATCH();
                    }
                    if (!g->running && g->gkind == GenKind::Generator) {
                        if (I.depth + 1 > I.recursion_limit) {
                            raise(I, I.t.RecursionError, "maximum recursion depth exceeded");
                            goto error;
                        }
                        SAVE_FRAME();
                        Frame* gf = g->frame;
                        gf->back = f;
                        g->running = true;
                        if (g->started) *gf->sp++ = Value::none();
                        g->started = true;
                        ++I.depth;
                        f = gf;
                        I.frame = f;
                        LOAD_FRAME();
                        DISPATCH();
                    }
                }
                SAVE_FRAME();
                if (is_kind(it, Kind::Instance)) [[unlikely]] {
                    bool failed = false;
                    Frame* nf =
                        inline_slot(I, it, I.n.__next__, nullptr, 0, HOOK_FOR_NEXT, &failed);
                    if (failed) goto error;
                    if (nf) {
                        if (I.depth + 1 > I.recursion_limit) {
                            I.depth -= frame_levels(nf);
                            Frame::destroy(nf);
                            raise(I, I.t.RecursionError, "maximum recursion depth exceeded");
                            goto error;
                        }
                        entering = nf;
                        goto enter_inline;
                    }
                }
                Value v;
                ++I.native_depth;
                if (is_kind(it, Kind::Iterator))
                    v = next_native(I, static_cast<IterObj*>(it.o));
                else
                    v = iter_next_unticked(I, it); // (the loop's back edge ticks)
                --I.native_depth;
                if (v.is_error()) goto error;
                if (v.is_undef()) {
                    --sp;
                    ip = code_start + arg;
                    SAFE_POINT();
                } else {
                    PUSH(v);
                }
                DISPATCH();
            }
            TARGET(RETURN_VALUE) {
                if (f->flags & kFrameHooked) [[unlikely]]
                    goto return_hooked;
                Value r = POP();
                GenObj* g = f->gen;
                if (!g && f != entry) [[likely]] {
                    // A plain call returns to the frame below in this loop.
                    Frame* caller = f->back;
                    bool drops =
                        I.fin_count != 0 && !is_library_code(code) && frame_drops(I, f, sp);
                    --I.depth;
                    if (f->obj) [[unlikely]] {
                        SAVE_FRAME();
                        frame_finished(f);
                    }
                    Frame::release(f);
                    f = caller;
                    I.frame = f;
                    LOAD_FRAME();
                    PUSH(r);
                    if (drops) [[unlikely]]
                        FIN_PROBE();
                    DISPATCH();
                }
                Frame* caller = f->back;
                bool drops = I.fin_count != 0 && !is_library_code(code) && frame_drops(I, f, sp);
                --I.depth;
                if (g)
                    finish_generator(I, g);
                else {
                    SAVE_FRAME();
                    if (f != entry) Frame::destroy(f);
                }
                if (f == entry) {
                    if (!g) Frame::destroy(f);
                    I.frame = caller;
                    if (drops) fin_request(I); // the native caller's next safe point
                    return RunResult{RunStatus::Returned, r};
                }
                f = caller;
                I.frame = f;
                LOAD_FRAME();
                if (g) {
                    // Resumed by SEND or FOR_ITER in the caller: the generator is done.
                    uint32_t resumer = ip[-1];
                    if (decode_op(resumer) == Op::SEND)
                        sp[-1] = r;
                    else
                        --sp; // FOR_ITER: drop the iterator
                    ip = code_start + decode_arg(resumer);
                } else {
                    PUSH(r);
                }
                if (drops) [[unlikely]]
                    FIN_PROBE();
                DISPATCH();
            }
            TARGET(YIELD_VALUE) {
                Value y = POP();
                GenObj* g = f->gen;
                SAVE_FRAME();
                g->running = false;
                Frame* caller = f->back;
                f->back = nullptr;
                --I.depth;
                if (f == entry) {
                    I.frame = caller;
                    if (sink) {
                        // gen_drain: the item to the sink, then on in this run
                        int fed = feed_sink(I, reentry, *sink, g, y);
                        if (fed < 0) return RunResult{RunStatus::Raised, I.exc};
                        if (fed == 0) return RunResult{RunStatus::Yielded, y};
                        if (!g->frame) return RunResult{RunStatus::Returned, Value::none()};
                        LOAD_FRAME();
                        DISPATCH();
                    }
                    bool async_yield = g->gkind == GenKind::AsyncGenerator && arg == 0;
                    return RunResult{RunStatus::Yielded, y, async_yield};
                }
                f = caller;
                I.frame = f;
                LOAD_FRAME();
                PUSH(y);
                DISPATCH();
            }
            TARGET(SEND) {
                Value v = sp[-1];
                Value recv = sp[-2];
                if (!is_kind(recv, Kind::Generator)) COLD(cold_send);
                auto* g = as<GenObj>(recv);
                // a just-started one sent a value, a finished or running one: cold
                if (!g->frame || g->running || g->gkind == GenKind::AsyncGenerator ||
                    (!g->started && !v.is_none()))
                    COLD(cold_send);
                --sp;
                if (I.depth + 1 > I.recursion_limit) {
                    raise(I, I.t.RecursionError, "maximum recursion depth exceeded");
                    goto error;
                }
                SAVE_FRAME();
                Frame* gf = g->frame;
                gf->back = f;
                g->running = true;
                if (g->started) *gf->sp++ = v;
                g->started = true;
                ++I.depth;
                f = gf;
                I.frame = f;
                LOAD_FRAME();
                DISPATCH();
            }
            TARGET(END_ASYNC_FOR) {
                Value exc = POP();
                if (exc_matches(I, exc, I.t.StopAsyncIteration)) {
                    --sp; // the async iterator
                    break;
                }
                I.exc = exc;
                goto exception_unwind;
            }
            TARGET(PUSH_EXC_INFO) {
                Value exc = TOP();
                TOP() = f->handled_value();
                f->set_handled(exc);
                PUSH(exc);
                DISPATCH();
            }
            TARGET(POP_EXCEPT) {
                // the handled exception goes; its traceback may hold the last reference to a
                // failed frame's local with __del__ (finalize.h)
                Value old = f->handled_value();
                f->set_handled(POP());
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                DISPATCH();
            }
            TARGET(RERAISE) {
                I.exc = POP();
                goto exception_unwind;
            }
            TARGET(LOAD_ASSERTION_ERROR) {
                PUSH(Value::object(I.t.AssertionError));
                DISPATCH();
            }
            TARGET(KW_NAMES) {
                kwnames = as<TupleObj>(consts[arg]);
                DISPATCH();
            }
            TARGET(CALL) {
                Value* args = sp - arg;
                Value callable;
                Value* argp;
                int32_t nargs;
                if (args[-2].is_undef()) {
                    callable = args[-1];
                    argp = args;
                    nargs = int32_t(arg);
                    if (is_kind(callable, Kind::BoundMethod)) {
                        auto* bm = as<BoundMethodObj>(callable);
                        args[-2] = callable = bm->func;
                        args[-1] = bm->self;
                        argp = args - 1;
                        ++nargs;
                    }
                } else {
                    callable = args[-2];
                    argp = args - 1;
                    nargs = int32_t(arg) + 1;
                }
                if (!is_kind(callable, Kind::Function)) {
                    if (is_kind(callable, Kind::NativeFunction) && !kwnames) {
                        // A builtin function or a builtin type's method called from warm code
                        // (else it counts a level: cold_call): straight to the native (as
                        // CPython 3.11's PRECALL_BUILTIN_FAST /
                        // PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST). len(x), iter(x), ... of an
                        // instance may run its slot inline: cold_call.
                        auto* nfn = as<NativeFunctionObj>(callable);
                        Value self = nfn->self;
                        const Value* a0 = argp;
                        int32_t n = nargs;
                        if (self.is_undef() && nfn->is_method) {
                            if (n < 1) COLD(cold_call);
                            self = *a0++;
                            --n;
                        } else if (n > 0 && is_kind(argp[0], Kind::Instance)) {
                            COLD(cold_call);
                        }
                        if (code->calls < kCodeWarmCalls && !nfn->counts_level) COLD(cold_call);
                        SAVE_FRAME();
                        ++I.native_depth;
                        Value r = call_native(I, nfn, self, CallArgs{a0, n, nullptr});
                        --I.native_depth;
                        if (r.is_error()) goto error;
                        bool drops = false;
                        if (I.fin_count != 0 && !is_library_code(code)) [[unlikely]]
                            drops = native_args_dropped(I, argp, nargs);
                        sp = args - 2;
                        PUSH(r);
                        if (drops) [[unlikely]]
                            FIN_PROBE();
                        if (I.suspend_request) [[unlikely]] {
                            // the native left work for the driver: pause with its result pending
                            I.suspend_request = false;
                            SAVE_FRAME();
                            return RunResult{RunStatus::Paused, Value::none()};
                        }
                        DISPATCH();
                    }
                    // list(xs), tuple(xs), set(xs): the type's rooted __new__ from here (as
                    // call_type), a native frame fewer per level of recursion through it
                    // (list(map(f, xs)) calling f); the other calls are cold
                    TypeObj* t = builtin_type_made_by_new(I, callable);
                    if (!t || !t->new_rooted || kwnames || I.fin_count != 0 ||
                        (nargs > 0 && is_kind(argp[0], Kind::Instance)))
                        COLD(cold_call);
                    SAVE_FRAME();
                    ++I.native_depth;
                    Value r = t->new_fn(I, callable, CallArgs{argp, nargs, nullptr});
                    --I.native_depth;
                    if (r.is_error()) goto error;
                    sp = args - 2;
                    PUSH(r);
                    if (I.suspend_request) [[unlikely]] {
                        // the native left work for the driver: pause with its result pending
                        I.suspend_request = false;
                        SAVE_FRAME();
                        return RunResult{RunStatus::Paused, Value::none()};
                    }
                    DISPATCH();
                }
                auto* fn = as<FunctionObj>(callable);
                CodeObj* fc = fn->code;
                if (fc->fast_argc == nargs && !kwnames) [[likely]] {
                    // A plain function called with exactly its positional arguments: its frame
                    // is bound here and run by this loop (as CPython 3.11's CALL_PY_EXACT_ARGS).
                    if (fc->calls < kCodeWarmCalls) ++fc->calls;
                    if (I.depth + 1 > I.recursion_limit) [[unlikely]] {
                        SAVE_FRAME();
                        raise(I, I.t.RecursionError, "maximum recursion depth exceeded");
                        goto error;
                    }
                    entering = Frame::create_exact(fc, fn, Value::undef(), argp, nargs);
                    sp = args - 2;
                    goto enter_inline;
                }
                TupleObj* kw = kwnames;
                kwnames = nullptr;
                SAVE_FRAME();
                Frame* nf = make_call_frame(
                    I, fn, CallArgs{argp, nargs - (kw ? int32_t(kw->items.size()) : 0), kw},
                    Value::undef());
                if (!nf) goto error;
                if (fn->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
                    Value g = make_generator(I, fn, nf);
                    sp = args - 2;
                    PUSH(g);
                    DISPATCH();
                }
                if (I.depth + 1 > I.recursion_limit) {
                    Frame::destroy(nf);
                    raise(I, I.t.RecursionError, "maximum recursion depth exceeded");
                    goto error;
                }
                sp = args - 2;
                entering = nf;
                goto enter_inline;
            }
            // handlers called directly: each call site predicts its own target
            TARGET(CONTAINS_OP) {
                // a str or int in an exact dict, set or frozenset (contains' cases)
                Value c = sp[-1], item = sp[-2];
                if (c.is_obj() && plain_key(I, item)) {
                    int r = -2;
                    SAVE_FRAME();
                    if (c.o->type == I.t.dict) {
                        Value v = dict_get(I, as<DictObj>(c), item);
                        r = v.is_error() ? -1 : !v.is_undef();
                    } else if (c.o->type == I.t.set || c.o->type == I.t.frozenset) {
                        r = set_contains(I, as<SetObj>(c), item);
                    }
                    if (r == -1) goto error;
                    if (r >= 0) {
                        sp[-2] = Value::boolean(arg ? !r : r);
                        --sp;
                        DISPATCH();
                    }
                }
                COLD(cold_contains_op);
            }
            TARGET(DELETE_SUBSCR) {
                COLD(cold_delete_subscr);
            }
            TARGET(BUILD_SLICE) {
                COLD(cold_build_slice);
            }
            TARGET(BUILD_SET) {
                COLD(cold_build_set);
            }
            TARGET(BUILD_MAP) {
                COLD(cold_build_map);
            }
            TARGET(BUILD_STRING) {
                COLD(cold_build_string);
            }
            TARGET(SET_ADD) {
                COLD(cold_set_add);
            }
            TARGET(MAP_ADD) {
                COLD(cold_map_add);
            }
            TARGET(LIST_EXTEND) {
                COLD(cold_list_extend);
            }
            TARGET(LIST_TO_TUPLE) {
                COLD(cold_list_to_tuple);
            }
            TARGET(FORMAT_VALUE) {
                COLD(cold_format_value);
            }
            TARGET(UNPACK_EX) {
                COLD(cold_unpack);
            }
            TARGET(STORE_GLOBAL) {
                COLD(cold_store_global);
            }
            TARGET(MAKE_FUNCTION) {
                COLD(cold_make_function);
            }
            TARGET(CALL_FUNCTION_EX) {
                COLD(cold_call_function_ex);
            }
            TARGET(CHECK_EXC_MATCH) {
                COLD(cold_check_exc_match);
            }
            TARGET(BEFORE_WITH) {
                COLD(cold_before_with);
            }
            TARGET(WITH_EXCEPT_START) {
                COLD(cold_with_except_start);
            }
            TARGET(GET_AWAITABLE) {
                COLD(cold_get_awaitable);
            }
            default: goto cold; // the rare ones, through the table
        }
        continue;

    cold:
        SAVE_FRAME();
        entering = kColdOps[ins & 0xff](I, f, sp, ins, kwnames);
    cold_done:
        // An instruction run by its handler outside the loop (vm_cold.h).
        kwnames = nullptr;
        ip = f->ip;
        sp = f->sp;
        if (uintptr_t(entering) <= kColdLast) [[likely]] {
            if (!entering) DISPATCH();
            if (uintptr_t(entering) == kColdError) goto error;
            if (uintptr_t(entering) == kColdUnwind) goto exception_unwind;
            return RunResult{RunStatus::Paused, Value::none()};
        }
        // fall through: run the frame it made

    enter_inline:
        SAVE_FRAME();
        entering->back = f;
        ++I.depth;
        f = entering;
        I.frame = f;
        LOAD_FRAME();
        SAFE_POINT();
        DISPATCH();

    return_hooked : {
        // RETURN_VALUE of a slot run inline for the caller's instruction (vm_hooks.h; never
        // the entry frame, never a generator's): the caller's operation gets the result.
        Value r = POP();
        const uint8_t hook = frame_hook(f);
        Frame* caller = f->back;
        bool drops = I.fin_count != 0 && !is_library_code(code) && frame_drops(I, f, sp);
        I.depth -= 1 + frame_levels(f);
        SAVE_FRAME();
        Frame::destroy(f);
        f = caller;
        I.frame = f;
        LOAD_FRAME();
        const uint32_t at = ip[-1];
        r = apply_return_hook(I, hook, r, at);
        if (r.is_error()) {
            if (drops) fin_request(I);
            goto error;
        }
        const Op op = decode_op(at);
        if (op == Op::POP_JUMP_IF_FALSE || op == Op::POP_JUMP_IF_TRUE) {
            if ((op == Op::POP_JUMP_IF_TRUE) == r.b) ip = code_start + decode_arg(at);
        } else if (op == Op::JUMP_IF_FALSE_OR_POP || op == Op::JUMP_IF_TRUE_OR_POP) {
            if ((op == Op::JUMP_IF_TRUE_OR_POP) == r.b)
                ip = code_start + decode_arg(at);
            else
                --sp;
        } else if (op == Op::UNARY_OP) { // `not`
            PUSH(Value::boolean(!r.b));
        } else if (hook != HOOK_INIT) { // (a class's instance is already below)
            PUSH(r);
        }
        if (drops) [[unlikely]]
            FIN_PROBE();
        continue;
    }

    error:
        // An instruction of `f` raised the exception in I.exc: record the traceback line.
        SAVE_FRAME();
        add_traceback(I, I.exc, f);
    exception_unwind:
        for (;;) {
            // A run being stopped (budget.cpp) runs no handler, `finally` or `with` exit.
            const ExcEntry* h =
                I.stopping() ? nullptr : find_handler(code, int32_t(ip - code_start) - 1);
            if (h) {
                Value* top = sp;
                sp = f->stack_base() + h->depth;
                bool drops = false;
                if (I.fin_count != 0 && !is_library_code(code)) [[unlikely]]
                    for (Value* v = sp; v < top; ++v) drops |= fin_dropped(I, *v);
                PUSH(I.exc);
                I.exc = Value::none();
                ip = code_start + h->target;
                if (drops) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            // No handler: the exception leaves this frame.
            GenObj* g = f->gen;
            Frame* caller = f->back;
            if (I.fin_count != 0 && !is_library_code(code) && frame_drops(I, f, sp)) [[unlikely]]
                fin_request(I);
            const uint8_t hook = frame_hook(f);
            I.depth -= 1 + frame_levels(f);
            SAVE_FRAME();
            if (g) {
                finish_generator(I, g);
                convert_stop_iteration(I, g);
            } else if (f != entry) {
                Frame::destroy(f);
            }
            if (f == entry) {
                if (!g) Frame::destroy(f);
                I.frame = caller;
                return RunResult{RunStatus::Raised, I.exc};
            }
            f = caller;
            I.frame = f;
            LOAD_FRAME();
            if (hook == HOOK_FOR_NEXT && isinstance(I, I.exc, I.t.StopIteration)) [[unlikely]] {
                // __next__ run inline for FOR_ITER raised StopIteration: the loop ends
                I.exc = Value::none();
                --sp;
                ip = code_start + decode_arg(ip[-1]);
                break;
            }
            add_traceback(I, I.exc, f);
        }
    }
#undef arg
}

} // namespace loopscope
