// modules.cpp - the modules scripts can import besides builtins. Registered lazily: each is
// built the first time a script imports it (Interp::module_factories).
//   asyncio - native loop/futures/tasks (loop.cpp, future.cpp, task.cpp) + the Python prelude
//   time    - the virtual clock (SEMANTICS.md rules 4, 5)
//   random  - CPython's MT19937 and random.py algorithms (lang/random_mt.h), seeded with 0
#include "asyncio/state.h"
#include "asyncio/trace_emit.h"
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/compiler.h"
#include "lang/float_format.h"
#include "lang/init.h"
#include "lang/scope.h"
#include "lang/vm.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace loopscope {

AsyncState* async_state(Interp& I) {
    static const std::string key = "asyncio.state";
    auto it = I.registry.find(key);
    if (it != I.registry.end()) return as<AsyncState>(it->second);
    TypeObj* t = new_builtin_type(I, "_AsyncState", I.t.object, Kind::Native);
    auto* st = I.alloc<AsyncState>(t, &I);
    st->log_error = [&I](const std::string& msg, const std::string& detail) {
        I.write_err(msg + "\n" + detail);
    };
    I.registry[key] = Value::object(st);
    return st;
}

double virtual_now(Interp& I) {
    return async_state(I)->now();
}

Value new_module(Interp& I, std::string_view name, DictObj** dict) {
    DictObj* d = new_dict(I);
    dict_set_str(I, d, I.n.__name__, I.str(name));
    dict_set_str(I, d, I.n.__doc__, Value::none());
    *dict = d;
    return Value::object(I.alloc<ModuleObj>(I.t.module, I.intern(name), d));
}

// Run Python source (a prelude) with `globals` as its namespace.
bool run_prelude(Interp& I, const char* source, const char* filename, DictObj* globals) {
    ParseResult parsed = parse_and_resolve(source, filename);
    if (!parsed.ok()) {
        raise(I, I.t.SyntaxError, "prelude: " + format_syntax_error(parsed.error, filename));
        return false;
    }
    CompileResult c = compile_module(I, *parsed.module, source);
    if (!c.code) {
        raise(I, I.t.SyntaxError, "prelude: " + format_syntax_error(*c.error, filename));
        return false;
    }
    dict_set_str(I, globals, I.n.__builtins__, Value::object(I.builtins));
    ++I.native_depth;
    Value r = run_module_code(I, c.code, globals);
    --I.native_depth;
    return !r.is_error();
}

// ---------------------------------------------------------------------------------------------
// random
// ---------------------------------------------------------------------------------------------

static bool to_bigint(Interp& I, Value v, BigInt* out) {
    if (v.is_small_int()) {
        *out = BigInt(v.as_small_int());
        return true;
    }
    if (is_kind(v, Kind::BigInt)) {
        *out = as<BigIntObj>(v)->v;
        return true;
    }
    if (v.is_float()) {
        double d = v.f;
        if (d == std::floor(d) && std::isfinite(d)) {
            auto r = BigInt::from_double(d);
            if (r) {
                *out = r.value();
                return true;
            }
        }
        raise_type_error(I, "'float' object cannot be interpreted as an integer");
        return false;
    }
    raise_type_error(I, "'" + type_name(I, v) + "' object cannot be interpreted as an integer");
    return false;
}

// random.Random instances carry their own generator; the module functions share one.
struct RandomObj : NativeObj {
    PyRandom gen;
    explicit RandomObj(TypeObj* t) : NativeObj(t) {}
};

static PyRandom& rng_of(Interp& I, Value self) {
    if (self.is_obj() && self.o->kind == Kind::Native && self.o->type->name->s == "Random")
        return as<RandomObj>(self)->gen;
    return async_state(I)->rng;
}
#define rng(I) rng_of(I, self)

