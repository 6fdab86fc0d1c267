// queues.cpp - the bookkeeping of asyncio.Queue (queues.py): its items, its maxsize, the count
// of unfinished items and the futures of the tasks waiting to put, get or join.
//
// It is owned here and only here. The Python Queue (py/queues.py) keeps the waiting itself
// (making a future, awaiting it, cleaning up when cancelled, as CPython's put/get/join do) and
// asks this object for everything else, by method. So a put or a get that need not wait is one
// native call, and the state the trace shows is reported at the very moment it changes.
#include "asyncio/queues.h"

#include "asyncio/async_state.h"
#include "asyncio/fast_await.h"
#include "asyncio/fast_paths.h"
#include "asyncio/futures.h"
#include "asyncio/trace_contract.h"
#include "asyncio/trace_emit.h"
#include "lang/classes.h"
#include "lang/inst_values.h"
#include "lang/vm.h"
#include "stdlib/module_helpers.h"

#include <algorithm>
#include <deque>
#include <typeinfo>

namespace loopscope {

namespace {

struct QueueStateObj : NativeObj {
    // Which item comes out next (CPython: Queue, LifoQueue and PriorityQueue's _get / _put).
    enum class Order : uint8_t { Fifo, Lifo, Priority };
    Order order = Order::Fifo;
    std::deque<Value> items; // Fifo: next at the front; Lifo: at the back; Priority: a heapq heap
    Value maxsize;           // as given to Queue() (0 or less: unbounded)
    Value queue;             // the Python Queue this is the state of (the trace names it)
    int64_t unfinished = 0;  // items put and not yet task_done()
    std::deque<Value> getters, putters; // futures of tasks waiting to get / put, oldest first
    std::vector<Value> joiners;         // futures of join(): all woken when unfinished hits 0
    bool traced = false;                // the learner's queue: its states go to the trace
    // The state of a Queue, PriorityQueue or LifoQueue (not a subclass): that class, while the
    // queue still is of it (`q.__class__ = Sub` makes it Sub's, whose methods run then).
    const TypeObj* plain_type = nullptr;
    bool plain() const { return plain_type && queue.o->type == plain_type; }

    explicit QueueStateObj(TypeObj* t) : NativeObj(t) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        for (const Value& v : items) gc.mark(v);
        for (const Value& v : getters) gc.mark(v);
        for (const Value& v : putters) gc.mark(v);
        for (const Value& v : joiners) gc.mark(v);
        gc.mark(maxsize);
        gc.mark(queue);
    }
    size_t gc_size() const override { return 160 + 16 * items.size(); }
};

// `raise QueueFull`: an instance without arguments, as queues.py raises it.
Value raise_bare(Interp& I, TypeObj* type) {
    Value exc = call(I, Value::object(type), std::span<const Value>());
    return exc.is_error() ? exc : raise_value(I, exc);
}

QueueStateObj* self_state(Interp& I, Value self) {
    if (self.is_obj() && self.o->kind == Kind::Native) {
        auto* n = static_cast<NativeObj*>(self.o);
        if (typeid(*n) == typeid(QueueStateObj)) return static_cast<QueueStateObj*>(n);
    }
    raise_type_error(I, "descriptor requires a '_QueueState' object");
    return nullptr;
}

// The items as trace_repr(list(items), 80) writes them ("[1, 2]", "[0, 1, ... (100 items)]",
// cut at 80 characters), without making the list nor writing what the cut drops: a queue
// reports at every put and get.
std::string items_text(Interp& I, const std::deque<Value>& items) {
    constexpr size_t kLimit = 80;
    size_t n = items.size(), shown = n > 16 ? 8 : n;
    std::string out = "[";
    for (size_t i = 0; i < shown && out.size() <= kLimit; ++i) {
        if (i) out += ", ";
        trace_repr_append(I, items[i], out, kLimit);
    }
    if (n > 16) out += ", ... (" + std::to_string(n) + " items)";
    out += "]";
    if (out.size() > kLimit) out = out.substr(0, kLimit - 3) + "...";
    return out;
}

// "2 items: [1, 2]" when the learner's queue changed (PrimitiveState).
void report(Interp& I, QueueStateObj* q) {
    if (!q->traced || !async_state(I)->trace.sink) return;
    size_t n = q->items.size();
    std::string text =
        std::to_string(n) + (n == 1 ? " item: " : " items: ") + items_text(I, q->items);
    double maxsize = q->maxsize.is_small_int() ? double(q->maxsize.as_small_int()) : 0;
    trace_primitive_state(I, q->queue, text, double(n), maxsize);
}

// queues.Queue.full: maxsize <= 0 never is; else qsize() >= maxsize. -1: error pending.
int is_full(Interp& I, QueueStateObj* q) {
    if (q->maxsize.is_small_int()) {
        int64_t m = q->maxsize.as_small_int();
        return m > 0 && int64_t(q->items.size()) >= m;
    }
    int nonpositive = less(I, Value::integer(0), q->maxsize); // 0 < maxsize
    if (nonpositive < 0) return -1;
    if (!nonpositive) return 0;
    int smaller = less(I, Value::integer(int64_t(q->items.size())), q->maxsize);
    return smaller < 0 ? -1 : !smaller;
}

// heapq's _siftdown: move heap[pos] up towards startpos while it is smaller than its parent.
bool sift_down(Interp& I, std::deque<Value>& heap, size_t startpos, size_t pos) {
    Value newitem = heap[pos];
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        int lt = less(I, newitem, heap[parentpos]);
        if (lt < 0) {
            heap[pos] = newitem;
            return false;
        }
        if (!lt) break;
        heap[pos] = heap[parentpos];
        pos = parentpos;
    }
    heap[pos] = newitem;
    return true;
}

