// value.h - the Python value as the VM sees it.
//
// A Value is a 16-byte tagged union: None, bool, small int (int64), float, or a pointer to a
// heap object. Ints that overflow int64 become BigIntObj. Two extra tags carry no Python value:
//   Error - "an exception is pending in Interp::exc" (the return value of any failing call),
//   Undef - "no value": an unbound local, an exhausted iterator, a dict miss.
// Errors are values: nothing in the runtime throws a C++ exception.
#pragma once

#include <cstdint>
#include <cstring>

namespace loopscope {

struct Obj;

#ifdef __EMSCRIPTEN__
// In wasm the tag fills the 8 bytes before the payload: clang copied a Value with a 1-byte tag
// as the tag byte plus two overlapping 8-byte moves of bytes 1-15 (padding included) through a
// stack slot, and V8 could not forward those stores to the loads that followed (a stall on
// every LOAD_FAST / PUSH). Two whole 8-byte words copy cleanly. Same size (16 bytes).
enum class Tag : uint64_t { None, Bool, Int, Float, Obj, Error, Undef };
#else
enum class Tag : uint8_t { None, Bool, Int, Float, Obj, Error, Undef };
#endif

struct Value {
    Tag tag = Tag::None;
    union {
        bool b;
        int64_t i;
        double f;
        Obj* o;
    };

    Value() : i(0) {}
    static Value none() { return Value(); }
    static Value boolean(bool v) {
        Value r;
        r.tag = Tag::Bool;
        r.i = 0;
        r.b = v;
        return r;
    }
    static Value integer(int64_t v) {
        Value r;
        r.tag = Tag::Int;
        r.i = v;
        return r;
    }
    static Value floating(double v) {
        Value r;
        r.tag = Tag::Float;
        r.f = v;
        return r;
    }
    static Value object(Obj* p) {
        Value r;
        r.tag = Tag::Obj;
        r.o = p;
        return r;
    }
    static Value error() {
        Value r;
        r.tag = Tag::Error;
        return r;
    }
    static Value undef() {
        Value r;
        r.tag = Tag::Undef;
        return r;
    }

    bool is_none() const { return tag == Tag::None; }
    bool is_bool() const { return tag == Tag::Bool; }
    bool is_int() const { return tag == Tag::Int; }
    bool is_float() const { return tag == Tag::Float; }
    bool is_obj() const { return tag == Tag::Obj; }
    bool is_error() const { return tag == Tag::Error; }
    bool is_undef() const { return tag == Tag::Undef; }
    // Python's bool is a subclass of int: arithmetic treats True as 1.
    bool is_small_int() const { return tag == Tag::Int || tag == Tag::Bool; }
    int64_t as_small_int() const { return tag == Tag::Bool ? (b ? 1 : 0) : i; }

    // Identity, as Python's `is` (small ints and floats compare by value: CPython caches
    // small ints; floats are not compared with `is` in lesson code).
    bool same(const Value& other) const {
        if (tag != other.tag) return false;
        switch (tag) {
            case Tag::None:
            case Tag::Error:
            case Tag::Undef: return true;
            case Tag::Bool: return b == other.b;
            case Tag::Int: return i == other.i;
            case Tag::Float: return std::memcmp(&f, &other.f, sizeof f) == 0;
            case Tag::Obj: return o == other.o;
        }
        return false;
    }
};

} // namespace loopscope
