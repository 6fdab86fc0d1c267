// asyncio_module.cpp - the modules a script imports as asyncio: _asyncio, the native half
// (the loop, futures and tasks of base_events.cpp, events.cpp, futures.cpp, tasks.cpp, the
// queues' state, the trace contract, the names outside the playground's surface), and the
// Python modules of py/ (asyncio, asyncio.tasks, ...). Each is built the first time a script
// imports it (Interp::module_factories); AsyncState lives here too.
#include "asyncio/asyncio_module.h"

#include "asyncio/async_state.h"
#include "asyncio/base_events.h"
#include "asyncio/deque.h"
#include "asyncio/events.h"
#include "asyncio/exception_handler.h"
#include "asyncio/fast_await.h"
#include "asyncio/format_helpers.h"
#include "asyncio/gather_fast.h"
#include "asyncio/locks_fast.h"
#include "asyncio/queues.h"
#include "asyncio/tasks.h"
#include "asyncio/trace_contract.h"
#include "asyncio/trace_emit.h"
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/vm.h"
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"

#include <atomic>

namespace loopscope {

void AsyncState::mark_refs(Gc& gc) {
    NativeObj::mark_refs(gc);
    for (LoopObj* l : thread_loops)
        if (l) gc.mark(l);
    for (const Value& t : thread_objs) gc.mark(t);
    if (running_loop) gc.mark(running_loop);
    if (event_loop) gc.mark(event_loop);
    for (TaskObj* t : tasks) gc.mark(t);
    trace.mark_refs(gc);
    fast_locks.mark_refs(gc);
    gc.mark(queue_task_done_py);
    fast_queues.mark_refs(gc);
    for (TypeObj* t : queue_plain)
        if (t) gc.mark(t);
    gc.mark(finish_thread);
    gc.mark(create_future_py);
    gc.mark(ready_none);
    for (TypeObj* t : {loop_type, handle_type, timer_handle_type, future_type, task_type,
                       queue_state_type, gather_type, sleep0_type, ready_type})
        if (t) gc.mark(t);
}

// async_state's answer for the last interpreter that asked on this thread, while no state
// was destroyed since (an interpreter destroys its state with its heap, before another can
// take its address).
static std::atomic<uint64_t> g_states_destroyed{0};
struct StateCache {
    Interp* I = nullptr;
    AsyncState* st = nullptr;
    uint64_t destroyed = 0;
};
static thread_local StateCache t_state_cache;

AsyncState::~AsyncState() {
    g_states_destroyed.fetch_add(1, std::memory_order_relaxed);
}

AsyncState* async_state(Interp& I) {
    StateCache& c = t_state_cache;
    uint64_t destroyed = g_states_destroyed.load(std::memory_order_relaxed);
    if (c.I == &I && c.destroyed == destroyed) return c.st;
    static const std::string key = "asyncio.state";
    auto it = I.registry.find(key);
    if (it != I.registry.end()) {
        c = {&I, as<AsyncState>(it->second), destroyed};
        return c.st;
    }
    TypeObj* t = new_builtin_type(I, "_AsyncState", I.t.object, Kind::Native);
    auto* st = I.alloc<AsyncState>(t, &I);
    if (!context_state(I)) register_contextvars(I); // an interpreter without the stdlib
    st->cv = context_state(I);
    st->log_error = [&I](const std::string& msg, const std::string& detail) {
        I.write_err(msg + "\n" + detail);
    };
    I.registry[key] = Value::object(st);
    return st;
}

// ---------------------------------------------------------------------------------------------
// asyncio
// ---------------------------------------------------------------------------------------------

static Value iscoroutine_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "iscoroutine", 1, 1)) return Value::error();
    return Value::boolean(is_coroutine(a.args[0]));
}

static Value isfuture_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "isfuture", 1, 1)) return Value::error();
    return Value::boolean(as_future(a.args[0]) != nullptr);
}