// heapq's _siftup: move the smaller child up until a leaf, then sift heap[pos] down there.
bool sift_up(Interp& I, std::deque<Value>& heap, size_t pos) {
    size_t endpos = heap.size(), startpos = pos;
    Value newitem = heap[pos];
    size_t childpos = 2 * pos + 1;
    while (childpos < endpos) {
        size_t rightpos = childpos + 1;
        if (rightpos < endpos) {
            int lt = less(I, heap[childpos], heap[rightpos]);
            if (lt < 0) {
                heap[pos] = newitem;
                return false;
            }
            if (!lt) childpos = rightpos;
        }
        heap[pos] = heap[childpos];
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    heap[pos] = newitem;
    return sift_down(I, heap, startpos, pos);
}

// Queue._put for the three orders.
bool push_item(Interp& I, QueueStateObj* q, Value item) {
    q->items.push_back(item);
    if (q->order != QueueStateObj::Order::Priority) return true;
    return sift_down(I, q->items, 0, q->items.size() - 1); // heapq.heappush
}

// Queue._get for the three orders (the queue is not empty).
bool pop_item(Interp& I, QueueStateObj* q, Value* out) {
    switch (q->order) {
        case QueueStateObj::Order::Fifo:
            *out = q->items.front();
            q->items.pop_front();
            return true;
        case QueueStateObj::Order::Lifo:
            *out = q->items.back();
            q->items.pop_back();
            return true;
        case QueueStateObj::Order::Priority: break;
    }
    // heapq.heappop: the last item replaces the first, then sifts up
    Value last = q->items.back();
    q->items.pop_back();
    if (q->items.empty()) {
        *out = last;
        return true;
    }
    *out = q->items.front();
    q->items.front() = last;
    return sift_up(I, q->items, 0);
}

// Queue._wakeup_next: the first waiter not done yet gets its result (the others are
// dropped: cancelled waiters leave no trace).
bool wakeup_next(Interp& I, std::deque<Value>& waiters) {
    while (!waiters.empty()) {
        Value w = waiters.front();
        waiters.pop_front();
        FutureObj* f = as_future(w);
        if (!f) return raise_type_error(I, "a queue waiter is not a Future"), false;
        if (f->state == FutState::Pending) return future_set_result(I, f, Value::none());
    }
    return true;
}

// Queue.put_nowait's effects once there is room.
bool put_item(Interp& I, QueueStateObj* q, Value item) {
    if (!push_item(I, q, item)) return false;
    q->unfinished++;
    report(I, q);
    return wakeup_next(I, q->getters);
}

// Queue.get_nowait's effects once there is an item.
bool get_item(Interp& I, QueueStateObj* q, Value* out) {
    if (!pop_item(I, q, out)) return false;
    report(I, q);
    return wakeup_next(I, q->putters);
}

bool remove_waiter(std::deque<Value>& ws, Value fut) {
    auto it = std::find_if(ws.begin(), ws.end(), [&](const Value& w) { return w.same(fut); });
    if (it == ws.end()) return false;
    ws.erase(it);
    return true;
}

// ---- methods -------------------------------------------------------------------------------

Value q_qsize(Interp& I, Value self, const CallArgs&) {
    QueueStateObj* q = self_state(I, self);
    return q ? Value::integer(int64_t(q->items.size())) : Value::error();
}

Value q_maxsize(Interp& I, Value self, const CallArgs&) {
    QueueStateObj* q = self_state(I, self);
    return q ? q->maxsize : Value::error();
}

Value q_unfinished(Interp& I, Value self, const CallArgs&) {
    QueueStateObj* q = self_state(I, self);
    return q ? Value::integer(q->unfinished) : Value::error();
}

Value q_empty(Interp& I, Value self, const CallArgs&) {
    QueueStateObj* q = self_state(I, self);
    return q ? Value::boolean(q->items.empty()) : Value::error();
}

Value q_full(Interp& I, Value self, const CallArgs&) {
    QueueStateObj* q = self_state(I, self);
    if (!q) return Value::error();
    int full = is_full(I, q);
    return full < 0 ? Value::error() : Value::boolean(full);
}

// put(item, full): put_nowait, whose full() (a subclass may override it) said `full`.
Value q_put(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "put", 2, 2)) return Value::error();
    int full = truthy(I, a.args[1]);
    if (full < 0) return Value::error();
    if (full) return raise_bare(I, I.t.QueueFull);
    return put_item(I, q, a.args[0]) ? Value::none() : Value::error();
}

