// builtins.cpp - the builtin functions (print, len, sorted, min/max, sum, isinstance, ...),
// as CPython's Python/bltinmodule.c, with its error messages. The builtin types (int, str,
// list, range, enumerate, zip, ...) are registered by their own files.
//
// Index:
//   [SECTION] Output         - print, input
//   [SECTION] Iterables      - len, sorted, min/max, sum, any, all, iter, next
//   [SECTION] Numbers        - abs, round, divmod, pow, bin/oct/hex, chr/ord
//   [SECTION] Objects        - isinstance, issubclass, attributes, id, hash, repr, callable...
//   [SECTION] Registration
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/complex_object.h"
#include "lang/float_format.h"
#include "lang/frame.h"
#include "lang/init.h"
#include "lang/vm.h"
#include "lang/vm_hooks.h"

#include <cmath>

namespace loopscope {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Output
// ---------------------------------------------------------------------------------------------

Value bi_print(Interp& I, Value, const CallArgs& a) {
    Value sep = Value::undef(), end = Value::undef(), file = Value::undef();
    for (int k = 0; k < a.nkw(); ++k) {
        std::string_view name = str_view(a.kwnames->items[size_t(k)]);
        Value v = a.args[a.nargs + k];
        if (name == "sep")
            sep = v;
        else if (name == "end")
            end = v;
        else if (name == "file")
            file = v;
        else if (name != "flush") {
            return raise_type_error(I, "'" + std::string(name) +
                                           "' is an invalid keyword argument for print()");
        }
    }
    for (auto [v, what] : {std::pair{sep, "sep"}, std::pair{end, "end"}}) {
        if (!v.is_undef() && !v.is_none() && !is_str(v)) {
            return raise_type_error(I, std::string(what) + " must be None or a string, not " +
                                           type_name(I, v));
        }
    }
    std::string_view sep_s = (sep.is_undef() || sep.is_none()) ? " " : str_view(sep);
    std::string_view end_s = (end.is_undef() || end.is_none()) ? "\n" : str_view(end);
    if (file.is_undef() || file.is_none()) {
        // sys.stdout, when the program replaced it (contextlib.redirect_stdout, a StringIO)
        Value sys = I.modules ? dict_get_str(I.modules, I.intern("sys")) : Value::undef();
        if (sys.is_obj()) {
            Value out = getattr(I, sys, I.intern("stdout"));
            if (out.is_error()) return out;
            if (!out.same(getattr_opt(I, sys, I.intern("__stdout__")))) file = out;
        }
    }
    if (!file.is_undef() && !file.is_none()) {
        // As CPython: one file.write() per piece.
        StrObj* write = I.intern("write");
        auto put = [&](Value text) {
            return !call_method(I, file, write, std::span<const Value>(&text, 1)).is_error();
        };
        for (int k = 0; k < a.nargs; ++k) {
            if (k && !put(I.str(sep_s))) return Value::error();
            Value s = to_str(I, a.args[k]);
            if (s.is_error() || !put(s)) return Value::error();
        }
        if (!put(I.str(end_s))) return Value::error();
        return Value::none();
    }
    std::string out;
    for (int k = 0; k < a.nargs; ++k) {
        if (k) out += sep_s;
        if (!str_into(I, a.args[k], out)) return Value::error();
    }
    out += end_s;
    if (I.write_out) I.write_out(out);
    return Value::none();
}

// input([prompt]), as CPython's builtin_input when stdin is not a terminal: the prompt through
// sys.stdout, a line from sys.stdin.readline() without its '\n', EOFError at the end. Until
// the program imports sys, the run's own streams (Interp::write_out, read_line).
Value bi_input(Interp& I, Value, const CallArgs& a) {
    if (a.nkw()) return raise_type_error(I, "input() takes no keyword arguments");
    if (a.nargs > 1)
        return raise_type_error(I, "input expected at most 1 argument, got " +
                                       std::to_string(a.nargs));
    Value sys = I.modules ? dict_get_str(I.modules, I.intern("sys")) : Value::undef();
    Value in = Value::undef(); // sys.stdin, when the program imported sys
    if (sys.is_obj()) {
        in = getattr(I, sys, I.intern("stdin"));
        if (in.is_error()) return in;
    }
    // without program input, only a sys.stdin the program put there itself can be read
    if (!I.read_line && (in.is_undef() || in.same(getattr_opt(I, sys, I.intern("__stdin__")))))
        return raise(I, I.t.NotImplementedError,
                     "input() is not available here: this run has no program input "
                     "(in the page, write the value into the program: name = 'Ada')");
    if (a.nargs == 1) {
        Value prompt = to_str(I, a.args[0]);
        if (prompt.is_error()) return prompt;
        if (sys.is_obj()) {
            Value out = getattr(I, sys, I.intern("stdout"));
            if (out.is_error()) return out;
            if (call_method(I, out, I.intern("write"), std::span<const Value>(&prompt, 1))
                    .is_error())
                return Value::error();
        } else if (I.write_out) {
            I.write_out(str_view(prompt));
        }
    }
    std::string line;
    if (sys.is_obj()) {
        Value got = call_method(I, in, I.intern("readline"), std::span<const Value>{});
        if (got.is_error()) return got;
        if (!is_str(got)) return raise_type_error(I, "object.readline() returned non-string");
        line = str_view(got);
    } else if (!I.read_line(line)) {
        line.clear();
    }
    if (line.empty()) return raise(I, I.t.EOFError, "EOF when reading a line");
    if (line.back() == '\n') line.pop_back();
    return I.str(line);
}

// Running text as code and importing by a computed name are not offered: say so rather than
// the NameError a missing builtin would give.
template <const char* Name>
Value bi_unavailable(Interp& I, Value, const CallArgs&) {
    return raise(I, I.t.NotImplementedError,
                 std::string(Name) + "() is not available in the playground");
}
constexpr char kExec[] = "exec";
constexpr char kEval[] = "eval";
constexpr char kCompile[] = "compile";
constexpr char kImport[] = "__import__";

// ---------------------------------------------------------------------------------------------
// [SECTION] Iterables
// ---------------------------------------------------------------------------------------------

Value bi_len(Interp& I, Value, const CallArgs& a) {
    if (!(a.kwnames == nullptr && a.nargs == 1) && !check_one(I, a, "len")) return Value::error();
    return length(I, a.args[0]);
}

Value bi_sorted(Interp& I, Value, const CallArgs& a) {
    if (a.nargs != 1) {
        return raise_type_error(I, "sorted expected 1 argument, got " + std::to_string(a.nargs));
    }
    Value key = Value::undef(), reverse = Value::undef();
    for (int k = 0; k < a.nkw(); ++k) {
        std::string_view name = str_view(a.kwnames->items[size_t(k)]);
        if (name == "key")
            key = a.args[1 + k];
        else if (name == "reverse")
            reverse = a.args[1 + k];
        else {
            return raise_type_error(I, "'" + std::string(name) +
                                           "' is an invalid keyword argument for sort()");
        }
    }
    // Rooted (heap.h): the result list, not yet visible to Python code, holds the items.
    Rooted list(I, new_list(I, {}));
    std::vector<Value>& items = as<ListObj>(list.v)->items;
    if (!collect(I, a.args[0], items)) return Value::error();
    bool rev = false;
    if (!reverse.is_undef()) {
        int64_t r;
        if (reverse.is_small_int())
            r = reverse.as_small_int();
        else if (!to_index(I, reverse, &r))
            return Value::error();
        rev = r != 0;
    }
    // sorted() calls the new list's sort method, a builtin method call CPython counts as a level
    if (!enter_c_level(I)) return Value::error();
    bool sorted_ok = sort_list_values(I, items, key, rev);
    leave_c_level(I);
    if (!sorted_ok) return Value::error();
    return list.v;
}

template <bool is_max>
static Value minmax(Interp& I, const CallArgs& a) {
    const char* name = is_max ? "max" : "min";
    if (a.nargs == 0) {
        return raise_type_error(I, std::string(name) + " expected at least 1 argument, got 0");
    }
    Value key = Value::undef(), dflt = Value::undef();
    for (int k = 0; k < a.nkw(); ++k) {
        std::string_view kn = str_view(a.kwnames->items[size_t(k)]);
        if (kn == "key")
            key = a.args[a.nargs + k];
        else if (kn == "default")
            dflt = a.args[a.nargs + k];
        else {
            return raise_type_error(I, "'" + std::string(kn) +
                                           "' is an invalid keyword argument for " + name + "()");
        }
    }
    if (key.is_none()) key = Value::undef();
    // Rooted (heap.h): the items, the best so far and the key being compared.
    RootedValues rooted_tmp(I);
    std::vector<Value>& tmp = rooted_tmp.items;
    const std::vector<Value>* items;
    if (a.nargs > 1) {
        if (!dflt.is_undef()) {
            return raise_type_error(I, std::string("Cannot specify a default for ") + name +
                                           "() with multiple positional arguments");
        }
        tmp.assign(a.args, a.args + a.nargs);
        items = &tmp;
    } else if (iterates_as_items(I, a.args[0])) {
        if (is_kind(a.args[0], Kind::List)) {
            items = &as<ListObj>(a.args[0])->items;
        } else {
            auto& t = as<TupleObj>(a.args[0])->items;
            tmp.assign(t.begin(), t.end());
            items = &tmp;
        }
        if (!key.is_undef() && items != &tmp) {
            tmp = *items; // a key function may mutate the list
            items = &tmp;
        }
    } else {
        if (!collect(I, a.args[0], tmp)) return Value::error();
        items = &tmp;
    }
    if (items->empty()) {
        if (!dflt.is_undef()) return dflt;
        return raise_value_error(I, std::string(name) + "() arg is an empty sequence");
    }
    Rooted best_root(I, (*items)[0]), best_key_root(I, best_root.v);
    Value &best = best_root.v, &best_key = best_key_root.v;
    if (!key.is_undef()) {
        best_key = call(I, key, std::span<const Value>(&best, 1));
        if (best_key.is_error()) return best_key;
    }
    Rooted v_root(I), k_root(I);
    for (size_t i = 1; i < items->size(); ++i) {
        Value &v = v_root.v, &k = k_root.v;
        v = (*items)[i];
        k = v;
        if (!key.is_undef()) {
            k = call(I, key, std::span<const Value>(&v, 1));
            if (k.is_error()) return k;
        }
        int better;
        if (k.tag == Tag::Int && best_key.tag == Tag::Int) {
            better = is_max ? k.i > best_key.i : k.i < best_key.i;
        } else if (k.tag == Tag::Float && best_key.tag == Tag::Float) {
            better = is_max ? k.f > best_key.f : k.f < best_key.f;
        } else {
            Value c = compare(I, k, best_key, is_max ? CmpOp::Gt : CmpOp::Lt);
            if (c.is_error()) return c;
            better = c.is_bool() ? c.b : truthy(I, c);
            if (better < 0) return Value::error();
        }
        if (better) {
            best = v;
            best_key = k;
        }
    }
    return best;
}

// min() and max() take a tuple of arguments: CPython counts their call as a level.
template <bool is_max>
Value bi_minmax(Interp& I, Value, const CallArgs& a) {
    if (!enter_c_level(I)) return Value::error();
    Value r = minmax<is_max>(I, a);
    leave_c_level(I);
    return r;
}

// total += v, with the fast paths of CPython's builtin_sum_impl (exact ints, then floats).
static bool sum_add(Interp& I, Value& acc, Value v) {
    if (acc.tag == Tag::Int && v.tag == Tag::Int) {
        int64_t r;
        if (checked_add(acc.i, v.i, &r)) {
            acc.i = r;
            return true;
        }
    } else if (acc.tag == Tag::Float && (v.tag == Tag::Float || v.tag == Tag::Int)) {
        acc.f += v.tag == Tag::Float ? v.f : double(v.i);
        return true;
    }
    acc = binary_op(I, BinOp::Add, acc, v);
    return !acc.is_error();
}

Value bi_sum(Interp& I, Value, const CallArgs& a) {
    if (a.nargs < 1) {
        return raise_type_error(I, "sum() takes at least 1 positional argument (0 given)");
    }
    if (a.nargs > 2) {
        return raise_type_error(I, "sum() takes at most 2 arguments (" + std::to_string(a.nargs) +
                                       " given)");
    }
    Value start = a.nargs == 2 ? a.args[1] : Value::undef();
    for (int k = 0; k < a.nkw(); ++k) {
        std::string_view kn = str_view(a.kwnames->items[size_t(k)]);
        if (kn != "start" || a.nargs == 2) {
            return raise_type_error(I, "'" + std::string(kn) +
                                           "' is an invalid keyword argument for sum()");
        }
        start = a.args[a.nargs + k];
    }
    if (start.is_undef()) start = Value::integer(0);
    if (is_str(start)) {
        return raise_type_error(I, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    // Rooted (heap.h): the iterator, the running total and the item being added.
    Rooted it(I, get_iter(I, a.args[0]));
    if (it.v.is_error()) return it.v;
    Rooted acc_root(I, start), v_root(I);
    Value& acc = acc_root.v;
    if (is_plain_generator(it.v)) {
        auto add = [](Interp& I, void* total, Value v) {
            Rooted item(I, v);
            return sum_add(I, *static_cast<Value*>(total), v) ? 1 : -1;
        };
        return gen_drain(I, as<GenObj>(it.v), YieldSink{add, &acc}) ? acc : Value::error();
    }
    for (;;) {
        Value& v = v_root.v;
        v = iter_next(I, it.v);
        if (v.is_error()) return v;
        if (v.is_undef()) break;
        if (!sum_add(I, acc, v)) return Value::error();
    }
    return acc;
}

template <bool is_all>
static Value anyall(Interp& I, const CallArgs& a) {
    Rooted it(I, get_iter(I, a.args[0])), v(I); // rooted (heap.h)
    if (it.v.is_error()) return it.v;
    if (is_plain_generator(it.v)) {
        // 1: the next item, 0: the answer is !is_all
        bool decided = false;
        auto test = [](Interp& I, void* found, Value x) {
            Rooted item(I, x);
            int t = truthy(I, x);
            if (t < 0) return -1;
            if (bool(t) == is_all) return 1;
            *static_cast<bool*>(found) = true;
            return 0;
        };
        if (!gen_drain(I, as<GenObj>(it.v), YieldSink{test, &decided})) return Value::error();
        return Value::boolean(decided ? !is_all : is_all);
    }
    for (;;) {
        v.v = iter_next(I, it.v);
        if (v.v.is_error()) return v.v;
        if (v.v.is_undef()) return Value::boolean(is_all);
        int t = truthy(I, v.v);
        if (t < 0) return Value::error();
        if (bool(t) != is_all) return Value::boolean(!is_all);
    }
}

// any() and all() take one argument: CPython counts their call as a level.
template <bool is_all>
Value bi_anyall(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, is_all ? "all" : "any") || !enter_c_level(I)) return Value::error();
    Value r = anyall<is_all>(I, a);
    leave_c_level(I);
    return r;
}

Value bi_iter(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "iter", 1, 2, "iter()")) return Value::error();
    if (a.nargs == 1) return get_iter(I, a.args[0]);
    if (!is_callable(I, a.args[0])) return raise_type_error(I, "iter(v, w): v must be callable");
    return new_callable_iterator(I, a.args[0], a.args[1]);
}

