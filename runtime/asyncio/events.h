// events.h - a callback scheduled on an event loop (events.Handle / events.TimerHandle), and
// the functions of events.py that find the loop: get_running_loop, get_event_loop, ...
#pragma once

#include "lang/ops.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace loopscope {

struct LoopObj;
struct AsyncState;

// Where a future, task or handle was made in debug mode: CPython's _source_traceback, the
// Python frames running when it was created, outermost first (for the library's own objects
// the innermost is a line of runtime/asyncio/py/). Empty outside debug mode.
struct SourceSite {
    struct Entry {
        CodeObj* code;
        int32_t line;
    };
    // Made when noted (a pointer: every future, task and handle has a site, few a list).
    std::unique_ptr<std::vector<Entry>> noted_frames;
    // Notes the running frames (the innermost `limit`) when `loop` is in debug mode.
    void note(Interp& I, const LoopObj* loop, size_t limit = SIZE_MAX);
    bool noted() const { return noted_frames && !noted_frames->empty(); }
    // The frames noted (noted() only).
    const std::vector<Entry>& frames() const { return *noted_frames; }
    // " created at FILE:LINE" (the innermost frame), or "" when nothing was noted.
    std::string text() const;
    void mark(Gc& gc) const {
        if (noted_frames)
            for (const Entry& e : *noted_frames) gc.mark(e.code);
    }
};

// A handle's arguments: one (a task step's exception, a done callback's future: nearly every
// handle) kept inline, more in a vector - a handle costs no allocation of its own for them.
class CallbackArgs {
public:
    CallbackArgs() = default;
    CallbackArgs(Value one) : one_(one) {} // NOLINT: a single argument
    CallbackArgs(std::vector<Value> v) {   // NOLINT: from a vector, as before
        if (v.size() == 1)
            one_ = v[0];
        else if (!v.empty())
            many_ = std::make_unique<std::vector<Value>>(std::move(v));
    }
    CallbackArgs(const CallbackArgs& o) : one_(o.one_) {
        if (o.many_) many_ = std::make_unique<std::vector<Value>>(*o.many_);
    }
    CallbackArgs(CallbackArgs&&) = default;
    CallbackArgs& operator=(CallbackArgs o) {
        one_ = o.one_;
        many_ = std::move(o.many_);
        return *this;
    }
    size_t size() const { return many_ ? many_->size() : one_.is_undef() ? 0 : 1; }
    bool empty() const { return size() == 0; }
    const Value* begin() const { return many_ ? many_->data() : &one_; }
    const Value* end() const { return begin() + size(); }
    const Value& operator[](size_t i) const { return begin()[i]; }
    std::span<const Value> span() const { return {begin(), size()}; }
    void clear() {
        one_ = Value::undef();
        many_.reset();
    }

private:
    Value one_ = Value::undef(); // the one argument (undef: none, or more than one)
    // (behind a pointer: few handles have more than one argument, and a handle is 128 bytes)
    std::unique_ptr<std::vector<Value>> many_;
};

// A callback on a loop's ready queue or timer heap. Task steps and wake-ups are handles too
// (CPython schedules Task.__step / __wakeup as bound methods); `op` says which.
struct HandleObj : NativeObj {
    enum class Op : uint8_t { Call, TaskStep, TaskWakeup };
    Op op = Op::Call;
    bool is_timer = false;
    bool cancelled = false;
    bool scheduled = false;        // in the loop's timer heap
    int32_t trace_id = 0;          // 1, 2, 3 ... in creation order (trace events name it so)
    Value callback;                // the callable, or the task for TaskStep / TaskWakeup
    Value context = Value::none(); // Call: the Context it runs in (None: none needed)
    CallbackArgs args;             // TaskStep: [exc or None]; TaskWakeup: [future]
    LoopObj* loop;
    double when = 0.0;
    uint64_t seq = 0; // scheduling order: equal deadlines fire FIFO (SEMANTICS.md rule 3)
    // debug mode's: where it was scheduled, and the repr when cancelled (callback kept in it)
    struct Debug {
        SourceSite site;
        std::string cancelled_repr;
    };
    std::unique_ptr<Debug> debug;

    HandleObj(TypeObj* t, LoopObj* l) : NativeObj(t), loop(l) {}
    void mark_refs(Gc& gc) override;
    // Where it was scheduled (debug mode), or nullptr.
    const SourceSite* site() const { return debug && debug->site.noted() ? &debug->site : nullptr; }
    // Notes where it is scheduled, in debug mode (SourceSite::note).
    void note_site(Interp& I, size_t limit);
};

static_assert(sizeof(void*) != 8 || sizeof(HandleObj) == 128, "a handle is 128 bytes");

// repr(handle): <Handle cb() at FILE:LINE>, <TimerHandle when=... ...> (events.Handle).
std::string handle_repr(Interp& I, HandleObj* h);

// Handle, TimerHandle and the loop getters (get_running_loop, get_event_loop,
// new_event_loop, set_event_loop, _get_running_loop, _set_running_loop) into `mod`.
void init_events(Interp& I, AsyncState* st, DictObj* mod);

} // namespace loopscope
