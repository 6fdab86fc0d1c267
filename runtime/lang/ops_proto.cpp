// ops_proto.cpp - the object protocols that are not operators: truth, len, `in`, iteration,
// repr / str / format, and object ids (the fake stable addresses default reprs show).
//
// Index:
//   [SECTION] Truth, len, contains
//   [SECTION] Iteration
//   [SECTION] Object ids
//   [SECTION] repr and str
//   [SECTION] format
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/float_format.h"
#include "lang/format_spec.h"
#include "lang/str_repr.h"
#include "lang/vm.h"
#include "lang/vm_hooks.h"

#include <charconv>
#include <cstdio>

namespace loopscope {

// ---------------------------------------------------------------------------------------------
// [SECTION] Truth, len, contains
// ---------------------------------------------------------------------------------------------

// The length of builtin containers; -1 when `v` is not one.
static inline int64_t builtin_len(Value v) {
    if (!v.is_obj()) return -1;
    switch (v.o->kind) {
        case Kind::Str: return as<StrObj>(v)->cp_len;
        case Kind::List: return int64_t(as<ListObj>(v)->items.size());
        case Kind::Tuple: return int64_t(as<TupleObj>(v)->items.size());
        case Kind::Dict: return as<DictObj>(v)->used;
        case Kind::Set: return as<SetObj>(v)->table->used;
        case Kind::Range: return as<RangeObj>(v)->length();
        default: return -1;
    }
}

// What __len__ returned as a length (slot_sq_length's checks); -1 with an exception set.
int64_t len_result(Interp& I, Value r) {
    if (!is_int(I, r)) {
        raise_type_error(I, "'" + type_name(I, r) + "' object cannot be interpreted as an integer");
        return -1;
    }
    if (is_kind(r, Kind::BigInt)) {
        if (as<BigIntObj>(r)->v.is_negative()) {
            raise_value_error(I, "__len__() should return >= 0");
        } else {
            raise(I, I.t.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    int64_t n = r.as_small_int();
    if (n < 0) {
        raise_value_error(I, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

// __len__ through the type; -2 when absent, -1 on error.
static int64_t dunder_len(Interp& I, Value v) {
    Value f = type_lookup_cached(type_of(I, v), I.n.__len__);
    if (f.is_undef()) return -2;
    Value r = call_bound(I, f, v, std::span<const Value>());
    if (r.is_error()) return -1;
    return len_result(I, r);
}

// What __bool__ returned as a truth value (slot_nb_bool's check); -1 with an exception set.
int bool_result(Interp& I, Value r) {
    if (!r.is_bool()) {
        raise_type_error(I, "__bool__ should return bool, returned " + type_name(I, r));
        return -1;
    }
    return r.b ? 1 : 0;
}

int truthy(Interp& I, Value v) {
    switch (v.tag) {
        case Tag::None: return 0;
        case Tag::Bool: return v.b ? 1 : 0;
        case Tag::Int: return v.i != 0;
        case Tag::Float: return v.f != 0.0;
        case Tag::Obj: break;
        default: return 1;
    }
    if (v.o->kind == Kind::BigInt) return as<BigIntObj>(v)->v.is_zero() ? 0 : 1;
    if (v.o->type->is_builtin) {
        int64_t n = builtin_len(v);
        if (n >= 0) return n != 0;
    }
    TypeObj* t = v.o->type;
    Value f = type_lookup_cached(t, I.n.__bool__);
    if (!f.is_undef()) {
        Value r = call_bound(I, f, v, std::span<const Value>());
        if (r.is_error()) return -1;
        return bool_result(I, r);
    }
    int64_t n = dunder_len(I, v);
    if (n == -1) return -1;
    if (n == -2) return 1;
    return n != 0;
}

bool len(Interp& I, Value v, int64_t* out) {
    // (a subclass of a builtin may override __len__: dunder_len finds it or the base's)
    int64_t n = v.is_obj() && !v.o->type->is_builtin ? -1 : builtin_len(v);
    if (n >= 0) {
        *out = n;
        return true;
    }
    n = dunder_len(I, v);
    if (n == -1) return false;
    if (n == -2) {
        raise_type_error(I, "object of type '" + type_name(I, v) + "' has no len()");
        return false;
    }
    *out = n;
    return true;
}

Value length(Interp& I, Value v) {
    int64_t n;
    if (!len(I, v, &n)) return Value::error();
    return Value::integer(n);
}

int contains(Interp& I, Value container, Value item) {
    if (container.is_obj() && container.o->type->is_builtin) {
        Obj* o = container.o;
        switch (o->kind) {
            case Kind::List:
            case Kind::Tuple: {
                const auto& items = o->kind == Kind::List ? static_cast<ListObj*>(o)->items
                                                          : static_cast<TupleObj*>(o)->items;
                for (size_t i = 0; i < items.size(); ++i) {
                    if (!native_tick(I)) return -1; // a scan of millions is bounded too
                    int r = eq(I, items[i], item);
                    if (r != 0) return r;
                }
                return 0;
            }
            case Kind::Dict:
                if (o->type == I.t.dict) {
                    Value v = dict_get(I, static_cast<DictObj*>(o), item);
                    if (v.is_error()) return -1;
                    return v.is_undef() ? 0 : 1;
                }
                break;
            case Kind::Set: return set_contains(I, static_cast<SetObj*>(o), item);
            case Kind::Str: {
                if (!is_kind(item, Kind::Str)) {
                    raise_type_error(I, "'in <string>' requires string as left operand, not " +
                                            type_name(I, item));
                    return -1;
                }
                if (!native_bytes(I, static_cast<StrObj*>(o)->s.size())) return -1; // a scan
                return static_cast<StrObj*>(o)->s.find(as<StrObj>(item)->s) != std::string::npos;
            }
            default: break;
        }
    }
    Value f = type_lookup_cached(type_of(I, container), I.n.__contains__);
    if (!f.is_undef()) {
        Value r = call_bound(I, f, container, std::span<const Value>(&item, 1));
        if (r.is_error()) return -1;
        return truthy(I, r);
    }
    TypeObj* ct = type_of(I, container);
    if (type_lookup_cached(ct, I.n.__iter__).is_undef() && !is_kind(container, Kind::Iterator) &&
        !is_kind(container, Kind::Generator) &&
        (ct->is_builtin || type_lookup_cached(ct, I.n.__getitem__).is_undef())) {
        raise_type_error(I, "argument of type '" + type_name(I, container) + "' is not iterable");
        return -1;
    }
    Rooted it(I, get_iter(I, container));
    if (it.v.is_error()) return -1;
    for (;;) {
        Value x = iter_next(I, it.v);
        if (x.is_error()) return -1;
        if (x.is_undef()) return 0;
        int r = eq(I, x, item);
        if (r != 0) return r;
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Iteration
// ---------------------------------------------------------------------------------------------

Value get_iter(Interp& I, Value v) {
    if (v.is_obj() && v.o->type->is_builtin) {
        Obj* o = v.o;
        switch (o->kind) {
            case Kind::List: return new_list_iterator(I, static_cast<ListObj*>(o));
            case Kind::Tuple: return new_tuple_iterator(I, static_cast<TupleObj*>(o));
            case Kind::Str: return new_str_iterator(I, static_cast<StrObj*>(o));
            case Kind::Dict: return new_dict_iterator(I, static_cast<DictObj*>(o), ViewKind::Keys);
            case Kind::Set: return new_set_iterator(I, static_cast<SetObj*>(o));
            case Kind::Range: {
                auto* r = static_cast<RangeObj*>(o);
                return new_range_iterator(I, r->start, r->step, r->length());
            }
            case Kind::Iterator: return v;
            case Kind::Generator:
                if (static_cast<GenObj*>(o)->gkind == GenKind::Generator) return v;
                break;
            default: break;
        }
    }
    Value f = type_lookup_cached(type_of(I, v), I.n.__iter__);
    if (f.is_undef() && v.is_obj() && !v.o->type->is_builtin &&
        !type_lookup_cached(v.o->type, I.n.__getitem__).is_undef())
        return new_seq_iterator(I, v); // old-style sequence iteration (builtins_shared.h)
    if (f.is_undef() || f.is_none())
        return raise_type_error(I, "'" + type_name(I, v) + "' object is not iterable");
    Value it = call_bound(I, f, v, std::span<const Value>());
    if (it.is_error()) return it;
    return iter_result(I, it);
}

Value iter_result(Interp& I, Value it) {
    if (!is_kind(it, Kind::Iterator) && !is_kind(it, Kind::Generator) &&
        type_lookup_cached(type_of(I, it), I.n.__next__).is_undef())
        return raise_type_error(I,
                                "iter() returned non-iterator of type '" + type_name(I, it) + "'");
    return it;
}

// A native loop over an iterator (sum, list, join, max, `in`, ...) costs a tick per item, so
// the budget bounds it even when no Python code runs (sum(itertools.count())).
Value iter_next(Interp& I, Value it) {
    if (!native_tick(I)) return Value::error();
    return iter_next_unticked(I, it);
}

Value iter_next_unticked(Interp& I, Value it) {
    if (it.is_obj()) {
        Obj* o = it.o;
        if (o->kind == Kind::Iterator) return next_native(I, static_cast<IterObj*>(o));
        if (o->kind == Kind::Generator && static_cast<GenObj*>(o)->gkind == GenKind::Generator) {
            ++I.native_depth; // a nested run: never paused
            RunResult r = gen_send(I, static_cast<GenObj*>(o), Value::none());
            --I.native_depth;
            switch (r.status) {
                case RunStatus::Yielded: return r.value;
                case RunStatus::Returned: return Value::undef();
                case RunStatus::Paused: // a nested run never pauses (native_depth > 0)
                case RunStatus::Raised: return Value::error();
            }
        }
    }
    Value f = type_lookup_cached(type_of(I, it), I.n.__next__);
    if (f.is_undef())
        return raise_type_error(I, "'" + type_name(I, it) + "' object is not an iterator");
    Value r = call_bound(I, f, it, std::span<const Value>());
    if (r.is_error() && isinstance(I, I.exc, I.t.StopIteration)) {
        I.exc = Value::none();
        return Value::undef();
    }
    return r;
}

Value next_or_raise(Interp& I, Value it) {
    if (it.is_obj()) {
        Obj* o = it.o;
        if (o->kind == Kind::Iterator) {
            Value v = next_native(I, static_cast<IterObj*>(o));
            if (v.is_undef()) return raise_value(I, Value::object(I.t.StopIteration));
            return v;
        }
        if (o->kind == Kind::Generator && static_cast<GenObj*>(o)->gkind == GenKind::Generator) {
            ++I.native_depth;
            RunResult r = gen_send(I, static_cast<GenObj*>(o), Value::none());
            --I.native_depth;
            switch (r.status) {
                case RunStatus::Yielded: return r.value;
                case RunStatus::Paused: // a nested run never pauses (native_depth > 0)
                case RunStatus::Raised: return Value::error();
                case RunStatus::Returned: {
                    // `return x` in a generator: StopIteration(x), or StopIteration() for None
                    std::vector<Value> args;
                    if (!r.value.is_none() && !r.value.is_undef()) args.push_back(r.value);
                    auto* t = as<TupleObj>(new_tuple(I, std::move(args)));
                    return raise_value(
                        I, Value::object(I.alloc<ExceptionObj>(I.t.StopIteration, nullptr, t)));
                }
            }
        }
    }
    Value f = type_lookup_cached(type_of(I, it), I.n.__next__);
    if (f.is_undef())
        return raise_type_error(I, "'" + type_name(I, it) + "' object is not an iterator");
    return call_bound(I, f, it, std::span<const Value>());
}

bool iterates_as_items(Interp& I, Value v) {
    const bool list = is_kind(v, Kind::List);
    if (!list && !is_kind(v, Kind::Tuple)) return false;
    TypeObj* base = list ? I.t.list : I.t.tuple;
    return v.o->type == base ||
           type_lookup(v.o->type, I.n.__iter__).same(type_lookup(base, I.n.__iter__));
}

bool collect(Interp& I, Value iterable, std::vector<Value>& out) {
    if (iterates_as_items(I, iterable)) {
        const auto& src = is_kind(iterable, Kind::List) ? as<ListObj>(iterable)->items
                                                        : as<TupleObj>(iterable)->items;
        // the copy is work like a loop's (and may be more than the memory budget allows)
        if (!room_for(I, src.size(), sizeof(Value)) ||
            !native_bytes(I, uint64_t(src.size()) * sizeof(Value)))
            return false;
        out.insert(out.end(), src.begin(), src.end());
        return true;
    }
    if (is_kind(iterable, Kind::Range)) {
        // As CPython's list() and tuple() of a sized iterable (list_preallocate_exact): room for
        // every item is asked first, so list(range(10**9)) is a MemoryError at once instead of
        // a native loop that fills the memory (or the page's tick limit) first.
        const int64_t n = as<RangeObj>(iterable)->length();
        if (n > 0) {
            if (!room_for(I, uint64_t(out.size()) + uint64_t(n), sizeof(Value))) return false;
            out.reserve(out.size() + size_t(n));
        }
    }
    // The iterator and the items so far stay rooted while __next__ runs.
    RootVector rooted_out(I, out);
    Rooted it(I, get_iter(I, iterable));
    if (it.v.is_error()) return false;
    // a native iterator's next without iter_next's frame (a level of recursion through
    // list(map(f, xs)) calling f costs V8 stack per native frame in wasm)
    IterObj* native = is_kind(it.v, Kind::Iterator) ? static_cast<IterObj*>(it.v.o) : nullptr;
    if (is_plain_generator(it.v)) {
        auto append = [](Interp& I, void* items, Value x) {
            auto& out = *static_cast<std::vector<Value>*>(items);
            if (!room_to_grow(I, out)) return -1;
            out.push_back(x);
            return 1;
        };
        return gen_drain(I, as<GenObj>(it.v), YieldSink{append, &out});
    }
    for (;;) {
        Value x = !native          ? iter_next(I, it.v)
                  : native_tick(I) ? next_native(I, native)
                                   : Value::error();
        if (x.is_error()) return false;
        if (x.is_undef()) return true;
        if (!room_to_grow(I, out)) return false;
        out.push_back(x);
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Object ids
// ---------------------------------------------------------------------------------------------

// Shared with builtins.cpp's id(): the same table and numbering (ExtraTypes::ids).
int64_t object_id(Interp& I, Obj* o) {
    ExtraTypes& x = extra(I);
    auto it = x.ids.find(o);
    if (it != x.ids.end()) return it->second;
    const int64_t base = 140000000000000;
    int64_t id = base + 16 * ++x.next_id;
    x.ids.emplace(o, id);
    return id;
}

std::string object_address(Interp& I, Obj* o) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(object_id(I, o)));
    return buf;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] repr and str
// ---------------------------------------------------------------------------------------------

static std::string class_path(Interp& I, TypeObj* t) {
    std::string mod = type_module(I, t);
    if (mod == "builtins") return t->qualname->s;
    return mod + "." + t->qualname->s;
}

Value default_repr(Interp& I, Value v) {
    if (!v.is_obj()) return repr(I, v);
    Obj* o = v.o;
    std::string out;
    switch (o->kind) {
        case Kind::Function:
            out = "<function " + static_cast<FunctionObj*>(o)->qualname->s + " at " +
                  object_address(I, o) + ">";
            break;
        case Kind::NativeFunction: {
            auto* f = static_cast<NativeFunctionObj*>(o);
            if (is_unbound_native(v) && is_kind(f->data, Kind::Type)) {
                out = "<method '" + f->name->s + "' of '" + as<TypeObj>(f->data)->name->s +
                      "' objects>";
            } else if (f->self.is_undef() || is_kind(f->self, Kind::Module)) {
                out = "<built-in function " + f->name->s + ">";
            } else {
                out = "<built-in method " + f->name->s + " of " + type_name(I, f->self) +
                      " object at " +
                      (f->self.is_obj() ? object_address(I, f->self.o) : std::string("0x0")) + ">";
            }
            break;
        }
        case Kind::BoundMethod: {
            auto* m = static_cast<BoundMethodObj*>(o);
            Value qn = getattr_opt(I, m->func, I.n.__qualname__);
            if (qn.is_error()) return qn;
            out = "<bound method " + (is_str(qn) ? std::string(str_view(qn)) : "?") + " of ";
            if (!repr_into(I, m->self, out)) return Value::error();
            out += ">";
            break;
        }
        case Kind::Type: out = "<class '" + class_path(I, static_cast<TypeObj*>(o)) + "'>"; break;
        case Kind::Module: {
            auto* m = static_cast<ModuleObj*>(o);
            out = m->name->s == "builtins" ? "<module 'builtins' (built-in)>"
                                           : "<module '" + m->name->s + "'>";
            break;
        }
        case Kind::Generator: {
            auto* g = static_cast<GenObj*>(o);
            const char* k = g->gkind == GenKind::Generator   ? "generator"
                            : g->gkind == GenKind::Coroutine ? "coroutine"
                                                             : "async_generator";
            out = std::string("<") + k + " object " + g->qualname->s + " at " +
                  object_address(I, o) + ">";
            break;
        }
        case Kind::StaticMethod:
        case Kind::ClassMethod: {
            out = o->kind == Kind::StaticMethod ? "<staticmethod(" : "<classmethod(";
            if (!repr_into(I, static_cast<MethodWrapperObj*>(o)->func, out)) return Value::error();
            out += ")>";
            break;
        }
        case Kind::Super: {
            auto* s = static_cast<SuperObj*>(o);
            out = "<super: <class '" + s->start->name->s + "'>, <" + s->obj_type->name->s +
                  " object>>";
            break;
        }
        case Kind::Code: {
            auto* c = static_cast<CodeObj*>(o);
            out = "<code object " + (c->name ? c->name->s : std::string("?")) + " at " +
                  object_address(I, o) + ", file \"" +
                  (c->filename ? c->filename->s : std::string("?")) + "\", line " +
                  std::to_string(c->firstlineno) + ">";
            break;
        }
        case Kind::Cell: out = "<cell at " + object_address(I, o) + ">"; break;
        default:
            if (v.same(I.not_implemented)) return I.str("NotImplemented");
            if (v.same(I.ellipsis)) return I.str("Ellipsis");
            out = "<" + class_path(I, o->type) + " object at " + object_address(I, o) + ">";
            break;
    }
    return new_str(I, std::move(out));
}

// The text of a small int, a new str (as CPython's long_to_decimal_string).
static Value int_text(Interp& I, int64_t x) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, x);
    const size_t n = size_t(r.ptr - buf);
    return Value::object(StrObj::make(I, I.t.str, std::string_view(buf, n), int64_t(n), true));
}

static void append_int(std::string& out, int64_t x) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, x); // no printf: str(i) in loops
    out.append(buf, size_t(r.ptr - buf));
}

// Scalars whose repr and str agree (None, bool, int, float); false when `v` is none of them.
static bool scalar_into(Interp& I, Value v, std::string& out, bool* ok) {
    *ok = true;
    switch (v.tag) {
        case Tag::None: out += "None"; return true;
        case Tag::Bool: out += v.b ? "True" : "False"; return true;
        case Tag::Int: append_int(out, v.i); return true;
        case Tag::Float: out += float_repr(v.f); return true;
        case Tag::Obj:
            if (v.o->kind == Kind::BigInt) {
                auto s = as<BigIntObj>(v)->v.to_string();
                if (!s) {
                    raise_num(I, s.error());
                    *ok = false;
                } else {
                    out += s.value();
                }
                return true;
            }
            return false;
        default: out += v.is_undef() ? "<undef>" : "<error>"; return true;
    }
}

// Call __repr__ / __str__ found on the type; checks the result is a str.
static Value call_text_dunder(Interp& I, Value v, StrObj* name) {
    if (++I.depth > I.recursion_limit) {
        --I.depth;
        return raise(I, I.t.RecursionError,
                     "maximum recursion depth exceeded while getting the repr of an object");
    }
    Value f = type_lookup_cached(type_of(I, v), name);
    Value r = f.is_undef() ? default_repr(I, v) : call_bound(I, f, v, std::span<const Value>());
    --I.depth;
    if (r.is_error()) return r;
    return text_result(I, r, name);
}

Value text_result(Interp& I, Value r, StrObj* name) {
    if (is_kind(r, Kind::Str)) return r;
    return raise_type_error(I, name->s + " returned non-string (type " + type_name(I, r) + ")");
}

bool repr_into(Interp& I, Value v, std::string& out) {
    bool ok;
    if (scalar_into(I, v, out, &ok)) return ok;
    if (v.o->kind == Kind::Str && v.o->type == I.t.str) {
        repr_string_into(as<StrObj>(v)->s, out);
        return true;
    }
    Value r = call_text_dunder(I, v, I.n.__repr__);
    if (r.is_error()) return false;
    out += as<StrObj>(r)->s;
    return true;
}

bool str_into(Interp& I, Value v, std::string& out) {
    bool ok;
    if (scalar_into(I, v, out, &ok)) return ok;
    if (v.o->kind == Kind::Str && v.o->type == I.t.str) {
        out += as<StrObj>(v)->s;
        return true;
    }
    Value r = call_text_dunder(I, v, I.n.__str__);
    if (r.is_error()) return false;
    out += as<StrObj>(r)->s;
    return true;
}

Value repr(Interp& I, Value v) {
    if (v.tag == Tag::Int) return int_text(I, v.i);
    if (is_kind(v, Kind::Str) && v.o->type == I.t.str)
        return new_str(I, repr_string(as<StrObj>(v)->s));
    if (v.is_obj() && v.o->kind != Kind::BigInt) return call_text_dunder(I, v, I.n.__repr__);
    std::string out;
    if (!repr_into(I, v, out)) return Value::error();
    return new_str(I, std::move(out));
}

Value to_str(Interp& I, Value v) {
    if (is_kind(v, Kind::Str)) {
        if (v.o->type == I.t.str) return v;
        TypeObj* owner = nullptr;
        Value f = type_lookup_owner(v.o->type, I.n.__str__, &owner);
        if (f.is_undef() || owner->is_builtin) return I.str(as<StrObj>(v)->s);
        return call_text_dunder(I, v, I.n.__str__);
    }
    if (v.is_obj() && v.o->kind != Kind::BigInt) return call_text_dunder(I, v, I.n.__str__);
    if (v.tag == Tag::Int) return int_text(I, v.i); // (str(i) in loops)
    std::string out;
    if (!str_into(I, v, out)) return Value::error();
    // (the text of a number, a bool or None is ASCII: no scan for its length)
    return Value::object(StrObj::make(I, I.t.str, out, int64_t(out.size()), true));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] format
// ---------------------------------------------------------------------------------------------

static Value format_result(Interp& I, NumResult<std::string> r) {
    if (!r) return raise_num(I, r.error());
    return new_str(I, std::move(r).value());
}

Value format_dunder_result(Interp& I, Value r) {
    if (is_kind(r, Kind::Str)) return r;
    return raise_type_error(I, "__format__ must return a str, not " + type_name(I, r));
}

Value format(Interp& I, Value v, std::string_view spec) {
    switch (v.tag) {
        case Tag::Int:
            if (spec.empty()) return to_str(I, v); // f"{n}": no spec parsing, no BigInt
            return format_result(I, format_int(v.i, spec, "int"));
        case Tag::Float:
            if (spec.empty()) return to_str(I, v);
            return format_result(I, format_float(v.f, spec));
        case Tag::Bool:
            if (spec.empty()) return to_str(I, v);
            return format_result(I, format_int(int64_t(v.b ? 1 : 0), spec, "bool"));
        case Tag::None: break;
        case Tag::Obj:
            if (v.o->kind == Kind::BigInt)
                return format_result(I, format_int(as<BigIntObj>(v)->v, spec, "int"));
            if (v.o->kind == Kind::Str && v.o->type == I.t.str) {
                if (spec.empty()) return v;
                return format_result(I, format_str(as<StrObj>(v)->s, spec));
            }
            break;
        default: return raise_type_error(I, "cannot format this value");
    }
    Value f = type_lookup_cached(type_of(I, v), I.n.__format__);
    if (!f.is_undef() && !(is_kind(f, Kind::NativeFunction) &&
                           as<NativeFunctionObj>(f)->fn == object_format_native)) {
        Value s = I.str(spec);
        Value r = call_bound(I, f, v, std::span<const Value>(&s, 1));
        if (r.is_error()) return r;
        return format_dunder_result(I, r);
    }
    if (!spec.empty())
        return raise_type_error(I, "unsupported format string passed to " + type_of(I, v)->name->s +
                                       ".__format__");
    if (v.is_none()) return to_str(I, v);
    // object.__format__, a builtin method CPython calls (and counts as a level) before str()
    if (!enter_c_level(I)) return Value::error();
    Value r = to_str(I, v);
    leave_c_level(I);
    return r;
}

} // namespace loopscope
