// interp.h - the interpreter state: heap, builtin types, interned strings, the frame chain and
// the pending exception. One Interp runs one script; nothing here is global, so a session can
// hold several (e.g. replaying a run from the start).
#pragma once

#include "lang/frame.h"
#include "lang/heap.h"
#include "lang/memory_guard.h"
#include "lang/object.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace loopscope {

// Work a native call left for the driver (Interp::continuation).
struct NativeContinuation {
    virtual ~NativeContinuation() = default;
    // Continue for at most Interp::ticks ticks (-1: to the end). Paused while unfinished;
    // Returned with the native call's result, or Raised with I.exc set.
    virtual RunResult run(Interp& I) = 0;
    // The script is being stopped: drop the work (its frames were already abandoned).
    virtual void abandon(Interp& I) = 0;
    virtual void mark_refs(Gc& gc) = 0;
};

// The builtin types, created by Interp's constructor (types.cpp).
struct BuiltinTypes {
    TypeObj *type, *object, *none, *bool_, *int_, *float_, *str, *tuple, *list, *dict, *set,
        *frozenset, *range, *slice, *cell, *code, *function, *builtin_function, *method, *module,
        *generator, *coroutine, *async_generator, *property, *staticmethod, *classmethod, *super,
        *dict_keys, *dict_values, *dict_items, *not_implemented_type, *ellipsis_type;
    TypeObj *bytes, *bytearray, *UnicodeDecodeError, *UnicodeEncodeError; // bytes_object.cpp
    TypeObj *frame = nullptr, *traceback = nullptr;                       // frame_objects.cpp
    TypeObj* complex_ = nullptr;                                          // complex_object.cpp
    // exceptions
    TypeObj *BaseException, *Exception, *BaseExceptionGroup, *ExceptionGroup, *ArithmeticError,
        *ZeroDivisionError, *OverflowError, *AssertionError, *AttributeError, *LookupError,
        *IndexError, *KeyError, *NameError, *UnboundLocalError, *RuntimeError, *NotImplementedError,
        *RecursionError, *StopIteration, *StopAsyncIteration, *TypeError, *ValueError,
        *UnicodeError, *SyntaxError, *IndentationError, *TabError, *MemoryError, *GeneratorExit,
        *KeyboardInterrupt, *SystemExit, *OSError, *TimeoutError, *ImportError, *EOFError,
        *ModuleNotFoundError, *Warning, *UserWarning, *DeprecationWarning, *RuntimeWarning,
        *CancelledError, *InvalidStateError, *QueueEmpty, *QueueFull, *BrokenBarrierError;
};

// Interned names used on hot paths.
struct Names {
    StrObj *__init__, *__new__, *__repr__, *__str__, *__call__, *__getattr__, *__getattribute__,
        *__setattr__, *__delattr__, *__eq__, *__ne__, *__lt__, *__le__, *__gt__, *__ge__, *__hash__,
        *__bool__, *__len__, *__iter__, *__next__, *__aiter__, *__anext__, *__await__, *__enter__,
        *__exit__, *__aenter__, *__aexit__, *__getitem__, *__setitem__, *__delitem__, *__contains__,
        *__name__, *__qualname__, *__module__, *__doc__, *__class__, *__dict__, *__main__,
        *__builtins__, *__file__, *__format__, *__index__, *__int__, *__float__, *__neg__, *__pos__,
        *__abs__, *__invert__, *__set_name__, *__init_subclass__, *__class_getitem__, *__missing__,
        *__reversed__, *__round__, *__get__, *__set__, *__delete__, *args, *send, *throw_, *close,
        *value, *name, *__notes__, *__traceback__, *__cause__, *__context__, *__suppress_context__,
        *__annotations__, *__slots__;
    // binary operator names, indexed by BinOp (ops.h): __add__..., __radd__..., __iadd__...
    StrObj* binop[13];
    StrObj* rbinop[13];
    StrObj* ibinop[13];
};

struct Interp;
void run_finalizers(Interp& I); // finalize.h

struct Interp {
    Heap heap;
    BuiltinTypes t{};
    Names n{};
    DictObj* builtins = nullptr; // the builtins namespace
    DictObj* modules = nullptr;  // imported modules by name (sys.modules)
    std::unordered_map<std::string_view, StrObj*> interned;