// try_put(item) -> False when full or not a plain queue's (nothing done), else put and True.
Value q_try_put(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "try_put", 1, 1)) return Value::error();
    if (!q->plain()) return Value::boolean(false);
    int full = is_full(I, q);
    if (full < 0) return Value::error();
    if (full) return Value::boolean(false);
    return put_item(I, q, a.args[0]) ? Value::boolean(true) : Value::error();
}

// get(empty): get_nowait, whose empty() (a subclass may override it) said `empty`.
Value q_get(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "get", 1, 1)) return Value::error();
    int empty = truthy(I, a.args[0]);
    if (empty < 0) return Value::error();
    if (empty) return raise_bare(I, I.t.QueueEmpty);
    if (q->items.empty()) return raise(I, I.t.IndexError, "pop from an empty deque");
    Value item;
    return get_item(I, q, &item) ? item : Value::error();
}

// try_get(default) -> default when empty or not a plain queue's, else the next item.
Value q_try_get(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "try_get", 1, 1)) return Value::error();
    if (q->items.empty() || !q->plain()) return a.args[0];
    Value item;
    return get_item(I, q, &item) ? item : Value::error();
}

// task_done(): the last unfinished item wakes every join() (queues.py sets its _finished Event).
Value state_task_done(Interp& I, QueueStateObj* q) {
    if (q->unfinished <= 0) return raise_value_error(I, "task_done() called too many times");
    if (--q->unfinished > 0) return Value::none();
    std::vector<Value> joiners = q->joiners; // Event.set: every waiter not done yet
    for (Value w : joiners)
        if (FutureObj* f = as_future(w); f && f->state == FutState::Pending)
            if (!future_set_result(I, f, Value::boolean(true))) return Value::error();
    return Value::none();
}

Value q_task_done(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "task_done", 0, 0)) return Value::error();
    return state_task_done(I, q);
}

