// ops.h - the abstract object operations (as CPython's abstract.c / object.c): what `+`,
// `==`, `len()`, `repr()`, attribute access, calls and iteration mean for any value.
//
// Conventions (errors are values):
//   - functions returning Value return Value::error() with I.exc set on failure;
//   - functions returning int return -1 on failure, else 0/1 (false/true);
//   - iteration: iter_next returns Undef when exhausted.
#pragma once

#include "lang/interp.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace loopscope {

// ---- raising ---------------------------------------------------------------------------------
// Raise `type(msg)`: sets I.exc and returns Value::error().
Value raise(Interp& I, TypeObj* type, std::string_view msg);
Value raise_value(Interp& I, Value exc); // raise an exception instance (or class)
// Shorthands for the messages CPython uses everywhere.
Value raise_type_error(Interp& I, std::string_view msg);
Value raise_value_error(Interp& I, std::string_view msg);
Value raise_attribute_error(Interp& I, Value obj, StrObj* name);
Value raise_key_error(Interp& I, Value key);
Value raise_not_implemented(Interp& I, std::string_view feature); // "X is not available..."
bool exc_matches(Interp& I, Value exc, TypeObj* type);            // isinstance(exc, type)

// A level of the recursion limit that CPython 3.11 counts in C (Py_EnterRecursiveCall) on a
// call path besides the Python frames: a call to a builtin taking one argument (repr, hash)
// or a tuple of arguments (min, max), a call through a type's tp_call (a class, an instance
// with __call__), object.__format__, list.sort reached from sorted(). Counting the same
// levels gives RecursionError at CPython's depth. False (RecursionError raised, with
// `while calling a Python object`) past the limit; else leave_c_level() undoes it.
bool enter_c_level(Interp& I);
constexpr uint8_t kCodeWarmCalls = 8; // (CodeObj::calls)
inline void leave_c_level(Interp& I) {
    --I.depth;
}
// Create (without raising) an exception instance of `type` with args (msg,).
Value make_exception(Interp& I, TypeObj* type, std::string_view msg);

// ---- construction -------------------------------------------------------------------------------
Value new_int(Interp& I, const BigInt& v); // normalises to a small int when it fits
Value new_tuple(Interp& I, const std::vector<Value>& items);
// tuple + tuple (the result an exact tuple), as CPython's tupleconcat: an exact tuple plus an
// empty one is itself.
Value tuple_concat(Interp& I, TupleObj* a, TupleObj* b);
Value new_tuple(Interp& I, std::span<const Value> items);
Value new_list(Interp& I, std::vector<Value> items);
DictObj* new_dict(Interp& I);
SetObj* new_set(Interp& I, bool frozen = false);
Value new_native_function(Interp& I, std::string_view name, NativeFn fn,
                          Value self = Value::undef());
// Add a method to a builtin type: `type.name` is a native function receiving `self`.
// `rooted`: fn keeps what it holds across calls into Python reachable (heap.h).
void add_method(Interp& I, TypeObj* type, std::string_view name, NativeFn fn, bool rooted = false);
// Add a classmethod to a builtin type: `type.name(...)` calls fn with the class first.
void add_classmethod(Interp& I, TypeObj* type, std::string_view name, NativeFn fn);
void add_builtin(Interp& I, std::string_view name, NativeFn fn,
                 bool rooted = false); // into the builtins dict
TypeObj* new_builtin_type(Interp& I, std::string_view name, TypeObj* base, Kind instance_kind);
// Compute type->mro from type->bases (C3); false if no consistent order exists.
bool init_type_mro(TypeObj* type);

// ---- types -------------------------------------------------------------------------------------
inline TypeObj* type_of(Interp& I, Value v) {
    switch (v.tag) {
        case Tag::None: return I.t.none;
        case Tag::Bool: return I.t.bool_;
        case Tag::Int: return I.t.int_;
        case Tag::Float: return I.t.float_;
        case Tag::Obj: return v.o->type;
        default: return I.t.none;
    }
}
bool is_subtype(TypeObj* t, TypeObj* base);
inline bool isinstance(Interp& I, Value v, TypeObj* t) {
    return is_subtype(type_of(I, v), t);
}
bool is_int(Interp& I, Value v); // int or bool (small or big)
// The number an instance of a user subclass of int or float carries (NumberObj); `v` itself
// for every other value.
inline Value number_value(Value v) {
    if (v.is_obj() && v.o->type->number_base) return static_cast<NumberObj*>(v.o)->num;
    return v;
}
inline bool is_str(Value v) {
    return v.tag == Tag::Obj && v.o->kind == Kind::Str;
}
inline std::string_view str_view(Value v) { // requires is_str(v)
    return static_cast<StrObj*>(v.o)->s;
}
// Look `name` up along the MRO of `type`; Undef when absent. No descriptors applied.
Value type_lookup(TypeObj* type, StrObj* name);
std::string type_name(Interp& I, Value v); // type(v).__name__

