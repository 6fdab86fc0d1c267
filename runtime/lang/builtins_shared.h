// builtins_shared.h - helpers shared by the builtin types' method files (str_methods.cpp,
// list_methods.cpp, dict_methods.cpp, set_methods.cpp, iterators.cpp, number_methods.cpp,
// builtins.cpp) that ops.h does not declare.
//
// Index:
//   [SECTION] Extra types    - native iterator types and other types not in BuiltinTypes
//   [SECTION] Small helpers  - str allocation, hashing, argument checks
//   [SECTION] Sequences      - slices, iterators over lists / tuples / str / dicts
#pragma once

#include "lang/ops.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace loopscope {

// ---------------------------------------------------------------------------------------------
// [SECTION] Extra types
// ---------------------------------------------------------------------------------------------

// Types created by the init_* functions of the builtin files (BuiltinTypes lists only the
// core ones). One set per Interp.
struct ExtraTypes {
    TypeObj *list_iterator = nullptr, *list_reverseiterator = nullptr, *tuple_iterator = nullptr,
            *str_iterator = nullptr, *range_iterator = nullptr, *dict_keyiterator = nullptr,
            *dict_valueiterator = nullptr, *dict_itemiterator = nullptr,
            *dict_reversekeyiterator = nullptr, *set_iterator = nullptr, *enumerate = nullptr,
            *zip = nullptr, *map = nullptr, *filter = nullptr, *reversed = nullptr,
            *callable_iterator = nullptr, *seq_iterator = nullptr, *bytes_iterator = nullptr,
            *bytearray_iterator = nullptr, *memory_iterator = nullptr;
    // Objects whose repr is in progress (the "[...]" / "{...}" recursion guard).
    std::vector<Obj*> repr_stack;
    // id(): stable numbers handed out on first use.
    std::unordered_map<Obj*, int64_t> ids;
    // set.pop()'s finger per set (CPython's PySetObject::finger), when not 0.
    std::unordered_map<Obj*, size_t> set_fingers;
    int64_t next_id = 0;
    // The one-character ASCII strs, interned and made on first use (ascii_char, strings.cpp).
    StrObj* ascii_chars[128] = {};
    // The strs FORMAT_VALUE made that only the value stack holds (StrObj::note_formatted),
    // valid while heap.collections is `formatted_at`.
    StrObj* formatted[8] = {};
    uint32_t n_formatted = 0;
    size_t formatted_at = 0;
};
ExtraTypes& extra(Interp& I);

// ---------------------------------------------------------------------------------------------
// [SECTION] Small helpers
// ---------------------------------------------------------------------------------------------

// A fresh str owning `s` (no copy).
inline Value new_str(Interp& I, std::string s) {
    return Value::object(StrObj::make(I, I.t.str, s));
}
// The str of one ASCII character c (< 128): one object per character, as CPython's latin-1
// singletons, for the pieces of a str (indexing, slices, split, strip...) as CPython's
// substrings; str(5) makes a new str each time, as CPython's.
StrObj* ascii_char(Interp& I, unsigned char c);
// The hash of a str (cached in StrObj::hash). Deterministic; every hash of a str must use it.
int64_t str_hash_text(const StrObj* s); // (computes it: strings.cpp)
inline int64_t str_hash(const StrObj* s) {
    return s->hash != -1 ? s->hash : str_hash_text(s);
}
// A fresh str holding code points [start, stop) of `s` (clamped by the caller).
Value str_substr(Interp& I, StrObj* s, int64_t start, int64_t stop);
// The code point at byte offset `*pos` of a UTF-8 text; advances `*pos`.
uint32_t utf8_decode(std::string_view s, size_t* pos);

// Registers str.__mod__ (str_percent.cpp) and the case/padding/is*() methods (str_case.cpp);
// called by init_str_methods.
void init_str_percent(Interp& I);
void init_str_case_methods(Interp& I);
// str.isspace() for one code point (strings.cpp).
bool unicode_space(uint32_t c);

// Raise a numeric module's error (bigint.h NumError) as its Python exception.
Value raise_num(Interp& I, const NumError& e);
// An int value (small or big) as a BigInt; TypeError for other values.
bool int_value(Interp& I, Value v, BigInt* out);

// Raises "NAME() takes no keyword arguments" when a has keywords.
bool no_kwargs(Interp& I, const CallArgs& a, std::string_view fname);
// CPython's arity checks for natives taking positional arguments only (each also rejects
// keywords with "NAME() takes no keyword arguments"):
//   check_one:   "NAME() takes exactly one argument (N given)"
//   check_none:  "NAME() takes no arguments (N given)"
//   check_range: "NAME expected at most N arguments, got M" (at least / exactly N)
//   check_takes: "NAME() takes at most N arguments (M given)" (at least)
bool check_one(Interp& I, const CallArgs& a, std::string_view fname);
bool check_none(Interp& I, const CallArgs& a, std::string_view fname);
bool check_range(Interp& I, const CallArgs& a, std::string_view fname, int min, int max,
                 std::string_view kwname = {});
bool check_takes(Interp& I, const CallArgs& a, std::string_view fname, int min, int max,
                 std::string_view kwname = {});