// Queue.task_done untraced: `self._state.task_done()` without the method's frame (any other
// case calls the method of queues.py).
#ifndef __EMSCRIPTEN__
QueueStateObj* plain_state(AsyncState* st, Value self);
#endif

Value queue_task_done(Interp& I, Value self, const CallArgs& a) {
    AsyncState* st = async_state(I);
#ifndef __EMSCRIPTEN__ // (the plain queue last seen: no lookup of _state)
    if (a.nargs == 0 && !a.kwnames)
        if (QueueStateObj* q = plain_state(st, self)) return state_task_done(I, q);
#endif
    if (!st->trace.sink && a.nargs == 0 && !a.kwnames && is_kind(self, Kind::Instance)) {
        Value s = inst_get(as<InstanceObj>(self), st->s_state);
        if (s.is_obj() && s.o->kind == Kind::Native) {
            auto* n = static_cast<NativeObj*>(s.o);
            if (typeid(*n) == typeid(QueueStateObj))
                return state_task_done(I, static_cast<QueueStateObj*>(n));
        }
    }
    std::vector<Value> argv{self}; // (the keyword values follow the positional ones)
    argv.insert(argv.end(), a.args, a.args + a.nargs + a.nkw());
    return call(I, st->queue_task_done_py, CallArgs{argv.data(), a.nargs + 1, a.kwnames});
}

// _queue_plain(Queue, PriorityQueue, LifoQueue) -> the native Queue.task_done: the states of
// these classes' instances (exactly) are plain.
Value queue_plain_fn(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    if (a.nargs != 3) return raise_type_error(I, "_queue_plain(Queue, PriorityQueue, LifoQueue)");
    for (int i = 0; i < 3; ++i) {
        if (!is_kind(a.args[i], Kind::Type)) return raise_type_error(I, "_queue_plain: a class");
        st->queue_plain[i] = as<TypeObj>(a.args[i]);
    }
    st->queue_task_done_py = dict_get_str(st->queue_plain[0]->dict, I.intern("task_done"));
    if (!is_kind(st->queue_task_done_py, Kind::Function))
        return raise_type_error(I, "_queue_plain: Queue.task_done");
    st->s_state = I.intern("_state");
    Value m = new_native_function(I, "task_done", queue_task_done);
    as<NativeFunctionObj>(m)->is_method = true;
    return m;
}

template <std::deque<Value> QueueStateObj::*Waiters>
Value q_add_waiter(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "add_waiter", 1, 1)) return Value::error();
    (q->*Waiters).push_back(a.args[0]);
    return Value::none();
}

// discard_*(fut): forget a waiter that gave up (no error when a put or get took it already).
template <std::deque<Value> QueueStateObj::*Waiters>
Value q_discard_waiter(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "discard_waiter", 1, 1)) return Value::error();
    remove_waiter(q->*Waiters, a.args[0]);
    return Value::none();
}

template <std::deque<Value> QueueStateObj::*Waiters>
Value q_wake_next(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "wake_next", 0, 0)) return Value::error();
    return wakeup_next(I, q->*Waiters) ? Value::none() : Value::error();
}

Value q_add_joiner(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "add_joiner", 1, 1)) return Value::error();
    q->joiners.push_back(a.args[0]);
    return Value::none();
}

Value q_discard_joiner(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "discard_joiner", 1, 1)) return Value::error();
    auto& js = q->joiners;
    js.erase(
        std::remove_if(js.begin(), js.end(), [&](const Value& w) { return w.same(a.args[0]); }),
        js.end());
    return Value::none();
}

// items() -> the items in storage order (a list copy, for reprs).
Value q_items(Interp& I, Value self, const CallArgs&) {
    QueueStateObj* q = self_state(I, self);
    if (!q) return Value::error();
    return new_list(I, std::vector<Value>(q->items.begin(), q->items.end()));
}

// waiting() -> (getters, putters): how many tasks wait to get and to put (for reprs).
Value q_waiting(Interp& I, Value self, const CallArgs&) {
    QueueStateObj* q = self_state(I, self);
    if (!q) return Value::error();
    return new_tuple(I, {Value::integer(int64_t(q->getters.size())),
                         Value::integer(int64_t(q->putters.size()))});
}