Value bi_next(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "next", 1, 2, "next()")) return Value::error();
    Value it = a.args[0];
    if (!is_kind(it, Kind::Iterator) && !is_kind(it, Kind::Generator) &&
        type_lookup(type_of(I, it), I.n.__next__).is_undef()) {
        return raise_type_error(I, "'" + type_name(I, it) + "' object is not an iterator");
    }
    if (a.nargs == 1) return next_or_raise(I, it); // keeps a generator's StopIteration(value)
    Value v = iter_next(I, it);
    return v.is_undef() ? a.args[1] : v;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Numbers
// ---------------------------------------------------------------------------------------------

Value bi_abs(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "abs")) return Value::error();
    Value x = a.args[0];
    if (x.is_small_int()) {
        int64_t v = x.as_small_int();
        if (v == INT64_MIN) return new_int(I, BigInt(v).abs());
        return Value::integer(v < 0 ? -v : v);
    }
    if (x.is_float()) return Value::floating(std::fabs(x.f));
    if (is_kind(x, Kind::BigInt)) return new_int(I, as<BigIntObj>(x)->v.abs());
    if (type_lookup(type_of(I, x), I.n.__abs__).is_undef()) {
        return raise_type_error(I, "bad operand type for abs(): '" + type_name(I, x) + "'");
    }
    if (!enter_c_level(I)) return Value::error(); // (a one-argument builtin: a level)
    Value r = call_special(I, x, I.n.__abs__, std::span<const Value>());
    leave_c_level(I);
    return r;
}