// The argument `a.args[i]` as a Value, or Undef when absent.
inline Value arg(const CallArgs& a, int i) {
    return i < a.nargs ? a.args[i] : Value::undef();
}
// Keyword argument by name, Undef when absent.
Value kwarg(const CallArgs& a, std::string_view name);

// The repr recursion guard: enter returns false when `o` is already being repr'd.
bool repr_enter(Interp& I, Obj* o);
void repr_leave(Interp& I, Obj* o);

// Python's hash of a tuple, as CPython 3.11's tuplehash (xxHash based).
bool tuple_hash(Interp& I, std::span<const Value> items, int64_t* out);

// Lexicographic comparison of two sequences, as CPython's list_richcompare (two lists: their
// items re-read after each comparison, which may mutate them) or tuple_richcompare.
Value seq_compare(Interp& I, const std::vector<Value>& a, const std::vector<Value>& b, CmpOp op);
Value seq_compare(Interp& I, std::span<const Value> a, std::span<const Value> b, CmpOp op);

// ---------------------------------------------------------------------------------------------
// [SECTION] Sequences
// ---------------------------------------------------------------------------------------------

// slice.indices(length): clamps as CPython's PySlice_GetIndicesEx and returns the slice length.
bool slice_indices(Interp& I, SliceObj* s, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* slicelen);
// Normalise a (possibly negative) index against `length`; false when out of range.
inline bool norm_index(int64_t* i, int64_t length) {
    if (*i < 0) *i += length;
    return *i >= 0 && *i < length;
}

// An exact list's or tuple's items start, start + step, ... (n of them) as a new one of its
// base type; `self[start:stop:step] = v` on a list with computed indices (list_methods.cpp).
Value seq_slice(Interp& I, Value self, int64_t start, int64_t step, int64_t n);
bool list_store_slice(Interp& I, Value self, int64_t start, int64_t stop, int64_t step, int64_t n,
                      Value v);
// Its store once the items to store are in `src` (another list's items, re-read after the
// dropped items' finalizers ran, or a tuple's), which is not `items` itself.
template <typename Seq>
bool list_store_items(Interp& I, std::vector<Value>& items, int64_t start, int64_t stop,
                      int64_t step, int64_t n, const Seq& src);

// Iterators over builtin containers (iterators.cpp).
// Item access of exact lists, tuples and strs with a slice key; they keep no reference to the
// slice, so BINARY_SLICE / STORE_SLICE pass one that lives on the C++ stack (ops_attr.cpp).
Value list_get_slice(Interp& I, Value self, Value slice);
Value tuple_get_slice(Interp& I, Value self, Value slice);
Value str_get_slice(Interp& I, Value self, Value slice);
bool list_set_slice(Interp& I, Value self, Value slice, Value v);

Value new_list_iterator(Interp& I, ListObj* l);
Value new_list_reverse_iterator(Interp& I, ListObj* l);
Value new_tuple_iterator(Interp& I, TupleObj* t);
Value new_str_iterator(Interp& I, StrObj* s);
Value new_dict_iterator(Interp& I, DictObj* d, ViewKind kind);
Value new_set_iterator(Interp& I, SetObj* s);
Value new_range_iterator(Interp& I, int64_t start, int64_t step, int64_t len);
// iter(x) for objects with __getitem__ but no __iter__ (CPython's "iterator" type).
Value new_seq_iterator(Interp& I, Value seq);
// iter(callable, sentinel)
Value new_callable_iterator(Interp& I, Value func, Value sentinel);
// Creates the iterator types above (called by init_range_methods).
void init_iterator_types(Interp& I);

// Dict internals (dict.cpp) used by set_methods.cpp: lookup with a precomputed hash.
// Returns the position in d->entries, -1 when missing, -2 on error.
int64_t dict_find(Interp& I, DictObj* d, Value key, int64_t h);
bool dict_insert(Interp& I, DictObj* d, Value key, int64_t h, Value v);
// Hash for a dict key; false (with TypeError "unhashable type") on error.
bool key_hash(Interp& I, Value key, int64_t* out);
// Delete the entry at position `pos` of d->entries.
void dict_del_at(DictObj* d, int64_t pos);

// Stable sort of values by key (Undef/None = the values) for list.sort and sorted().
bool sort_list_values(Interp& I, std::vector<Value>& items, Value key, bool reverse);

// The set table (set_table.cpp): CPython's set layout inside a DictObj whose type is `set`.
bool is_set_table(const DictObj* d);
int64_t set_table_find(Interp& I, DictObj* d, Value key, int64_t h);
bool set_table_insert(Interp& I, DictObj* d, Value key, int64_t h, Value v);
void set_table_del_at(DictObj* d, int64_t pos);
bool set_table_merge(Interp& I, DictObj* so, const DictObj* other);

// Set helpers (set_methods.cpp).
bool set_add(Interp& I, SetObj* s, Value key);
// Entry positions of a set's table in its iteration order (CPython's slot order).
std::vector<int32_t> set_order(const DictObj* d);
int set_contains(Interp& I, SetObj* s, Value key);

} // namespace loopscope
