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
#include "lang/classes.h"
#include "lang/finalize.h"
#include "lang/frame_objects.h"
#include "lang/func_desc.h"
#include "lang/match_ops.h"
#include "lang/opcodes.h"
#include "lang/ops.h"
#include "lang/suggestions.h"
#include "lang/vm_hooks.h"
#include "lang/vm_internal.h"

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
    for (int32_t i = 0, n = f->code->nlocals(); i < n; ++i) any |= fin_dropped_deep(I, f->slots[i]);
    for (Value* v = f->stack_base(); v < sp; ++v) any |= fin_dropped_deep(I, *v);
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
        if (!f->handled.is_none()) return f->handled;
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

// UNPACK_SEQUENCE / UNPACK_EX: items of `seq` into `out` (CPython's unpack_iterable messages).
// The items collected so far and the iterator are rooted while __next__ runs.
static bool unpack(Interp& I, Value seq, int before, int after, bool star,
                   std::vector<Value>& out) {
    RootedValues rooted(I);
    std::vector<Value>& items = rooted.items;
    if (is_kind(seq, Kind::Tuple))
        items = as<TupleObj>(seq)->items;
    else if (is_kind(seq, Kind::List))
        items = as<ListObj>(seq)->items;
    else {
        Rooted it(I, get_iter(I, seq));
        if (it.v.is_error()) {
            if (exc_matches(I, I.exc, I.t.TypeError) &&
                type_lookup(type_of(I, seq), I.n.__iter__).is_undef()) {
                I.exc = Value::none();
                raise_type_error(I, "cannot unpack non-iterable " + type_name(I, seq) + " object");
            }
            return false;
        }
        for (;;) {
            Value v = iter_next(I, it.v);
            if (v.is_error()) return false;
            if (v.is_undef()) break;
            items.push_back(v);
            if (!star && int(items.size()) > before) break;
        }
    }
    int n = int(items.size());
    if (!star) {
        if (n < before) {
            raise_value_error(I, "not enough values to unpack (expected " + std::to_string(before) +
                                     ", got " + std::to_string(n) + ")");
            return false;
        }
        if (n > before) {
            if (is_kind(seq, Kind::Tuple) || is_kind(seq, Kind::List))
                raise_value_error(I, "too many values to unpack (expected " +
                                         std::to_string(before) + ")");
            else
                raise_value_error(I, "too many values to unpack (expected " +
                                         std::to_string(before) + ")");
            return false;
        }
        out = items;
        return true;
    }
    if (n < before + after) {
        raise_value_error(I, "not enough values to unpack (expected at least " +
                                 std::to_string(before + after) + ", got " + std::to_string(n) +
                                 ")");
        return false;
    }
    out.assign(items.begin(), items.begin() + before);
    std::vector<Value> mid(items.begin() + before, items.end() - after);
    out.push_back(new_list(I, std::move(mid)));
    out.insert(out.end(), items.end() - after, items.end());
    return true;
}

// The awaitable behind `await x` (CPython's _PyCoro_GetAwaitableIter + GET_AWAITABLE checks).
static Value get_awaitable(Interp& I, Value v, uint32_t where) {
    if (is_kind(v, Kind::Generator)) {
        auto* g = as<GenObj>(v);
        if (g->gkind == GenKind::Coroutine) {
            if (!g->frame || (g->started && !g->running && g->awaited && g->frame == nullptr))
                return raise(I, I.t.RuntimeError, "cannot reuse already awaited coroutine");
            g->awaited = true;
            return v;
        }
    }
    Value aw = call_special(I, v, I.n.__await__, {});
    if (aw.is_error()) return aw;
    if (aw.is_undef()) {
        if (where == 1)
            return raise_type_error(I, "'async with' received an object from __aenter__ that "
                                       "does not implement __await__: " +
                                           type_name(I, v));
        if (where == 2)
            return raise_type_error(I, "'async with' received an object from __aexit__ that "
                                       "does not implement __await__: " +
                                           type_name(I, v));
        return raise_type_error(I, "object " + type_name(I, v) +
                                       " can't be used in 'await' expression");
    }
    if (!is_kind(aw, Kind::Generator) && !is_kind(aw, Kind::Iterator) &&
        !is_kind(aw, Kind::Native) && type_lookup(type_of(I, aw), I.n.__next__).is_undef())
        return raise_type_error(I, "__await__() returned non-iterator of type '" +
                                       type_name(I, aw) + "'");
    return aw;
}

// SEND to something that is not a Python generator frame.
static SendStatus send_other(Interp& I, Value recv, Value v, Value* out) {
    if (is_kind(recv, Kind::Native)) {
        UnrootedNative u(I);
        return as<NativeObj>(recv)->send(I, v, out);
    }
    if (is_kind(recv, Kind::Generator)) {
        RunResult r = gen_send(I, as<GenObj>(recv), v);
        *out = r.value;
        return r.status == RunStatus::Yielded    ? SendStatus::Yield
               : r.status == RunStatus::Returned ? SendStatus::Return
                                                 : SendStatus::Error;
    }
    Value r;
    if (v.is_none()) {
        r = iter_next_unticked(I, recv);
        if (r.is_undef()) {
            *out = Value::none();
            return SendStatus::Return;
        }
    } else {
        Value args[1] = {v};
        r = call_method(I, recv, I.n.send, args);
        if (r.is_error() && exc_matches(I, I.exc, I.t.StopIteration)) {
            auto* e = as<ExceptionObj>(I.exc);
            *out = e->args->items.empty() ? Value::none() : e->args->items[0];
            I.exc = Value::none();
            return SendStatus::Return;
        }
    }
    if (r.is_error()) return SendStatus::Error;
    *out = r;
    return SendStatus::Yield;
}

static Value build_string(Interp& I, Value* items, uint32_t n) {
    size_t total = 0;
    for (uint32_t i = 0; i < n; ++i) total += as<StrObj>(items[i])->s.size();
    std::string s;
    s.reserve(total);
    for (uint32_t i = 0; i < n; ++i) s += as<StrObj>(items[i])->s;
    return I.str(s);
}

static Value format_value(Interp& I, Value v, uint32_t flags, Value spec) {
    switch (flags & 3) {
        case 1: v = to_str(I, v); break;
        case 2: v = repr(I, v); break;
        case 3: v = ascii_of(I, v); break;
        default: break;
    }
    if (v.is_error()) return v;
    if (flags & 4) return format(I, v, str_view(spec));
    if (is_str(v)) return v;
    return format(I, v, "");
}