// ---- the untraced waits of a plain queue --------------------------------------------------
// The page's wasm build leaves these out (fast_paths.h): it always records a trace, where
// queues.py's own put and get run.
#if LOOPSCOPE_ASYNC_FAST_PATHS

using FastQueues = AsyncState::FastQueues;

// `name` on the queue is still what queues.py defined (no instance shadows it, the class keeps
// it).
bool unpatched(Value queue, StrObj* name, Value original) {
    if (!inst_get(as<InstanceObj>(queue), name).is_undef()) return false;
    return type_lookup_cached(queue.o->type, name).same(original);
}

// loop.create_future() (debug mode's is base_events.py's, as m_create_future's).
Value make_future(Interp& I, LoopObj* loop) {
    Value fn = loop->st->create_future_py;
    if (loop->debug && !fn.is_undef()) {
        Value lv = Value::object(loop);
        Value w = call(I, fn, std::span<const Value>(&lv, 1));
        if (w.is_error() || as_future(w)) return w;
        return raise_type_error(I, "create_future() did not return a Future");
    }
    return Value::object(new_future(I, loop));
}

// The rest of Queue.put (put) or Queue.get once it waits: `await` the waiter future already in
// line, then as queues.py's loop: while full (empty) wait again with a new future, then
// put_nowait (get_nowait). A wait that ends in an error (the task cancelled, the coroutine
// closed) cancels its future, leaves the line and, when the queue could go on and the future
// was not cancelled (a put or get woke it), wakes the next in line before raising.
struct QueueWaitObj : NativeObj {
    QueueStateObj* q;
    Value item; // put: what to put
    FutureObj* fut;
    bool put;
    QueueWaitObj(TypeObj* t, QueueStateObj* s, Value v, FutureObj* f, bool p)
        : NativeObj(t), q(s), item(v), fut(f), put(p) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        gc.mark(q);
        gc.mark(item);
        gc.mark(fut);
    }
    size_t gc_size() const override { return 80; }
    std::deque<Value>& line() { return put ? q->putters : q->getters; }
    int must_wait(Interp& I) { return put ? is_full(I, q) : int(q->items.empty()); }

    SendStatus send(Interp& I, Value, Value* out) override {
        if (fut->state == FutState::Pending) { // (as FutureObj::send)
            fut->blocking = true;
            *out = Value::object(fut);
            return SendStatus::Yield;
        }
        // `await fut` ends (as Future.__await__): its result, or its error
        if (fut->state == FutState::Cancelled) {
            Value exc = future_make_cancelled_error(I, fut);
            if (exc.is_error()) {
                exc = I.exc;
                I.exc = Value::none();
            }
            return fail(I, exc);
        }
        future_retrieved(I, fut);
        if (!fut->exception.is_none()) return fail(I, fut->exception);
        int wait = must_wait(I);
        if (wait < 0) return SendStatus::Error;
        if (wait) { // the loop goes round: self._get_loop().create_future() in line
            Value w = make_future(I, fut->loop);
            if (w.is_error()) return SendStatus::Error;
            fut = as_future(w);
            line().push_back(w);
            fut->blocking = true;
            *out = w;
            return SendStatus::Yield;
        }
        *out = Value::none();
        if (put) return put_item(I, q, item) ? SendStatus::Return : SendStatus::Error;
        return get_item(I, q, out) ? SendStatus::Return : SendStatus::Error;
    }
    SendStatus throw_(Interp& I, Value exc, Value* out) override {
        (void)out;
        return fail(I, exc);
    }

    // queues.py's `except:` around the await, then the bare `raise`
    SendStatus fail(Interp& I, Value exc) {
        if (fut->state == FutState::Pending) future_cancel(I, fut, Value::none());
        remove_waiter(line(), Value::object(fut));
        int wait = must_wait(I);
        if (wait < 0) return SendStatus::Error;
        if (!wait && fut->state != FutState::Cancelled && !wakeup_next(I, line()))
            return SendStatus::Error;
        I.exc = exc;
        return SendStatus::Error;
    }
};