Value bi_round(Interp& I, Value, const CallArgs& a) {
    ArgSpec spec{"round", {"number", "ndigits"}, {}, 1, false};
    Value av[2];
    if (!parse_args(I, a, spec, av)) return Value::error();
    Value x = av[0];
    if (x.is_float() && (av[1].is_undef() || av[1].is_none())) {
        auto r = round_float_to_int(x.f);
        if (!r) return raise_num(I, r.error());
        return new_int(I, r.value());
    }
    if (type_lookup(type_of(I, x), I.n.__round__).is_undef()) {
        return raise_type_error(I, "type " + type_name(I, x) + " doesn't define __round__ method");
    }
    if (av[1].is_undef()) return call_special(I, x, I.n.__round__, std::span<const Value>());
    return call_special(I, x, I.n.__round__, std::span<const Value>(&av[1], 1));
}

Value bi_divmod(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "divmod", 2, 2, "divmod()")) return Value::error();
    Value x = a.args[0], y = a.args[1];
    if (x.is_small_int() && y.is_small_int()) {
        int64_t p = x.as_small_int(), q = y.as_small_int(), d;
        if (q == 0) return raise(I, I.t.ZeroDivisionError, "integer division or modulo by zero");
        if (checked_floordiv(p, q, &d)) {
            return new_tuple(I, {Value::integer(d), Value::integer(py_mod(p, q))});
        }
    }
    bool xn = x.is_small_int() || x.is_float() || is_kind(x, Kind::BigInt);
    bool yn = y.is_small_int() || y.is_float() || is_kind(y, Kind::BigInt);
    if (xn && yn) {
        if (x.is_float() || y.is_float()) {
            double p, q;
            if (!to_double(I, x, &p) || !to_double(I, y, &q)) return Value::error();
            auto r = float_divmod(p, q);
            if (!r) return raise_num(I, r.error());
            return new_tuple(I,
                             {Value::floating(r.value().first), Value::floating(r.value().second)});
        }
        BigInt p, q;
        if (!int_value(I, x, &p) || !int_value(I, y, &q) ||
            !native_ops(I, div_work(p.limbs().size(), q.limbs().size())))
            return Value::error();
        auto r = divmod(p, q);
        if (!r) return raise_num(I, r.error());
        return new_tuple(I, {new_int(I, r.value().first), new_int(I, r.value().second)});
    }
    StrObj* dm = I.intern("__divmod__");
    StrObj* rdm = I.intern("__rdivmod__");
    Value nums[2] = {number_value(x), number_value(y)};
    if ((!nums[0].same(x) || !nums[1].same(y)) && type_lookup(type_of(I, x), dm).is_undef() &&
        type_lookup(type_of(I, y), rdm).is_undef()) {
        // int and float subclasses without their own __divmod__ divide as their numbers
        return bi_divmod(I, Value::none(), CallArgs{nums, 2, nullptr});
    }
    if (!type_lookup(type_of(I, x), dm).is_undef()) {
        Value r = call_special(I, x, dm, std::span<const Value>(&y, 1));
        if (r.is_error() || !r.same(I.not_implemented)) return r;
    }
    if (!type_lookup(type_of(I, y), rdm).is_undef()) {
        Value r = call_special(I, y, rdm, std::span<const Value>(&x, 1));
        if (r.is_error() || !r.same(I.not_implemented)) return r;
    }
    return raise_type_error(I, "unsupported operand type(s) for divmod(): '" + type_name(I, x) +
                                   "' and '" + type_name(I, y) + "'");
}