static Value r_seed(Interp& I, Value self, const CallArgs& a) {
    Value v = arg_or(a, 0, Value::none());
    if (v.is_none()) {
        rng(I).seed(BigInt(0));
        return Value::none();
    }
    if (v.is_float()) {
        rng(I).seed_hash(float_hash(v.f)); // random_seed uses (size_t)hash(x)
        return Value::none();
    }
    if (is_str(v)) {
        rng(I).seed_bytes(str_view(v)); // version 2: s + sha512(s), big-endian
        return Value::none();
    }
    BigInt n;
    if (!to_bigint(I, v, &n)) return Value::error();
    if (n.is_negative()) n = -n;
    rng(I).seed(n);
    return Value::none();
}

static Value r_random(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "random", 0, 0)) return Value::error();
    return Value::floating(rng(I).random());
}

static Value r_uniform(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "uniform", 2, 2)) return Value::error();
    double x, y;
    if (!to_double(I, a.args[0], &x) || !to_double(I, a.args[1], &y)) return Value::error();
    return Value::floating(rng(I).uniform(x, y));
}

static Value r_randint(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "randint", 2, 2)) return Value::error();
    BigInt x, y;
    if (!to_bigint(I, a.args[0], &x) || !to_bigint(I, a.args[1], &y)) return Value::error();
    auto r = rng(I).randint(x, y);
    if (!r) return raise_num(I, r.error());
    return new_int(I, r.value());
}

static Value r_randrange(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "randrange", 1, 3)) return Value::error();
    BigInt x, y, s(1);
    if (!to_bigint(I, a.args[0], &x)) return Value::error();
    if (a.nargs == 1) {
        auto r = rng(I).randrange(x);
        if (!r) return raise_num(I, r.error());
        return new_int(I, r.value());
    }
    if (!to_bigint(I, a.args[1], &y)) return Value::error();
    if (a.nargs == 3 && !to_bigint(I, a.args[2], &s)) return Value::error();
    auto r = rng(I).randrange(x, y, s);
    if (!r) return raise_num(I, r.error());
    return new_int(I, r.value());
}

static Value r_getrandbits(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "getrandbits", 1, 1)) return Value::error();
    int64_t k;
    if (!to_index(I, a.args[0], &k)) return Value::error();
    auto r = rng(I).getrandbits(k);
    if (!r) return raise_num(I, r.error());
    return new_int(I, r.value());
}

static Value r_choice(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "choice", 1, 1)) return Value::error();
    int64_t n;
    if (!len(I, a.args[0], &n)) return Value::error();
    auto r = rng(I).choice_index(size_t(n));
    if (!r) return raise(I, I.t.IndexError, r.error().message);
    return getitem(I, a.args[0], Value::integer(int64_t(r.value())));
}

static Value r_shuffle(Interp& I, Value self, const CallArgs& a) {
    if (!check_nargs(I, a, "shuffle", 1, 1)) return Value::error();
    if (!is_kind(a.args[0], Kind::List)) {
        // random.py swaps through __getitem__/__setitem__; lessons shuffle lists
        return raise_type_error(I, "'" + type_name(I, a.args[0]) +
                                       "' object does not support item assignment");
    }
    rng(I).shuffle(as<ListObj>(a.args[0])->items);
    return Value::none();
}

static Value r_sample(Interp& I, Value self, const CallArgs& a) {
    if (a.nargs != 2) return raise_type_error(I, "sample() takes 2 positional arguments");
    std::vector<Value> pop;
    if (!collect(I, a.args[0], pop)) return Value::error();
    int64_t k;
    if (!to_index(I, a.args[1], &k)) return Value::error();
    auto r = rng(I).sample_indices(pop.size(), k);
    if (!r) return raise_num(I, r.error());
    std::vector<Value> out;
    for (size_t i : r.value()) out.push_back(pop[i]);
    return new_list(I, std::move(out));
}

