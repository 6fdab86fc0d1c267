// str_percent.cpp - printf-style formatting, `str % args` (str.__mod__), as CPython's
// PyUnicode_Format: format_spec.h parses the format and formats each number; this file takes
// the values from the arguments (a tuple, a single value or a mapping) with CPython's messages.
#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "lang/format_spec.h"

#include <cstdint>

namespace loopscope {

namespace {

// The argument source of one `%` operation (as getnextarg in unicodeobject.c).
struct PercentArgs {
    const Value* items = nullptr;
    size_t count = 0;
    size_t next = 0;
    Value mapping = Value::undef(); // set when the right operand is a mapping
    bool single = false;            // a non-tuple right operand counts as one argument
};

bool next_arg(Interp& I, PercentArgs& pa, Value* out) {
    if (pa.next < pa.count) {
        *out = pa.items[pa.next++];
        return true;
    }
    raise_type_error(I, "not enough arguments for format string");
    return false;
}

} // namespace

// ascii(): repr with non-ASCII escaped.
Value ascii_of(Interp& I, Value v) {
    Value r = repr(I, v);
    if (r.is_error() || as_str(r)->ascii) return r;
    std::string out;
    std::string_view s = str_view(r);
    for (size_t p = 0; p < s.size();) {
        uint32_t c = utf8_decode(s, &p);
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

namespace {

bool star_arg(Interp& I, PercentArgs& pa, int64_t* out) {
    Value v;
    if (!next_arg(I, pa, &v)) return false;
    if (!v.is_small_int()) {
        raise_type_error(I, "* wants int");
        return false;
    }
    *out = v.as_small_int();
    return true;
}

// One conversion of value `v` appended to `out`.
bool convert(Interp& I, const PercentSpec& spec, Value v, std::string& out) {
    char32_t c = spec.conv;
    NumResult<std::string> r = std::string();
    switch (c) {
        case 's':
        case 'r':
        case 'a': {
            Value s = c == 's' ? to_str(I, v) : c == 'r' ? repr(I, v) : ascii_of(I, v);
            if (s.is_error()) return false;
            out += percent_pad_text(str_view(s), spec);
            return true;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            BigInt b;
            bool decimal = c == 'd' || c == 'i' || c == 'u';
            if (v.is_small_int()) {
                b = BigInt(v.as_small_int());
            } else if (is_kind(v, Kind::BigInt)) {
                b = as<BigIntObj>(v)->v;
            } else if (v.is_float() && decimal) {
                auto t = BigInt::from_double(v.f);
                if (!t) {
                    raise_num(I, t.error());
                    return false;
                }
                b = t.value();
            } else if (!type_lookup(type_of(I, v), I.n.__index__).is_undef() ||
                       (decimal && !type_lookup(type_of(I, v), I.n.__int__).is_undef())) {
                Value iv = call_special(I, v,
                                        type_lookup(type_of(I, v), I.n.__index__).is_undef()
                                            ? I.n.__int__
                                            : I.n.__index__,
                                        std::span<const Value>());
                if (iv.is_error() || !int_value(I, iv, &b)) return false;
            } else {
                std::string msg = "%";
                append_utf8(msg, uint32_t(c));
                msg += decimal ? " format: a real number is required, not "
                               : " format: an integer is required, not ";
                raise_type_error(I, msg + type_name(I, v));
                return false;
            }
            r = percent_format_int(b, spec);
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d;
            if (number_value(v).is_float()) {
                d = number_value(v).f;
            } else if (v.is_small_int() || is_kind(v, Kind::BigInt)) {
                if (!to_double(I, v, &d)) return false;
            } else if (!type_lookup(type_of(I, v), I.n.__float__).is_undef()) {
                Value fv = call_special(I, v, I.n.__float__, std::span<const Value>());
                if (fv.is_error()) return false;
                if (!fv.is_float()) {
                    raise_type_error(I, "must be real number, not " + type_name(I, v));
                    return false;
                }
                d = fv.f;
            } else {
                raise_type_error(I, "must be real number, not " + type_name(I, v));
                return false;
            }
            r = percent_format_float(d, spec);
            break;
        }
        case 'c': {
            if (is_str(v) && as_str(v)->cp_len == 1) {
                out += percent_pad_text(str_view(v), spec);
                return true;
            }
            if (!v.is_small_int() && !is_kind(v, Kind::BigInt)) {
                // any object with __index__ is a code point (as formatchar's PyLong_AsLong)
                int64_t n;
                if (!v.is_obj() || type_lookup_cached(v.o->type, I.n.__index__).is_undef()) {
                    raise_type_error(I, "%c requires int or char");
                    return false;
                }
                if (!to_index(I, v, &n)) return false;
                v = Value::integer(n);
            }
            BigInt b;
            if (!int_value(I, v, &b)) return false;
            r = percent_format_char(b, spec);
            break;
        }
        default: raise_num(I, percent_unsupported(spec)); return false;
    }
    if (!r) {
        raise_num(I, r.error());
        return false;
    }
    out += r.value();
    return true;
}

// str % args
Value str_mod(Interp& I, Value self, const CallArgs& a) {
    if (!check_one(I, a, "str.__mod__")) return Value::error();
    if (!is_str(self)) return I.not_implemented;
    Value args = a.args[0];
    auto parsed = parse_percent_format(str_view(self));
    if (!parsed) return raise_num(I, parsed.error());
    PercentArgs pa;
    if (is_kind(args, Kind::Tuple)) {
        pa.items = as<TupleObj>(args)->items.data();
        pa.count = as<TupleObj>(args)->items.size();
    } else {
        pa.items = &a.args[0];
        pa.count = 1;
        pa.single = true;
        if (!is_str(args) && !type_lookup(type_of(I, args), I.n.__getitem__).is_undef())
            pa.mapping = args;
    }
    std::string out;
    out.reserve(str_view(self).size() + 16);
    for (const PercentPiece& piece : parsed.value()) {
        if (piece.is_literal) {
            out += piece.text;
            continue;
        }
        PercentSpec spec = piece.spec;
        if (spec.width_star) {
            int64_t w;
            if (!star_arg(I, pa, &w)) return Value::error();
            percent_set_star_width(spec, w);
            if (!room_for(I, uint64_t(spec.width))) return Value::error();
        }
        if (spec.precision_star) {
            int64_t p;
            if (!star_arg(I, pa, &p)) return Value::error();
            // CPython keeps a precision in a C int (a width in a Py_ssize_t).
            if (p > INT32_MAX || p < INT32_MIN)
                return raise(I, I.t.OverflowError, "Python int too large to convert to C int");
            percent_set_star_precision(spec, p);
            if (!room_for(I, uint64_t(spec.precision))) return Value::error();
        }
        Value v;
        if (spec.has_key) {
            if (pa.mapping.is_undef()) return raise_type_error(I, "format requires a mapping");
            v = getitem(I, pa.mapping, I.str(spec.key));
            if (v.is_error()) return v;
        } else if (!next_arg(I, pa, &v)) {
            return Value::error();
        }
        if (!convert(I, spec, v, out)) return Value::error();
    }
    if (pa.next < pa.count && pa.mapping.is_undef()) {
        return raise_type_error(I, "not all arguments converted during string formatting");
    }
    return new_str(I, std::move(out));
}

} // namespace

void init_str_percent(Interp& I) {
    add_method(I, I.t.str, "__mod__", str_mod);
}

} // namespace loopscope