Value bi_pow(Interp& I, Value, const CallArgs& a) {
    ArgSpec spec{"pow", {"base", "exp", "mod"}, {}, 2, false};
    Value av[3];
    if (!parse_args(I, a, spec, av)) return Value::error();
    if (av[2].is_undef() || av[2].is_none()) return binary_op(I, BinOp::Pow, av[0], av[1]);
    if (av[0].is_obj() && !av[0].o->type->number_base && !av[0].o->type->is_builtin) {
        // a class's own __pow__ takes the modulus (slot_nb_power: the left operand's only)
        StrObj* pw = I.intern("__pow__");
        if (!type_lookup(av[0].o->type, pw).is_undef()) {
            Value r = call_special(I, av[0], pw, std::span<const Value>(&av[1], 2));
            if (r.is_error() || !r.same(I.not_implemented)) return r;
        }
    }
    for (Value& v : av) v = number_value(v); // pow(x, y, m) of int subclasses: their ints
    {
        // complex's power is reached when any argument is complex (as ternary_op's slots)
        int cx = 0, num = 0;
        double re, im;
        for (Value& v : av) {
            bool c = complex_parts(I, v, &re, &im);
            cx += c;
            num += c || v.is_float() || is_int(I, v);
        }
        if (cx && num == 3) return raise_value_error(I, "complex modulo");
    }
    if (!is_int(I, av[0]) || !is_int(I, av[1]) || !is_int(I, av[2])) {
        return raise_type_error(I,
                                "pow() 3rd argument not allowed unless all arguments are integers");
    }
    BigInt b, e, m;
    if (!int_value(I, av[0], &b) || !int_value(I, av[1], &e) || !int_value(I, av[2], &m))
        return Value::error();
    if (m.is_zero()) return raise_value_error(I, "pow() 3rd argument cannot be 0");
    if (!native_ops(I, pow_mod_work(e, m))) return Value::error(); // charged before it starts
    auto r = pow_mod(b, e, m);
    if (!r) return raise_num(I, r.error());
    return new_int(I, r.value());
}

