// futures.h - asyncio.Future (as CPython's C _asyncio.Future): a result that arrives later,
// and the callbacks it schedules when it does.
#pragma once

#include "asyncio/events.h"
#include "lang/ops.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace loopscope {

struct LoopObj;
struct AsyncState;

enum class FutState : uint8_t { Pending, Cancelled, Finished };

// A future's done callbacks in the order added: the first inline (nearly every future has one,
// the task awaiting it: as CPython's fut_callback0), the others behind a pointer. A million
// waiting futures each had a 48-byte block for a vector of one.
class FutureCallbacks {
public:
    struct Callback {
        Value fn;                      // the callable, or the task whose __wakeup this is
        bool wakeup = false;           // Task.__wakeup of the task in `fn`
        Value context = Value::none(); // the Context it runs in (None: none needed)
    };
    FutureCallbacks() = default;
    FutureCallbacks(FutureCallbacks&& o) noexcept
        : first_fn_(o.first_fn_), first_ctx_(o.first_ctx_), more_(std::move(o.more_)) {
        o.first_fn_ = Value::undef();
        o.first_ctx_ = 0;
    }
    FutureCallbacks& operator=(FutureCallbacks&& o) noexcept {
        first_fn_ = o.first_fn_;
        first_ctx_ = o.first_ctx_;
        more_ = std::move(o.more_);
        o.first_fn_ = Value::undef();
        o.first_ctx_ = 0;
        return *this;
    }
    bool empty() const { return first_fn_.is_undef(); }
    size_t size() const { return empty() ? 0 : 1 + (more_ ? more_->size() : 0); }
    Callback operator[](size_t i) const {
        if (i) return (*more_)[i - 1];
        return {first_fn_, first_ctx_ == kWakeup,
                first_ctx_ > kWakeup ? Value::object(reinterpret_cast<Obj*>(first_ctx_))
                                     : Value::none()};
    }
    void push_back(const Callback& c) {
        if (!empty()) {
            if (!more_) more_ = std::make_unique<std::vector<Callback>>();
            more_->push_back(c);
            return;
        }
        first_fn_ = c.fn;
        // (a context is a Context object or None)
        first_ctx_ = c.wakeup             ? kWakeup
                     : c.context.is_obj() ? reinterpret_cast<uintptr_t>(c.context.o)
                                          : 0;
    }
    // Takes them all, leaving none.
    FutureCallbacks take() { return std::move(*this); }
    template <typename F>
    void for_each(F&& f) const {
        for (size_t i = 0, n = size(); i < n; ++i) f((*this)[i]);
    }
    void mark(Gc& gc) const {
        gc.mark(first_fn_);
        if (first_ctx_ > kWakeup) gc.mark(reinterpret_cast<Obj*>(first_ctx_));
        if (more_)
            for (const Callback& c : *more_) {
                gc.mark(c.fn);
                gc.mark(c.context);
            }
    }

private:
    static constexpr uintptr_t kWakeup = 1;
    Value first_fn_ = Value::undef(); // undef: no callback
    uintptr_t first_ctx_ = 0;         // its Context object, 0 (None) or kWakeup (Task.__wakeup)
    std::unique_ptr<std::vector<Callback>> more_;
};

struct FutureObj : NativeObj {
    using Callback = FutureCallbacks::Callback;
    // What few futures have, made when first set: a cancellation's message and CancelledError,
    // a _GatheringFuture's children, debug mode's note of where it was made (a million waiting
    // futures and tasks carried them inline).
    struct Rare {
        Value cancel_message = Value::none();
        Value cancelled_exc = Value::none();
        std::vector<Value> children;
        SourceSite site;
    };
    LoopObj* loop;
    // (the state and the flags in three bytes, so that a future is 128 bytes and a task 224)
    FutState state = FutState::Pending;
    bool blocking : 1 = false;      // _asyncio_future_blocking
    bool log_traceback : 1 = false; // an exception nobody retrieved yet
    bool is_task : 1 = false;
    // _GatheringFuture (tasks.py): cancel() cancels the children instead.
    bool gathering : 1 = false;
    bool cancel_requested : 1 = false;
    // A task's (tasks.h), in this spare byte so that a task is 224 bytes:
    bool must_cancel : 1 = false;
    bool internal : 1 = false;           // asyncio.run's own (shutdown, _trace_hide): not traced
    bool blocked_reported : 1 = false;   // LoopBlocked already emitted for this step
    bool context_entered : 1 = false;    // its step entered `context` (left at the step's end)
    bool log_destroy_pending : 1 = true; // reported if still pending when the program ends
    int32_t trace_id = 0; // object id in trace events, given when the trace first names it
    Value result = Value::none();
    Value exception = Value::none();
    FutureCallbacks callbacks;
    uint64_t serial = 0; // creation order: the hash of a future
    std::unique_ptr<Rare> rare;

    Value cancel_message() const { return rare ? rare->cancel_message : Value::none(); }
    Value cancelled_exc() const { return rare ? rare->cancelled_exc : Value::none(); }
    void set_cancel_message(Value m) {
        if (rare || !m.is_none()) rare_part().cancel_message = m;
    }
    void set_cancelled_exc(Value e) {
        if (rare || !e.is_none()) rare_part().cancelled_exc = e;
    }
    const std::vector<Value>& children() const {
        static const std::vector<Value> none;
        return rare ? rare->children : none;
    }
    void set_children(std::vector<Value> kids) { rare_part().children = std::move(kids); }
    // debug mode: where it was made (the repr's "created at"); nullptr when nothing was noted
    const SourceSite* site() const { return rare && rare->site.noted() ? &rare->site : nullptr; }
    void note_site(Interp& I); // (in debug mode)
    Rare& rare_part() {
        if (!rare) rare = std::make_unique<Rare>();
        return *rare;
    }

    FutureObj(TypeObj* t, LoopObj* l) : NativeObj(t), loop(l) {}
    void mark_refs(Gc& gc) override;
    size_t gc_size() const override { return 160; }
    SendStatus send(Interp& I, Value v, Value* out) override; // await fut
};

static_assert(sizeof(void*) != 8 || sizeof(FutureObj) == 128, "a future is 128 bytes");

FutureObj* as_future(Value v); // nullptr when v is not a Future (or Task)
FutureObj* new_future(Interp& I, LoopObj* loop);
bool future_set_result(Interp& I, FutureObj* f, Value v);
bool future_set_exception(Interp& I, FutureObj* f, Value exc);
// Its exception was retrieved (or it was cancelled): nothing to report at its end, and a future
// of the native types leaves the finalization probes (lang/finalize.h) again.
void future_retrieved(Interp& I, FutureObj* f);
bool future_cancel(Interp& I, FutureObj* f, Value msg); // Future.cancel
// cancel() of any future: Task.cancel, _GatheringFuture.cancel or Future.cancel.
bool any_cancel(Interp& I, FutureObj* f, Value msg);
Value future_make_cancelled_error(Interp& I, FutureObj* f); // returns the exception
void future_add_callback(Interp& I, FutureObj* f, FutureObj::Callback cb);
// Future and its methods into `mod`.
void init_future_type(Interp& I, AsyncState* st, DictObj* mod);

} // namespace loopscope
