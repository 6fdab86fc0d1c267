// frame.h - activation records and generator objects.
//
// Frames live on the heap. A plain call pushes a frame on the VM's chain and the dispatch loop
// continues in it (no C++ recursion). A generator, coroutine or async generator owns exactly one
// frame; resuming it links that frame on top of the resumer, and `yield`/`await` unlink it by
// returning to the dispatch loop of the resumer (Lua's rule: never yield across a C++ frame).
#pragma once

#include "lang/object.h"

#include <cstddef>

namespace loopscope {

struct GenObj;
struct FrameObj;

// Paused: the tick budget ran out (see Interp::ticks); the frame chain is left as it was and
// resume_frame() continues it. Only the run whose entry is Interp::pausable_entry pauses.
enum class RunStatus : uint8_t { Returned, Yielded, Raised, Paused };

struct RunResult {
    RunStatus status;
    Value value;
    // Yielded by a plain `yield` in an async generator (an item for `async for`), as opposed
    // to a value passed up from an `await` inside it.
    bool async_yield = false;
};

enum FrameFlags : uint32_t {
    FRAME_CLASS_BODY = 1 << 1, // names go to `locals_dict`
    FRAME_MODULE = 1 << 2,
    FRAME_FROM_SEND = 1 << 3, // resumed by a SEND / FOR_ITER of the frame below (`back`)
};

struct Frame;
void frame_finished(Frame* f); // frame_objects.h

// Frames are taken on every call: freed ones are kept for reuse, a free list per slot count up
// to kMaxSlots (linked through Frame::back, at most kKeep each), as CPython 3.11 reuses its
// frame stack's chunk instead of allocating. heap.cpp gives them back at exit (then `count`
// is full, so nothing more is kept).
struct FramePool {
    static constexpr int32_t kMaxSlots = 64;
    static constexpr uint16_t kKeep = 256;
    Frame* head[kMaxSlots + 1];
    uint16_t count[kMaxSlots + 1];
};
extern FramePool g_frame_pool;

struct Frame {
    CodeObj* code;
    FunctionObj* func; // nullptr for module and class bodies
    DictObj* globals;
    DictObj* locals_dict;  // module / class body namespace, else nullptr
    const uint32_t* ip;    // next instruction
    Value* sp;             // top of the value stack (saved when the frame is not running)
    Frame* back = nullptr; // the caller or resumer
    GenObj* gen = nullptr; // owning generator / coroutine, if any
    // The exception being handled here (except/finally blocks), nullptr: none. A pointer, not a
    // Value: the header is 96 bytes, and a frame of n slots fills a 16-byte size class exactly.
    Obj* handled = nullptr;
    uint32_t flags = 0;
    int32_t traced_line = -1; // last line reported to Interp::line_hook
    FrameObj* obj = nullptr;  // its frame object, once made (frame_objects.h)
    int32_t nslots;
    Value slots[1]; // fast locals, then cells/frees, then the value stack (sized exactly)

    Value handled_value() const { return handled ? Value::object(handled) : Value::none(); }
    // (an exception object, or None)
    void set_handled(Value v) { handled = v.is_obj() ? v.o : nullptr; }
    Value* stack_base() { return slots + code->nslots(); }
    int32_t lasti() const { return int32_t(ip - code->code.data()) - 1; }
    int32_t line() const {
        int32_t i = lasti();
        if (i < 0) i = 0;
        return code->lines.empty() ? code->firstlineno : code->lines[size_t(i)];
    }

    static Frame* create(CodeObj* code, FunctionObj* func, DictObj* globals);
    static void destroy(Frame* f);
    void mark_refs(Gc& gc);