template <int base>
Value bi_radix(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, base == 2 ? "bin" : base == 8 ? "oct" : "hex")) return Value::error();
    Value x = a.args[0];
    if (!is_int(I, x)) {
        if (type_lookup(type_of(I, x), I.n.__index__).is_undef()) {
            return raise_type_error(I, "'" + type_name(I, x) +
                                           "' object cannot be interpreted as an integer");
        }
        x = call_special(I, x, I.n.__index__, std::span<const Value>());
        if (x.is_error()) return x;
    }
    BigInt v;
    if (!int_value(I, x, &v)) return Value::error();
    return new_str(I, v.to_prefixed(base));
}

Value bi_chr(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "chr")) return Value::error();
    int64_t c;
    Value x = a.args[0];
    if (x.is_small_int())
        c = x.as_small_int();
    else if (is_kind(x, Kind::BigInt))
        return raise(I, I.t.OverflowError, "Python int too large to convert to C int");
    else if (!to_index(I, x, &c))
        return Value::error();
    if (c < 0 || c > 0x10FFFF) return raise_value_error(I, "chr() arg not in range(0x110000)");
    if (c < 0x80) {
        char ch = char(c);
        return Value::object(I.intern(std::string_view(&ch, 1)));
    }
    std::string s;
    append_utf8(s, uint32_t(c));
    return new_str(I, std::move(s));
}

Value bi_ord(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "ord")) return Value::error();
    Value x = a.args[0];
    if (!is_str(x)) {
        return raise_type_error(I, "ord() expected string of length 1, but " + type_name(I, x) +
                                       " found");
    }
    StrObj* s = as_str(x);
    if (s->cp_len != 1) {
        return raise_type_error(I, "ord() expected a character, but string of length " +
                                       std::to_string(s->cp_len) + " found");
    }
    size_t p = 0;
    return Value::integer(utf8_decode(s->s, &p));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Objects
// ---------------------------------------------------------------------------------------------

