// bytes_percent.cpp - bytes % args (PEP 461, as CPython's _PyBytes_FormatEx): %s / %b take
// bytes-like objects (or __bytes__), %r / %a the ascii() of any object, %c one byte, and the
// numeric conversions are formatted exactly as str's % formats them (str_percent.cpp).
#include "lang/builtins_shared.h"
#include "lang/bytes_object.h"

namespace loopscope {

namespace {

bool bytes_of(Interp& I, Value v, char conv, std::string* out) {
    if (is_bytes_like(I, v)) {
        *out = std::string(bytes_view(v));
        return true;
    }
    StrObj* name = I.intern("__bytes__");
    if (!type_lookup(type_of(I, v), name).is_undef()) {
        Value r = call_special(I, v, name, {});
        if (r.is_error()) return false;
        if (!is_bytes(I, r)) {
            raise_type_error(I, "__bytes__ returned non-bytes (type " + type_name(I, r) + ")");
            return false;
        }
        *out = std::string(bytes_view(r));
        return true;
    }
    (void)conv; // CPython words %s's error as %b's
    raise_type_error(I, std::string("%b") +
                            " requires a bytes-like object, or an object that implements "
                            "__bytes__, not '" +
                            type_name(I, v) + "'");
    return false;
}

} // namespace

Value bytes_percent(Interp& I, Value self, Value args) {
    std::string_view fmt = bytes_view(self);
    std::vector<Value> items;
    bool is_tuple = is_kind(args, Kind::Tuple);
    if (is_tuple) items.assign(as<TupleObj>(args)->items.begin(), as<TupleObj>(args)->items.end());
    bool mapping = !is_tuple && !is_bytes_like(I, args) && !is_str(args) &&
                   !type_lookup(type_of(I, args), I.n.__getitem__).is_undef();
    size_t next = 0;
    bool used_single = false;
    auto take = [&](Value* v) {
        if (is_tuple) {
            if (next >= items.size()) {
                raise_type_error(I, "not enough arguments for format string");
                return false;
            }
            *v = items[next++];
            return true;
        }
        if (used_single) {
            raise_type_error(I, "not enough arguments for format string");
            return false;
        }
        used_single = true;
        *v = args;
        return true;
    };
    std::string out;
    bool used_key = false;
    for (size_t i = 0; i < fmt.size();) {
        char c = fmt[i];
        if (c != '%') {
            out += c;
            ++i;
            continue;
        }
        size_t spec_start = i++;
        if (i >= fmt.size()) return raise_value_error(I, "incomplete format");
        Value v = Value::undef();
        if (fmt[i] == '(') {
            size_t close = fmt.find(')', i);
            if (close == std::string_view::npos)
                return raise_value_error(I, "incomplete format key");
            if (!mapping) return raise_type_error(I, "format requires a mapping");
            Value key = new_bytes(I, std::string(fmt.substr(i + 1, close - i - 1)));
            v = getitem(I, args, key);
            if (v.is_error()) return v;
            used_key = true;
            i = close + 1;
        }
        std::string flags;
        while (i < fmt.size() && std::string_view("-+ #0").find(fmt[i]) != std::string_view::npos)
            flags += fmt[i++];
        std::string width, prec;
        bool has_prec = false;
        auto number = [&](std::string& dst) -> bool {
            if (i < fmt.size() && fmt[i] == '*') {
                Value w;
                if (!take(&w)) return false;
                if (!w.is_small_int()) {
                    raise_type_error(I, "* wants int");
                    return false;
                }
                dst = std::to_string(w.as_small_int());
                ++i;
                return true;
            }
            while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') dst += fmt[i++];
            return true;
        };
        if (!number(width)) return Value::error();
        if (i < fmt.size() && fmt[i] == '.') {
            has_prec = true;
            ++i;
            if (!number(prec)) return Value::error();
        }
        while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
        if (i >= fmt.size()) return raise_value_error(I, "incomplete format");
        char conv = fmt[i++];
        if (conv == '%') {
            out += '%';
            continue;
        }
        if (v.is_undef() && !take(&v)) return Value::error();
        std::string piece;
        switch (conv) {
            case 's':
            case 'b':
                if (!bytes_of(I, v, conv, &piece)) return Value::error();
                if (has_prec) piece = piece.substr(0, size_t(std::atoll(prec.c_str())));
                break;
            case 'r':
            case 'a': {
                Value r = ascii_of(I, v);
                if (r.is_error()) return r;
                piece = std::string(str_view(r));
                if (has_prec) piece = piece.substr(0, size_t(std::atoll(prec.c_str())));
                break;
            }
            case 'c': {
                if (is_bytes_like(I, v) && bytes_view(v).size() == 1) {
                    piece = std::string(bytes_view(v));
                } else if (is_int(I, v)) {
                    int64_t x;
                    if (!to_index(I, v, &x)) return Value::error();
                    if (x < 0 || x > 255)
                        return raise(I, I.t.OverflowError, "%c arg not in range(256)");
                    piece = std::string(1, char(x));
                } else {
                    return raise_type_error(
                        I, "%c requires an integer in range(256) or a single byte");
                }
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X':
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                // the same conversion as str % (the result is ASCII)
                std::string spec(fmt.substr(spec_start, i - spec_start));
                if (spec.size() > 1 && spec[1] == '(') spec = "%" + spec.substr(spec.find(')') + 1);
                if (spec.find('*') != std::string::npos) {
                    spec = "%" + flags + width + (has_prec ? "." + prec : "") + conv;
                }
                Value r = binary_op(I, BinOp::Mod, I.str(spec), v);
                if (r.is_error()) return r;
                out += str_view(r);
                continue;
            }
            default: {
                char buf[96];
                std::snprintf(buf, sizeof buf,
                              "unsupported format character '%c' (0x%x) at index %zu", conv,
                              unsigned(static_cast<unsigned char>(conv)), i - 1);
                return raise_value_error(I, buf);
            }
        }
        size_t w = width.empty() ? 0 : size_t(std::atoll(width.c_str()));
        if (piece.size() < w) {
            if (flags.find('-') != std::string::npos)
                piece.append(w - piece.size(), ' ');
            else
                piece.insert(0, w - piece.size(), ' ');
        }
        out += piece;
    }
    if (!used_key && ((is_tuple && next < items.size()) || (!is_tuple && !used_single && !mapping)))
        return raise_type_error(I, "not all arguments converted during bytes formatting");
    return new_bytes_like(I, self, std::move(out));
}

} // namespace loopscope