    // The pending exception: set whenever a function returns Value::error().
    Value exc = Value::none();
    // The VM's frame chain: the innermost running frame.
    Frame* frame = nullptr;
    int32_t depth = 0; // Python frames on the chain plus native re-entries
    int32_t recursion_limit = 1000;
    int32_t native_depth = 0; // native -> Python re-entries in progress (never paused)
    // The collector and native code (heap.h): natives running since the innermost Python code
    // that are not marked rooted (a re-entry into Python pins while it is > 0); 1 at first for
    // whoever embeds the interpreter, 0 under a driver that roots what it holds (ScriptRunner).
    int32_t unrooted_natives = 1;
    int32_t reentries = 0; // run_frame calls in progress below a native frame
    // Budgeted execution: each loop back-edge and call costs one tick. When `ticks` drops
    // below zero while the run entered at `pausable_entry` executes Python code only (no
    // native frame in between), the VM returns RunStatus::Paused. -1 = no budget.
    int64_t ticks = -1;
    Frame* pausable_entry = nullptr;
    // Code that cannot pause (Python called from native code - a __repr__ reached from print, a
    // sort key, __init__, a callback - or a native loop over an iterator) keeps running when
    // the budget runs out there, in chunks counted here, and the run pauses as soon as it is
    // back where it can. Past `max_overrun_ticks` such ticks (-1 = never, 0 = at once) the run
    // is stopped instead: a slice's work stays bounded at any native depth (out_of_ticks).
    int64_t max_overrun_ticks = -1;
    int64_t overrun_ticks = 0; // since the current slice's budget ran out
    // A driver whose whole budget is max_overrun_ticks plus the slice (the CLI's --max-ticks)
    // names it here for the stop message.
    std::string budget_name;
    // Set once the run is being stopped (the message the learner sees): no exception handler
    // or finally block runs any more, every later tick raises again, natives and drivers end
    // at once. The driver (ScriptRunner) reports it and clears it.
    std::string stop_message;
    bool stopping() const { return !stop_message.empty(); }
    // A native function called directly by pausable Python code (can_continue_outside()) may
    // hand its remaining work to the driver instead of doing it nested: it stores a
    // continuation here and returns; the VM then pauses the caller with the call's result
    // pending, the driver (ScriptRunner, LiveRun) runs the continuation in slices and resumes
    // the caller with its result. asyncio's run_forever does this so the event loop runs one
    // handle at a time at the top level, never in a C++ loop that a slice could not leave.
    std::unique_ptr<NativeContinuation> continuation;
    bool suspend_request = false; // set with `continuation`: the VM pauses after the call
    bool can_continue_outside() const {
        return pausable_entry && native_depth == 1 && !continuation;
    }
    // Called before the first instruction of each new source line of any frame when set
    // (line stepping); setting `ticks` to 0 in it pauses a pausable run right there.
    void (*line_hook)(Interp& I, Frame* f, int32_t line) = nullptr;

    // Output of print() and tracebacks. Defaults write to stdout / stderr.
    std::function<void(std::string_view)> write_out;
    std::function<void(std::string_view)> write_err;
    // The program's standard input, one line at a time (with its '\n' when it has one); false
    // at the end. Unset: the run has no input, and input() / sys.stdin say so.
    std::function<bool(std::string& line)> read_line;
    // What other layers do when the program ends, after its globals' finalizers (asyncio:
    // the tasks still pending are destroyed).
    std::vector<std::function<void(Interp&)>> shutdown_hooks;

    // Singletons
    Value not_implemented, ellipsis;
    StrObj* empty_str = nullptr;
    TupleObj* empty_tuple = nullptr;

    Interp();
    ~Interp();
    Interp(const Interp&) = delete;
    Interp& operator=(const Interp&) = delete;

    // Strings: `intern` returns the one StrObj for a name; `str` allocates a fresh one.
    StrObj* intern(std::string_view s);
    Value str(std::string_view s);

    // Allocation; the collector may run only at the VM's safe points (heap.h).
    template <typename T, typename... A>
    T* alloc(A&&... a) {
        T* o = heap.alloc<T>(static_cast<A&&>(a)...);
        if (heap.large_made != 0) [[unlikely]]
            charge_made();
        return o;
    }
    // Making a large object is work in proportion to its size (a repeat, a join, a copy, a
    // conversion), charged to the tick budget once done (budget.cpp).
    void charge_made();

    // Modules created on first import (asyncio, time, random): name -> factory.
    std::unordered_map<std::string, std::function<Value(Interp&)>> module_factories;
    // Objects other modules keep alive for the whole run (e.g. the event loop state).
    std::unordered_map<std::string, Value> registry;
    // Warnings (RuntimeWarning: coroutine '...' was never awaited, ...), issued at `site` (no
    // file: nowhere in particular). The default prints "<file>:<line>: Category: message" to the
    // error stream once per site and message, as CPython's default warnings filter does.
    struct WarnSite {
        StrObj* file = nullptr;
        int32_t line = 0;
        bool library = false; // in the runtime's own Python (CO_LIBRARY), not the program
    };
    std::function<void(TypeObj* category, std::string_view message, WarnSite site)> warn;
    WarnSite current_site() const;

