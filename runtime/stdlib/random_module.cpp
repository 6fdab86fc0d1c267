// random_module.cpp - the `random` module: CPython's MT19937 and random.py's algorithms
// (stdlib/random_mt.h), seeded with 0 before the script starts (SEMANTICS.md rule 7).
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"
#include "stdlib/python_source.h"
#include "stdlib/random_mt.h"

#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/float_format.h"

#include <cmath>

namespace loopscope {

namespace {

bool to_bigint(Interp& I, Value v, BigInt* out) {
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
    if (v.is_obj() && !type_lookup_cached(v.o->type, I.n.__index__).is_undef()) {
        // a class with __index__ (as PyNumber_Index)
        Value r = call_special(I, v, I.n.__index__, {});
        if (r.is_error()) return false;
        if (!is_int(I, r)) {
            raise_type_error(I, "__index__ returned non-int (type " + type_name(I, r) + ")");
            return false;
        }
        return to_bigint(I, number_value(r), out);
    }
    raise_type_error(I, "'" + type_name(I, v) + "' object cannot be interpreted as an integer");
    return false;
}

// A random.Random instance: its own generator. The module's functions are bound to a hidden
// instance (random.py's `_inst`), so they share one generator, seeded with 0 (rule 7).
struct RandomObj : NativeObj {
    PyRandom gen;
    explicit RandomObj(TypeObj* t) : NativeObj(t) {}
};

// The generator of `self`: a Random instance (the module's functions are bound to the hidden
// one); TypeError for anything else (Random.random(5)).
PyRandom* self_gen(Interp& I, Value self) {
    if (self.is_obj() && self.o->kind == Kind::Native)
        if (auto* r = dynamic_cast<RandomObj*>(static_cast<NativeObj*>(self.o))) return &r->gen;
    raise_type_error(I, "descriptor requires a 'random.Random' object but received '" +
                            type_name(I, self) + "'");
    return nullptr;
}

Value r_seed(Interp& I, Value self, const CallArgs& a) {
    PyRandom* g = self_gen(I, self);
    if (!g) return Value::error();
    Value v = arg_or(a, 0, Value::none());
    if (v.is_none()) {
        g->seed(BigInt(0));
        return Value::none();
    }
    if (v.is_float()) {
        g->seed_hash(float_hash(v.f)); // random_seed uses (size_t)hash(x)
        return Value::none();
    }
    if (is_str(v)) {
        g->seed_bytes(str_view(v)); // version 2: s + sha512(s), big-endian
        return Value::none();
    }
    BigInt n;
    if (!to_bigint(I, v, &n)) return Value::error();
    if (n.is_negative()) n = -n;
    g->seed(n);
    return Value::none();
}

Value r_random(Interp& I, Value self, const CallArgs& a) {
    PyRandom* g = self_gen(I, self);
    if (!g) return Value::error();
    if (!check_nargs(I, a, "random", 0, 0)) return Value::error();
    return Value::floating(g->random());
}

Value r_uniform(Interp& I, Value self, const CallArgs& a) {
    PyRandom* g = self_gen(I, self);
    if (!g) return Value::error();
    if (!check_nargs(I, a, "uniform", 2, 2)) return Value::error();
    double x, y;
    if (!to_double(I, a.args[0], &x) || !to_double(I, a.args[1], &y)) return Value::error();
    return Value::floating(g->uniform(x, y));
}

Value r_randint(Interp& I, Value self, const CallArgs& a) {
    PyRandom* g = self_gen(I, self);
    if (!g) return Value::error();
    if (!check_nargs(I, a, "randint", 2, 2)) return Value::error();
    BigInt x, y;
    if (!to_bigint(I, a.args[0], &x) || !to_bigint(I, a.args[1], &y)) return Value::error();
    auto r = g->randint(x, y);
    if (!r) return raise_num(I, r.error());
    return new_int(I, r.value());
}

Value r_randrange(Interp& I, Value self, const CallArgs& a) {
    PyRandom* g = self_gen(I, self);
    if (!g) return Value::error();
    if (!check_nargs(I, a, "randrange", 1, 3)) return Value::error();
    BigInt x, y, s(1);
    if (!to_bigint(I, a.args[0], &x)) return Value::error();
    if (a.nargs == 1) {
        auto r = g->randrange(x);
        if (!r) return raise_num(I, r.error());
        return new_int(I, r.value());
    }
    if (!to_bigint(I, a.args[1], &y)) return Value::error();
    if (a.nargs == 3 && !to_bigint(I, a.args[2], &s)) return Value::error();
    auto r = g->randrange(x, y, s);
    if (!r) return raise_num(I, r.error());
    return new_int(I, r.value());
}

Value r_getrandbits(Interp& I, Value self, const CallArgs& a) {
    PyRandom* g = self_gen(I, self);
    if (!g) return Value::error();
    if (!check_nargs(I, a, "getrandbits", 1, 1)) return Value::error();
    int64_t k;
    if (!to_index(I, a.args[0], &k)) return Value::error();
    auto r = g->getrandbits(k);
    if (!r) return raise_num(I, r.error());
    return new_int(I, r.value());
}

Value r_choice(Interp& I, Value self, const CallArgs& a) {
    PyRandom* g = self_gen(I, self);
    if (!g) return Value::error();
    if (!check_nargs(I, a, "choice", 1, 1)) return Value::error();
    int64_t n;
    if (!len(I, a.args[0], &n)) return Value::error();
    auto r = g->choice_index(size_t(n));
    if (!r) return raise(I, I.t.IndexError, r.error().message);
    return getitem(I, a.args[0], Value::integer(int64_t(r.value())));
}

Value r_shuffle(Interp& I, Value self, const CallArgs& a) {
    PyRandom* g = self_gen(I, self);
    if (!g) return Value::error();
    if (!check_nargs(I, a, "shuffle", 1, 1)) return Value::error();
    if (!is_kind(a.args[0], Kind::List)) {
        // random.py swaps through __getitem__/__setitem__; lessons shuffle lists
        return raise_type_error(I, "'" + type_name(I, a.args[0]) +
                                       "' object does not support item assignment");
    }
    g->shuffle(as<ListObj>(a.args[0])->items);
    return Value::none();
}

// _sample_indices(n, k): (pooled, indices) for random.py's sample, which checks its arguments
// and reads the population as CPython's does (a copied pool, or by index).
Value r_sample_indices(Interp& I, Value self, const CallArgs& a) {
    PyRandom* g = self_gen(I, self);
    if (!g) return Value::error();
    if (!check_range(I, a, "_sample_indices", 2, 2)) return Value::error();
    int64_t n, k;
    if (!to_index(I, a.args[0], &n) || !to_index(I, a.args[1], &k)) return Value::error();
    auto r = g->sample_indices(uint64_t(n), k);
    if (!r) return raise_num(I, r.error());
    std::vector<Value> out;
    out.reserve(r.value().size());
    for (uint64_t i : r.value()) out.push_back(Value::integer(int64_t(i)));
    Value pooled = Value::boolean(PyRandom::sample_pools(uint64_t(n), k));
    return new_tuple(I, {pooled, new_list(I, std::move(out))});
}

Value r_gauss(Interp& I, Value self, const CallArgs& a) {
    PyRandom* g = self_gen(I, self);
    if (!g) return Value::error();
    double mu = 0, sigma = 1;
    if (a.nargs >= 1 && !to_double(I, a.args[0], &mu)) return Value::error();
    if (a.nargs >= 2 && !to_double(I, a.args[1], &sigma)) return Value::error();
    return Value::floating(g->gauss(mu, sigma));
}

// _add_method(name, function): random.py's methods join the Random type (self is the type)
Value r_add_method(Interp& I, Value self, const CallArgs& a) {
    if (a.nargs != 2 || !is_str(a.args[0])) return raise_type_error(I, "_add_method(name, fn)");
    dict_set_str(I, as<TypeObj>(self)->dict, I.intern(str_view(a.args[0])), a.args[1]);
    return Value::none();
}

Value random_new(Interp& I, Value type, const CallArgs& a) {
    auto* r = I.alloc<RandomObj>(as<TypeObj>(type));
    Value self = Value::object(r);
    Value x = r_seed(I, self, a);
    if (x.is_error()) return x;
    return self;
}

} // namespace

Value make_random_module(Interp& I) {
    const std::pair<const char*, NativeFn> methods[] = {
        {"seed", r_seed},       {"random", r_random},       {"uniform", r_uniform},
        {"randint", r_randint}, {"randrange", r_randrange}, {"getrandbits", r_getrandbits},
        {"choice", r_choice},   {"shuffle", r_shuffle},     {"_sample_indices", r_sample_indices},
        {"gauss", r_gauss},
    };
    DictObj* d;
    Value m = new_module(I, "random", &d);
    TypeObj* rt = new_builtin_type(I, "Random", I.t.object, Kind::Native);
    rt->new_fn = random_new;
    dict_set_str(I, rt->dict, I.n.__module__, I.str("random"));
    dict_set_str(I, d, I.intern("Random"), Value::object(rt));
    Value inst = Value::object(I.alloc<RandomObj>(rt));
    for (auto& [name, fn] : methods) {
        add_method(I, rt, name, fn);
        dict_set_str(I, d, I.intern(name), new_native_function(I, name, fn, inst));
    }
    dict_set_str(I, d, I.intern("_inst"), inst);
    dict_set_str(I, d, I.intern("_add_method"),
                 new_native_function(I, "_add_method", r_add_method, Value::object(rt)));
    // choices and the distributions are Python (runtime/stdlib/py/random.py), run here
    const PythonSource* py = find_python_source(stdlib_python_sources(), "random");
    if (!py || !run_python_source(I, *py, d)) return Value::error();
    return m;
}

} // namespace loopscope