// ---- protocol ----------------------------------------------------------------------------------
Value repr(Interp& I, Value v);     // -> str
Value ascii_of(Interp& I, Value v); // ascii(v): repr with non-ASCII escaped (str_percent.cpp)
Value to_str(Interp& I, Value v);   // str(v) -> str
// Append repr(v) / str(v) as UTF-8 to `out`; false on error.
bool repr_into(Interp& I, Value v, std::string& out);
bool str_into(Interp& I, Value v, std::string& out);
int truthy(Interp& I, Value v);
// Comparisons. `compare` returns a bool value (or whatever __lt__ returned), `eq` an int.
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
Value compare(Interp& I, Value a, Value b, CmpOp op);
int eq(Interp& I, Value a, Value b);
int less(Interp& I, Value a, Value b); // a < b as truth value, for sort/min/max
// less() for a sort whose keys all have one type: the type's comparison is called directly,
// without the level PyObject_RichCompare counts (as listobject.c's unsafe_object_compare).
int less_same_type(Interp& I, Value a, Value b);
bool hash(Interp& I, Value v, int64_t* out);
Value length(Interp& I, Value v); // len(v) as int
bool len(Interp& I, Value v, int64_t* out);
int contains(Interp& I, Value container, Value item); // `item in container`

// Binary and unary operators. BinOp order matches Names::binop.
enum class BinOp : uint8_t {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul
};
Value binary_op(Interp& I, BinOp op, Value a, Value b);
Value inplace_op(Interp& I, BinOp op, Value a, Value b); // a op= b
enum class UnaryOp : uint8_t { Neg, Pos, Invert, Not };
Value unary_op(Interp& I, UnaryOp op, Value a);

// Attributes
Value getattr(Interp& I, Value obj, StrObj* name);
// As getattr, but returns Undef (no exception) when the attribute does not exist.
Value getattr_opt(Interp& I, Value obj, StrObj* name);
bool setattr(Interp& I, Value obj, StrObj* name, Value v);
bool delattr(Interp& I, Value obj, StrObj* name);

// Items
Value getitem(Interp& I, Value obj, Value key);
bool setitem(Interp& I, Value obj, Value key, Value v);
// obj[start:stop:step] and its store (BINARY_SLICE, STORE_SLICE): no slice object on the heap for
// exact lists, tuples and strs; step is None for a two-part slice.
Value get_slice(Interp& I, Value obj, Value start, Value stop, Value step);
bool set_slice(Interp& I, Value obj, Value start, Value stop, Value step, Value v);
// Their paths for an exact list or tuple (set: list) with int or None bounds, which run in
// run_frame: get answers Undef for other bounds; set answers false, having done nothing, for
// other bounds or a value other than an exact list or tuple, or a size mismatch (which raises).
Value plain_get_slice(Interp& I, Value obj, Value start, Value stop, Value step);
bool plain_set_slice(Interp& I, Value obj, Value start, Value stop, Value step, Value v);
bool delitem(Interp& I, Value obj, Value key);

// Calls: positional args, optional keyword names (values follow the positionals in `args`).
Value call(Interp& I, Value callable, const CallArgs& a);
Value call(Interp& I, Value callable, std::span<const Value> args);
Value call_method(Interp& I, Value obj, StrObj* name, std::span<const Value> args);
// callable(v)
bool is_callable(Interp& I, Value v);
// Look a special method up on the type (not the instance) and call it with obj as self;
// Undef when the type has no such method.
Value call_special(Interp& I, Value obj, StrObj* name, std::span<const Value> args);

// Iteration
Value get_iter(Interp& I, Value v);   // iter(v)
Value iter_next(Interp& I, Value it); // next(it), Undef when exhausted; one tick (budget.cpp)
Value iter_next_unticked(Interp& I, Value it); // for the VM, whose loops tick themselves
// Collect an iterable into a vector (list(x)).
bool collect(Interp& I, Value iterable, std::vector<Value>& out);
// A list or tuple whose iteration gives its items: exact, or a subclass that does not define
// its own __iter__ (CPython's fast paths test the exact type, then iterate).
bool iterates_as_items(Interp& I, Value v);

