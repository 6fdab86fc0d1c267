// vm_cold.cpp - the dispatch loop's cold instructions (vm_cold.h): rare opcodes, the slow paths
// of frequent ones and their error messages, each its own function outside run_frame.
#include "lang/vm_cold.h"

#include "lang/classes.h"
#include "lang/finalize.h"
#include "lang/frame_objects.h"
#include "lang/func_desc.h"
#include "lang/inst_values.h"
#include "lang/match_ops.h"
#include "lang/opcodes.h"
#include "lang/ops.h"
#include "lang/suggestions.h"
#include "lang/vm_hooks.h"
#include "lang/vm_internal.h"

namespace loopscope {

void set_import_error_name(Interp& I, Value exc, std::string_view module); // exceptions_os.cpp
Value check_eg_match(Interp& I, Value exc, Value type, Value* rest);
Value prep_reraise_star(Interp& I, Value orig, Value raised);

// UNPACK_SEQUENCE / UNPACK_EX: items of `seq` into `out` (CPython's unpack_iterable messages).
// The items collected so far and the iterator are rooted while __next__ runs.
static bool unpack(Interp& I, Value seq, int before, int after, bool star,
                   std::vector<Value>& out) {
    RootedValues rooted(I);
    std::vector<Value>& items = rooted.items;
    if (iterates_as_items(I, seq)) {
        std::span<const Value> from = is_kind(seq, Kind::Tuple)
                                          ? std::span<const Value>(as<TupleObj>(seq)->items)
                                          : std::span<const Value>(as<ListObj>(seq)->items);
        items.assign(from.begin(), from.end());
    } else {
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

static NativeFn self_await_fns[4];
// Native types last found answering their own __await__, at their version tags (unique, drawn
// from one counter: a type changed or made anew at the same address misses): an await of a
// future or of asyncio's own awaitables skips the method lookup (~60 instructions).
static struct {
    TypeObj* type = nullptr;
    uint64_t version = 0;
} self_await_seen[4];
static unsigned self_await_next = 0;

void register_self_await(NativeFn fn) {
    for (NativeFn& s : self_await_fns) {
        if (s == fn) return;
        if (!s) {
            s = fn;
            return;
        }
    }
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
    } else if (is_kind(v, Kind::Native)) {
        // an __await__ known to answer its object: no call
        TypeObj* t = v.o->type;
        uint64_t version = type_version(t);
        for (const auto& e : self_await_seen)
            if (e.type == t && e.version == version) return v;
        Value m = type_lookup_cached(t, I.n.__await__);
        if (is_kind(m, Kind::NativeFunction) && as<NativeFunctionObj>(m)->self.is_undef())
            for (NativeFn s : self_await_fns)
                if (s && s == as<NativeFunctionObj>(m)->fn) {
                    if (version) self_await_seen[self_await_next++ % 4] = {t, version};
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

// The pieces written straight into the new str, whose length in code points is their sum.
static Value build_string(Interp& I, Value* items, uint32_t n) {
    size_t total = 0;
    int64_t cps = 0;
    bool ascii = true;
    for (uint32_t i = 0; i < n; ++i) {
        const StrObj* x = as<StrObj>(items[i]);
        total += x->s.size();
        cps += x->cp_len;
        ascii = ascii && x->ascii;
    }
    if (total == 0) return Value::object(I.empty_str);
    StrObj* r = StrObj::make_blank(I, I.t.str, total, cps, ascii);
    char* out = r->blank_text();
    for (uint32_t i = 0; i < n; ++i) {
        const StrText& x = as<StrObj>(items[i])->s;
        if (!x.empty()) std::memcpy(out, x.data(), x.size());
        out += x.size();
    }
    return Value::object(r);
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

static void raise_name_error(Interp& I, Frame* f, StrObj* name) {
    raise(I, I.t.NameError, "name '" + name->s + "' is not defined");
    if (is_kind(I.exc, Kind::Exception))
        as<ExceptionObj>(I.exc)->suggestion = name_error_suggestion(I, f, name->s);
}

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

bool collect_at_safe_point(Interp& I) {
    if (I.heap.worth_collecting()) {
        I.collect();
        run_finalizers(I);
    }
    return !memory::over_budget() || raise_memory_error(I);
}

namespace {

// The handlers' view of the running frame, as run_frame's macros of the same names.
#define COLD_PARAMS Interp &I, Frame *f, Value *sp, uint32_t ins, TupleObj *kw
#define COLD_ENV                                                                                   \
    const uint32_t arg = ins >> 8;                                                                 \
    CodeObj* code = f->code;                                                                       \
    const uint32_t* ip = f->ip;                                                                    \
    (void)arg, (void)code, (void)ip, (void)sp, (void)kw
#define SAVE_FRAME()                                                                               \
    do {                                                                                           \
        f->ip = ip;                                                                                \
        f->sp = sp;                                                                                \
    } while (0)
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PUSH(v) (*sp++ = (v))
#define FAIL()                                                                                     \
    do {                                                                                           \
        SAVE_FRAME();                                                                              \
        return reinterpret_cast<Frame*>(kColdError);                                               \
    } while (0)
#define CHECK(v)                                                                                   \
    do {                                                                                           \
        if ((v).is_error()) FAIL();                                                                \
    } while (0)
#define DONE()                                                                                     \
    do {                                                                                           \
        SAVE_FRAME();                                                                              \
        return nullptr;                                                                            \
    } while (0)
#define DROPS(v) (I.fin_count != 0 && !is_library_code(code) && fin_dropped_deep(I, v, false))
#define FIN_PROBE()                                                                                \
    do {                                                                                           \
        SAVE_FRAME();                                                                              \
        fin_probe(I);                                                                              \
    } while (0)
// Runs `nf` inline next (run_frame links it): RecursionError past the limit, else `pop_args`
// leaves the stack as it is after the call.
#define ENTER(nf, pop_args)                                                                        \
    do {                                                                                           \
        if (I.depth + 1 > I.recursion_limit) {                                                     \
            I.depth -= frame_levels(nf);                                                           \
            Frame::destroy(nf);                                                                    \
            raise(I, I.t.RecursionError, "maximum recursion depth exceeded");                      \
            FAIL();                                                                                \
        }                                                                                          \
        pop_args;                                                                                  \
        SAVE_FRAME();                                                                              \
        return (nf);                                                                               \
    } while (0)

std::string unbound_local(CodeObj* code, StrObj* name) {
    (void)code;
    return "cannot access local variable '" + name->s + "' where it is not associated with a value";
}

} // namespace

// A coroutine handed to a native is kept by it far more often than dropped
// (loop.create_task): not probed here.
bool native_args_dropped(Interp& I, const Value* argp, int32_t nargs) {
    bool drops = false;
    for (const Value* v = argp; v < argp + nargs; ++v)
        if (!(is_kind(*v, Kind::Generator) && as<GenObj>(*v)->gkind == GenKind::Coroutine))
            drops |= fin_dropped(I, *v);
    return drops || !I.fin_drops.empty();
}

Frame* cold_invalid(COLD_PARAMS) {
    COLD_ENV;
    DONE();
}

Frame* cold_load_fast(COLD_PARAMS) { // unbound
    COLD_ENV;
    raise(I, I.t.UnboundLocalError, unbound_local(code, code->varnames[arg]));
    FAIL();
    DONE();
}

Frame* cold_delete_fast(COLD_PARAMS) {
    COLD_ENV;
    Value old = f->slots[arg];
    if (old.is_undef()) {
        raise(I, I.t.UnboundLocalError, unbound_local(code, code->varnames[arg]));
        FAIL();
    }
    f->slots[arg] = Value::undef();
    if (DROPS(old)) FIN_PROBE();
    DONE();
}

Frame* cold_load_deref(COLD_PARAMS) { // unbound
    COLD_ENV;
    size_t ncells = code->cellnames.size();
    if (arg < ncells)
        raise(I, I.t.UnboundLocalError, unbound_local(code, code->cellnames[arg]));
    else
        raise(I, I.t.NameError,
              "cannot access free variable '" + code->freenames[arg - ncells]->s +
                  "' where it is not associated with a value in enclosing scope");
    FAIL();
    DONE();
}

Frame* cold_delete_deref(COLD_PARAMS) {
    COLD_ENV;
    Value& cell = as<CellObj>(f->slots[code->nlocals() + int(arg)])->value;
    Value old = cell;
    cell = Value::undef();
    if (DROPS(old)) [[unlikely]]
        FIN_PROBE();
    DONE();
}

Frame* cold_load_classderef(COLD_PARAMS) {
    COLD_ENV;
    size_t ncells = code->cellnames.size();
    StrObj* name = arg < ncells ? code->cellnames[arg] : code->freenames[arg - ncells];
    Value v = f->locals_dict ? dict_get_str(f->locals_dict, name) : Value::undef();
    if (v.is_undef()) v = as<CellObj>(f->slots[code->nlocals() + int(arg)])->value;
    if (v.is_undef()) {
        raise(I, I.t.NameError,
              "cannot access free variable '" + name->s +
                  "' where it is not associated with a value in enclosing scope");
        FAIL();
    }
    PUSH(v);
    DONE();
}

Frame* cold_load_global(COLD_PARAMS) { // the cache missed
    COLD_ENV;
    DictObj* g = f->globals;
    DictObj* bi = I.builtins;
    if (code->global_cache.size() != code->names.size())
        code->global_cache.resize(code->names.size());
    StrObj* name = code->names[arg];
    int64_t pos = dict_find_str(g, name);
    if (pos >= 0) {
        // (an entry whose key is an equal str, not the name itself, is never a hit)
        Value v = g->entries[size_t(pos)].value();
        code->global_cache[arg] = CodeObj::GlobalCache{g->version, bi->version, v, pos};
        PUSH(v);
        DONE();
    }
    Value v = dict_get_str(bi, name);
    if (v.is_undef()) {
        raise_name_error(I, f, name);
        FAIL();
    }
    code->global_cache[arg] = CodeObj::GlobalCache{g->version, bi->version, v, -1};
    PUSH(v);
    DONE();
}

Frame* cold_store_global(COLD_PARAMS) {
    COLD_ENV;
    StrObj* name = code->names[arg];
    Value old = I.fin_count != 0 ? dict_get_str(f->globals, name) : Value::undef();
    dict_set_str(I, f->globals, name, POP());
    if (DROPS(old)) [[unlikely]]
        FIN_PROBE();
    DONE();
}

Frame* cold_delete_global(COLD_PARAMS) {
    COLD_ENV;
    StrObj* name = code->names[arg];
    Value old = I.fin_count != 0 ? dict_get_str(f->globals, name) : Value::undef();
    if (!dict_del_str(f->globals, name)) {
        raise(I, I.t.NameError, "name '" + name->s + "' is not defined");
        FAIL();
    }
    if (DROPS(old)) [[unlikely]]
        FIN_PROBE();
    DONE();
}

Frame* cold_load_name(COLD_PARAMS) {
    COLD_ENV;
    StrObj* name = code->names[arg];
    Value v = f->locals_dict ? dict_get_str(f->locals_dict, name) : Value::undef();
    if (v.is_undef()) v = dict_get_str(f->globals, name);
    if (v.is_undef()) v = dict_get_str(I.builtins, name);
    if (v.is_undef()) {
        raise_name_error(I, f, name);
        FAIL();
    }
    PUSH(v);
    DONE();
}

Frame* cold_store_name(COLD_PARAMS) {
    COLD_ENV;
    StrObj* name = code->names[arg];
    DictObj* ns = f->locals_dict ? f->locals_dict : f->globals;
    Value old = I.fin_count != 0 ? dict_get_str(ns, name) : Value::undef();
    dict_set_str(I, ns, name, POP());
    if (DROPS(old)) [[unlikely]]
        FIN_PROBE();
    DONE();
}

Frame* cold_delete_name(COLD_PARAMS) {
    COLD_ENV;
    StrObj* name = code->names[arg];
    DictObj* ns = f->locals_dict ? f->locals_dict : f->globals;
    Value old = I.fin_count != 0 ? dict_get_str(ns, name) : Value::undef();
    if (!dict_del_str(ns, name)) {
        raise(I, I.t.NameError, "name '" + name->s + "' is not defined");
        FAIL();
    }
    if (DROPS(old)) [[unlikely]]
        FIN_PROBE();
    DONE();
}

// The getter of a property the cache names for obj, or found the generic way (then cached).
static FunctionObj* property_getter(Interp& I, const CodeObj::AttrEntry* e, Value obj, StrObj* name,
                                    CodeObj::AttrCache& c) {
    if (e) return e->kind == AttrKind::Property ? as<FunctionObj>(e->value) : nullptr;
    FunctionObj* getter = inline_property_getter(I, obj, name);
    if (getter) attr_cache_fill_load(I, obj, name, c);
    return getter;
}

Frame* cold_load_attr(COLD_PARAMS) { // the cache missed, or holds a method or a property
    COLD_ENV;
    StrObj* name = code->names[arg];
    CodeObj::AttrCache& c = code->load_attr_cache[arg]; // (sized by run_frame)
    Value obj = TOP();
    const CodeObj::AttrEntry* e = attr_cache_find(obj, c);
    if (e && e->kind == AttrKind::Method) {
        TOP() = Value::object(I.alloc<BoundMethodObj>(I.t.method, e->value, obj));
        DONE();
    }
    if (FunctionObj* getter = property_getter(I, e, obj, name, c)) {
        // the getter runs as a call of getter(obj): its result replaces obj
        Frame* nf = make_call_frame(I, getter, CallArgs{sp - 1, 1, nullptr}, Value::undef());
        if (!nf) FAIL();
        ENTER(nf, --sp);
    }
    Value v;
    if (FunctionObj* ga = inline_getattr_fallback(I, obj, name, &v)) {
        // __getattr__ runs as a call of ga(obj, name): its result replaces obj
        Value nm = Value::object(name);
        Frame* nf = make_call_frame(I, ga, CallArgs{&nm, 1, nullptr}, obj);
        if (!nf) FAIL();
        ENTER(nf, --sp);
    }
    CHECK(v);
    attr_cache_fill_load(I, obj, name, c);
    TOP() = v;
    DONE();
}

Frame* cold_store_attr(COLD_PARAMS) { // the cache missed, or the name is elsewhere in the dict
    COLD_ENV;
    StrObj* name = code->names[arg];
    Value obj = sp[-1], v = sp[-2];
    Value old = Value::undef();
    if (I.fin_count != 0) [[unlikely]]
        old = fin_peek_attr(obj, name);
    CodeObj::AttrCache& c = code->store_attr_cache[arg]; // (sized by run_frame)
    const CodeObj::AttrEntry* e = attr_cache_find(obj, c);
    SplitObj* in = e && e->kind == AttrKind::InstanceSlot ? static_cast<SplitObj*>(obj.o) : nullptr;
    if (in && in->split && e->index == in->nvals) {
        // the entry says the store is the next key of a split instance (in __init__); the
        // name is already among those noted for the type
        inst_append(I, in, name, v);
    } else if (e && e->kind == AttrKind::InstanceValue && static_cast<InstanceObj*>(obj.o)->dict) {
        // the entry says the store lands in the instance dict (an instance in __init__: a new
        // key); the name is already among those noted for the type
        DictObj* d = static_cast<InstanceObj*>(obj.o)->dict;
        Rooted keep(I, old);
        dict_set_str(I, d, name, v);
        TypeObj* t = obj.o->type;
        if (size_t(d->used) > t->attrs_seen && d->used <= 16) t->attrs_seen = uint8_t(d->used);
    } else {
        Rooted keep(I, old);
        if (!setattr(I, obj, name, v)) FAIL();
        attr_cache_fill_store(I, obj, name, c);
    }
    sp -= 2;
    // the old value, or what a setter dropped (e.__traceback__ = None: the frames)
    if (DROPS(old) || !I.fin_drops.empty()) [[unlikely]]
        FIN_PROBE();
    DONE();
}

Frame* cold_delete_attr(COLD_PARAMS) {
    COLD_ENV;
    Value old = Value::undef();
    if (I.fin_count != 0) [[unlikely]]
        old = fin_peek_attr(TOP(), code->names[arg]);
    {
        Rooted keep(I, old);
        if (!delattr(I, TOP(), code->names[arg])) FAIL();
    }
    --sp;
    if (DROPS(old)) [[unlikely]]
        FIN_PROBE();
    DONE();
}

Frame* cold_load_method(COLD_PARAMS) { // the cache missed (or holds a property)
    COLD_ENV;
    Value obj = TOP();
    StrObj* name = code->names[arg];
    CodeObj::AttrCache& c = code->load_attr_cache[arg]; // (sized by run_frame)
    const CodeObj::AttrEntry* e = attr_cache_find(obj, c);
    if (!e && obj.is_obj() && (obj.o->kind == Kind::Instance || obj.o->kind == Kind::Exception)) {
        // a function on the class of an instance the cache does not take (its dict was handed
        // out, an exception): called with obj as self when the instance does not shadow it
        TypeObj* t = obj.o->type;
        Value m = has_user_getattribute(I, t) ? Value::undef() : type_lookup_cached(t, name);
        if (is_kind(m, Kind::Function) &&
            inst_get(static_cast<InstanceObj*>(obj.o), name).is_undef()) {
            attr_cache_fill_load(I, obj, name, c);
            PUSH(obj);
            sp[-2] = m;
            DONE();
        }
    }
    if (FunctionObj* getter = property_getter(I, e, obj, name, c)) {
        // as LOAD_ATTR: the getter's result lands above the undef
        Frame* nf = make_call_frame(I, getter, CallArgs{sp - 1, 1, nullptr}, Value::undef());
        if (!nf) FAIL();
        ENTER(nf, TOP() = Value::undef());
    }
    Value v;
    if (FunctionObj* ga = inline_getattr_fallback(I, obj, name, &v)) {
        // as LOAD_ATTR: __getattr__'s result lands above the undef
        Value nm = Value::object(name);
        Frame* nf = make_call_frame(I, ga, CallArgs{&nm, 1, nullptr}, obj);
        if (!nf) FAIL();
        ENTER(nf, TOP() = Value::undef());
    }
    CHECK(v);
    attr_cache_fill_load(I, obj, name, c);
    TOP() = Value::undef();
    PUSH(v);
    DONE();
}

Frame* cold_binary_op(COLD_PARAMS) { // not two ints or floats
    COLD_ENV;
    Value b = sp[-1], a = sp[-2];
    Value r;
    if (BinOp(arg) == BinOp::Add && a.is_obj() && b.is_obj() && a.o->type == I.t.tuple &&
        b.o->type == I.t.tuple)
        r = tuple_concat(I, as<TupleObj>(a), as<TupleObj>(b)); // (as binary_op, sooner)
    else
        r = arg & 16 ? inplace_op(I, BinOp(arg & 15), a, b) : binary_op(I, BinOp(arg), a, b);
    CHECK(r);
    sp[-2] = r;
    --sp;
    // `xs *= 0` noted the items it dropped (finalize.h)
    if (!I.fin_drops.empty() && !is_library_code(code)) [[unlikely]]
        FIN_PROBE();
    DONE();
}

Frame* cold_unary_op(COLD_PARAMS) {
    COLD_ENV;
    if (UnaryOp(arg) == UnaryOp::Not && is_kind(TOP(), Kind::Instance)) [[unlikely]] {
        int t;
        if (Frame* nf = inline_truth(I, TOP(), &t)) ENTER(nf, --sp);
        if (t < 0) FAIL();
        TOP() = Value::boolean(t == 0);
        DONE();
    }
    Value r = unary_op(I, UnaryOp(arg), TOP());
    CHECK(r);
    TOP() = r;
    DONE();
}

Frame* cold_compare_op(COLD_PARAMS) { // not two ints
    COLD_ENV;
    Value r = compare(I, sp[-2], sp[-1], CmpOp(arg));
    CHECK(r);
    sp[-2] = r;
    --sp;
    DONE();
}

Frame* cold_contains_op(COLD_PARAMS) {
    COLD_ENV;
    if (is_kind(sp[-1], Kind::Instance)) [[unlikely]] {
        bool failed = false;
        Frame* nf = inline_slot(I, sp[-1], I.n.__contains__, sp - 2, 1, HOOK_CONTAINS, &failed);
        if (failed) FAIL();
        if (nf) ENTER(nf, sp -= 2);
    }
    int r = contains(I, sp[-1], sp[-2]);
    if (r < 0) FAIL();
    sp[-2] = Value::boolean(arg ? !r : r);
    --sp;
    DONE();
}

Frame* cold_binary_subscr(COLD_PARAMS) { // not a list or tuple item
    COLD_ENV;
    Value r = getitem(I, sp[-2], sp[-1]);
    CHECK(r);
    sp[-2] = r;
    --sp;
    DONE();
}

Frame* cold_store_subscr(COLD_PARAMS) {
    COLD_ENV;
    Value old = Value::undef();
    if (I.fin_count != 0) [[unlikely]]
        old = fin_peek_item(sp[-2], sp[-1]);
    {
        Rooted keep(I, old);
        if (!setitem(I, sp[-2], sp[-1], sp[-3])) FAIL();
    }
    sp -= 3;
    if (DROPS(old)) [[unlikely]]
        FIN_PROBE();
    DONE();
}

Frame* cold_delete_subscr(COLD_PARAMS) {
    COLD_ENV;
    Value old = Value::undef();
    if (I.fin_count != 0) [[unlikely]]
        old = fin_peek_item(sp[-2], sp[-1]);
    {
        Rooted keep(I, old);
        if (!delitem(I, sp[-2], sp[-1])) FAIL();
    }
    sp -= 2;
    // (a slice's items were noted by the delete: list_delitem)
    if (DROPS(old) || (!I.fin_drops.empty() && !is_library_code(code))) [[unlikely]]
        FIN_PROBE();
    DONE();
}

Frame* cold_binary_slice(COLD_PARAMS) {
    COLD_ENV;
    Value* base = sp - arg - 1; // obj, start, stop(, step)
    Value r = get_slice(I, base[0], base[1], base[2], arg == 3 ? base[3] : Value::none());
    CHECK(r);
    base[0] = r;
    sp = base + 1;
    DONE();
}

Frame* cold_store_slice(COLD_PARAMS) {
    COLD_ENV;
    Value* base = sp - arg - 2; // value, obj, start, stop(, step)
    if (!set_slice(I, base[1], base[2], base[3], arg == 3 ? base[4] : Value::none(), base[0]))
        FAIL();
    sp = base;
    // the items it replaced were noted (list_store_slice): finalized now, as CPython frees them
    if (!I.fin_drops.empty() && !is_library_code(code)) [[unlikely]]
        FIN_PROBE();
    DONE();
}

Frame* cold_build_slice(COLD_PARAMS) {
    COLD_ENV;
    Value step = arg == 3 ? POP() : Value::none();
    Value stop = POP();
    Value start = TOP();
    TOP() = Value::object(I.alloc<SliceObj>(I.t.slice, start, stop, step));
    DONE();
}

Frame* cold_build_set(COLD_PARAMS) {
    COLD_ENV;
    // Items' __hash__ / __eq__ may run Python code: the new set is rooted meanwhile.
    SetObj* s = new_set(I);
    Rooted sv(I, Value::object(s));
    for (uint32_t i = 0; i < arg; ++i)
        if (!dict_set(I, s->table, sp[-int(arg) + int(i)], Value::none())) FAIL();
    sp -= arg;
    PUSH(sv.v);
    DONE();
}

Frame* cold_build_map(COLD_PARAMS) {
    COLD_ENV;
    DictObj* d = new_dict(I);
    Rooted dv(I, Value::object(d));
    for (uint32_t i = 0; i < arg; ++i) {
        Value k = sp[-2 * int(arg) + 2 * int(i)];
        Value v = sp[-2 * int(arg) + 2 * int(i) + 1];
        if (!dict_set(I, d, k, v)) FAIL();
    }
    sp -= 2 * arg;
    PUSH(dv.v);
    DONE();
}

Frame* cold_build_string(COLD_PARAMS) {
    COLD_ENV;
    // One str (a format spec): itself, as CPython's constant spec.
    if (arg == 1 && as<StrObj>(TOP())->type == I.t.str) DONE();
    Value s = build_string(I, sp - arg, arg);
    StrObj::free_formatted(I, sp - arg, arg);
    sp -= arg;
    PUSH(s);
    DONE();
}

Frame* cold_set_add(COLD_PARAMS) {
    COLD_ENV;
    // The operands stay on the stack while __hash__ / __eq__ may run.
    if (!dict_set(I, as<SetObj>(sp[-int(arg) - 1])->table, sp[-1], Value::none())) FAIL();
    --sp;
    DONE();
}

Frame* cold_map_add(COLD_PARAMS) {
    COLD_ENV;
    if (!dict_set(I, as<DictObj>(sp[-int(arg) - 2]), sp[-2], sp[-1])) FAIL();
    sp -= 2;
    DONE();
}

Frame* cold_list_extend(COLD_PARAMS) {
    COLD_ENV;
    // Into the list being built (on the stack, so rooted while items are made).
    Value it = TOP();
    int depth = int(arg & ~kLoneStarArg);
    if (!collect(I, it, as<ListObj>(sp[-depth - 1])->items)) {
        if (exc_matches(I, I.exc, I.t.TypeError) &&
            type_lookup(type_of(I, it), I.n.__iter__).is_undef()) {
            I.exc = Value::none();
            // f(*x): the callable is below the list being built
            std::string what = arg & kLoneStarArg ? function_str(I, sp[-depth - 2]) + " argument"
                                                  : std::string("Value");
            raise_type_error(I, what + " after * must be an iterable, not " + type_name(I, it));
        }
        FAIL();
    }
    --sp;
    DONE();
}

Frame* cold_set_update(COLD_PARAMS) {
    COLD_ENV;
    Value it = TOP();
    RootedValues items(I);
    if (!collect(I, it, items.items)) FAIL();
    for (Value v : items.items)
        if (!dict_set(I, as<SetObj>(sp[-int(arg) - 1])->table, v, Value::none())) FAIL();
    --sp;
    DONE();
}

Frame* cold_dict_update(COLD_PARAMS) { // DICT_UPDATE and DICT_MERGE
    COLD_ENV;
    Value src = TOP();
    DictObj* dst = as<DictObj>(sp[-1 - int(arg)]);
    bool merge = decode_op(ins) == Op::DICT_MERGE;
    Value func = merge ? sp[-3 - int(arg)] : Value::none(); // [f, args, dict, src]
    if (!is_kind(src, Kind::Dict)) {
        ++I.native_depth;
        bool ok = merge_mapping(I, dst, src, merge ? &func : nullptr);
        --I.native_depth;
        if (!ok) FAIL();
        --sp;
        DONE();
    }
    // As CPython's dict_merge: a key's __hash__ / __eq__ may change the source.
    auto* sd = as<DictObj>(src);
    size_t n = sd->entries.size();
    for (size_t i = 0; i < n; ++i) {
        if (sd->entries[i].key().is_undef()) continue;
        Rooted k(I, sd->entries[i].key()), v(I, sd->entries[i].value());
        if (merge) {
            Value old = dict_get(I, dst, k.v);
            CHECK(old);
            if (!old.is_undef()) {
                raise_duplicate_keyword(I, func, k.v);
                FAIL();
            }
        }
        if (!dict_set(I, dst, k.v, v.v)) FAIL();
        if (sd->entries.size() != n) {
            raise(I, I.t.RuntimeError, "dict mutated during update");
            FAIL();
        }
    }
    --sp;
    DONE();
}

Frame* cold_list_to_tuple(COLD_PARAMS) {
    COLD_ENV;
    TOP() = new_tuple(I, as<ListObj>(TOP())->items);
    DONE();
}

Frame* cold_format_value(COLD_PARAMS) {
    COLD_ENV;
    // The spec stays on the stack while __format__ / __str__ may run.
    Value spec = arg & 4 ? sp[-1] : Value::undef();
    Value v = arg & 4 ? sp[-2] : sp[-1];
    const size_t objects_before = I.heap.objects.size(), collections = I.heap.collections;
    Value r = format_value(I, v, arg, spec);
    CHECK(r);
    StrObj::note_formatted(I, v, r, objects_before, collections);
    if (arg & 4) --sp;
    TOP() = r;
    DONE();
}

Frame* cold_unpack(COLD_PARAMS) { // UNPACK_SEQUENCE (not a tuple of that size) and UNPACK_EX
    COLD_ENV;
    Value seq = TOP();
    std::vector<Value> out;
    bool star = decode_op(ins) == Op::UNPACK_EX;
    int before = star ? int(arg & 0xff) : int(arg);
    int after = star ? int(arg >> 8) : 0;
    if (!unpack(I, seq, before, after, star, out)) FAIL();
    --sp;
    for (size_t i = out.size(); i-- > 0;) PUSH(out[i]);
    DONE();
}

Frame* cold_pop_jump_if(COLD_PARAMS) { // not a bool
    COLD_ENV;
    Value v = POP();
    int t;
    if (is_kind(v, Kind::Instance)) [[unlikely]] {
        if (Frame* nf = inline_truth(I, v, &t)) ENTER(nf, (void)0);
    } else {
        t = truthy(I, v);
    }
    if (t < 0) FAIL();
    if ((decode_op(ins) == Op::POP_JUMP_IF_TRUE) == bool(t)) ip = code->code.data() + arg;
    DONE();
}

Frame* cold_jump_if_or_pop(COLD_PARAMS) { // not a bool
    COLD_ENV;
    Value v = TOP();
    int t;
    if (is_kind(v, Kind::Instance)) [[unlikely]] {
        if (Frame* nf = inline_truth(I, v, &t)) ENTER(nf, (void)0);
    } else {
        t = truthy(I, v);
    }
    if (t < 0) FAIL();
    if ((decode_op(ins) == Op::JUMP_IF_TRUE_OR_POP) == bool(t))
        ip = code->code.data() + arg;
    else
        --sp;
    DONE();
}

Frame* cold_get_iter(COLD_PARAMS) { // not a generator
    COLD_ENV;
    Value v = TOP();
    if (is_kind(v, Kind::Instance)) [[unlikely]] {
        bool failed = false;
        Frame* nf = inline_slot(I, v, I.n.__iter__, nullptr, 0, HOOK_ITER, &failed);
        if (failed) FAIL();
        if (nf) ENTER(nf, --sp);
    }
    Value it = get_iter(I, v);
    CHECK(it);
    TOP() = it;
    DONE();
}

Frame* cold_send(COLD_PARAMS) { // not a generator the VM resumes in its loop
    COLD_ENV;
    Value v = POP();
    Value recv = TOP();
    if (is_kind(recv, Kind::Generator)) {
        auto* g = as<GenObj>(recv);
        if (g->frame && !g->running && g->gkind != GenKind::AsyncGenerator) {
            // (a just-started one sent a value; the others the loop resumes)
            raise_type_error(I, std::string("can't send non-None value to a just-started ") +
                                    (g->gkind == GenKind::Coroutine ? "coroutine" : "generator"));
            FAIL();
        }
        if (!g->frame) {
            if (g->gkind == GenKind::Coroutine) {
                raise(I, I.t.RuntimeError, "cannot reuse already awaited coroutine");
                FAIL();
            }
            sp[-1] = Value::none();
            ip = code->code.data() + arg;
            DONE();
        }
        if (g->running) {
            raise(I, I.t.ValueError,
                  g->gkind == GenKind::Coroutine ? "coroutine already executing"
                                                 : "generator already executing");
            FAIL();
        }
    }
    Value out;
    ++I.native_depth;
    SendStatus st = send_other(I, recv, v, &out);
    --I.native_depth;
    if (st == SendStatus::Error) FAIL();
    if (st == SendStatus::Return) {
        sp[-1] = out;
        ip = code->code.data() + arg;
    } else {
        PUSH(out);
    }
    DONE();
}

Frame* cold_get_awaitable(COLD_PARAMS) {
    COLD_ENV;
    Value aw = get_awaitable(I, TOP(), arg);
    CHECK(aw);
    TOP() = aw;
    DONE();
}

Frame* cold_get_yield_from_iter(COLD_PARAMS) {
    COLD_ENV;
    Value v = TOP();
    if (is_kind(v, Kind::Generator)) {
        if (as<GenObj>(v)->gkind == GenKind::Coroutine) {
            raise_type_error(I,
                             "cannot 'yield from' a coroutine object in a non-coroutine generator");
            FAIL();
        }
        DONE();
    }
    Value it = get_iter(I, v);
    CHECK(it);
    TOP() = it;
    DONE();
}

Frame* cold_get_aiter(COLD_PARAMS) {
    COLD_ENV;
    Value v = TOP();
    Value it = call_special(I, v, I.n.__aiter__, {});
    CHECK(it);
    if (it.is_undef()) {
        raise_type_error(I, "'async for' requires an object with __aiter__ method, got " +
                                type_name(I, v));
        FAIL();
    }
    TOP() = it;
    DONE();
}

Frame* cold_get_anext(COLD_PARAMS) {
    COLD_ENV;
    Value aiter = TOP();
    Value aw = call_special(I, aiter, I.n.__anext__, {});
    CHECK(aw);
    if (aw.is_undef()) {
        raise_type_error(I, "'async for' requires an iterator with __anext__ method, got " +
                                type_name(I, aiter));
        FAIL();
    }
    Value a2 = get_awaitable(I, aw, 0);
    if (a2.is_error()) {
        I.exc = Value::none();
        raise_type_error(I, "'async for' received an invalid object from __anext__: " +
                                type_name(I, aw));
        FAIL();
    }
    PUSH(a2);
    DONE();
}

Frame* cold_before_with(COLD_PARAMS) { // BEFORE_WITH and BEFORE_ASYNC_WITH
    COLD_ENV;
    bool async = decode_op(ins) == Op::BEFORE_ASYNC_WITH;
    Value mgr = TOP();
    TypeObj* t = type_of(I, mgr);
    Value enter = type_lookup(t, async ? I.n.__aenter__ : I.n.__enter__);
    Value exit = type_lookup(t, async ? I.n.__aexit__ : I.n.__exit__);
    if (enter.is_undef() || exit.is_undef()) {
        raise_type_error(I, "'" + t->name->s + "' object does not support the " +
                                (async ? "asynchronous " : "") + "context manager protocol");
        FAIL();
    }
    Rooted bound_exit(I, getattr(I, mgr, async ? I.n.__aexit__ : I.n.__exit__));
    CHECK(bound_exit.v);
    Value res = call_special(I, mgr, async ? I.n.__aenter__ : I.n.__enter__, {});
    CHECK(res);
    TOP() = bound_exit.v;
    PUSH(res);
    DONE();
}

Frame* cold_with_except_start(COLD_PARAMS) {
    COLD_ENV;
    Value exc = sp[-1];
    Value exit = sp[-3];
    Value args[3] = {Value::object(type_of(I, exc)), exc, Value::none()};
    Value r = call(I, exit, std::span<const Value>(args, 3));
    CHECK(r);
    PUSH(r);
    DONE();
}

Frame* cold_check_exc_match(COLD_PARAMS) {
    COLD_ENV;
    Value type = POP();
    int r = exc_match_checked(I, TOP(), type);
    if (r < 0) FAIL();
    PUSH(Value::boolean(r));
    DONE();
}

Frame* cold_check_eg_match(COLD_PARAMS) {
    COLD_ENV;
    Value type = POP();
    Value exc = TOP();
    Value rest;
    Value match = check_eg_match(I, exc, type, &rest);
    CHECK(match);
    TOP() = rest;
    PUSH(match);
    DONE();
}

Frame* cold_prep_reraise_star(COLD_PARAMS) {
    COLD_ENV;
    Value raised = POP();
    Value r = prep_reraise_star(I, TOP(), raised);
    CHECK(r);
    TOP() = r;
    DONE();
}

Frame* cold_raise_varargs(COLD_PARAMS) {
    COLD_ENV;
    if (arg == 0) {
        Value exc = current_handled_exception(I);
        if (exc.is_none()) {
            raise(I, I.t.RuntimeError, "No active exception to reraise");
            FAIL();
        }
        I.exc = exc;
        SAVE_FRAME();
        return reinterpret_cast<Frame*>(kColdUnwind);
    }
    // exc (and cause) stay on the stack while their classes are instantiated.
    Value* exc = sp - arg;
    Value* cause = arg == 2 ? sp - 1 : nullptr;
    if (is_kind(*exc, Kind::Type) && is_subtype(as<TypeObj>(*exc), I.t.BaseException)) {
        *exc = call(I, *exc, std::span<const Value>());
        CHECK(*exc);
    }
    if (cause && is_kind(*exc, Kind::Exception)) {
        if (is_kind(*cause, Kind::Type) && is_subtype(as<TypeObj>(*cause), I.t.BaseException)) {
            *cause = call(I, *cause, std::span<const Value>());
            CHECK(*cause);
        } else if (!cause->is_none() && !is_kind(*cause, Kind::Exception)) {
            raise_type_error(I, "exception causes must derive from BaseException");
            FAIL();
        }
        as<ExceptionObj>(*exc)->cause = *cause;
        as<ExceptionObj>(*exc)->suppress_context = true;
    }
    raise_value(I, *exc);
    sp -= arg;
    FAIL();
    DONE();
}

Frame* cold_load_build_class(COLD_PARAMS) {
    COLD_ENV;
    PUSH(dict_get_str(I.builtins, I.intern("__build_class__")));
    DONE();
}

Frame* cold_make_function(COLD_PARAMS) {
    COLD_ENV;
    auto* c = as<CodeObj>(POP());
    auto* fn = I.alloc<FunctionObj>(I.t.function, c, f->globals);
    if (arg & MF_CLOSURE) {
        for (Value cell : as<TupleObj>(POP())->items) fn->closure.push_back(as<CellObj>(cell));
    }
    if (arg & MF_ANNOTATIONS) {
        std::span<const Value> pairs = as<TupleObj>(POP())->items;
        DictObj* ann = new_dict(I);
        for (size_t i = 0; i + 1 < pairs.size(); i += 2)
            dict_set_str(I, ann, as<StrObj>(pairs[i]), pairs[i + 1]);
        fn->dict = new_dict(I);
        dict_set_str(I, fn->dict, I.n.__annotations__, Value::object(ann));
    }
    if (arg & MF_KWDEFAULTS) fn->kwdefaults = as<DictObj>(POP());
    if (arg & MF_DEFAULTS) {
        std::span<const Value> d = as<TupleObj>(POP())->items;
        fn->defaults.assign(d.begin(), d.end());
    }
    fn->doc = c->doc ? Value::object(c->doc) : Value::none();
    PUSH(Value::object(fn));
    DONE();
}

Frame* cold_call(COLD_PARAMS) { // not a Python function
    COLD_ENV;
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
    int32_t npos = nargs - (kw ? int32_t(kw->items.size()) : 0);
    CallArgs ca{argp, npos, kw};
    if (nargs > 0 && !kw && argp[0].is_obj() && argp[0].o->kind == Kind::Instance) [[unlikely]] {
        // len(x), str(x), ... of an instance: its slot may run inline (vm_hooks.h)
        bool failed = false;
        Value done = Value::undef();
        Frame* nf = inline_builtin_call(I, callable, argp, nargs, code->calls < kCodeWarmCalls,
                                        &failed, &done);
        if (failed) FAIL();
        if (nf) ENTER(nf, sp = args - 2);
        if (!done.is_undef()) {
            sp = args - 2;
            PUSH(done);
            DONE();
        }
    }
    if (is_kind(callable, Kind::Type) && !as<TypeObj>(callable)->is_builtin && I.fin_count == 0) {
        // a plain class with a Python __init__: that runs inline, the instance kept below it
        bool failed = false;
        Value inst;
        Frame* nf = inline_class_call(I, callable, ca, &failed, &inst);
        if (failed) FAIL();
        if (nf) ENTER(nf, sp = args - 2; PUSH(inst));
    }
    Value r;
    ++I.native_depth;
    if (is_kind(callable, Kind::NativeFunction)) {
        auto* nfn = as<NativeFunctionObj>(callable);
        // Called from a code object's first calls (unspecialized in CPython 3.11), a builtin's
        // call counts a level of the recursion limit.
        bool cold = code->calls < kCodeWarmCalls && !nfn->counts_level;
        if (cold && !enter_c_level(I)) {
            cold = false;
            r = Value::error();
        } else if (nfn->self.is_undef() && nfn->is_method) {
            if (npos < 1) {
                r = raise_type_error(I, "unbound method " + nfn->name->s + "() needs an argument");
            } else {
                CallArgs rest{argp + 1, npos - 1, kw};
                r = call_native(I, nfn, argp[0], rest);
            }
        } else {
            r = call_native(I, nfn, nfn->self, ca);
        }
        if (cold) leave_c_level(I);
    } else if (callable.is_obj() && callable.o == I.t.str && code->calls < kCodeWarmCalls) {
        // str has no vectorcall in CPython 3.11: called unspecialized, its tp_call counts a level
        r = Value::error();
        if (enter_c_level(I)) {
            r = call(I, callable, ca);
            leave_c_level(I);
        }
    } else if (TypeObj* t = builtin_type_made_by_new(I, callable)) {
        // list(xs), range(n), ...: its __new__ straight away (as call_type), two native frames
        // fewer for a level of recursion through it (list(map(f, xs)) calling f)
        if (t->new_rooted) {
            r = t->new_fn(I, callable, ca);
        } else {
            UnrootedNative u(I);
            r = t->new_fn(I, callable, ca);
        }
    } else {
        r = call(I, callable, ca);
    }
    --I.native_depth;
    CHECK(r);
    bool drops = false;
    if (I.fin_count != 0 && !is_library_code(code)) [[unlikely]]
        drops = native_args_dropped(I, argp, nargs);
    sp = args - 2;
    PUSH(r);
    if (drops) [[unlikely]]
        FIN_PROBE();
    if (I.suspend_request) [[unlikely]] {
        // The native left work for the driver: pause with its result pending.
        I.suspend_request = false;
        SAVE_FRAME();
        return reinterpret_cast<Frame*>(kColdPause);
    }
    DONE();
}

Frame* cold_call_function_ex(COLD_PARAMS) {
    COLD_ENV;
    // The operands stay on the stack; the argument vector and the keyword names are rooted while
    // the call runs (a __new__ may run Python before __init__ reads them).
    Value kwargs = arg & 1 ? sp[-1] : Value::undef();
    Value posargs = sp[arg & 1 ? -2 : -1];
    Value callable = sp[arg & 1 ? -3 : -2];
    RootedValues argv(I);
    argv.items.assign(as<TupleObj>(posargs)->items.begin(), as<TupleObj>(posargs)->items.end());
    int32_t npos = int32_t(argv.items.size());
    Rooted kwn(I);
    if (!kwargs.is_undef()) {
        std::vector<Value> knames;
        for (auto& e : as<DictObj>(kwargs)->entries) {
            if (e.key().is_undef()) continue;
            if (!is_str(e.key())) {
                raise_type_error(I, "keywords must be strings");
                FAIL();
            }
            knames.push_back(Value::object(I.intern(str_view(e.key()))));
            argv.items.push_back(e.value());
        }
        if (!knames.empty()) kwn.v = new_tuple(I, std::move(knames));
    }
    ++I.native_depth;
    Value r =
        call(I, callable,
             CallArgs{argv.items.data(), npos, kwn.v.is_obj() ? as<TupleObj>(kwn.v) : nullptr});
    --I.native_depth;
    sp -= arg & 1 ? 4 : 3; // the operands and the NULL
    CHECK(r);
    PUSH(r);
    if (I.suspend_request) [[unlikely]] {
        I.suspend_request = false;
        SAVE_FRAME();
        return reinterpret_cast<Frame*>(kColdPause);
    }
    DONE();
}

Frame* cold_import_name(COLD_PARAMS) {
    COLD_ENV;
    Value m = import_name(I, code->names[arg]);
    CHECK(m);
    PUSH(m);
    DONE();
}

Frame* cold_import_from(COLD_PARAMS) {
    COLD_ENV;
    StrObj* name = code->names[arg];
    if (name->s == "*") {
        Value m = TOP();
        DictObj* dst = f->locals_dict ? f->locals_dict : f->globals;
        if (is_kind(m, Kind::Module))
            for (auto& e : as<ModuleObj>(m)->dict->entries)
                if (!e.key().is_undef() && is_str(e.key()) && str_view(e.key())[0] != '_')
                    dict_set_str(I, dst, as<StrObj>(e.key()), e.value());
        PUSH(Value::none());
        DONE();
    }
    Value v = import_from(I, TOP(), name);
    CHECK(v);
    PUSH(v);
    DONE();
}

Frame* cold_get_len(COLD_PARAMS) {
    COLD_ENV;
    ++I.native_depth;
    Value n = length(I, TOP());
    --I.native_depth;
    CHECK(n);
    PUSH(n);
    DONE();
}

Frame* cold_match_sequence(COLD_PARAMS) {
    COLD_ENV;
    bool yes = match_is_sequence(I, TOP());
    PUSH(Value::boolean(yes));
    DONE();
}

Frame* cold_match_mapping(COLD_PARAMS) {
    COLD_ENV;
    bool yes = match_is_mapping(I, TOP());
    PUSH(Value::boolean(yes));
    DONE();
}

Frame* cold_match_keys(COLD_PARAMS) {
    COLD_ENV;
    ++I.native_depth;
    Value v = match_keys(I, sp[-2], sp[-1]);
    --I.native_depth;
    CHECK(v);
    PUSH(v);
    DONE();
}

Frame* cold_match_class(COLD_PARAMS) {
    COLD_ENV;
    ++I.native_depth;
    Value v = match_class(I, sp[-3], sp[-2], sp[-1], arg);
    --I.native_depth;
    CHECK(v);
    sp -= 2;
    TOP() = v;
    DONE();
}

Frame* cold_setup_annotations(COLD_PARAMS) {
    COLD_ENV;
    DictObj* ns = f->locals_dict ? f->locals_dict : f->globals;
    if (dict_get_str(ns, I.n.__annotations__).is_undef())
        dict_set_str(I, ns, I.n.__annotations__, Value::object(new_dict(I)));
    DONE();
}

namespace {

constexpr std::array<ColdOp, 256> make_cold_ops() {
    std::array<ColdOp, 256> t{};
    for (ColdOp& op : t) op = cold_invalid;
    auto set = [&t](Op op, ColdOp fn) { t[size_t(op)] = fn; };
    set(Op::LOAD_FAST, cold_load_fast);
    set(Op::DELETE_FAST, cold_delete_fast);
    set(Op::LOAD_DEREF, cold_load_deref);
    set(Op::DELETE_DEREF, cold_delete_deref);
    set(Op::LOAD_CLASSDEREF, cold_load_classderef);
    set(Op::LOAD_GLOBAL, cold_load_global);
    set(Op::STORE_GLOBAL, cold_store_global);
    set(Op::DELETE_GLOBAL, cold_delete_global);
    set(Op::LOAD_NAME, cold_load_name);
    set(Op::STORE_NAME, cold_store_name);
    set(Op::DELETE_NAME, cold_delete_name);
    set(Op::LOAD_ATTR, cold_load_attr);
    set(Op::STORE_ATTR, cold_store_attr);
    set(Op::DELETE_ATTR, cold_delete_attr);
    set(Op::LOAD_METHOD, cold_load_method);
    set(Op::BINARY_OP, cold_binary_op);
    set(Op::UNARY_OP, cold_unary_op);
    set(Op::COMPARE_OP, cold_compare_op);
    set(Op::CONTAINS_OP, cold_contains_op);
    set(Op::BINARY_SUBSCR, cold_binary_subscr);
    set(Op::STORE_SUBSCR, cold_store_subscr);
    set(Op::DELETE_SUBSCR, cold_delete_subscr);
    set(Op::BUILD_SLICE, cold_build_slice);
    set(Op::BINARY_SLICE, cold_binary_slice);
    set(Op::STORE_SLICE, cold_store_slice);
    set(Op::BUILD_SET, cold_build_set);
    set(Op::BUILD_MAP, cold_build_map);
    set(Op::BUILD_STRING, cold_build_string);
    set(Op::SET_ADD, cold_set_add);
    set(Op::MAP_ADD, cold_map_add);
    set(Op::LIST_EXTEND, cold_list_extend);
    set(Op::SET_UPDATE, cold_set_update);
    set(Op::DICT_UPDATE, cold_dict_update);
    set(Op::DICT_MERGE, cold_dict_update);
    set(Op::LIST_TO_TUPLE, cold_list_to_tuple);
    set(Op::FORMAT_VALUE, cold_format_value);
    set(Op::UNPACK_SEQUENCE, cold_unpack);
    set(Op::UNPACK_EX, cold_unpack);
    set(Op::POP_JUMP_IF_FALSE, cold_pop_jump_if);
    set(Op::POP_JUMP_IF_TRUE, cold_pop_jump_if);
    set(Op::JUMP_IF_FALSE_OR_POP, cold_jump_if_or_pop);
    set(Op::JUMP_IF_TRUE_OR_POP, cold_jump_if_or_pop);
    set(Op::GET_ITER, cold_get_iter);
    set(Op::SEND, cold_send);
    set(Op::GET_AWAITABLE, cold_get_awaitable);
    set(Op::GET_YIELD_FROM_ITER, cold_get_yield_from_iter);
    set(Op::GET_AITER, cold_get_aiter);
    set(Op::GET_ANEXT, cold_get_anext);
    set(Op::BEFORE_WITH, cold_before_with);
    set(Op::BEFORE_ASYNC_WITH, cold_before_with);
    set(Op::WITH_EXCEPT_START, cold_with_except_start);
    set(Op::CHECK_EXC_MATCH, cold_check_exc_match);
    set(Op::CHECK_EG_MATCH, cold_check_eg_match);
    set(Op::PREP_RERAISE_STAR, cold_prep_reraise_star);
    set(Op::RAISE_VARARGS, cold_raise_varargs);
    set(Op::LOAD_BUILD_CLASS, cold_load_build_class);
    set(Op::MAKE_FUNCTION, cold_make_function);
    set(Op::CALL, cold_call);
    set(Op::CALL_FUNCTION_EX, cold_call_function_ex);
    set(Op::IMPORT_NAME, cold_import_name);
    set(Op::IMPORT_FROM, cold_import_from);
    set(Op::GET_LEN, cold_get_len);
    set(Op::MATCH_SEQUENCE, cold_match_sequence);
    set(Op::MATCH_MAPPING, cold_match_mapping);
    set(Op::MATCH_KEYS, cold_match_keys);
    set(Op::MATCH_CLASS, cold_match_class);
    set(Op::SETUP_ANNOTATIONS, cold_setup_annotations);
    return t;
}

} // namespace

constinit const std::array<ColdOp, 256> kColdOps = make_cold_ops(); // (no static initializer)

} // namespace loopscope