    // Extra roots (e.g. the event loop's queues) and finalizers (e.g. the never-awaited
    // warning) that other modules register.
    std::vector<std::function<void(Gc&)>> root_markers;
    std::vector<std::function<void(std::span<Obj* const> dead)>> finalizers;
    // Finalization when the last reference goes (finalize.h): live objects carrying Obj::fin,
    // the dropped ones the next collection examines first (not roots), and the unreachable
    // ones whose finalizers are due, in order (roots until they ran).
    size_t fin_count = 0;
    // sys.set_asyncgen_hooks (None when unset); an event loop sets them while it runs.
    Value asyncgen_firstiter = Value::none();
    Value asyncgen_finalizer = Value::none();
    std::vector<Obj*> fin_drops;
    std::vector<Obj*> fin_queue;
    bool fin_running = false;
    // A probe's collection (fin_probe) is running: cycles with finalizers wait (finalize.h).
    bool fin_defer_cycles = false;
    // weakref's part (stdlib/weakref_module.cpp): keep alive what must outlive the objects
    // just queued (their weak references' callbacks), and run those callbacks after an
    // object's own finalizer.
    void (*fin_keep)(Interp&, Gc&) = nullptr;
    void (*fin_after)(Interp&, Obj*) = nullptr;

    // Collect garbage now (called by the VM at safe points when the heap asks for it). Only
    // where no unrooted native is running since the innermost Python code (heap.h).
    void collect();
    // A native's explicit safe point (e.g. the event loop between two callbacks): collects if
    // the heap asks for it and every native since the innermost Python code roots what it
    // holds. The caller must hold nothing unrooted itself.
    void safe_point() {
        // (Over the memory budget, not again right after a collection that freed too little.)
        if (unrooted_natives == 0 &&
            (heap.stress || (heap.wants_collection() && heap.worth_collecting()))) {
            collect();
            if (!fin_queue.empty()) run_finalizers(*this); // (finalize.h)
        }
    }
};

// ---- the tick budget (Interp::ticks) --------------------------------------------------------

enum class TickOutcome { Continue, Pause, Stop };
// The budget ran out (I.ticks went from 0 to -1) at a point that can pause (`can_pause`) or
// not: Pause, Continue with a new chunk of overrun ticks, or Stop (I.exc is set; stopping()).
// `in_builtin`: the ticks were charged by a built-in's own work (native_tick, native_work), not
// by Python code; the stop message says so.
TickOutcome out_of_ticks(Interp& I, bool can_pause, bool in_builtin = false);
// One tick of a native loop (an item of an iterator it consumes): false with I.exc set when
// the run must stop.
inline bool native_tick(Interp& I) {
    if (memory::over_budget()) [[unlikely]]
        return raise_memory_error(I); // memory_guard.h
    if (I.ticks >= 0 && --I.ticks < 0) return out_of_ticks(I, false, true) == TickOutcome::Continue;
    return true;
}

// `n` ticks of work in one native call (a sort's comparisons, a scan of a list, ...) charged
// at once (n up to a few thousand): false with I.exc set when the run must stop. A single call
// of a built-in that does a lot of work (list.sort of millions of items) is bounded like a loop.
bool native_work_slow(Interp& I, int64_t n);
inline bool native_work(Interp& I, int64_t n) {
    if (I.ticks < 0) return true; // no budget
    if (I.ticks >= n) {
        I.ticks -= n;
        return true;
    }
    return native_work_slow(I, n);
}

