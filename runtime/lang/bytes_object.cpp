// bytes_object.cpp - the bytes and bytearray types: construction, the sequence dunders,
// comparisons, hashing, repr, and the iterator (as CPython's bytesobject.c /
// bytearrayobject.c). Codecs are in bytes_codecs.cpp, the other methods in bytes_methods.cpp.
//
// Index:
//   [SECTION] Helpers       - type tests, allocation, argument coercion
//   [SECTION] Construction  - bytes(...) / bytearray(...)
//   [SECTION] Dunders       - len, getitem, setitem, contains, iter, repr, compare, + * %
//   [SECTION] Registration
#include "lang/bytes_object.h"
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/init.h"

#include <algorithm>

namespace loopscope {

// ---------------------------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------------------------

bool is_bytes(Interp& I, Value v) {
    return v.is_obj() && v.o->kind == Kind::Native && is_subtype(v.o->type, I.t.bytes);
}
bool is_bytearray(Interp& I, Value v) {
    return v.is_obj() && v.o->kind == Kind::Native && is_subtype(v.o->type, I.t.bytearray);
}

Value new_bytes(Interp& I, std::string data) {
    return Value::object(I.alloc<BytesObj>(I.t.bytes, std::move(data)));
}
Value new_bytearray(Interp& I, std::string data) {
    return Value::object(I.alloc<BytesObj>(I.t.bytearray, std::move(data)));
}
Value new_bytes_like(Interp& I, Value like, std::string data) {
    return is_bytearray(I, like) ? new_bytearray(I, std::move(data))
                                 : new_bytes(I, std::move(data));
}

bool bytes_arg(Interp& I, Value v, std::string_view* out) {
    if (is_bytes_like(I, v)) {
        *out = bytes_view(v);
        return true;
    }
    raise_type_error(I, "a bytes-like object is required, not '" + type_name(I, v) + "'");
    return false;
}

bool byte_value(Interp& I, Value v, unsigned char* out, std::string_view range_msg) {
    int64_t x;
    if (v.is_small_int()) {
        x = v.as_small_int();
    } else if (is_kind(v, Kind::BigInt)) {
        raise_value_error(I, range_msg);
        return false;
    } else if (!to_index(I, v, &x)) {
        return false;
    }
    if (x < 0 || x > 255) {
        raise_value_error(I, range_msg);
        return false;
    }
    *out = static_cast<unsigned char>(x);
    return true;
}

std::string bytes_repr(std::string_view data, bool escape_single) {
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    static const char* hex = "0123456789abcdef";
    std::string out = "b";
    out += quote;
    for (unsigned char c : data) {
        if (c == quote || c == '\\' || (escape_single && c == '\'')) {
            out += '\\';
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += char(c);
        }
    }
    out += quote;
    return out;
}

namespace {

BytesObj* self_bytes(Interp& I, Value self, const char* name) {
    if (is_bytes_like(I, self)) return as<BytesObj>(self);
    raise_type_error(I, std::string("descriptor '") + name +
                            "' requires a 'bytes' object but received a '" + type_name(I, self) +
                            "'");
    return nullptr;
}

const char* kind_name(Interp& I, Value v) {
    return is_bytearray(I, v) ? "bytearray" : "bytes";
}

struct BytesIter : IterObj {
    BytesObj* b;
    size_t pos = 0;
    BytesIter(TypeObj* t, BytesObj* x) : IterObj(t), b(x) { rooted = true; }
    Value next(Interp&) override {
        if (!b) return Value::undef();
        if (pos >= b->data.size()) { // a bytearray may have shrunk
            b = nullptr;
            return Value::undef();
        }
        return Value::integer(static_cast<unsigned char>(b->data[pos++]));
    }
    void mark_refs(Gc& gc) override {
        if (b) gc.mark(b);
    }
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Construction
// ---------------------------------------------------------------------------------------------

// Fill `out` from an iterable of ints (bytes(list), bytearray(iterable), extend).
bool bytes_from_iterable(Interp& I, Value src, std::string& out, std::string_view range_msg) {
    if (is_bytes_like(I, src)) {
        out += bytes_view(src);
        return true;
    }
    std::vector<Value> items;
    if (!collect(I, src, items)) return false;
    for (Value v : items) {
        unsigned char c;
        if (!byte_value(I, v, &c, range_msg)) return false;
        out += char(c);
    }
    return true;
}

bool is_iterable(Interp& I, Value v) {
    if (!v.is_obj()) return false;
    switch (v.o->kind) {
        case Kind::List:
        case Kind::Tuple:
        case Kind::Dict:
        case Kind::Set:
        case Kind::Range:
        case Kind::Str:
        case Kind::Iterator:
        case Kind::Generator:
        case Kind::DictView: return true;
        default: break;
    }
    TypeObj* t = type_of(I, v);
    return !type_lookup(t, I.n.__iter__).is_undef() || !type_lookup(t, I.n.__getitem__).is_undef();
}

Value text_arg(Interp& I, Value v, const char* fname, const char* pname) {
    if (v.is_undef() || is_str(v)) return v;
    return raise_type_error(I, std::string(fname) + "() argument '" + pname +
                                   "' must be str, not " + type_name(I, v));
}

// bytes(source=b'', encoding=..., errors=...) / bytearray(...), as bytes_new / bytearray_init.
Value construct(Interp& I, Value cls, const CallArgs& a, bool array) {
    const char* name = array ? "bytearray" : "bytes";
    ArgSpec spec{name, {"source", "encoding", "errors"}, {}, 0, false};
    Value av[3];
    if (!parse_args(I, a, spec, av)) return Value::error();
    Value src = av[0], enc = av[1], errs = av[2];
    if (text_arg(I, enc, name, "encoding").is_error()) return Value::error();
    if (text_arg(I, errs, name, "errors").is_error()) return Value::error();
    std::string out;
    auto make = [&](std::string s) {
        TypeObj* t =
            is_kind(cls, Kind::Type) ? as<TypeObj>(cls) : (array ? I.t.bytearray : I.t.bytes);
        return Value::object(I.alloc<BytesObj>(t, std::move(s)));
    };
    if (src.is_undef()) {
        if (!enc.is_undef() || !errs.is_undef()) {
            if (array) return raise_type_error(I, "encoding or errors without sequence argument");
            return raise_type_error(I, enc.is_undef() ? "errors without a string argument"
                                                      : "encoding without a string argument");
        }
        return make(std::string());
    }
    if (!enc.is_undef()) {
        if (!is_str(src)) return raise_type_error(I, "encoding without a string argument");
        Value r =
            encode_str(I, as_str(src), str_view(enc), errs.is_undef() ? "strict" : str_view(errs));
        if (r.is_error()) return r;
        return make(std::string(bytes_view(r)));
    }
    if (!errs.is_undef()) {
        return raise_type_error(I, is_str(src) ? "string argument without an encoding"
                                               : "errors without a string argument");
    }
    if (!array && !is_bytes_like(I, src)) {
        Value f = type_lookup(type_of(I, src), I.intern("__bytes__"));
        if (!f.is_undef()) {
            Value r = call_special(I, src, I.intern("__bytes__"), {});
            if (r.is_error()) return r;
            if (!is_bytes(I, r))
                return raise_type_error(I, "__bytes__ returned non-bytes (type " + type_name(I, r) +
                                               ")");
            return make(std::string(bytes_view(r)));
        }
    }
    if (is_str(src)) return raise_type_error(I, "string argument without an encoding");
    // an int or any object with __index__ is a count of zero bytes (as bytes_new's PyIndex_Check)
    if (is_int(I, src) ||
        (src.is_obj() && !type_lookup_cached(src.o->type, I.n.__index__).is_undef())) {
        int64_t n;
        if (!to_index(I, src, &n)) return Value::error();
        if (n < 0) return raise_value_error(I, "negative count");
        if (n > (int64_t(1) << 31)) return raise(I, I.t.MemoryError, "");
        if (!room_for(I, uint64_t(n))) return Value::error();
        return make(std::string(size_t(n), '\0'));
    }
    if (!is_bytes_like(I, src) && !is_iterable(I, src)) {
        return raise_type_error(I, std::string("cannot convert '") + type_name(I, src) +
                                       "' object to " + name);
    }
    if (!bytes_from_iterable(I, src, out,
                             array ? "byte must be in range(0, 256)"
                                   : "bytes must be in range(0, 256)"))
        return Value::error();
    return make(std::move(out));
}

Value bytes_new(Interp& I, Value cls, const CallArgs& a) {
    return construct(I, cls, a, false);
}
Value bytearray_new(Interp& I, Value cls, const CallArgs& a) {
    return construct(I, cls, a, true);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Dunders
// ---------------------------------------------------------------------------------------------

Value b_len(Interp& I, Value self, const CallArgs&) {
    BytesObj* b = self_bytes(I, self, "__len__");
    if (!b) return Value::error();
    return Value::integer(int64_t(b->data.size()));
}

Value b_getitem(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_bytes(I, self, "__getitem__");
    if (!b || !check_one(I, a, "__getitem__")) return Value::error();
    Value key = a.args[0];
    int64_t n = int64_t(b->data.size());
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step, len;
        if (!slice_indices(I, as<SliceObj>(key), n, &start, &stop, &step, &len))
            return Value::error();
        std::string out;
        out.reserve(size_t(len));
        for (int64_t k = 0, i = start; k < len; ++k, i += step) out += b->data[size_t(i)];
        return new_bytes_like(I, self, std::move(out));
    }
    int64_t i;
    if (!item_index(I, key, is_bytearray(I, self) ? "bytearray" : "byte", &i))
        return Value::error();
    if (!norm_index(&i, n)) {
        return raise(I, I.t.IndexError,
                     is_bytearray(I, self) ? "bytearray index out of range" : "index out of range");
    }
    return Value::integer(static_cast<unsigned char>(b->data[size_t(i)]));
}

// bytearray[i] = x, bytearray[a:b] = iterable (as bytearray_ass_subscript).
Value ba_setitem(Interp& I, Value self, const CallArgs& a) {
    if (!is_bytearray(I, self)) return raise_type_error(I, "bytearray expected");
    if (!check_range(I, a, "__setitem__", 2, 2)) return Value::error();
    BytesObj* b = as<BytesObj>(self);
    Value key = a.args[0], v = a.args[1];
    int64_t n = int64_t(b->data.size());
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step, len;
        if (!slice_indices(I, as<SliceObj>(key), n, &start, &stop, &step, &len))
            return Value::error();
        std::string src;
        if (is_int(I, v) || is_str(v) || (!is_bytes_like(I, v) && !is_iterable(I, v))) {
            return raise_type_error(I, "can assign only bytes, buffers, or iterables of ints in "
                                       "range(0, 256)");
        }
        if (!bytes_from_iterable(I, v, src, "byte must be in range(0, 256)")) return Value::error();
        if (step == 1) {
            if (stop < start) stop = start;
            b->data.replace(size_t(start), size_t(stop - start), src);
            return Value::none();
        }
        if (int64_t(src.size()) != len) {
            return raise_value_error(I, "attempt to assign bytes of size " +
                                            std::to_string(src.size()) +
                                            " to extended slice of size " + std::to_string(len));
        }
        for (int64_t k = 0, i = start; k < len; ++k, i += step) b->data[size_t(i)] = src[size_t(k)];
        return Value::none();
    }
    int64_t i;
    if (!item_index(I, key, "bytearray", &i)) return Value::error();
    if (!norm_index(&i, n)) return raise(I, I.t.IndexError, "bytearray index out of range");
    unsigned char c;
    if (!byte_value(I, v, &c)) return Value::error();
    b->data[size_t(i)] = char(c);
    return Value::none();
}

Value ba_delitem(Interp& I, Value self, const CallArgs& a) {
    if (!is_bytearray(I, self)) return raise_type_error(I, "bytearray expected");
    if (!check_one(I, a, "__delitem__")) return Value::error();
    BytesObj* b = as<BytesObj>(self);
    Value key = a.args[0];
    int64_t n = int64_t(b->data.size());
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step, len;
        if (!slice_indices(I, as<SliceObj>(key), n, &start, &stop, &step, &len))
            return Value::error();
        std::vector<bool> drop(size_t(n), false);
        for (int64_t k = 0, i = start; k < len; ++k, i += step) drop[size_t(i)] = true;
        std::string out;
        for (int64_t i = 0; i < n; ++i)
            if (!drop[size_t(i)]) out += b->data[size_t(i)];
        b->data = std::move(out);
        return Value::none();
    }
    int64_t i;
    if (!item_index(I, key, "bytearray", &i)) return Value::error();
    if (!norm_index(&i, n)) return raise(I, I.t.IndexError, "bytearray index out of range");
    b->data.erase(size_t(i), 1);
    return Value::none();
}

Value b_contains(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_bytes(I, self, "__contains__");
    if (!b || !check_one(I, a, "__contains__")) return Value::error();
    Value x = a.args[0];
    if (is_int(I, x)) {
        unsigned char c;
        if (!byte_value(I, x, &c)) return Value::error();
        return Value::boolean(b->data.find(char(c)) != std::string::npos);
    }
    std::string_view sub;
    if (!bytes_arg(I, x, &sub)) return Value::error();
    return Value::boolean(b->data.find(sub) != std::string::npos);
}

Value b_iter(Interp& I, Value self, const CallArgs&) {
    BytesObj* b = self_bytes(I, self, "__iter__");
    if (!b) return Value::error();
    ExtraTypes& x = extra(I);
    TypeObj* t = is_bytearray(I, self) ? x.bytearray_iterator : x.bytes_iterator;
    return Value::object(I.alloc<BytesIter>(t, b));
}

Value b_repr(Interp& I, Value self, const CallArgs&) {
    BytesObj* b = self_bytes(I, self, "__repr__");
    if (!b) return Value::error();
    if (is_bytearray(I, self)) {
        std::string name =
            self.o->type == I.t.bytearray ? "bytearray" : self.o->type->name->s.str();
        return new_str(I, name + "(" + bytes_repr(b->data, true) + ")"); // ' always escaped
    }
    return new_str(I, bytes_repr(b->data));
}

Value b_hash(Interp& I, Value self, const CallArgs&) {
    BytesObj* b = self_bytes(I, self, "__hash__");
    if (!b) return Value::error();
    if (b->hash == -1) {
        // the same function as str's hash (strings.cpp): hash(b'abc') == hash('abc')
        uint64_t h = 1469598103934665603ULL;
        for (unsigned char c : b->data) {
            h ^= c;
            h *= 1099511628211ULL;
        }
        h ^= h >> 29;
        int64_t r = int64_t(h);
        b->hash = r == -1 ? -2 : r;
    }
    return Value::integer(b->hash);
}

template <CmpOp Op>
Value b_cmp(Interp& I, Value self, const CallArgs& a) {
    if (!is_bytes_like(I, self) || a.nargs != 1 || !is_bytes_like(I, a.args[0]))
        return I.not_implemented;
    int c = bytes_view(self).compare(bytes_view(a.args[0]));
    switch (Op) {
        case CmpOp::Lt: return Value::boolean(c < 0);
        case CmpOp::Le: return Value::boolean(c <= 0);
        case CmpOp::Eq: return Value::boolean(c == 0);
        case CmpOp::Ne: return Value::boolean(c != 0);
        case CmpOp::Gt: return Value::boolean(c > 0);
        case CmpOp::Ge: return Value::boolean(c >= 0);
    }
    return I.not_implemented;
}

bool defers_to(Interp& I, Value other, BinOp op) {
    return !type_lookup(type_of(I, other), I.n.rbinop[size_t(op)]).is_undef();
}

Value b_add(Interp& I, Value self, const CallArgs& a) {
    if (!is_bytes_like(I, self) || !check_one(I, a, "__add__")) return Value::error();
    Value o = a.args[0];
    if (!is_bytes_like(I, o)) {
        if (defers_to(I, o, BinOp::Add)) return I.not_implemented;
        return raise_type_error(I, "can't concat " + type_name(I, o) + " to " + kind_name(I, self));
    }
    std::string out(bytes_view(self));
    out += bytes_view(o);
    return new_bytes_like(I, self, std::move(out));
}

Value ba_iadd(Interp& I, Value self, const CallArgs& a) {
    if (!is_bytearray(I, self) || !check_one(I, a, "__iadd__")) return Value::error();
    Value o = a.args[0];
    if (!is_bytes_like(I, o))
        return raise_type_error(I, "can't concat " + type_name(I, o) + " to bytearray");
    std::string_view add = bytes_view(o); // may be self
    as<BytesObj>(self)->data += std::string(add);
    return self;
}

bool repeat_count(Interp& I, Value n, int64_t size, int64_t* out) {
    int64_t k;
    if (is_kind(n, Kind::BigInt)) {
        if (!as<BigIntObj>(n)->v.is_negative()) {
            raise(I, I.t.OverflowError, "cannot fit 'int' into an index-sized integer");
            return false;
        }
        k = 0;
    } else if (!to_index(I, n, &k)) {
        return false;
    }
    if (k < 0) k = 0;
    if (k != 0 && size > (int64_t(1) << 31) / k) {
        raise(I, I.t.MemoryError, "");
        return false;
    }
    *out = k;
    return true;
}

Value b_mul(Interp& I, Value self, const CallArgs& a) {
    if (!is_bytes_like(I, self) || !check_one(I, a, "__mul__")) return Value::error();
    Value n = a.args[0];
    bool has_index = n.is_obj() && !type_lookup_cached(n.o->type, I.n.__index__).is_undef();
    if (!is_int(I, n) && !has_index) {
        if (defers_to(I, n, BinOp::Mul)) return I.not_implemented;
        return raise_type_error(I, "can't multiply sequence by non-int of type '" +
                                       type_name(I, n) + "'");
    }
    std::string_view d = bytes_view(self);
    int64_t k;
    if (!repeat_count(I, n, int64_t(d.size()), &k)) return Value::error();
    if (!room_for(I, mul_or_max(d.size(), uint64_t(k)))) return Value::error();
    std::string out;
    out.reserve(d.size() * size_t(k));
    for (int64_t i = 0; i < k; ++i) out += d;
    return new_bytes_like(I, self, std::move(out));
}

Value ba_imul(Interp& I, Value self, const CallArgs& a) {
    Value r = b_mul(I, self, a);
    if (r.is_error() || r.same(I.not_implemented)) return r;
    as<BytesObj>(self)->data = std::string(bytes_view(r));
    return self;
}

Value b_mod(Interp& I, Value self, const CallArgs& a) {
    if (!is_bytes_like(I, self) || !check_one(I, a, "__mod__")) return Value::error();
    return bytes_percent(I, self, a.args[0]);
}

// bytes.fromhex(string) / bytearray.fromhex(string): a classmethod.
Value b_fromhex(Interp& I, Value self, const CallArgs& a0) {
    CallArgs a = a0;
    TypeObj* cls = I.t.bytes;
    if (is_kind(self, Kind::Type)) {
        cls = as<TypeObj>(self);
    } else if (is_bytes_like(I, self)) {
        cls = self.o->type;
    } else if (a.nargs > 0 && is_kind(a.args[0], Kind::Type)) {
        cls = as<TypeObj>(a.args[0]);
        ++a.args;
        --a.nargs;
    }
    if (!check_one(I, a, "fromhex")) return Value::error();
    if (!is_str(a.args[0])) {
        return raise_type_error(I,
                                "fromhex() argument must be str, not " + type_name(I, a.args[0]));
    }
    std::string_view s = str_view(a.args[0]);
    auto hexval = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    size_t i = 0;
    auto bad = [&](size_t pos) {
        return raise_value_error(I, "non-hexadecimal number found in fromhex() arg at position " +
                                        std::to_string(utf8_length(s.substr(0, pos))));
    };
    while (i < s.size()) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' ||
            s[i] == '\v') {
            ++i;
            continue;
        }
        int hi = hexval(s[i]);
        if (hi < 0) return bad(i);
        if (i + 1 >= s.size()) return bad(i + 1);
        int lo = hexval(s[i + 1]);
        if (lo < 0) return bad(i + 1);
        out += char(hi * 16 + lo);
        i += 2;
    }
    return Value::object(
        I.alloc<BytesObj>(is_subtype(cls, I.t.bytearray) ? cls : cls, std::move(out)));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Registration