// wait_put(item) / wait_get(): the first wait of queues.py's fast put / get (the queue is full /
// empty): self._get_loop() (the queue is bound to the running loop), a future in line, the rest
// in a QueueWaitObj. Else (debug mode, another loop, no running loop, a method replaced) the
// coroutine of queues.py's own method, which does it all.
Value start_wait(Interp& I, QueueStateObj* q, Value item, bool put) {
    AsyncState* st = async_state(I);
    FastQueues& f = st->fast_queues;
    LoopObj* loop = st->running_loop;
    Value queue = q->queue;
    bool fast =
        loop && !loop->debug && q->plain() && is_kind(queue, Kind::Instance) &&
        unpatched(queue, f.s_get_loop, f.get_loop) &&
        unpatched(queue, put ? f.s_full : f.s_empty, put ? f.full : f.empty) &&
        unpatched(queue, put ? f.s_put_nowait : f.s_get_nowait, put ? f.put_nowait : f.get_nowait);
    Value bound = fast ? inst_get(as<InstanceObj>(queue), f.s_loop) : Value::undef();
    if (fast && bound.is_undef()) {
        // the class's _loop (None), bound now (as _LoopBoundMixin._get_loop)
        fast = type_lookup_cached(queue.o->type, f.s_loop).is_none();
        if (fast && !setattr(I, queue, f.s_loop, Value::object(loop))) return Value::error();
    } else if (fast) {
        fast = bound.is_obj() && bound.o == loop;
    }
    if (!fast) {
        Value args[2] = {queue, item};
        return call(I, put ? f.put_py : f.get_py, std::span<const Value>(args, put ? 2 : 1));
    }
    FutureObj* fut = new_future(I, loop);
    (put ? q->putters : q->getters).push_back(Value::object(fut));
    return Value::object(I.alloc<QueueWaitObj>(f.wait_type, q, item, fut, put));
}

Value q_wait_put(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "wait_put", 1, 1)) return Value::error();
    return start_wait(I, q, a.args[0], true);
}

Value q_wait_get(Interp& I, Value self, const CallArgs& a) {
    QueueStateObj* q = self_state(I, self);
    if (!q || !check_nargs(I, a, "wait_get", 0, 0)) return Value::error();
    return start_wait(I, q, Value::none(), false);
}

// Queue.put / Queue.get: queues.py's _fast_put / _fast_get untraced on a plain queue, else the
// methods it defined (their coroutines either way).
Value call_either(Interp& I, Value self, const CallArgs& a, Value fast, Value plain) {
    AsyncState* st = async_state(I);
    bool ok = !st->trace.sink && is_kind(self, Kind::Instance);
    if (ok) {
        ok = false;
        for (TypeObj* t : st->queue_plain) ok |= t && self.o->type == t;
    }
    Value fn = ok ? fast : plain;
    size_t n = size_t(a.nargs + a.nkw()); // (keyword values follow the positional ones)
    if (n < 4) {
        Value argv[4] = {self};
        std::copy(a.args, a.args + n, argv + 1);
        return call(I, fn, CallArgs{argv, a.nargs + 1, a.kwnames});
    }
    std::vector<Value> argv{self};
    argv.insert(argv.end(), a.args, a.args + n);
    return call(I, fn, CallArgs{argv.data(), a.nargs + 1, a.kwnames});
}

#ifndef __EMSCRIPTEN__ // (queue_put / queue_get use it natively only)
// The state of a plain queue in an untraced run, when Queue.put / Queue.get may stand in for
// queues.py's _fast_put / _fast_get; nullptr otherwise.
// The last plain queue found: its object, type and dict, while the dict keeps that version (a
// version names one state of one dict: a dict made anew at the same address misses).
struct PlainSeen {
    const Obj* self = nullptr;
    const TypeObj* type = nullptr;
    const DictObj* dict = nullptr;
    uint64_t version = 0;
    QueueStateObj* q = nullptr;
} g_plain_seen;