static Value r_gauss(Interp& I, Value self, const CallArgs& a) {
    double mu = 0, sigma = 1;
    if (a.nargs >= 1 && !to_double(I, a.args[0], &mu)) return Value::error();
    if (a.nargs >= 2 && !to_double(I, a.args[1], &sigma)) return Value::error();
    return Value::floating(rng(I).gauss(mu, sigma));
}

static Value random_new(Interp& I, Value type, const CallArgs& a) {
    auto* r = I.alloc<RandomObj>(as<TypeObj>(type));
    Value self = Value::object(r);
    Value x = r_seed(I, self, a);
    if (x.is_error()) return x;
    return self;
}

Value make_random_module(Interp& I) {
    DictObj* d;
    Value m = new_module(I, "random", &d);
    TypeObj* rt = new_builtin_type(I, "Random", I.t.object, Kind::Native);
    rt->new_fn = random_new;
    dict_set_str(I, rt->dict, I.n.__module__, I.str("random"));
    add_method(I, rt, "seed", r_seed);
    add_method(I, rt, "random", r_random);
    add_method(I, rt, "uniform", r_uniform);
    add_method(I, rt, "randint", r_randint);
    add_method(I, rt, "randrange", r_randrange);
    add_method(I, rt, "getrandbits", r_getrandbits);
    add_method(I, rt, "choice", r_choice);
    add_method(I, rt, "shuffle", r_shuffle);
    add_method(I, rt, "sample", r_sample);
    add_method(I, rt, "gauss", r_gauss);
    dict_set_str(I, d, I.intern("Random"), Value::object(rt));
    set_fn(I, d, "seed", r_seed);
    set_fn(I, d, "random", r_random);
    set_fn(I, d, "uniform", r_uniform);
    set_fn(I, d, "randint", r_randint);
    set_fn(I, d, "randrange", r_randrange);
    set_fn(I, d, "getrandbits", r_getrandbits);
    set_fn(I, d, "choice", r_choice);
    set_fn(I, d, "shuffle", r_shuffle);
    set_fn(I, d, "sample", r_sample);
    set_fn(I, d, "gauss", r_gauss);
    return m;
}

// ---------------------------------------------------------------------------------------------
// asyncio
// ---------------------------------------------------------------------------------------------

// The awaitable behind sleep(0) (tasks.__sleep0): one bare yield, then done.
struct Sleep0Obj : NativeObj {
    bool yielded = false;
    explicit Sleep0Obj(TypeObj* t) : NativeObj(t) {}
    SendStatus send(Interp&, Value, Value* out) override {
        *out = Value::none();
        if (yielded) return SendStatus::Return;
        yielded = true;
        return SendStatus::Yield;
    }
};

static Value sleep0(Interp& I, Value self, const CallArgs&) {
    return Value::object(I.alloc<Sleep0Obj>(as<TypeObj>(self)));
}

static Value self_value(Interp&, Value self, const CallArgs&) {
    return self;
}

static Value get_running_loop(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "get_running_loop", 0, 0)) return Value::error();
    AsyncState* st = async_state(I);
    if (!st->running_loop) return raise(I, I.t.RuntimeError, "no running event loop");
    return Value::object(st->running_loop);
}

static Value get_running_loop_opt(Interp& I, Value, const CallArgs&) {
    AsyncState* st = async_state(I);
    return st->running_loop ? Value::object(st->running_loop) : Value::none();
}

// events.get_event_loop: the running loop, else the policy's loop (created on first use).
static Value get_event_loop(Interp& I, Value, const CallArgs&) {
    AsyncState* st = async_state(I);
    if (st->running_loop) return Value::object(st->running_loop);
    if (!st->event_loop) st->event_loop = new_loop(I, st);
    return Value::object(st->event_loop);
}

static Value new_event_loop(Interp& I, Value, const CallArgs&) {
    return Value::object(new_loop(I, async_state(I)));
}

