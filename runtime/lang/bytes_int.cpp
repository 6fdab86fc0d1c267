// bytes_int.cpp - int.to_bytes and int.from_bytes (as CPython 3.11's int_to_bytes_impl /
// int_from_bytes_impl: byteorder 'big' by default, signed=False), the bridge between ints and
// the bytes a length-prefixed protocol sends.
#include "lang/builtins_shared.h"
#include "lang/bytes_object.h"
#include "lang/init.h"

namespace loopscope {

namespace {

// byteorder: true for 'little'; ValueError for anything but 'little' / 'big'.
bool little_endian(Interp& I, Value v, bool* little) {
    *little = false;
    if (v.is_undef()) return true;
    if (!is_str(v)) {
        raise_type_error(I, "to_bytes() argument 'byteorder' must be str, not " + type_name(I, v));
        return false;
    }
    std::string_view s = str_view(v);
    if (s != "little" && s != "big") {
        raise_value_error(I, "byteorder must be either 'little' or 'big'");
        return false;
    }
    *little = s == "little";
    return true;
}

bool signed_arg(Interp& I, Value v, bool* out) {
    *out = false;
    if (v.is_undef()) return true;
    int r = truthy(I, v);
    if (r < 0) return false;
    *out = r == 1;
    return true;
}

// 1 << bits as an int value.
Value power_of_two(Interp& I, int64_t bits) {
    return binary_op(I, BinOp::LShift, Value::integer(1), Value::integer(bits));
}

Value int_to_bytes(Interp& I, Value self, const CallArgs& a) {
    if (!is_int(I, self)) return raise_type_error(I, "descriptor 'to_bytes' requires an 'int'");
    ArgSpec spec{"to_bytes", {"length", "byteorder"}, {"signed"}, 0, false};
    Value av[3];
    if (!parse_args(I, a, spec, av)) return Value::error();
    int64_t length = 1;
    if (!av[0].is_undef() && !to_index(I, av[0], &length)) return Value::error();
    bool little, is_signed;
    if (!little_endian(I, av[1], &little) || !signed_arg(I, av[2], &is_signed))
        return Value::error();
    if (length < 0) return raise_value_error(I, "length argument must be non-negative");
    if (length > (int64_t(1) << 28)) return raise(I, I.t.OverflowError, "int too big to convert");
    Value v = self.is_bool() ? Value::integer(self.b ? 1 : 0) : self;
    int neg = less(I, v, Value::integer(0));
    if (neg < 0) return Value::error();
    if (neg && !is_signed)
        return raise(I, I.t.OverflowError, "can't convert negative int to unsigned");
    // the range the bytes can hold: [0, 2**bits) unsigned, [-2**(bits-1), 2**(bits-1)) signed
    int64_t bits = 8 * length;
    Value limit = power_of_two(I, is_signed ? (bits > 0 ? bits - 1 : 0) : bits);
    if (limit.is_error()) return limit;
    bool fits;
    if (is_signed) {
        Value low = unary_op(I, UnaryOp::Neg, limit);
        int lo = less(I, v, low), hi = less(I, v, limit);
        if (lo < 0 || hi < 0) return Value::error();
        fits = bits > 0 ? (!lo && hi) : eq(I, v, Value::integer(0)) == 1;
    } else {
        int hi = less(I, v, limit);
        if (hi < 0) return Value::error();
        fits = hi == 1;
    }
    if (!fits) return raise(I, I.t.OverflowError, "int too big to convert");
    if (neg) {
        v = binary_op(I, BinOp::Add, v, power_of_two(I, bits)); // two's complement
        if (v.is_error()) return v;
    }
    std::string out(size_t(length), '\0');
    for (int64_t k = 0; k < length; ++k) {
        Value byte = binary_op(I, BinOp::And, v, Value::integer(255));
        if (byte.is_error()) return byte;
        out[size_t(little ? k : length - 1 - k)] = char(byte.as_small_int());
        v = binary_op(I, BinOp::RShift, v, Value::integer(8));
        if (v.is_error()) return v;
    }
    return new_bytes(I, std::move(out));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod.
Value int_from_bytes(Interp& I, Value self, const CallArgs& a0) {
    CallArgs a = a0;
    Value cls = self;
    if (!is_kind(self, Kind::Type) && a.nargs > 0 && is_kind(a.args[0], Kind::Type)) {
        cls = a.args[0];
        ++a.args;
        --a.nargs;
    }
    ArgSpec spec{"from_bytes", {"bytes", "byteorder"}, {"signed"}, 1, false};
    Value av[3];
    if (!parse_args(I, a, spec, av)) return Value::error();
    bool little, is_signed;
    if (!little_endian(I, av[1], &little) || !signed_arg(I, av[2], &is_signed))
        return Value::error();
    Value data = av[0];
    if (is_str(data)) // as PyObject_Bytes, which has no encoding to use
        return raise_type_error(I, "cannot convert 'str' object to bytes");
    if (!is_bytes_like(I, data)) {
        data = call(I, Value::object(I.t.bytes), std::span<const Value>(&av[0], 1));
        if (data.is_error()) return data;
    }
    std::string_view d = bytes_view(data);
    Value v = Value::integer(0);
    for (size_t k = 0; k < d.size(); ++k) {
        auto c = static_cast<unsigned char>(little ? d[d.size() - 1 - k] : d[k]);
        v = binary_op(I, BinOp::LShift, v, Value::integer(8));
        if (v.is_error()) return v;
        v = binary_op(I, BinOp::Or, v, Value::integer(c));
        if (v.is_error()) return v;
    }
    if (is_signed && !d.empty()) {
        auto top = static_cast<unsigned char>(little ? d.back() : d.front());
        if (top & 0x80) v = binary_op(I, BinOp::Sub, v, power_of_two(I, int64_t(8 * d.size())));
    }
    // a subclass gets its own instance: cls(value)
    if (v.is_error() || !is_kind(cls, Kind::Type) || cls.o == I.t.int_) return v;
    return call(I, cls, std::span<const Value>(&v, 1));
}

} // namespace

void init_bytes_int_methods(Interp& I) {
    add_method(I, I.t.int_, "to_bytes", int_to_bytes);
    add_classmethod(I, I.t.int_, "from_bytes", int_from_bytes);
}

} // namespace loopscope