QueueStateObj* plain_state(AsyncState* st, Value self) {
    if (st->trace.sink || !is_kind(self, Kind::Instance)) return nullptr;
    // (a split instance has no dict to version: its _state is looked up each time)
    const DictObj* d = as<InstanceObj>(self)->dict;
    PlainSeen& seen = g_plain_seen;
    if (d && seen.self == self.o && seen.type == self.o->type && seen.dict == d &&
        seen.version == d->version)
        return seen.q;
    bool plain = false;
    for (TypeObj* t : st->queue_plain) plain |= t && self.o->type == t;
    if (!plain) return nullptr;
    Value s = inst_get(as<InstanceObj>(self), st->s_state);
    if (!s.is_obj() || s.o->kind != Kind::Native) return nullptr;
    auto* n = static_cast<NativeObj*>(s.o);
    if (typeid(*n) != typeid(QueueStateObj)) return nullptr;
    auto* q = static_cast<QueueStateObj*>(n);
    if (!q->plain()) return nullptr;
    if (d) seen = {self.o, self.o->type, d, d->version, q};
    return q;
}
#endif

Value queue_put(Interp& I, Value self, const CallArgs& a) {
    // `await q.put(item)`: _fast_put's body without its coroutine (try_put, else wait_put)
    AsyncState* st = async_state(I);
#ifndef __EMSCRIPTEN__ // (the wasm CLI's copy of this file has no finished awaits)
    if (a.nargs == 1 && !a.kwnames && awaited_at_once(I, queue_put)) {
        if (QueueStateObj* q = plain_state(st, self)) {
            int full = is_full(I, q);
            if (full < 0) return Value::error();
            if (full) return start_wait(I, q, a.args[0], true);
            return put_item(I, q, a.args[0]) ? st->ready_none : Value::error();
        }
    }
#endif
    FastQueues& f = st->fast_queues;
    return call_either(I, self, a, f.put_fast, f.put_py);
}

Value queue_get(Interp& I, Value self, const CallArgs& a) {
    // `await q.get()`: _fast_get's body without its coroutine (try_get, else wait_get)
    AsyncState* st = async_state(I);
#ifndef __EMSCRIPTEN__ // (the wasm CLI's copy of this file has no finished awaits)
    if (a.nargs == 0 && !a.kwnames && awaited_at_once(I, queue_get)) {
        if (QueueStateObj* q = plain_state(st, self)) {
            if (q->items.empty()) return start_wait(I, q, Value::none(), false);
            Value item;
            return get_item(I, q, &item) ? ready_awaitable(I, st, item) : Value::error();
        }
    }
#endif
    FastQueues& f = st->fast_queues;
    return call_either(I, self, a, f.get_fast, f.get_py);
}

Value wait_self(Interp&, Value self, const CallArgs&) {
    return self;
}

Value method_named(Interp& I, TypeObj* t, const char* name) {
    return dict_get_str(t->dict, I.intern(name));
}

// _fast_queues(Queue, _fast_put, _fast_get) -> the natives for Queue.put and Queue.get (queues.py
// puts them on the class).
Value fast_queues_fn(Interp& I, Value, const CallArgs& a) {
    if (a.nargs != 3 || !is_kind(a.args[0], Kind::Type) || !is_kind(a.args[1], Kind::Function) ||
        !is_kind(a.args[2], Kind::Function))
        return raise_type_error(I, "_fast_queues(Queue, fast_put, fast_get)");
    FastQueues& f = async_state(I)->fast_queues;
    TypeObj* queue = as<TypeObj>(a.args[0]);
    f.put_fast = a.args[1];
    f.get_fast = a.args[2];
    f.put_py = method_named(I, queue, "put");
    f.get_py = method_named(I, queue, "get");
    f.full = method_named(I, queue, "full");
    f.empty = method_named(I, queue, "empty");
    f.put_nowait = method_named(I, queue, "put_nowait");
    f.get_nowait = method_named(I, queue, "get_nowait");
    f.s_get_loop = I.intern("_get_loop");
    f.get_loop = type_lookup_cached(queue, f.s_get_loop);
    for (Value v : {f.put_py, f.get_py, f.full, f.empty, f.put_nowait, f.get_nowait, f.get_loop})
        if (!is_kind(v, Kind::Function)) return raise_type_error(I, "_fast_queues: a method");
    f.s_full = I.intern("full");
    f.s_empty = I.intern("empty");
    f.s_put_nowait = I.intern("put_nowait");
    f.s_get_nowait = I.intern("get_nowait");
    f.s_loop = I.intern("_loop");
    f.wait_type = new_builtin_type(I, "_QueueWait", I.t.object, Kind::Native);
    add_method(I, f.wait_type, "__await__", wait_self);
    register_self_await(wait_self);
    Value put = new_native_function(I, "put", queue_put);
    Value get = new_native_function(I, "get", queue_get);
    as<NativeFunctionObj>(put)->is_method = true;
    as<NativeFunctionObj>(get)->is_method = true;
    register_coroutine_stand_in(queue_put);
    register_coroutine_stand_in(queue_get);
    return new_tuple(I, {put, get});
}