    // Memory for a frame of `n` slots (nslots set, nothing else), from the pool if it can.
    static Frame* alloc(int32_t n) {
        if (n <= FramePool::kMaxSlots) [[likely]] {
            if (Frame* f = g_frame_pool.head[n]) {
                g_frame_pool.head[n] = f->back;
                --g_frame_pool.count[n];
                return f;
            }
        }
        return alloc_new(n);
    }
    static Frame* alloc_new(int32_t n);
    // The header of a new frame of `c` (fast locals undefined, the value stack empty).
    void init(CodeObj* c, FunctionObj* fn, DictObj* g) {
        code = c;
        func = fn;
        globals = g;
        locals_dict = nullptr;
        ip = c->code.data();
        back = nullptr;
        gen = nullptr;
        handled = nullptr;
        flags = 0;
        traced_line = -1;
        obj = nullptr;
    }
    // A frame of a plain function called with exactly its positional arguments
    // (c->fast_argc == nargs + (first defined)): `first` (a method's self, unless undefined),
    // then `args`, the other fast locals undefined.
    static Frame* create_exact(CodeObj* c, FunctionObj* fn, Value first, const Value* args,
                               int32_t nargs) {
        Frame* f = alloc(c->frame_size);
        f->init(c, fn, fn->globals);
        Value* v = f->slots;
        if (!first.is_undef()) *v++ = first;
        for (int32_t i = 0; i < nargs; ++i) *v++ = args[i];
        Value* locals_end = f->slots + c->nlocals();
        while (v < locals_end) *v++ = Value::undef();
        f->sp = locals_end;
        return f;
    }
    // A frame that has ended (its frame object, if any, was told): back to the pool.
    static void release(Frame* f) {
        int32_t n = f->nslots;
        if (n <= FramePool::kMaxSlots && g_frame_pool.count[n] < FramePool::kKeep) [[likely]] {
            f->back = g_frame_pool.head[n];
            g_frame_pool.head[n] = f;
            ++g_frame_pool.count[n];
            return;
        }
        free_memory(f);
    }
    static void free_memory(Frame* f);
};

static_assert(sizeof(void*) != 8 || offsetof(Frame, slots) == 96,
              "a frame's header fills six 16-byte units: its size class fits it exactly");

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };

// generator / coroutine / async_generator objects.
// (64 bytes on a 64-bit build: a million tasks' coroutines; the flags are bits, and one word
// holds where a coroutine was made or an async generator's finalizer, never both)
struct GenObj : Obj {
    GenKind gkind;
    bool running : 1 = false; // its frame is on the VM chain right now
    bool started : 1 = false;
    bool awaited : 1 = false; // someone started awaiting it (for the never-awaited warning)
    bool warned : 1 = false;  // the never-awaited warning was already issued
    // Async generators: a running asend/athrow awaitable, and whether aclose() finished it.
    bool ag_running_async : 1 = false;
    bool ag_closed : 1 = false;
    // sys.set_asyncgen_hooks: the hooks were consulted at the first iteration, and the
    // finalizer then current (called instead of closing when the generator is dropped).
    bool ag_hooks_inited : 1 = false;
    // Where the coroutine object was made (the never-awaited warning names this line).
    int32_t born_line = 0;
    Frame* frame; // nullptr once finished
    StrObj* name;
    StrObj* qualname;

    // A coroutine's or generator's code where it was made (nullptr: unknown).
    CodeObj* born_code() const {
        return gkind == GenKind::AsyncGenerator ? nullptr : static_cast<CodeObj*>(extra_);
    }
    void set_born(CodeObj* c, int32_t line) {
        if (gkind == GenKind::AsyncGenerator) return;
        extra_ = c;
        born_line = line;
    }
    // An async generator's finalizer (a callable, checked by sys.set_asyncgen_hooks; or none).
    Obj* ag_finalizer() const { return gkind == GenKind::AsyncGenerator ? extra_ : nullptr; }
    void set_ag_finalizer(Obj* fn) { extra_ = fn; }

    GenObj(TypeObj* t, GenKind k, Frame* f, StrObj* n, StrObj* qn)
        : Obj(Kind::Generator, t), gkind(k), frame(f), name(n), qualname(qn) {}
    ~GenObj() override;
    void mark_refs(Gc& gc) override;
    size_t gc_size() const override;
    // The object this generator delegates to at a SEND (`await x` / `yield from x`), if any.
    Value delegate() const;

private:
    Obj* extra_ = nullptr; // born_code() or ag_finalizer(), by gkind
};

static_assert(sizeof(void*) != 8 || sizeof(GenObj) == 64, "a generator is 64 bytes");

} // namespace loopscope