static Value set_event_loop(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "set_event_loop", 1, 1)) return Value::error();
    AsyncState* st = async_state(I);
    if (a.args[0].is_none()) {
        st->event_loop = nullptr;
        return Value::none();
    }
    if (!is_subtype(type_of(I, a.args[0]), st->loop_type))
        return raise_type_error(I, "loop must be an instance of AbstractEventLoop or None, not '" +
                                       type_name(I, a.args[0]) + "'");
    st->event_loop = as<LoopObj>(a.args[0]);
    return Value::none();
}

static Value set_running_loop(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    st->running_loop = a.args[0].is_none() ? nullptr : as<LoopObj>(a.args[0]);
    return Value::none();
}

static Value iscoroutine_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "iscoroutine", 1, 1)) return Value::error();
    return Value::boolean(is_coroutine(a.args[0]));
}

static Value isfuture_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "isfuture", 1, 1)) return Value::error();
    return Value::boolean(as_future(I, a.args[0]) != nullptr);
}

static Value iscoroutinefunction_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "iscoroutinefunction", 1, 1)) return Value::error();
    Value f = a.args[0];
    if (is_kind(f, Kind::BoundMethod)) f = as<BoundMethodObj>(f)->func;
    return Value::boolean(is_kind(f, Kind::Function) &&
                          (as<FunctionObj>(f)->code->flags & CO_COROUTINE));
}

// _log_error(message, exc): asyncio's logger.error via call_exception_handler.
static Value log_error_fn(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    std::string msg(is_str(a.args[0]) ? str_view(a.args[0]) : "");
    std::string detail = a.nargs > 1 ? format_exception(I, a.args[1], "", "") : "";
    st->log_error(msg, detail);
    return Value::none();
}

// The firstiter hook of base_events (sys.set_asyncgen_hooks): async generators first
// iterated while a loop runs are remembered by that loop, for shutdown_asyncgens. The
// playground wraps async_generator.__anext__ / asend / athrow to see the first iteration.
static NativeFn g_agen_orig[3] = {nullptr, nullptr, nullptr};

static void track_asyncgen(Interp& I, Value self) {
    AsyncState* st = async_state(I);
    if (!st->running_loop || !is_kind(self, Kind::Generator)) return;
    LoopObj* loop = st->running_loop;
    if (loop->asyncgen_seen.insert(self.o).second) loop->asyncgens.push_back(as<GenObj>(self));
}
static Value agen_anext_hook(Interp& I, Value self, const CallArgs& a) {
    track_asyncgen(I, self);
    return g_agen_orig[0](I, self, a);
}
static Value agen_asend_hook(Interp& I, Value self, const CallArgs& a) {
    track_asyncgen(I, self);
    return g_agen_orig[1](I, self, a);
}
static Value agen_athrow_hook(Interp& I, Value self, const CallArgs& a) {
    track_asyncgen(I, self);
    return g_agen_orig[2](I, self, a);
}

static void install_asyncgen_hooks(Interp& I) {
    const char* names[3] = {"__anext__", "asend", "athrow"};
    NativeFn hooks[3] = {agen_anext_hook, agen_asend_hook, agen_athrow_hook};
    for (int i = 0; i < 3; ++i) {
        Value f = dict_get_str(I.t.async_generator->dict, I.intern(names[i]));
        if (!is_kind(f, Kind::NativeFunction)) continue;
        auto* nf = as<NativeFunctionObj>(f);
        if (nf->fn == hooks[i]) continue;
        g_agen_orig[i] = nf->fn;
        nf->fn = hooks[i];
    }
}

// _loop_asyncgens(loop): the loop's suspended async generators, in first-iteration order.
static Value loop_asyncgens(Interp& I, Value, const CallArgs& a) {
    LoopObj* loop = as<LoopObj>(a.args[0]);
    std::vector<Value> out;
    for (GenObj* g : loop->asyncgens)
        if (g->started && g->frame && !g->running && !g->ag_closed) out.push_back(Value::object(g));
    loop->asyncgens.clear();
    loop->asyncgen_seen.clear();
    return new_list(I, std::move(out));
}