#endif // LOOPSCOPE_ASYNC_FAST_PATHS

// _QueueState(queue, maxsize, order): order is 'fifo', 'lifo' or 'priority'.
Value queue_state_new(Interp& I, Value type, const CallArgs& a) {
    if (a.nargs != 3 || !is_str(a.args[2]))
        return raise_type_error(I, "_QueueState(queue, maxsize, order)");
    std::string_view order = str_view(a.args[2]);
    auto* q = I.alloc<QueueStateObj>(as<TypeObj>(type));
    if (order == "fifo")
        q->order = QueueStateObj::Order::Fifo;
    else if (order == "lifo")
        q->order = QueueStateObj::Order::Lifo;
    else if (order == "priority")
        q->order = QueueStateObj::Order::Priority;
    else
        return raise_value_error(I, "_QueueState: order is 'fifo', 'lifo' or 'priority'");
    q->queue = a.args[0];
    q->maxsize = a.args[1];
    AsyncState* st = async_state(I);
    for (TypeObj* t : st->queue_plain)
        if (t && q->queue.is_obj() && q->queue.o->type == t) q->plain_type = t;
    q->traced = trace_register_primitive(I, q->queue, trace::PrimKind::Queue) != 0;
    report(I, q);
    return Value::object(q);
}

} // namespace

void init_queue_state_type(Interp& I, AsyncState* st, DictObj* mod) {
    TypeObj* t = new_builtin_type(I, "_QueueState", I.t.object, Kind::Native);
    st->queue_state_type = t;
    t->new_fn = queue_state_new;
    static const std::pair<const char*, NativeFn> methods[] = {
        {"qsize", q_qsize},
        {"maxsize", q_maxsize},
        {"unfinished", q_unfinished},
        {"empty", q_empty},
        {"full", q_full},
        {"put", q_put},
        {"try_put", q_try_put},
        {"get", q_get},
        {"try_get", q_try_get},
        {"task_done", q_task_done},
        {"add_getter", q_add_waiter<&QueueStateObj::getters>},
        {"add_putter", q_add_waiter<&QueueStateObj::putters>},
        {"discard_getter", q_discard_waiter<&QueueStateObj::getters>},
        {"discard_putter", q_discard_waiter<&QueueStateObj::putters>},
        {"wake_getter", q_wake_next<&QueueStateObj::getters>},
        {"wake_putter", q_wake_next<&QueueStateObj::putters>},
        {"add_joiner", q_add_joiner},
        {"discard_joiner", q_discard_joiner},
        {"items", q_items},
        {"waiting", q_waiting},
#if LOOPSCOPE_ASYNC_FAST_PATHS
        {"wait_put", q_wait_put},
        {"wait_get", q_wait_get},
#endif
    };
    for (auto& [name, fn] : methods) add_method(I, t, name, fn);
    dict_set_str(I, mod, I.intern("_QueueState"), Value::object(t));
    set_fn(I, mod, "_queue_plain", queue_plain_fn);
#if LOOPSCOPE_ASYNC_FAST_PATHS
    set_fn(I, mod, "_fast_queues", fast_queues_fn);
#endif
}

} // namespace loopscope