// isinstance / issubclass against a type or a (nested) tuple of types; -1 on a bad classinfo,
// -2 with RecursionError raised when the tuples nest deeper than the recursion limit (as
// CPython's object_recursive_isinstance: " in __instancecheck__" / " in __subclasscheck__").
// A metaclass's own __instancecheck__ / __subclasscheck__ (abc.ABCMeta's register): 1 / 0,
// -2 on error, -3 when the metaclass has none of its own.
static int meta_check(Interp& I, Value info, Value arg, const char* check) {
    TypeObj* meta = as<TypeObj>(info)->type;
    if (meta == I.t.type) return -3;
    TypeObj* owner = nullptr;
    Value f = type_lookup_owner(meta, I.intern(check), &owner);
    if (f.is_undef() || owner == I.t.type) return -3;
    Value r = call_bound(I, f, info, std::span<const Value>(&arg, 1));
    if (r.is_error()) return -2;
    int b = truthy(I, r);
    return b < 0 ? -2 : b;
}

static int class_matches(Interp& I, TypeObj* t, Value info, const char* check, Value arg) {
    if (is_kind(info, Kind::Type)) {
        // isinstance of the exact class never asks the metaclass (as CPython)
        if (t == as<TypeObj>(info) && check[2] == 'i') return 1;
        int m = meta_check(I, info, arg, check);
        if (m != -3) return m;
        return is_subtype(t, as<TypeObj>(info));
    }
    if (is_kind(info, Kind::Tuple)) {
        if (++I.depth > I.recursion_limit) {
            --I.depth;
            raise(I, I.t.RecursionError,
                  std::string("maximum recursion depth exceeded in ") + check);
            return -2;
        }
        int r = 0;
        for (Value x : as<TupleObj>(info)->items) {
            r = class_matches(I, t, x, check, arg);
            if (r != 0) break;
        }
        --I.depth;
        return r;
    }
    // int | str, typing's aliases: their type's __instancecheck__ / __subclasscheck__
    if (info.is_obj()) {
        Value f = type_lookup_cached(info.o->type, I.intern(check));
        if (!f.is_undef()) {
            Value r = call_bound(I, f, info, std::span<const Value>(&arg, 1));
            if (r.is_error()) return -2;
            int b = truthy(I, r);
            return b < 0 ? -2 : b;
        }
    }
    return -1;
}

Value bi_isinstance(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "isinstance", 2, 2, "isinstance()")) return Value::error();
    TypeObj* t = type_of(I, a.args[0]);
    int r = class_matches(I, t, a.args[1], "__instancecheck__", a.args[0]);
    // a class that defines __class__ (unittest.mock's spec) is judged by it too, as CPython's
    // object_isinstance
    StrObj* name = I.intern("__class__");
    if (r == 0 && !type_lookup_cached(t, name).is_undef()) {
        Value c = getattr_opt(I, a.args[0], name);
        if (c.is_error()) return c;
        if (is_kind(c, Kind::Type) && as<TypeObj>(c) != t)
            r = class_matches(I, as<TypeObj>(c), a.args[1], "__instancecheck__", a.args[0]);
    }
    if (r == -2) return Value::error();
    if (r < 0) {
        return raise_type_error(I,
                                "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    return Value::boolean(r);
}

Value bi_issubclass(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "issubclass", 2, 2, "issubclass()")) return Value::error();
    if (!is_kind(a.args[0], Kind::Type))
        return raise_type_error(I, "issubclass() arg 1 must be a class");
    int r = class_matches(I, as<TypeObj>(a.args[0]), a.args[1], "__subclasscheck__", a.args[0]);
    if (r == -2) return Value::error();
    if (r < 0) {
        return raise_type_error(
            I, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    return Value::boolean(r);
}

StrObj* attr_name(Interp& I, Value v) {
    if (is_str(v)) {
        StrObj* s = as_str(v);
        return s->interned ? s : I.intern(s->s);
    }
    raise_type_error(I, "attribute name must be string, not '" + type_name(I, v) + "'");
    return nullptr;
}

Value bi_getattr(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "getattr", 2, 3, "getattr()")) return Value::error();
    StrObj* name = attr_name(I, a.args[1]);
    if (!name) return Value::error();
    if (a.nargs == 2) return getattr(I, a.args[0], name);
    Value v = getattr_opt(I, a.args[0], name);
    return v.is_undef() ? a.args[2] : v;
}

Value bi_hasattr(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "hasattr", 2, 2, "hasattr()")) return Value::error();
    StrObj* name = attr_name(I, a.args[1]);
    if (!name) return Value::error();
    Value v = getattr_opt(I, a.args[0], name);
    if (v.is_error()) return v;
    return Value::boolean(!v.is_undef());
}

Value bi_setattr(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "setattr", 3, 3, "setattr()")) return Value::error();
    StrObj* name = attr_name(I, a.args[1]);
    if (!name || !setattr(I, a.args[0], name, a.args[2])) return Value::error();
    return Value::none();
}

Value bi_delattr(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "delattr", 2, 2, "delattr()")) return Value::error();
    StrObj* name = attr_name(I, a.args[1]);
    if (!name || !delattr(I, a.args[0], name)) return Value::error();
    return Value::none();
}