static Value clock_fn(Interp& I, Value, const CallArgs&) {
    return Value::floating(async_state(I)->clock);
}

static Value unavailable(Interp& I, Value self, const CallArgs&) {
    return raise_not_implemented(I, std::string(str_view(self)) +
                                        " is not available in the playground");
}

// _set_type_attr(type, name, value): the prelude adds Python methods to the native types.
static Value set_type_attr(Interp& I, Value, const CallArgs& a) {
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
                                            "Runner",
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
                                                "subprocess_shell",
                                                "add_signal_handler",
                                                "remove_signal_handler",
                                                "call_soon_threadsafe",
                                                "set_default_executor",
                                                "shutdown_default_executor",
                                                "set_debug",
                                                "get_debug",
                                                "set_task_factory",
                                                "get_task_factory",
                                                "set_exception_handler",
                                                "get_exception_handler",
                                                "default_exception_handler",
                                                "call_exception_handler"};

Value make_asyncio_module(Interp& I) {
    AsyncState* st = async_state(I);
    if (!st->module.is_undef()) return st->module;
    DictObj* d;
    Value m = new_module(I, "asyncio", &d);
    st->module = m;
    init_loop_type(I, st, d);
    init_future_types(I, st, d);
    init_deque_type(I, d);
    for (TypeObj* t : {I.t.CancelledError, I.t.InvalidStateError, I.t.QueueEmpty, I.t.QueueFull,
                       I.t.BrokenBarrierError}) {
        dict_set_str(I, d, t->name, Value::object(t));
        dict_set_str(I, t->dict, I.n.__module__,
                     I.str(t == I.t.QueueEmpty || t == I.t.QueueFull ? "asyncio.queues"
                           : t == I.t.BrokenBarrierError             ? "asyncio.exceptions"
                                                                     : "asyncio.exceptions"));
    }
    dict_set_str(I, d, I.intern("TimeoutError"), Value::object(I.t.TimeoutError));
    TypeObj* s0 = new_builtin_type(I, "_Sleep0", I.t.object, Kind::Native);
    add_method(I, s0, "__await__", self_value);
    dict_set_str(I, d, I.intern("_sleep0"),
                 new_native_function(I, "_sleep0", sleep0, Value::object(s0)));
    set_fn(I, d, "get_running_loop", get_running_loop);
    set_fn(I, d, "_get_running_loop", get_running_loop_opt);
    set_fn(I, d, "_set_running_loop", set_running_loop);
    set_fn(I, d, "get_event_loop", get_event_loop);
    set_fn(I, d, "new_event_loop", new_event_loop);
    set_fn(I, d, "set_event_loop", set_event_loop);
    set_fn(I, d, "iscoroutine", iscoroutine_fn);
    set_fn(I, d, "iscoroutinefunction", iscoroutinefunction_fn);
    set_fn(I, d, "isfuture", isfuture_fn);
    set_fn(I, d, "_clock", clock_fn);
    set_fn(I, d, "_loop_asyncgens", loop_asyncgens);
    install_asyncgen_hooks(I);
    set_fn(I, d, "_log_error", log_error_fn);
    set_fn(I, d, "_set_type_attr", set_type_attr);
    set_fn(I, d, "_trace_new", trace_new_primitive_fn);
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
    if (!run_prelude(I, asyncio_prelude_source(), "<asyncio>", d)) {
        st->module = Value::undef();
        return Value::error();
    }
    return m;
}

void register_stdlib_modules(Interp& I) {
    I.module_factories["asyncio"] = make_asyncio_module;
    I.module_factories["time"] = make_time_module;
    I.module_factories["random"] = make_random_module;
    register_extra_modules(I);
}

} // namespace loopscope