static Value iscoroutinefunction_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "iscoroutinefunction", 1, 1)) return Value::error();
    Value f = a.args[0];
    if (is_kind(f, Kind::BoundMethod)) f = as<BoundMethodObj>(f)->func;
    return Value::boolean(
        (is_kind(f, Kind::Function) && (as<FunctionObj>(f)->code->flags & CO_COROUTINE)) ||
        is_coroutine_stand_in(f));
}

// _log_error(message, exc): asyncio's logger.error via call_exception_handler.
static Value log_error_fn(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    if (a.nargs < 1) return raise_type_error(I, "_log_error(message, exc=None)");
    std::string msg(is_str(a.args[0]) ? str_view(a.args[0]) : "");
    std::string detail = a.nargs > 1 ? logged_traceback(I, a.args[1]) : "";
    st->log_error(msg, detail);
    return Value::none();
}

// _set_create_future(fn): what loop.create_future() calls in debug mode (py/base_events.py)
static Value set_create_future(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "_set_create_future", 1, 1)) return Value::error();
    async_state(I)->create_future_py = a.args[0];
    return Value::none();
}

// _loop_asyncgens(loop): the loop's suspended async generators, in first-iteration order.
static Value loop_asyncgens(Interp& I, Value, const CallArgs& a) {
    LoopObj* loop = a.nargs == 1 ? as_loop(a.args[0]) : nullptr;
    if (!loop) return raise_type_error(I, "_loop_asyncgens(loop)");
    std::vector<Value> out;
    for (GenObj* g : loop->asyncgens)
        if (g->started && g->frame && !g->running && !g->ag_closed) out.push_back(Value::object(g));
    loop->asyncgens.clear();
    loop->asyncgen_seen.clear();
    return new_list(I, std::move(out));
}

static Value unavailable(Interp& I, Value self, const CallArgs&) {
    return raise_not_implemented(I, std::string(str_view(self)) +
                                        " is not available in the playground");
}

// _set_type_attr(type, name, value): py/base_events.py adds Python methods to the native types.
static Value set_type_attr(Interp& I, Value, const CallArgs& a) {
    if (a.nargs != 3 || !is_kind(a.args[0], Kind::Type) || !is_str(a.args[1]))
        return raise_type_error(I, "_set_type_attr(type, name, value)");
    dict_set_str(I, as<TypeObj>(a.args[0])->dict, as_str(a.args[1]), a.args[2]);
    return Value::none();
}

static const char* const kOutsideNames[] = {"open_connection",
                                            "start_server",
                                            "open_unix_connection",
                                            "start_unix_server",
                                            "StreamReader",
                                            "StreamWriter",
                                            "StreamReaderProtocol",
                                            "IncompleteReadError",
                                            "LimitOverrunError",
                                            "Server",
                                            "AbstractServer",
                                            "create_subprocess_exec",
                                            "create_subprocess_shell",
                                            "AbstractChildWatcher",
                                            "FastChildWatcher",
                                            "MultiLoopChildWatcher",
                                            "PidfdChildWatcher",
                                            "SafeChildWatcher",
                                            "ThreadedChildWatcher",
                                            "get_child_watcher",
                                            "set_child_watcher",
                                            "BaseProtocol",
                                            "Protocol",
                                            "BufferedProtocol",
                                            "DatagramProtocol",
                                            "SubprocessProtocol",
                                            "BaseTransport",
                                            "Transport",
                                            "ReadTransport",
                                            "WriteTransport",
                                            "DatagramTransport",
                                            "SubprocessTransport",
                                            "SendfileNotAvailableError",
                                            "run_coroutine_threadsafe",
                                            "wrap_future",
                                            "get_event_loop_policy",
                                            "set_event_loop_policy",
                                            "AbstractEventLoopPolicy",
                                            "DefaultEventLoopPolicy",
                                            "SelectorEventLoop",
                                            "BaseEventLoop",
                                            "AbstractEventLoop",
                                            "subprocess",
                                            "streams",
                                            "_enter_task",
                                            "_leave_task",
                                            "_register_task",
                                            "_unregister_task"};