// id(): objects get stable numbers on first use (never their address, so runs are identical
// natively and in wasm); immediates get numbers derived from their value.
Value bi_id(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "id")) return Value::error();
    Value v = a.args[0];
    const int64_t base = 140000000000000;
    switch (v.tag) {
        case Tag::None: return Value::integer(base - 16);
        case Tag::Bool: return Value::integer(base - 48 + (v.b ? 16 : 0));
        case Tag::Int: return Value::integer(base / 2 + (v.i & 0xFFFFFFFFFFLL) * 32);
        case Tag::Float: {
            uint64_t bits;
            std::memcpy(&bits, &v.f, sizeof bits);
            return Value::integer(base / 4 + int64_t((bits >> 12) & 0xFFFFFFFFFFLL) * 16);
        }
        default: break;
    }
    ExtraTypes& x = extra(I);
    auto it = x.ids.find(v.o);
    if (it != x.ids.end()) return Value::integer(it->second);
    int64_t id = base + 16 * ++x.next_id;
    x.ids.emplace(v.o, id);
    return Value::integer(id);
}

Value bi_hash(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "hash") || !enter_c_level(I)) return Value::error();
    int64_t h;
    bool ok = hash(I, a.args[0], &h);
    leave_c_level(I);
    if (!ok) return Value::error();
    return Value::integer(h);
}

Value bi_repr(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "repr") || !enter_c_level(I)) return Value::error();
    Value r = repr(I, a.args[0]);
    leave_c_level(I);
    return r;
}

Value bi_ascii(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "ascii") || !enter_c_level(I)) return Value::error();
    Value r = repr(I, a.args[0]);
    leave_c_level(I);
    if (r.is_error()) return r;
    StrObj* s = as_str(r);
    if (s->ascii) return r;
    std::string out;
    for (size_t p = 0; p < s->s.size();) {
        uint32_t c = utf8_decode(s->s, &p);
        char buf[16];
        if (c < 0x80) {
            out.push_back(char(c));
            continue;
        }
        if (c < 0x100)
            snprintf(buf, sizeof buf, "\\x%02x", c);
        else if (c < 0x10000)
            snprintf(buf, sizeof buf, "\\u%04x", c);
        else
            snprintf(buf, sizeof buf, "\\U%08x", c);
        out += buf;
    }
    return new_str(I, std::move(out));
}

Value bi_format(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "format", 1, 2, "format()")) return Value::error();
    std::string_view spec;
    if (a.nargs == 2) {
        if (!is_str(a.args[1])) {
            // (as _PyArg_BadArgument: None is named, not its type)
            return raise_type_error(
                I, "format() argument 2 must be str, not " +
                       (a.args[1].is_none() ? std::string("None") : type_name(I, a.args[1])));
        }
        spec = str_view(a.args[1]);
    }
    return format(I, a.args[0], spec);
}

Value bi_callable(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "callable")) return Value::error();
    return Value::boolean(is_callable(I, a.args[0]));
}

Value bi_vars(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "vars", 1, 1, "vars()")) return Value::error();
    Value d = getattr_opt(I, a.args[0], I.n.__dict__);
    if (d.is_error()) return d;
    if (d.is_undef()) return raise_type_error(I, "vars() argument must have __dict__ attribute");
    return d;
}

// globals(): the namespace of the module the caller runs in.
Value bi_globals(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "globals", 0, 0)) return Value::error();
    if (!I.frame || !I.frame->globals) return raise(I, I.t.RuntimeError, "no current frame");
    return Value::object(I.frame->globals);
}

static Value sorted_keys(Interp& I, DictObj* d) {
    std::vector<Value> names;
    for (auto& e : d->entries)
        if (!e.key().is_undef()) names.push_back(e.key());
    if (!sort_list_values(I, names, Value::none(), false)) return Value::error();
    return new_list(I, std::move(names));
}