// CHECK_EXC_MATCH: `type` must be an exception class or a tuple of them.
static int exc_match_checked(Interp& I, Value exc, Value type) {
    auto ok_type = [&](Value t) {
        return is_kind(t, Kind::Type) && is_subtype(as<TypeObj>(t), I.t.BaseException);
    };
    if (is_kind(type, Kind::Tuple)) {
        for (Value t : as<TupleObj>(type)->items)
            if (!ok_type(t)) {
                raise_type_error(
                    I, "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        for (Value t : as<TupleObj>(type)->items)
            if (exc_matches(I, exc, as<TypeObj>(t))) return 1;
        return 0;
    }
    if (!ok_type(type)) {
        raise_type_error(I,
                         "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return exc_matches(I, exc, as<TypeObj>(type)) ? 1 : 0;
}

Value check_eg_match(Interp& I, Value exc, Value type, Value* rest);

static void raise_name_error(Interp& I, Frame* f, StrObj* name) {
    raise(I, I.t.NameError, "name '" + name->s + "' is not defined");
    if (is_kind(I.exc, Kind::Exception))
        as<ExceptionObj>(I.exc)->suggestion = name_error_suggestion(I, f, name->s);
}
Value prep_reraise_star(Interp& I, Value orig, Value raised);

static Value import_one(Interp& I, StrObj* name) {
    Value m = dict_get_str(I.modules, name);
    if (!m.is_undef()) return m;
    auto factory = I.module_factories.find(name->s);
    if (factory != I.module_factories.end()) {
        UnrootedNative u(I);
        m = factory->second(I);
        if (m.is_error()) return m;
        dict_set_str(I, I.modules, name, m);
        return m;
    }
    raise(I, I.t.ModuleNotFoundError, "No module named '" + name->s + "'");
    set_import_error_name(I, I.exc, name->s);
    return Value::error();
}

// `import a.b.c`: a, then a.b, then a.b.c, each submodule also an attribute of its parent (as
// CPython's import does); the last one.
static Value import_name(Interp& I, StrObj* name) {
    const StrText& full = name->s;
    size_t dot = full.find('.');
    if (dot == std::string::npos) return import_one(I, name);
    Value parent = import_one(I, I.intern(full.substr(0, dot)));
    while (!parent.is_error()) {
        size_t next = full.find('.', dot + 1);
        std::string prefix = full.substr(0, next);
        Value child = import_one(I, I.intern(prefix));
        if (child.is_error()) return child;
        if (is_kind(parent, Kind::Module))
            dict_set_str(
                I, as<ModuleObj>(parent)->dict,
                I.intern(prefix.substr(dot + 1, next == std::string::npos ? std::string::npos
                                                                          : next - dot - 1)),
                child);
        if (next == std::string::npos) return child;
        parent = child;
        dot = next;
    }
    return parent;
}

static Value import_from(Interp& I, Value module, StrObj* name) {
    Value v = getattr_opt(I, module, name);
    if (v.is_error()) return v;
    if (v.is_undef() && is_kind(module, Kind::Module)) {
        // `from package import submodule`: the submodule is imported on demand
        std::string sub = as<ModuleObj>(module)->name->s + "." + name->s;
        if (I.module_factories.count(sub) || !dict_get_str(I.modules, I.intern(sub)).is_undef())
            return import_name(I, I.intern(sub));
    }
    if (v.is_undef()) {
        std::string mod =
            is_kind(module, Kind::Module) ? as<ModuleObj>(module)->name->s.str() : "?";
        // (unknown location): as CPython for a module without a file (sys, time); the
        // playground's modules have none a learner could open
        raise(I, I.t.ImportError,
              "cannot import name '" + name->s + "' from '" + mod + "' (unknown location)");
        set_import_error_name(I, I.exc, mod);
        return Value::error();
    }
    return v;
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

// Under LOOPSCOPE_GC_STRESS: collect at every safe point of a run nested in native code (where
// natives are suspended), and at every 64th elsewhere.
bool stress_collects(Interp& I) {
    static uint32_t n = 0;
    return I.reentries > 1 || (++n & 63) == 0;
}
} // namespace

RunResult run_frame(Interp& I, Frame* entry, bool throwing) {
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
#define CHECK(v)                                                                                   \
    do {                                                                                           \
        if ((v).is_error()) goto error;                                                            \
    } while (0)
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
            if (I.heap.worth_collecting()) {                                                       \
                I.collect();                                                                       \
                run_finalizers(I);                                                                 \
            }                                                                                      \
            if (memory::over_budget() && !raise_memory_error(I)) {                                 \
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
// A reference the program's code drops (finalize.h): only while objects with finalizers live.
#define DROPS(v) (I.fin_count != 0 && !is_library_code(code) && fin_dropped_deep(I, v, false))
#define WEAK_DROPS(v) (I.fin_count != 0 && !is_library_code(code) && fin_dropped_deep(I, v))
#define FIN_PROBE()                                                                                \
    do {                                                                                           \
        SAVE_FRAME();                                                                              \
        fin_probe(I);                                                                              \
    } while (0)
// Runs Python callee `nf` inline: RecursionError past the limit; else `pop_args` leaves the
// caller's stack as it is after the call, and nf becomes the running frame.
#define ENTER_FRAME(nf, pop_args)                                                                  \
    do {                                                                                           \
        if (I.depth + 1 > I.recursion_limit) {                                                     \
            Frame::destroy(nf);                                                                    \
            raise(I, I.t.RecursionError, "maximum recursion depth exceeded");                      \
            goto error;                                                                            \
        }                                                                                          \
        pop_args;                                                                                  \
        SAVE_FRAME();                                                                              \
        (nf)->back = f;                                                                            \
        ++I.depth;                                                                                 \
        f = (nf);                                                                                  \
        I.frame = f;                                                                               \
        LOAD_FRAME();                                                                              \
        SAFE_POINT();                                                                              \
    } while (0)

// Runs a slot `nf` inline for this instruction (vm_hooks.h): as ENTER_FRAME, the linking done
// once at enter_inline.
#define ENTER_INLINE(nf, pop_args)                                                                 \
    do {                                                                                           \
        if (I.depth + 1 > I.recursion_limit) {                                                     \
            I.depth -= frame_levels(nf);                                                           \
            Frame::destroy(nf);                                                                    \
            raise(I, I.t.RecursionError, "maximum recursion depth exceeded");                      \
            goto error;                                                                            \
        }                                                                                          \
        pop_args;                                                                                  \
        entering = (nf);                                                                           \
        goto enter_inline;                                                                         \
    } while (0)

    uint32_t ins, arg;
    Frame* entering;
    LOAD_FRAME();
    if (throwing) goto error;

    for (;;) {
        if (I.line_hook) [[unlikely]] {
            // Line tracing (a session's line stepping): report each new line of a frame once.
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
        arg = ins >> 8;
        switch (Op(ins & 0xff)) {
            case Op::NOP: break;
            case Op::POP_TOP:
                --sp;
                if (WEAK_DROPS(*sp)) [[unlikely]]
                    FIN_PROBE();
                break;
            case Op::PUSH_NULL: PUSH(Value::undef()); break;
            case Op::COPY: {
                Value v = sp[-int(arg)];
                PUSH(v);
                break;
            }
            case Op::SWAP: {
                Value t = sp[-1];
                sp[-1] = sp[-int(arg)];
                sp[-int(arg)] = t;
                break;
            }
            case Op::LOAD_CONST: PUSH(consts[arg]); break;
            case Op::LOAD_FAST: {
                Value v = slots[arg];
                if (v.is_undef()) {
                    raise(I, I.t.UnboundLocalError,
                          "cannot access local variable '" + code->varnames[arg]->s +
                              "' where it is not associated with a value");
                    goto error;
                }
                PUSH(v);
                break;
            }
            case Op::STORE_FAST:
                if (I.fin_count != 0) [[unlikely]] {
                    Value old = slots[arg];
                    slots[arg] = POP();
                    if (DROPS(old)) FIN_PROBE();
                    break;
                }
                slots[arg] = POP();
                break;
            case Op::DELETE_FAST: {
                Value old = slots[arg];
                if (old.is_undef()) {
                    raise(I, I.t.UnboundLocalError,
                          "cannot access local variable '" + code->varnames[arg]->s +
                              "' where it is not associated with a value");
                    goto error;
                }
                slots[arg] = Value::undef();
                if (DROPS(old)) FIN_PROBE();
                break;
            }
            case Op::LOAD_DEREF: {
                auto* cell = as<CellObj>(slots[code->nlocals() + int(arg)]);
                if (cell->value.is_undef()) {
                    size_t ncells = code->cellnames.size();
                    if (arg < ncells)
                        raise(I, I.t.UnboundLocalError,
                              "cannot access local variable '" + code->cellnames[arg]->s +
                                  "' where it is not associated with a value");
                    else
                        raise(I, I.t.NameError,
                              "cannot access free variable '" + code->freenames[arg - ncells]->s +
                                  "' where it is not associated with a value in enclosing scope");
                    goto error;
                }
                PUSH(cell->value);
                break;
            }
            case Op::LOAD_CLOSURE: PUSH(slots[code->nlocals() + int(arg)]); break;
            case Op::STORE_DEREF: {
                Value& cell = as<CellObj>(slots[code->nlocals() + int(arg)])->value;
                Value old = cell;
                cell = POP();
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::DELETE_DEREF: {
                Value& cell = as<CellObj>(slots[code->nlocals() + int(arg)])->value;
                Value old = cell;
                cell = Value::undef();
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::LOAD_CLASSDEREF: {
                size_t ncells = code->cellnames.size();
                StrObj* name = arg < ncells ? code->cellnames[arg] : code->freenames[arg - ncells];
                Value v = f->locals_dict ? dict_get_str(f->locals_dict, name) : Value::undef();
                if (v.is_undef()) v = as<CellObj>(slots[code->nlocals() + int(arg)])->value;
                if (v.is_undef()) {
                    raise(I, I.t.NameError,
                          "cannot access free variable '" + name->s +
                              "' where it is not associated with a value in enclosing scope");
                    goto error;
                }
                PUSH(v);
                break;
            }
            case Op::LOAD_GLOBAL: {
                DictObj* g = f->globals;
                DictObj* bi = I.builtins;
                if (code->global_cache.size() != code->names.size())
                    code->global_cache.resize(code->names.size());
                CodeObj::GlobalCache& c = code->global_cache[arg];
                if (c.globals_uid == g->uid && c.globals_version == g->version &&
                    c.builtins_uid == bi->uid && c.builtins_version == bi->version) {
                    PUSH(c.value);
                    break;
                }
                StrObj* name = names[arg];
                Value v = dict_get_str(g, name);
                if (v.is_undef()) v = dict_get_str(bi, name);
                if (v.is_undef()) {
                    raise_name_error(I, f, name);
                    goto error;
                }
                c = CodeObj::GlobalCache{g->uid, g->version, bi->uid, bi->version, v};
                PUSH(v);
                break;
            }
            case Op::STORE_GLOBAL: {
                Value old =
                    I.fin_count != 0 ? dict_get_str(f->globals, names[arg]) : Value::undef();
                dict_set_str(I, f->globals, names[arg], POP());
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::DELETE_GLOBAL: {
                Value old =
                    I.fin_count != 0 ? dict_get_str(f->globals, names[arg]) : Value::undef();
                if (!dict_del_str(f->globals, names[arg])) {
                    raise(I, I.t.NameError, "name '" + names[arg]->s + "' is not defined");
                    goto error;
                }
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::LOAD_NAME: {
                StrObj* name = names[arg];
                Value v = f->locals_dict ? dict_get_str(f->locals_dict, name) : Value::undef();
                if (v.is_undef()) v = dict_get_str(f->globals, name);
                if (v.is_undef()) v = dict_get_str(I.builtins, name);
                if (v.is_undef()) {
                    raise_name_error(I, f, name);
                    goto error;
                }
                PUSH(v);
                break;
            }
            case Op::STORE_NAME: {
                DictObj* ns = f->locals_dict ? f->locals_dict : f->globals;
                Value old = I.fin_count != 0 ? dict_get_str(ns, names[arg]) : Value::undef();
                dict_set_str(I, ns, names[arg], POP());
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::DELETE_NAME: {
                DictObj* ns = f->locals_dict ? f->locals_dict : f->globals;
                Value old = I.fin_count != 0 ? dict_get_str(ns, names[arg]) : Value::undef();
                if (!dict_del_str(ns, names[arg])) {
                    raise(I, I.t.NameError, "name '" + names[arg]->s + "' is not defined");
                    goto error;
                }
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::LOAD_ATTR: {
                if (code->load_attr_cache.size() != code->names.size())
                    code->load_attr_cache.resize(code->names.size());
                CodeObj::AttrCache& c = code->load_attr_cache[arg];
                if (Value* slot = attr_cache_slot(TOP(), names[arg], c)) {
                    TOP() = *slot;
                    break;
                }
                SAVE_FRAME();
                if (FunctionObj* getter = inline_property_getter(I, TOP(), names[arg])) {
                    // the getter runs as a call of getter(obj): its result replaces obj
                    Frame* nf =
                        make_call_frame(I, getter, CallArgs{sp - 1, 1, nullptr}, Value::undef());
                    if (!nf) goto error;
                    ENTER_FRAME(nf, --sp);
                    break;
                }
                Value obj = TOP();
                Value v;
                if (FunctionObj* ga = inline_getattr_fallback(I, obj, names[arg], &v)) {
                    // __getattr__ runs as a call of ga(obj, name): its result replaces obj
                    Value name = Value::object(names[arg]);
                    Frame* nf = make_call_frame(I, ga, CallArgs{&name, 1, nullptr}, obj);
                    if (!nf) goto error;
                    ENTER_FRAME(nf, --sp);
                    break;
                }
                CHECK(v);
                attr_cache_fill_load(I, obj, names[arg], c);
                TOP() = v;
                break;
            }
            case Op::STORE_ATTR: {
                Value obj = sp[-1], v = sp[-2];
                if (code->store_attr_cache.size() != code->names.size())
                    code->store_attr_cache.resize(code->names.size());
                CodeObj::AttrCache& c = code->store_attr_cache[arg];
                if (Value* slot = attr_cache_slot(obj, names[arg], c)) {
                    Value old = *slot;
                    *slot = v;
                    bump_dict_version(static_cast<InstanceObj*>(obj.o)->dict);
                    sp -= 2;
                    if (DROPS(old)) [[unlikely]]
                        FIN_PROBE();
                    break;
                }
                SAVE_FRAME();
                Value old = Value::undef();
                if (I.fin_count != 0) [[unlikely]]
                    old = fin_peek_attr(obj, names[arg]);
                {
                    Rooted keep(I, old);
                    if (!setattr(I, obj, names[arg], v)) goto error;
                }
                attr_cache_fill_store(I, obj, names[arg], c);
                sp -= 2;
                // the old value, or what a setter dropped (e.__traceback__ = None: the frames)
                if (DROPS(old) || !I.fin_drops.empty()) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::DELETE_ATTR: {
                SAVE_FRAME();
                Value old = Value::undef();
                if (I.fin_count != 0) [[unlikely]]
                    old = fin_peek_attr(TOP(), names[arg]);
                {
                    Rooted keep(I, old);
                    if (!delattr(I, TOP(), names[arg])) goto error;
                }
                --sp;
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::LOAD_METHOD: {
                Value obj = TOP();
                StrObj* name = names[arg];
                // A plain function found on the class, not shadowed by the instance: call it
                // with obj as self without creating a bound method (as CPython's LOAD_METHOD).
                if (obj.is_obj() &&
                    (obj.o->kind == Kind::Instance || obj.o->kind == Kind::Exception)) {
                    TypeObj* t = obj.o->type;
                    Value m =
                        has_user_getattribute(I, t) ? Value::undef() : type_lookup_cached(t, name);
                    if (is_kind(m, Kind::Function)) {
                        DictObj* d = static_cast<InstanceObj*>(obj.o)->dict;
                        if (!d || dict_get_str(d, name).is_undef()) {
                            TOP() = m;
                            PUSH(obj);
                            break;
                        }
                    }
                } else if (obj.tag != Tag::Obj ||
                           (obj.o->kind != Kind::Type && obj.o->kind != Kind::Module &&
                            obj.o->kind != Kind::Super)) {
                    Value m = type_lookup_cached(type_of(I, obj), name);
                    if (is_kind(m, Kind::NativeFunction) && as<NativeFunctionObj>(m)->is_method) {
                        TOP() = m;
                        PUSH(obj);
                        break;
                    }
                }
                SAVE_FRAME();
                if (FunctionObj* getter = inline_property_getter(I, obj, name)) {
                    // as LOAD_ATTR: the getter's result lands above the undef
                    Frame* nf =
                        make_call_frame(I, getter, CallArgs{sp - 1, 1, nullptr}, Value::undef());
                    if (!nf) goto error;
                    ENTER_FRAME(nf, TOP() = Value::undef());
                    break;
                }
                Value v;
                if (FunctionObj* ga = inline_getattr_fallback(I, obj, name, &v)) {
                    // as LOAD_ATTR: __getattr__'s result lands above the undef
                    Value nm = Value::object(name);
                    Frame* nf = make_call_frame(I, ga, CallArgs{&nm, 1, nullptr}, obj);
                    if (!nf) goto error;
                    ENTER_FRAME(nf, TOP() = Value::undef());
                    break;
                }
                CHECK(v);
                TOP() = Value::undef();
                PUSH(v);
                break;
            }
            case Op::BINARY_OP: {
                Value b = sp[-1], a = sp[-2];
                if (a.tag == Tag::Int && b.tag == Tag::Int) {
                    int64_t r;
                    switch (BinOp(arg & 15)) {
                        case BinOp::Add:
                            if (!__builtin_add_overflow(a.i, b.i, &r)) {
                                sp[-2] = Value::integer(r);
                                --sp;
                                continue;
                            }
                            break;
                        case BinOp::Sub:
                            if (!__builtin_sub_overflow(a.i, b.i, &r)) {
                                sp[-2] = Value::integer(r);
                                --sp;
                                continue;
                            }
                            break;
                        case BinOp::Mul:
                            if (!__builtin_mul_overflow(a.i, b.i, &r)) {
                                sp[-2] = Value::integer(r);
                                --sp;
                                continue;
                            }
                            break;
                        default: break;
                    }
                } else if (a.tag == Tag::Float && b.tag == Tag::Float) {
                    switch (BinOp(arg & 15)) {
                        case BinOp::Add:
                            sp[-2] = Value::floating(a.f + b.f);
                            --sp;
                            continue;
                        case BinOp::Sub:
                            sp[-2] = Value::floating(a.f - b.f);
                            --sp;
                            continue;
                        case BinOp::Mul:
                            sp[-2] = Value::floating(a.f * b.f);
                            --sp;
                            continue;
                        default: break;
                    }
                }
                SAVE_FRAME();
                Value r = arg & 16 ? inplace_op(I, BinOp(arg & 15), a, b)
                                   : binary_op(I, BinOp(arg), a, b);
                CHECK(r);
                sp[-2] = r;
                --sp;
                // `xs *= 0` noted the items it dropped (finalize.h)
                if (!I.fin_drops.empty() && !is_library_code(code)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::UNARY_OP: {
                SAVE_FRAME();
                if (UnaryOp(arg) == UnaryOp::Not && is_kind(TOP(), Kind::Instance)) [[unlikely]] {
                    int t;
                    if (Frame* nf = inline_truth(I, TOP(), &t)) {
                        ENTER_INLINE(nf, --sp);
                        break;
                    }
                    if (t < 0) goto error;
                    TOP() = Value::boolean(t == 0);
                    break;
                }
                Value r = unary_op(I, UnaryOp(arg), TOP());
                CHECK(r);
                TOP() = r;
                break;
            }
            case Op::COMPARE_OP: {
                Value b = sp[-1], a = sp[-2];
                if (a.tag == Tag::Int && b.tag == Tag::Int) {
                    bool r = false;
                    switch (CmpOp(arg)) {
                        case CmpOp::Lt: r = a.i < b.i; break;
                        case CmpOp::Le: r = a.i <= b.i; break;
                        case CmpOp::Eq: r = a.i == b.i; break;
                        case CmpOp::Ne: r = a.i != b.i; break;
                        case CmpOp::Gt: r = a.i > b.i; break;
                        case CmpOp::Ge: r = a.i >= b.i; break;
                    }
                    sp[-2] = Value::boolean(r);
                    --sp;
                    break;
                }
                SAVE_FRAME();
                Value r = compare(I, a, b, CmpOp(arg));
                CHECK(r);
                sp[-2] = r;
                --sp;
                break;
            }
            case Op::IS_OP: {
                bool r = sp[-2].same(sp[-1]);
                if (sp[-2].is_obj() != sp[-1].is_obj()) r = false;
                sp[-2] = Value::boolean(arg ? !r : r);
                --sp;
                break;
            }
            case Op::CONTAINS_OP: {
                SAVE_FRAME();
                if (is_kind(sp[-1], Kind::Instance)) [[unlikely]] {
                    bool failed = false;
                    Frame* nf =
                        inline_slot(I, sp[-1], I.n.__contains__, sp - 2, 1, HOOK_CONTAINS, &failed);
                    if (failed) goto error;
                    if (nf) {
                        ENTER_INLINE(nf, sp -= 2);
                        break;
                    }
                }
                int r = contains(I, sp[-1], sp[-2]);
                if (r < 0) goto error;
                sp[-2] = Value::boolean(arg ? !r : r);
                --sp;
                break;
            }
            case Op::BINARY_SUBSCR: {
                Value key = sp[-1], obj = sp[-2];
                if (key.tag == Tag::Int && obj.is_obj() &&
                    (obj.o->type == I.t.list || obj.o->type == I.t.tuple)) {
                    auto& items = obj.o->type == I.t.list ? as<ListObj>(obj)->items
                                                          : as<TupleObj>(obj)->items;
                    int64_t i = key.i < 0 ? key.i + int64_t(items.size()) : key.i;
                    if (i >= 0 && i < int64_t(items.size())) {
                        sp[-2] = items[size_t(i)];
                        --sp;
                        break;
                    }
                }
                SAVE_FRAME();
                Value r = getitem(I, obj, key);
                CHECK(r);
                sp[-2] = r;
                --sp;
                break;
            }
            case Op::STORE_SUBSCR: {
                SAVE_FRAME();
                Value old = Value::undef();
                if (I.fin_count != 0) [[unlikely]]
                    old = fin_peek_item(sp[-2], sp[-1]);
                {
                    Rooted keep(I, old);
                    if (!setitem(I, sp[-2], sp[-1], sp[-3])) goto error;
                }
                sp -= 3;
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::DELETE_SUBSCR: {
                SAVE_FRAME();
                Value old = Value::undef();
                if (I.fin_count != 0) [[unlikely]]
                    old = fin_peek_item(sp[-2], sp[-1]);
                {
                    Rooted keep(I, old);
                    if (!delitem(I, sp[-2], sp[-1])) goto error;
                }
                sp -= 2;
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::BINARY_SLICE: {
                Value* base = sp - arg - 1; // obj, start, stop(, step)
                SAVE_FRAME();
                Value r =
                    get_slice(I, base[0], base[1], base[2], arg == 3 ? base[3] : Value::none());
                CHECK(r);
                base[0] = r;
                sp = base + 1;
                break;
            }
            case Op::STORE_SLICE: {
                Value* base = sp - arg - 2; // value, obj, start, stop(, step)
                SAVE_FRAME();
                if (!set_slice(I, base[1], base[2], base[3], arg == 3 ? base[4] : Value::none(),
                               base[0]))
                    goto error;
                sp = base;
                break;
            }
            case Op::BUILD_SLICE: {
                Value step = arg == 3 ? POP() : Value::none();
                Value stop = POP();
                Value start = TOP();
                TOP() = Value::object(I.alloc<SliceObj>(I.t.slice, start, stop, step));
                break;
            }
            case Op::BUILD_TUPLE: {
                sp -= arg;
                Value t = arg == 0 ? Value::object(I.empty_tuple)
                                   : new_tuple(I, std::vector<Value>(sp, sp + arg));
                PUSH(t);
                break;
            }
            case Op::BUILD_LIST: {
                sp -= arg;
                Value l = new_list(I, std::vector<Value>(sp, sp + arg));
                PUSH(l);
                break;
            }
            case Op::BUILD_SET: {
                // Items' __hash__ / __eq__ may run Python code: the new set is rooted meanwhile.
                SetObj* s = new_set(I);
                Rooted sv(I, Value::object(s));
                SAVE_FRAME();
                for (uint32_t i = 0; i < arg; ++i)
                    if (!dict_set(I, s->table, sp[-int(arg) + int(i)], Value::none())) goto error;
                sp -= arg;
                PUSH(sv.v);
                break;
            }
            case Op::BUILD_MAP: {
                DictObj* d = new_dict(I);
                Rooted dv(I, Value::object(d));
                SAVE_FRAME();
                for (uint32_t i = 0; i < arg; ++i) {
                    Value k = sp[-2 * int(arg) + 2 * int(i)];
                    Value v = sp[-2 * int(arg) + 2 * int(i) + 1];
                    if (!dict_set(I, d, k, v)) goto error;
                }
                sp -= 2 * arg;
                PUSH(dv.v);
                break;
            }
            case Op::BUILD_STRING: {
                Value s = build_string(I, sp - arg, arg);
                sp -= arg;
                PUSH(s);
                break;
            }
            case Op::LIST_APPEND: {
                Value v = POP();
                as<ListObj>(sp[-int(arg)])->items.push_back(v);
                I.heap.allocated += sizeof(Value); // growth counts (heap.h: pacing)
                break;
            }
            case Op::SET_ADD: {
                // The operands stay on the stack while __hash__ / __eq__ may run.
                SAVE_FRAME();
                if (!dict_set(I, as<SetObj>(sp[-int(arg) - 1])->table, sp[-1], Value::none()))
                    goto error;
                --sp;
                break;
            }
            case Op::MAP_ADD: {
                SAVE_FRAME();
                if (!dict_set(I, as<DictObj>(sp[-int(arg) - 2]), sp[-2], sp[-1])) goto error;
                sp -= 2;
                break;
            }
            case Op::LIST_EXTEND: {
                // Into the list being built (on the stack, so rooted while items are made).
                Value it = TOP();
                int depth = int(arg & ~kLoneStarArg);
                SAVE_FRAME();
                if (!collect(I, it, as<ListObj>(sp[-depth - 1])->items)) {
                    if (exc_matches(I, I.exc, I.t.TypeError) &&
                        type_lookup(type_of(I, it), I.n.__iter__).is_undef()) {
                        I.exc = Value::none();
                        // f(*x): the callable is below the list being built
                        std::string what = arg & kLoneStarArg
                                               ? function_str(I, sp[-depth - 2]) + " argument"
                                               : std::string("Value");
                        raise_type_error(I, what + " after * must be an iterable, not " +
                                                type_name(I, it));
                    }
                    goto error;
                }
                --sp;
                break;
            }
            case Op::SET_UPDATE: {
                Value it = TOP();
                SAVE_FRAME();
                RootedValues items(I);
                if (!collect(I, it, items.items)) goto error;
                for (Value v : items.items)
                    if (!dict_set(I, as<SetObj>(sp[-int(arg) - 1])->table, v, Value::none()))
                        goto error;
                --sp;
                break;
            }
            case Op::DICT_UPDATE:
            case Op::DICT_MERGE: {
                Value src = TOP();
                SAVE_FRAME();
                DictObj* dst = as<DictObj>(sp[-1 - int(arg)]);
                bool merge = Op(ins & 0xff) == Op::DICT_MERGE;
                Value func = merge ? sp[-3 - int(arg)] : Value::none(); // [f, args, dict, src]
                if (!is_kind(src, Kind::Dict)) {
                    ++I.native_depth;
                    bool ok = merge_mapping(I, dst, src, merge ? &func : nullptr);
                    --I.native_depth;
                    if (!ok) goto error;
                    --sp;
                    break;
                }
                // As CPython's dict_merge: a key's __hash__ / __eq__ may change the source.
                auto* sd = as<DictObj>(src);
                size_t n = sd->entries.size();
                for (size_t i = 0; i < n; ++i) {
                    if (sd->entries[i].key.is_undef()) continue;
                    Rooted k(I, sd->entries[i].key), v(I, sd->entries[i].value);
                    if (Op(ins & 0xff) == Op::DICT_MERGE) {
                        Value old = dict_get(I, dst, k.v);
                        CHECK(old);
                        if (!old.is_undef()) {
                            raise_duplicate_keyword(I, func, k.v);
                            goto error;
                        }
                    }
                    if (!dict_set(I, dst, k.v, v.v)) goto error;
                    if (sd->entries.size() != n) {
                        raise(I, I.t.RuntimeError, "dict mutated during update");
                        goto error;
                    }
                }
                --sp;
                break;
            }
            case Op::LIST_TO_TUPLE: TOP() = new_tuple(I, as<ListObj>(TOP())->items); break;
            case Op::FORMAT_VALUE: {
                // The spec stays on the stack while __format__ / __str__ may run.
                Value spec = arg & 4 ? sp[-1] : Value::undef();
                Value v = arg & 4 ? sp[-2] : sp[-1];
                SAVE_FRAME();
                Value r = format_value(I, v, arg, spec);
                CHECK(r);
                if (arg & 4) --sp;
                TOP() = r;
                break;
            }
            case Op::UNPACK_SEQUENCE:
            case Op::UNPACK_EX: {
                Value seq = TOP();
                if (Op(ins & 0xff) == Op::UNPACK_SEQUENCE && is_kind(seq, Kind::Tuple) &&
                    as<TupleObj>(seq)->items.size() == arg) {
                    auto& items = as<TupleObj>(seq)->items;
                    --sp;
                    for (uint32_t i = arg; i-- > 0;) PUSH(items[i]);
                    break;
                }
                SAVE_FRAME();
                std::vector<Value> out;
                bool star = Op(ins & 0xff) == Op::UNPACK_EX;
                int before = star ? int(arg & 0xff) : int(arg);
                int after = star ? int(arg >> 8) : 0;
                if (!unpack(I, seq, before, after, star, out)) goto error;
                --sp;
                for (size_t i = out.size(); i-- > 0;) PUSH(out[i]);
                break;
            }
            case Op::JUMP: {
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
                break;
            }
            case Op::POP_JUMP_IF_FALSE:
            case Op::POP_JUMP_IF_TRUE: {
                Value v = POP();
                int t;
                if (v.tag == Tag::Bool)
                    t = v.b;
                else {
                    SAVE_FRAME();
                    if (is_kind(v, Kind::Instance)) [[unlikely]] {
                        if (Frame* nf = inline_truth(I, v, &t)) {
                            ENTER_INLINE(nf, (void)0);
                            break;
                        }
                    } else {
                        t = truthy(I, v);
                    }
                    if (t < 0) goto error;
                }
                if ((Op(ins & 0xff) == Op::POP_JUMP_IF_TRUE) == bool(t)) ip = code_start + arg;
                break;
            }
            case Op::JUMP_IF_FALSE_OR_POP:
            case Op::JUMP_IF_TRUE_OR_POP: {
                Value v = TOP();
                int t;
                if (v.tag == Tag::Bool)
                    t = v.b;
                else {
                    SAVE_FRAME();
                    if (is_kind(v, Kind::Instance)) [[unlikely]] {
                        if (Frame* nf = inline_truth(I, v, &t)) {
                            ENTER_INLINE(nf, (void)0);
                            break;
                        }
                    } else {
                        t = truthy(I, v);
                    }
                    if (t < 0) goto error;
                }
                if ((Op(ins & 0xff) == Op::JUMP_IF_TRUE_OR_POP) == bool(t))
                    ip = code_start + arg;
                else
                    --sp;
                break;
            }
            case Op::GET_ITER: {
                Value v = TOP();
                if (is_kind(v, Kind::Generator) && as<GenObj>(v)->gkind == GenKind::Generator)
                    break;
                SAVE_FRAME();
                if (is_kind(v, Kind::Instance)) [[unlikely]] {
                    bool failed = false;
                    Frame* nf = inline_slot(I, v, I.n.__iter__, nullptr, 0, HOOK_ITER, &failed);
                    if (failed) goto error;
                    if (nf) {
                        ENTER_INLINE(nf, --sp);
                        break;
                    }
                }
                Value it = get_iter(I, v);
                CHECK(it);
                TOP() = it;
                break;
            }
            case Op::FOR_ITER: {
                Value it = TOP();
                if (is_kind(it, Kind::Generator)) {
                    auto* g = as<GenObj>(it);
                    if (!g->frame) {
                        --sp;
                        ip = code_start + arg;
                        break;
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
                        break;
                    }
                }
                SAVE_FRAME();
                if (is_kind(it, Kind::Instance)) [[unlikely]] {
                    bool failed = false;
                    Frame* nf =
                        inline_slot(I, it, I.n.__next__, nullptr, 0, HOOK_FOR_NEXT, &failed);
                    if (failed) goto error;
                    if (nf) {
                        ENTER_INLINE(nf, (void)0);
                        break;
                    }
                }
                Value v;
                if (is_kind(it, Kind::Iterator)) {
                    ++I.native_depth;
                    v = next_native(I, static_cast<IterObj*>(it.o));
                    --I.native_depth;
                } else {
                    ++I.native_depth;
                    v = iter_next_unticked(I, it); // (the loop's back edge ticks)
                    --I.native_depth;
                }
                CHECK(v);
                if (v.is_undef()) {
                    --sp;
                    ip = code_start + arg;
                    SAFE_POINT();
                } else {
                    PUSH(v);
                }
                break;
            }
            case Op::RETURN_VALUE: {
                if (f->flags & kFrameHooked) [[unlikely]]
                    goto return_hooked;
                Value r = POP();
                GenObj* g = f->gen;
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
                break;
            }
            case Op::YIELD_VALUE: {
                Value y = POP();
                GenObj* g = f->gen;
                SAVE_FRAME();
                g->running = false;
                Frame* caller = f->back;
                f->back = nullptr;
                --I.depth;
                if (f == entry) {
                    I.frame = caller;
                    bool async_yield = g->gkind == GenKind::AsyncGenerator && arg == 0;
                    return RunResult{RunStatus::Yielded, y, async_yield};
                }
                f = caller;
                I.frame = f;
                LOAD_FRAME();
                PUSH(y);
                break;
            }
            case Op::SEND: {
                Value v = POP();
                Value recv = TOP();
                if (is_kind(recv, Kind::Generator)) {
                    auto* g = as<GenObj>(recv);
                    if (g->frame && !g->running && g->gkind != GenKind::AsyncGenerator) {
                        if (!g->started && !v.is_none()) {
                            raise_type_error(
                                I,
                                std::string("can't send non-None value to a just-started ") +
                                    (g->gkind == GenKind::Coroutine ? "coroutine" : "generator"));
                            goto error;
                        }
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
                        break;
                    }
                    if (!g->frame) {
                        if (g->gkind == GenKind::Coroutine) {
                            raise(I, I.t.RuntimeError, "cannot reuse already awaited coroutine");
                            goto error;
                        }
                        sp[-1] = Value::none();
                        ip = code_start + arg;
                        break;
                    }
                    if (g->running) {
                        raise(I, I.t.ValueError,
                              g->gkind == GenKind::Coroutine ? "coroutine already executing"
                                                             : "generator already executing");
                        goto error;
                    }
                }
                SAVE_FRAME();
                Value out;
                ++I.native_depth;
                SendStatus st = send_other(I, recv, v, &out);
                --I.native_depth;
                if (st == SendStatus::Error) goto error;
                if (st == SendStatus::Return) {
                    sp[-1] = out;
                    ip = code_start + arg;
                } else {
                    PUSH(out);
                }
                break;
            }
            case Op::GET_AWAITABLE: {
                SAVE_FRAME();
                Value aw = get_awaitable(I, TOP(), arg);
                CHECK(aw);
                TOP() = aw;
                break;
            }
            case Op::GET_YIELD_FROM_ITER: {
                Value v = TOP();
                if (is_kind(v, Kind::Generator)) {
                    if (as<GenObj>(v)->gkind == GenKind::Coroutine) {
                        raise_type_error(
                            I,
                            "cannot 'yield from' a coroutine object in a non-coroutine generator");
                        goto error;
                    }
                    break;
                }
                SAVE_FRAME();
                Value it = get_iter(I, v);
                CHECK(it);
                TOP() = it;
                break;
            }
            case Op::GET_AITER: {
                Value v = TOP();
                SAVE_FRAME();
                Value it = call_special(I, v, I.n.__aiter__, {});
                CHECK(it);
                if (it.is_undef()) {
                    raise_type_error(I,
                                     "'async for' requires an object with __aiter__ method, got " +
                                         type_name(I, v));
                    goto error;
                }
                TOP() = it;
                break;
            }
            case Op::GET_ANEXT: {
                Value aiter = TOP();
                SAVE_FRAME();
                Value aw = call_special(I, aiter, I.n.__anext__, {});
                CHECK(aw);
                if (aw.is_undef()) {
                    raise_type_error(
                        I, "'async for' requires an iterator with __anext__ method, got " +
                               type_name(I, aiter));
                    goto error;
                }
                Value a2 = get_awaitable(I, aw, 0);
                if (a2.is_error()) {
                    I.exc = Value::none();
                    raise_type_error(I, "'async for' received an invalid object from __anext__: " +
                                            type_name(I, aw));
                    goto error;
                }
                PUSH(a2);
                break;
            }
            case Op::END_ASYNC_FOR: {
                Value exc = POP();
                if (exc_matches(I, exc, I.t.StopAsyncIteration)) {
                    --sp; // the async iterator
                    break;
                }
                I.exc = exc;
                goto exception_unwind;
            }
            case Op::BEFORE_WITH:
            case Op::BEFORE_ASYNC_WITH: {
                bool async = Op(ins & 0xff) == Op::BEFORE_ASYNC_WITH;
                Value mgr = TOP();
                TypeObj* t = type_of(I, mgr);
                Value enter = type_lookup(t, async ? I.n.__aenter__ : I.n.__enter__);
                Value exit = type_lookup(t, async ? I.n.__aexit__ : I.n.__exit__);
                if (enter.is_undef() || exit.is_undef()) {
                    raise_type_error(I, "'" + t->name->s + "' object does not support the " +
                                            (async ? "asynchronous " : "") +
                                            "context manager protocol");
                    goto error;
                }
                SAVE_FRAME();
                Rooted bound_exit(I, getattr(I, mgr, async ? I.n.__aexit__ : I.n.__exit__));
                CHECK(bound_exit.v);
                Value res = call_special(I, mgr, async ? I.n.__aenter__ : I.n.__enter__, {});
                CHECK(res);
                TOP() = bound_exit.v;
                PUSH(res);
                break;
            }
            case Op::WITH_EXCEPT_START: {
                Value exc = sp[-1];
                Value exit = sp[-3];
                Value args[3] = {Value::object(type_of(I, exc)), exc, Value::none()};
                SAVE_FRAME();
                Value r = call(I, exit, std::span<const Value>(args, 3));
                CHECK(r);
                PUSH(r);
                break;
            }
            case Op::PUSH_EXC_INFO: {
                Value exc = TOP();
                TOP() = f->handled;
                f->handled = exc;
                PUSH(exc);
                break;
            }
            case Op::POP_EXCEPT: {
                // the handled exception goes; its traceback may hold the last reference to a
                // failed frame's local with __del__ (finalize.h)
                Value old = f->handled;
                f->handled = POP();
                if (DROPS(old)) [[unlikely]]
                    FIN_PROBE();
                break;
            }
            case Op::CHECK_EXC_MATCH: {
                Value type = POP();
                SAVE_FRAME();
                int r = exc_match_checked(I, TOP(), type);
                if (r < 0) goto error;
                PUSH(Value::boolean(r));
                break;
            }
            case Op::CHECK_EG_MATCH: {
                Value type = POP();
                Value exc = TOP();
                SAVE_FRAME();
                Value rest;
                Value match = check_eg_match(I, exc, type, &rest);
                CHECK(match);
                TOP() = rest;
                PUSH(match);
                break;
            }
            case Op::PREP_RERAISE_STAR: {
                Value raised = POP();
                SAVE_FRAME();
                Value r = prep_reraise_star(I, TOP(), raised);
                CHECK(r);
                TOP() = r;
                break;
            }
            case Op::RERAISE: I.exc = POP(); goto exception_unwind;
            case Op::RAISE_VARARGS: {
                SAVE_FRAME();
                if (arg == 0) {
                    Value exc = current_handled_exception(I);
                    if (exc.is_none()) {
                        raise(I, I.t.RuntimeError, "No active exception to reraise");
                        goto error;
                    }
                    I.exc = exc;
                    goto exception_unwind;
                }
                // exc (and cause) stay on the stack while their classes are instantiated.
                Value* exc = sp - arg;
                Value* cause = arg == 2 ? sp - 1 : nullptr;
                if (is_kind(*exc, Kind::Type) && is_subtype(as<TypeObj>(*exc), I.t.BaseException)) {
                    *exc = call(I, *exc, std::span<const Value>());
                    CHECK(*exc);
                }
                if (cause && is_kind(*exc, Kind::Exception)) {
                    if (is_kind(*cause, Kind::Type) &&
                        is_subtype(as<TypeObj>(*cause), I.t.BaseException)) {
                        *cause = call(I, *cause, std::span<const Value>());
                        CHECK(*cause);
                    } else if (!cause->is_none() && !is_kind(*cause, Kind::Exception)) {
                        raise_type_error(I, "exception causes must derive from BaseException");
                        goto error;
                    }
                    as<ExceptionObj>(*exc)->cause = *cause;
                    as<ExceptionObj>(*exc)->suppress_context = true;
                }
                raise_value(I, *exc);
                sp -= arg;
                goto error;
            }
            case Op::LOAD_ASSERTION_ERROR: PUSH(Value::object(I.t.AssertionError)); break;
            case Op::LOAD_BUILD_CLASS: {
                Value bc = dict_get_str(I.builtins, I.intern("__build_class__"));
                PUSH(bc);
                break;
            }
            case Op::MAKE_FUNCTION: {
                auto* c = as<CodeObj>(POP());
                auto* fn = I.alloc<FunctionObj>(I.t.function, c, f->globals);
                if (arg & MF_CLOSURE) {
                    for (Value cell : as<TupleObj>(POP())->items)
                        fn->closure.push_back(as<CellObj>(cell));
                }
                if (arg & MF_ANNOTATIONS) {
                    const auto& pairs = as<TupleObj>(POP())->items;
                    DictObj* ann = new_dict(I);
                    for (size_t i = 0; i + 1 < pairs.size(); i += 2)
                        dict_set_str(I, ann, as<StrObj>(pairs[i]), pairs[i + 1]);
                    fn->dict = new_dict(I);
                    dict_set_str(I, fn->dict, I.n.__annotations__, Value::object(ann));
                }
                if (arg & MF_KWDEFAULTS) fn->kwdefaults = as<DictObj>(POP());
                if (arg & MF_DEFAULTS) fn->defaults = as<TupleObj>(POP())->items;
                fn->doc = c->doc ? Value::object(c->doc) : Value::none();
                PUSH(Value::object(fn));
                break;
            }
            case Op::KW_NAMES: kwnames = as<TupleObj>(consts[arg]); break;
            case Op::CALL: {
                Value* args = sp - arg;
                Value s0 = args[-2], s1 = args[-1];
                Value callable;
                Value* argp;
                int32_t nargs;
                if (s0.is_undef()) {
                    callable = s1;
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
                    callable = s0;
                    argp = args - 1;
                    nargs = int32_t(arg) + 1;
                }
                TupleObj* kw = kwnames;
                kwnames = nullptr;
                int32_t npos = nargs - (kw ? int32_t(kw->items.size()) : 0);
                CallArgs ca{argp, npos, kw};
                if (is_kind(callable, Kind::Function)) {
                    auto* fn = as<FunctionObj>(callable);
                    SAVE_FRAME();
                    Frame* nf = make_call_frame(I, fn, ca, Value::undef());
                    if (!nf) goto error;
                    if (fn->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
                        Value g = make_generator(I, fn, nf);
                        sp = args - 2;
                        PUSH(g);
                        break;
                    }
                    ENTER_FRAME(nf, sp = args - 2);
                    break;
                }
                SAVE_FRAME();
                if (nargs > 0 && !kw && argp[0].is_obj() && argp[0].o->kind == Kind::Instance)
                    [[unlikely]] {
                    // len(x), str(x), ... of an instance: its slot may run inline (vm_hooks.h)
                    bool failed = false;
                    Value done = Value::undef();
                    Frame* nf = inline_builtin_call(I, callable, argp, nargs,
                                                    code->calls < kCodeWarmCalls, &failed, &done);
                    if (failed) goto error;
                    if (nf) {
                        ENTER_INLINE(nf, sp = args - 2);
                        break;
                    }
                    if (!done.is_undef()) {
                        sp = args - 2;
                        PUSH(done);
                        break;
                    }
                }
                Value r;
                ++I.native_depth;
                if (is_kind(callable, Kind::NativeFunction)) {
                    auto* nfn = as<NativeFunctionObj>(callable);
                    // Called from a code object's first calls (unspecialized in CPython 3.11),
                    // a builtin's call counts a level of the recursion limit.
                    bool cold = code->calls < kCodeWarmCalls && !nfn->counts_level;
                    if (cold && !enter_c_level(I)) {
                        cold = false;
                        r = Value::error();
                    } else if (nfn->self.is_undef() && nfn->is_method) {
                        if (npos < 1) {
                            r = raise_type_error(I, "unbound method " + nfn->name->s +
                                                        "() needs an argument");
                        } else {
                            CallArgs rest{argp + 1, npos - 1, kw};
                            r = call_native(I, nfn, argp[0], rest);
                        }
                    } else {
                        r = call_native(I, nfn, nfn->self, ca);
                    }
                    if (cold) leave_c_level(I);
                } else if (callable.is_obj() && callable.o == I.t.str &&
                           code->calls < kCodeWarmCalls) {
                    // str has no vectorcall in CPython 3.11: called unspecialized, its tp_call
                    // counts a level
                    r = Value::error();
                    if (enter_c_level(I)) {
                        r = call(I, callable, ca);
                        leave_c_level(I);
                    }
                } else {
                    r = call(I, callable, ca);
                }
                --I.native_depth;
                CHECK(r);
                // The arguments dropped (finalize.h); a coroutine handed to a native is kept
                // by it far more often than dropped (loop.create_task): not probed here.
                bool drops = false;
                if (I.fin_count != 0 && !is_library_code(code)) [[unlikely]] {
                    for (Value* v = argp; v < argp + nargs; ++v)
                        if (!(is_kind(*v, Kind::Generator) &&
                              as<GenObj>(*v)->gkind == GenKind::Coroutine))
                            drops |= fin_dropped(I, *v);
                    drops |= !I.fin_drops.empty();
                }
                sp = args - 2;
                PUSH(r);
                if (drops) [[unlikely]]
                    FIN_PROBE();
                if (I.suspend_request) [[unlikely]] {
                    // The native left work for the driver: pause with its result pending.
                    I.suspend_request = false;
                    SAVE_FRAME();
                    return RunResult{RunStatus::Paused, Value::none()};
                }
                break;
            }
            case Op::CALL_FUNCTION_EX: {
                // The operands stay on the stack; the argument vector and the keyword names
                // are rooted while the call runs (a __new__ may run Python before __init__
                // reads them).
                Value kwargs = arg & 1 ? sp[-1] : Value::undef();
                Value posargs = sp[arg & 1 ? -2 : -1];
                Value callable = sp[arg & 1 ? -3 : -2];
                RootedValues argv(I);
                argv.items = as<TupleObj>(posargs)->items;
                int32_t npos = int32_t(argv.items.size());
                Rooted kw(I);
                if (!kwargs.is_undef()) {
                    std::vector<Value> knames;
                    for (auto& e : as<DictObj>(kwargs)->entries) {
                        if (e.key.is_undef()) continue;
                        if (!is_str(e.key)) {
                            raise_type_error(I, "keywords must be strings");
                            goto error;
                        }
                        knames.push_back(Value::object(I.intern(str_view(e.key))));
                        argv.items.push_back(e.value);
                    }
                    if (!knames.empty()) kw.v = new_tuple(I, std::move(knames));
                }
                SAVE_FRAME();
                ++I.native_depth;
                Value r = call(I, callable,
                               CallArgs{argv.items.data(), npos,
                                        kw.v.is_obj() ? as<TupleObj>(kw.v) : nullptr});
                --I.native_depth;
                sp -= arg & 1 ? 4 : 3; // the operands and the NULL
                CHECK(r);
                PUSH(r);
                if (I.suspend_request) [[unlikely]] {
                    I.suspend_request = false;
                    SAVE_FRAME();
                    return RunResult{RunStatus::Paused, Value::none()};
                }
                break;
            }
            case Op::IMPORT_NAME: {
                SAVE_FRAME();
                Value m = import_name(I, names[arg]);
                CHECK(m);
                PUSH(m);
                break;
            }
            case Op::IMPORT_FROM: {
                SAVE_FRAME();
                if (names[arg]->s == "*") {
                    Value m = TOP();
                    DictObj* dst = f->locals_dict ? f->locals_dict : f->globals;
                    if (is_kind(m, Kind::Module))
                        for (auto& e : as<ModuleObj>(m)->dict->entries)
                            if (!e.key.is_undef() && is_str(e.key) && str_view(e.key)[0] != '_')
                                dict_set_str(I, dst, as<StrObj>(e.key), e.value);
                    PUSH(Value::none());
                    break;
                }
                Value v = import_from(I, TOP(), names[arg]);
                CHECK(v);
                PUSH(v);
                break;
            }
            case Op::GET_LEN: {
                SAVE_FRAME();
                ++I.native_depth;
                Value n = length(I, TOP());
                --I.native_depth;
                CHECK(n);
                PUSH(n);
                break;
            }
            case Op::MATCH_SEQUENCE: {
                bool yes = match_is_sequence(I, TOP());
                PUSH(Value::boolean(yes));
                break;
            }
            case Op::MATCH_MAPPING: {
                bool yes = match_is_mapping(I, TOP());
                PUSH(Value::boolean(yes));
                break;
            }
            case Op::MATCH_KEYS: {
                SAVE_FRAME();
                ++I.native_depth;
                Value v = match_keys(I, sp[-2], sp[-1]);
                --I.native_depth;
                CHECK(v);
                PUSH(v);
                break;
            }
            case Op::MATCH_CLASS: {
                SAVE_FRAME();
                ++I.native_depth;
                Value v = match_class(I, sp[-3], sp[-2], sp[-1], arg);
                --I.native_depth;
                CHECK(v);
                sp -= 2;
                TOP() = v;
                break;
            }
            case Op::SETUP_ANNOTATIONS: {
                DictObj* ns = f->locals_dict ? f->locals_dict : f->globals;
                if (dict_get_str(ns, I.n.__annotations__).is_undef())
                    dict_set_str(I, ns, I.n.__annotations__, Value::object(new_dict(I)));
                break;
            }
            case Op::RETURN_GENERATOR:
            case Op::Count: break;
        }
        continue;

    enter_inline:
        SAVE_FRAME();
        entering->back = f;
        ++I.depth;
        f = entering;
        I.frame = f;
        LOAD_FRAME();
        SAFE_POINT();
        continue;

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
        } else {
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
}

} // namespace loopscope
