// queues.cpp - the bookkeeping of asyncio.Queue (queues.py): its items, its maxsize, the count
// of unfinished items and the futures of the tasks waiting to put, get or join.
//
// It is owned here and only here. The Python Queue (py/queues.py) keeps the waiting itself
// (making a future, awaiting it, cleaning up when cancelled, as CPython's put/get/join do) and
// asks this object for everything else, by method. So a put or a get that need not wait is one
// native call, and the state the trace shows is reported at the very moment it changes.
#include "asyncio/queues.h"

#include "asyncio/async_state.h"
#include "asyncio/futures.h"
#include "asyncio/trace_contract.h"
#include "asyncio/trace_emit.h"
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
    bool plain = false; // the state of a Queue, PriorityQueue or LifoQueue (not a subclass)

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
        out += trace_repr(I, items[i], kLimit);
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
    if (!q->plain) return Value::boolean(false);
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
    if (q->items.empty() || !q->plain) return a.args[0];
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
Value queue_task_done(Interp& I, Value self, const CallArgs& a) {
    AsyncState* st = async_state(I);
    if (!st->trace.sink && a.nargs == 0 && !a.kwnames && is_kind(self, Kind::Instance) &&
        as<InstanceObj>(self)->dict) {
        Value s = dict_get_str(as<InstanceObj>(self)->dict, st->s_state);
        if (s.is_obj() && s.o->kind == Kind::Native) {
            auto* n = static_cast<NativeObj*>(s.o);
            if (typeid(*n) == typeid(QueueStateObj))
                return state_task_done(I, static_cast<QueueStateObj*>(n));
        }
    }
    std::vector<Value> argv{self};
    argv.insert(argv.end(), a.args, a.args + a.nargs);
    return call(I, st->queue_task_done_py, CallArgs{argv.data(), int32_t(argv.size()), a.kwnames});
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
        if (t && q->queue.is_obj() && q->queue.o->type == t) q->plain = true;
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
    };
    for (auto& [name, fn] : methods) add_method(I, t, name, fn);
    dict_set_str(I, mod, I.intern("_QueueState"), Value::object(t));
    set_fn(I, mod, "_queue_plain", queue_plain_fn);
}

} // namespace loopscope