// dir(obj): sorted(type(obj).__dir__(obj)); dir(): the names bound in the caller's scope.
Value bi_dir(Interp& I, Value, const CallArgs& a) {
    if (!check_range(I, a, "dir", 0, 1, "dir()")) return Value::error();
    if (a.nargs == 0) {
        Frame* f = I.frame;
        if (!f) return new_list(I, {});
        if (f->locals_dict) return sorted_keys(I, f->locals_dict);
        std::vector<Value> names;
        CodeObj* c = f->code;
        for (int32_t i = 0; i < c->nlocals(); ++i)
            if (!f->slots[i].is_undef()) names.push_back(Value::object(c->varnames[size_t(i)]));
        int32_t base = c->nlocals();
        auto add_cell = [&](StrObj* n, int32_t slot) {
            Value v = f->slots[slot];
            if (is_kind(v, Kind::Cell) && !as<CellObj>(v)->value.is_undef())
                names.push_back(Value::object(n));
        };
        for (size_t i = 0; i < c->cellnames.size(); ++i) add_cell(c->cellnames[i], base++);
        for (size_t i = 0; i < c->freenames.size(); ++i) add_cell(c->freenames[i], base++);
        if (!sort_list_values(I, names, Value::none(), false)) return Value::error();
        return new_list(I, std::move(names));
    }
    Value obj = a.args[0];
    if (is_kind(obj, Kind::Module)) return sorted_keys(I, as<ModuleObj>(obj)->dict);
    Value f = type_lookup_cached(type_of(I, obj), I.intern("__dir__"));
    if (f.is_undef()) return raise_type_error(I, "object does not provide __dir__");
    Value r = call_bound(I, f, obj, std::span<const Value>());
    if (r.is_error()) return r;
    std::vector<Value> names;
    if (!collect(I, r, names)) return Value::error();
    if (!sort_list_values(I, names, Value::none(), false)) return Value::error();
    return new_list(I, std::move(names));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Registration
// ---------------------------------------------------------------------------------------------

void init_builtin_functions(Interp& I) {
    ExtraTypes& x = extra(I);
    x.ids.clear();
    x.set_fingers.clear();
    x.next_id = 0;
    x.repr_stack.clear();
    // Forget the ids of collected objects (their addresses may be reused).
    Interp* ip = &I;
    I.finalizers.push_back([ip](std::span<Obj* const> dead) {
        ExtraTypes& e = extra(*ip);
        if (e.ids.empty() && e.set_fingers.empty()) return;
        for (Obj* o : dead) {
            e.ids.erase(o);
            e.set_fingers.erase(o);
        }
    });

    add_builtin(I, "print", bi_print);
    add_builtin(I, "input", bi_input);
    add_builtin(I, "exec", bi_unavailable<kExec>);
    add_builtin(I, "eval", bi_unavailable<kEval>);
    add_builtin(I, "compile", bi_unavailable<kCompile>);
    add_builtin(I, "__import__", bi_unavailable<kImport>);
    // Rooted natives (heap.h): they call Python once per item (len: __len__ once; it holds
    // nothing but its argument, which its caller holds too).
    constexpr bool rooted = true;
    add_builtin(I, "len", bi_len, rooted);
    add_builtin(I, "sorted", bi_sorted, rooted);
    add_builtin(I, "max", bi_minmax<true>, rooted);
    add_builtin(I, "min", bi_minmax<false>, rooted);
    add_builtin(I, "sum", bi_sum, rooted);
    add_builtin(I, "any", bi_anyall<false>, rooted);
    add_builtin(I, "all", bi_anyall<true>, rooted);
    add_builtin(I, "iter", bi_iter);
    add_builtin(I, "next", bi_next);
    add_builtin(I, "abs", bi_abs);
    add_builtin(I, "round", bi_round);
    add_builtin(I, "divmod", bi_divmod);
    add_builtin(I, "pow", bi_pow);
    add_builtin(I, "bin", bi_radix<2>);
    add_builtin(I, "oct", bi_radix<8>);
    add_builtin(I, "hex", bi_radix<16>);
    add_builtin(I, "chr", bi_chr);
    add_builtin(I, "ord", bi_ord);
    add_builtin(I, "isinstance", bi_isinstance);
    add_builtin(I, "issubclass", bi_issubclass);
    add_builtin(I, "getattr", bi_getattr);
    add_builtin(I, "hasattr", bi_hasattr);
    add_builtin(I, "setattr", bi_setattr);
    add_builtin(I, "delattr", bi_delattr);
    add_builtin(I, "id", bi_id);
    add_builtin(I, "hash", bi_hash);
    add_builtin(I, "repr", bi_repr);
    add_builtin(I, "ascii", bi_ascii);
    add_builtin(I, "format", bi_format);
    add_builtin(I, "callable", bi_callable);
    add_builtin(I, "vars", bi_vars);
    add_builtin(I, "globals", bi_globals);
    add_builtin(I, "dir", bi_dir);
    // These count their own level of the recursion limit (enter_c_level), however called.
    for (const char* name : {"repr", "ascii", "hash", "min", "max", "any", "all", "abs"})
        as<NativeFunctionObj>(dict_get_str(I.builtins, I.intern(name)))->counts_level = true;
}

BuiltinProto builtin_proto(NativeFn fn) {
    if (fn == bi_len) return PROTO_LEN;
    if (fn == bi_iter) return PROTO_ITER;
    if (fn == bi_next) return PROTO_NEXT;
    if (fn == bi_getattr) return PROTO_GETATTR;
    if (fn == bi_format) return PROTO_FORMAT;
    return PROTO_NONE;
}

// callable(v) (ops.h)
bool is_callable(Interp& I, Value v) {
    if (!v.is_obj()) return false;
    switch (v.o->kind) {
        case Kind::Function:
        case Kind::NativeFunction:
        case Kind::BoundMethod:
        case Kind::Type: return true;
        default: return !type_lookup(v.o->type, I.n.__call__).is_undef();
    }
}

} // namespace loopscope