// ---------------------------------------------------------------------------------------------

void init_bytes_types(Interp& I) {
    TypeObj* bytes = new_builtin_type(I, "bytes", I.t.object, Kind::Native);
    TypeObj* array = new_builtin_type(I, "bytearray", I.t.object, Kind::Native);
    I.t.bytes = bytes;
    I.t.bytearray = array;
    bytes->new_fn = bytes_new;
    array->new_fn = bytearray_new;
    for (TypeObj* t : {bytes, array}) {
        dict_set_str(I, I.builtins, t->name, Value::object(t));
        add_method(I, t, "__len__", b_len);
        add_method(I, t, "__getitem__", b_getitem);
        add_method(I, t, "__contains__", b_contains);
        add_method(I, t, "__iter__", b_iter);
        add_method(I, t, "__repr__", b_repr);
        add_method(I, t, "__str__", b_repr);
        add_method(I, t, "__eq__", b_cmp<CmpOp::Eq>);
        add_method(I, t, "__ne__", b_cmp<CmpOp::Ne>);
        add_method(I, t, "__lt__", b_cmp<CmpOp::Lt>);
        add_method(I, t, "__le__", b_cmp<CmpOp::Le>);
        add_method(I, t, "__gt__", b_cmp<CmpOp::Gt>);
        add_method(I, t, "__ge__", b_cmp<CmpOp::Ge>);
        add_method(I, t, "__add__", b_add);
        add_method(I, t, "__mul__", b_mul);
        add_method(I, t, "__rmul__", b_mul);
        add_method(I, t, "__mod__", b_mod);
        add_classmethod(I, t, "fromhex", b_fromhex);
        init_bytes_methods(I, t);
    }
    add_method(I, bytes, "__hash__", b_hash);
    dict_set_str(I, array->dict, I.n.__hash__, Value::none());
    add_method(I, array, "__setitem__", ba_setitem);
    add_method(I, array, "__delitem__", ba_delitem);
    add_method(I, array, "__iadd__", ba_iadd);
    add_method(I, array, "__imul__", ba_imul);
    ExtraTypes& x = extra(I);
    x.bytes_iterator = new_builtin_type(I, "bytes_iterator", I.t.object, Kind::Iterator);
    x.bytearray_iterator = new_builtin_type(I, "bytearray_iterator", I.t.object, Kind::Iterator);
    for (TypeObj* t : {x.bytes_iterator, x.bytearray_iterator}) { // the native iterators' dunders
        for (StrObj* n : {I.n.__iter__, I.n.__next__})
            dict_set_str(I, t->dict, n, dict_get_str(x.list_iterator->dict, n));
    }
    Interp* ip = &I; // reachable from no namespace: keep them alive
    I.root_markers.push_back([ip](Gc& gc) {
        gc.mark(extra(*ip).bytes_iterator);
        gc.mark(extra(*ip).bytearray_iterator);
    });
    init_bytes_codecs(I);
    init_bytes_int_methods(I);
}

} // namespace loopscope