// The ticks that work on `bytes` bytes costs (filling, copying or scanning them): one per
// kBytesPerTick, about what a loop's tick costs in time. Measured natively: making or copying
// fresh memory costs 0.24-0.28 ns a byte (s + t, list(a), bytes(n)), so 256 bytes are ~65 ns,
// within a loop tick's 6-130 ns (`while True: pass` .. `for i in r: total += i * 2`) and like
// native_ops' 32 limb products (~75 ns). A smaller figure overcharges: at 16 bytes a tick the
// page's limit on a stretch that cannot pause (20 million ticks, 320 MB) came before its memory
// budget (1 GiB), and `text += text` was stopped instead of raising MemoryError.
// Work under kLargeObject bytes is free.
constexpr uint64_t kBytesPerTick = 256;
inline int64_t bytes_work(uint64_t bytes) {
    if (bytes < Heap::kLargeObject) return 0;
    return bytes / kBytesPerTick > uint64_t(INT64_MAX / 2) ? INT64_MAX / 2
                                                           : int64_t(bytes / kBytesPerTick);
}
// Work on `bytes` bytes about to be done in one native call (a scan of a long string, a
// sequence about to be built): charged before it is done, so that work the budget cannot pay
// for is stopped before it starts. False with I.exc set when the run must stop.
inline bool native_bytes(Interp& I, uint64_t bytes) {
    return bytes < Heap::kLargeObject || native_work(I, bytes_work(bytes));
}
// Work of `ops` elementary operations of about a nanosecond (the limb products of huge-int
// arithmetic, bigint.h: mul_work ...) about to be done in one native call: one tick per 32,
// charged before it is done; under 65,536 (a product of 2,500-digit ints) it is free.
inline bool native_ops(Interp& I, uint64_t ops) {
    if (ops < (uint64_t(1) << 16)) return true;
    return native_work(I, ops / 32 > uint64_t(INT64_MAX / 2) ? INT64_MAX / 2 : int64_t(ops / 32));
}

// Before making an object of `bytes` bytes (whose making Interp::alloc charges once made):
// stops the run now if the budget could not pay for it, else charges nothing. False with I.exc
// set when the run must stop.
bool native_affordable_slow(Interp& I, uint64_t bytes);
inline bool native_affordable(Interp& I, uint64_t bytes) {
    return bytes < Heap::kLargeObject || I.ticks < 0 || native_affordable_slow(I, bytes);
}

// ---- values natives hold across calls into Python (heap.h) ----------------------------------
// (g++ 12 warns that these constructors store a local's address in the heap's root stack; the
// destructors unlink it before the local goes.)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#endif

// One value a rooted native keeps while Python code runs:
//   Rooted acc(I, Value::integer(0));  ...  acc.v = binary_op(I, BinOp::Add, acc.v, x);
struct Rooted {
    Value v;
    Rooted(Interp& I, Value value = Value::none()) : v(value), heap_(I.heap), prev_(I.heap.rooted) {
        heap_.rooted = this;
    }
    ~Rooted() { heap_.rooted = prev_; }
    Rooted(const Rooted&) = delete;
    Rooted& operator=(const Rooted&) = delete;
    Rooted* prev() const { return prev_; }

private:
    Heap& heap_;
    Rooted* prev_;
};

// Roots a vector of values a rooted native keeps (the items collected so far, sort keys) for
// as long as it lives.
struct RootVector {
    RootVector(Interp& I, const std::vector<Value>& values)
        : values_(&values), heap_(I.heap), prev_(I.heap.root_vectors) {
        heap_.root_vectors = this;
    }
    ~RootVector() { heap_.root_vectors = prev_; }
    RootVector(const RootVector&) = delete;
    RootVector& operator=(const RootVector&) = delete;
    const std::vector<Value>& values() const { return *values_; }
    RootVector* prev() const { return prev_; }

private:
    const std::vector<Value>* values_;
    Heap& heap_;
    RootVector* prev_;
};

// A vector of values, rooted while it lives.
struct RootedValues {
    std::vector<Value> items;
    explicit RootedValues(Interp& I) : root_(I, items) {}

private:
    RootVector root_;
};

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// ---- calling natives (heap.h: the natives that do not root what they hold are counted) ------

// While alive: an unrooted native is running (wrap every call into one that is not a
// NativeFunctionObj or IterObj: NativeObj::send, a type's new_fn, a module factory).
struct UnrootedNative {
    Interp& I;
    explicit UnrootedNative(Interp& interp) : I(interp) { ++I.unrooted_natives; }
    ~UnrootedNative() { --I.unrooted_natives; }
    UnrootedNative(const UnrootedNative&) = delete;
    UnrootedNative& operator=(const UnrootedNative&) = delete;
};

// f(self, args): the only way natives are called.
inline Value call_native(Interp& I, NativeFunctionObj* f, Value self, const CallArgs& a) {
    if (f->number_method && self.is_obj() && self.o->type->number_base &&
        self.o->type->number_base == (f->number_method == 1 ? I.t.int_ : I.t.float_))
        self = static_cast<NumberObj*>(self.o)->num;
    if (f->rooted) return f->fn(I, self, a);
    UnrootedNative u(I);
    return f->fn(I, self, a);
}

// it.next(): the only way native iterators are advanced.
inline Value next_native(Interp& I, IterObj* it) {
    if (it->rooted) return it->next(I);
    UnrootedNative u(I);
    return it->next(I);
}

} // namespace loopscope