// Numbers
// Convert an index-like value (int, bool, __index__) to int64; error if not an int or too big.
bool to_index(Interp& I, Value v, int64_t* out, std::string_view what = "");
// A subscript: int, bool or __index__, else "TNAME indices must be integers or slices, not ...".
bool item_index(Interp& I, Value k, const char* tname, int64_t* out);
bool to_double(Interp& I, Value v, double* out); // int or float -> double
Value int_from_double(Interp& I, double d);      // int(3.7) == 3, handles big values

// Formatting (format(), f-strings): format `v` with the spec text after ':'.
Value format(Interp& I, Value v, std::string_view spec);

// ---- argument parsing for natives ------------------------------------------------------------
// Checks a native's arguments against a CPython-like signature and produces CPython's messages:
//   ArgSpec spec{"sorted", {"iterable"}, {"key", "reverse"}, 1 /*required positionals*/};
//   Value xs[3]; if (!parse_args(I, a, spec, xs)) return Value::error();
// Positional-or-keyword names come first in `names`; `kwonly` can only be passed by keyword.
// Missing optional arguments are Undef.
struct ArgSpec {
    const char* fname;
    std::vector<const char*> names;  // positional (or keyword) parameters
    std::vector<const char*> kwonly; // keyword-only parameters
    int required = 0;                // required positional count
    bool positional_only = true;     // names cannot be passed by keyword (most builtins)
};
bool parse_args(Interp& I, const CallArgs& a, const ArgSpec& spec, Value* out);
// Simple arity check for natives taking only positional arguments, with CPython's wording
// ("len() takes exactly one argument (2 given)" style is the caller's; this gives
// "f expected at most N arguments, got M").
bool check_nargs(Interp& I, const CallArgs& a, std::string_view fname, int min, int max);

// ---- strings ---------------------------------------------------------------------------------
inline StrObj* as_str(Value v) { // requires is_str
    return static_cast<StrObj*>(v.o);
}
// a + b for two exact strs when the result is short (no check that could fail: run_frame's
// BINARY_OP), else null and the general path (ops_arith.cpp) decides.
StrObj* str_add_short(Interp& I, StrObj* a, StrObj* b);
// Encode code point as UTF-8; decode helpers for non-ASCII strings.
void append_utf8(std::string& out, uint32_t cp);
int64_t utf8_length(std::string_view s);
// Byte offset of code point `index` in s (index in [0, cp_len]).
size_t utf8_offset(const StrObj* s, int64_t index);
size_t utf8_offset(std::string_view s, int64_t index); // (index past the end: the size)
std::string repr_string(std::string_view utf8);        // Python repr of a str: quotes and escapes

// ---- dict ------------------------------------------------------------------------------------
// Lookup / insert / delete with Python hashing and equality (may call __hash__/__eq__).
// dict_get returns Undef when missing.
Value dict_get(Interp& I, DictObj* d, Value key);
bool dict_set(Interp& I, DictObj* d, Value key, Value v);
int dict_del(Interp& I, DictObj* d, Value key); // 1 deleted, 0 missing, -1 error
// Fast paths for interned-string keys (globals, attributes): never fail.
Value dict_get_str(DictObj* d, StrObj* key);
int64_t dict_find_str(const DictObj* d, StrObj* key); // the entry's position, or -1
void dict_set_str(Interp& I, DictObj* d, StrObj* key, Value v);
bool dict_del_str(DictObj* d, StrObj* key);
void dict_clear(DictObj* d);
// d[key] / d[key] = v for an exact str key in a dict (not a set's table), calling no Python
// code (run_frame's fast paths, dict.get): get answers 1 found (*out), 0 missing, -1 when an
// entry with the same hash has a key other than an exact str (its __eq__ may run: take the
// general path); store answers false for that case, having done nothing, else true with *old
// the value replaced (Undef when the key is new).
int dict_get_exact_str(Interp& I, DictObj* d, StrObj* key, Value* out);
bool dict_store_exact_str(Interp& I, DictObj* d, StrObj* key, Value v, Value* old);
// Iterate live entries in insertion order: for (auto& e : d->entries) if (!e.key.is_undef()) ...

} // namespace loopscope