static const char* const kLoopOutsideNames[] = {"add_reader",
                                                "remove_reader",
                                                "add_writer",
                                                "remove_writer",
                                                "sock_accept",
                                                "sock_connect",
                                                "sock_recv",
                                                "sock_recv_into",
                                                "sock_recvfrom",
                                                "sock_recvfrom_into",
                                                "sock_sendall",
                                                "sock_sendto",
                                                "sock_sendfile",
                                                "sendfile",
                                                "start_tls",
                                                "create_connection",
                                                "create_server",
                                                "create_unix_connection",
                                                "create_unix_server",
                                                "create_datagram_endpoint",
                                                "connect_accepted_socket",
                                                "connect_read_pipe",
                                                "connect_write_pipe",
                                                "getaddrinfo",
                                                "getnameinfo",
                                                "subprocess_exec",
                                                "subprocess_shell"};

// _asyncio: the native half of asyncio (the name of CPython's C accelerator module), which the
// Python modules of runtime/asyncio/py/ import from.
static Value make_native_module(Interp& I) {
    AsyncState* st = async_state(I);
    DictObj* d;
    Value m = new_module(I, "_asyncio", &d);
    init_events(I, st, d);
    init_loop_type(I, st, d);
    init_future_type(I, st, d);
    init_task_type(I, st, d);
    I.shutdown_hooks.push_back(destroy_pending_tasks);
    init_exception_handler(I, st, d);
    init_deque_type(I, d);
    init_fast_locks(I, d);
    init_gather_fast(I, st, d);
    for (TypeObj* t : {I.t.CancelledError, I.t.InvalidStateError, I.t.QueueEmpty, I.t.QueueFull,
                       I.t.BrokenBarrierError}) {
        dict_set_str(I, d, t->name, Value::object(t));
        dict_set_str(I, t->dict, I.n.__module__,
                     I.str(t == I.t.QueueEmpty || t == I.t.QueueFull ? "asyncio.queues"
                           : t == I.t.BrokenBarrierError             ? "asyncio.exceptions"
                                                                     : "asyncio.exceptions"));
    }
    dict_set_str(I, d, I.intern("TimeoutError"), Value::object(I.t.TimeoutError));
    init_fast_await(I, st, d);
    set_fn(I, d, "iscoroutine", iscoroutine_fn);
    set_fn(I, d, "iscoroutinefunction", iscoroutinefunction_fn);
    set_fn(I, d, "isfuture", isfuture_fn);
    set_fn(I, d, "_loop_asyncgens", loop_asyncgens);
    set_fn(I, d, "_log_error", log_error_fn);
    set_fn(I, d, "_set_create_future", set_create_future);
    set_fn(I, d, "_set_type_attr", set_type_attr);
    init_trace_contract(I, st, d);
    init_queue_state_type(I, st, d);
    for (const char* n : {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"})
        dict_set_str(I, d, I.intern(n), I.str(n));
    for (const char* n : kOutsideNames) {
        std::string full = std::string("asyncio.") + n;
        dict_set_str(I, d, I.intern(n), new_native_function(I, n, unavailable, I.str(full)));
    }
    for (const char* n : kLoopOutsideNames) {
        std::string full = std::string("loop.") + n;
        dict_set_str(I, st->loop_type->dict, I.intern(n),
                     new_native_function(I, n, unavailable, I.str(full)));
    }
    return m;
}

void register_modules(Interp& I) {
    register_standard_modules(I);
    I.module_factories["_asyncio"] = make_native_module;
    register_python_modules(I, asyncio_python_sources());     // asyncio, asyncio.tasks, ...
    register_python_modules(I, asyncio_concurrent_sources()); // concurrent.futures
}

} // namespace loopscope
