// float_hex.cpp - float.hex() and float.fromhex(): a float as exact hexadecimal text and back
// (as CPython 3.11's float_hex / float_fromhex).
#include <cctype>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>

#include "lang/builtins_shared.h"
#include "lang/init.h"

namespace loopscope {

namespace {

// as float_hex: '0x1.999999999999ap-4'; thirteen hex digits after the point, the exponent
// at least -1022 (a subnormal's leading digit is 0)
std::string hex_text(double x) {
    if (std::isnan(x)) return "nan";
    if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
    std::string out = std::signbit(x) ? "-" : "";
    if (x == 0.0) return out + "0x0.0p+0";
    int e = 0;
    double m = std::frexp(std::fabs(x), &e);
    int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
    m = std::ldexp(m, shift);
    e -= shift;
    static const char digits[] = "0123456789abcdef";
    int lead = static_cast<int>(m);
    out += "0x";
    out += digits[lead];
    out += '.';
    m -= lead;
    for (int k = 0; k < (DBL_MANT_DIG + 2) / 4; ++k) {
        m *= 16.0;
        int d = static_cast<int>(m);
        out += digits[d];
        m -= d;
    }
    out += e < 0 ? "p-" : "p+";
    out += std::to_string(e < 0 ? -e : e);
    return out;
}

Value float_hex_m(Interp& I, Value self, const CallArgs& a) {
    if (!check_none(I, a, "float.hex")) return Value::error();
    Value v = number_value(self);
    if (!v.is_float()) {
        return raise_type_error(I, "descriptor 'hex' for 'float' objects doesn't apply to a '" +
                                       type_name(I, self) + "' object");
    }
    return new_str(I, hex_text(v.f));
}

bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The text float.fromhex accepts, as strtod's hexadecimal form: [sign] ('inf' | 'infinity' |
// 'nan' | [0x] digits [. digits] [p [sign] decimal digits]), spaces around; "" when invalid.
std::string strtod_form(std::string_view s) {
    size_t i = 0, n = s.size();
    while (i < n && is_space(s[i])) ++i;
    while (n > i && is_space(s[n - 1])) --n;
    std::string sign;
    if (i < n && (s[i] == '+' || s[i] == '-')) sign = s[i++];
    std::string word;
    for (size_t k = i; k < n; ++k) word += static_cast<char>(std::tolower(s[k]));
    if (word == "inf" || word == "infinity" || word == "nan") return sign + word;
    if (n - i >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
    size_t ndigits = 0;
    std::string body;
    while (i < n && std::isxdigit(static_cast<unsigned char>(s[i]))) body += s[i++], ++ndigits;
    if (i < n && s[i] == '.') {
        body += s[i++];
        while (i < n && std::isxdigit(static_cast<unsigned char>(s[i]))) body += s[i++], ++ndigits;
    }
    if (ndigits == 0) return "";
    if (i < n && (s[i] == 'p' || s[i] == 'P')) {
        body += 'p';
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-')) body += s[i++];
        size_t start = i;
        while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) body += s[i++];
        if (i == start) return "";
    }
    if (i != n) return "";
    return sign + "0x" + body;
}

// float.fromhex(string): a classmethod; a subclass gets cls(value)
Value float_fromhex(Interp& I, Value self, const CallArgs& a0) {
    CallArgs a = a0;
    Value cls = self;
    if (!is_kind(self, Kind::Type) && a.nargs > 0 && is_kind(a.args[0], Kind::Type)) {
        cls = a.args[0];
        ++a.args;
        --a.nargs;
    }
    if (!check_one(I, a, "float.fromhex")) return Value::error();
    if (!is_str(a.args[0])) return raise_type_error(I, "bad argument type for built-in operation");
    std::string text = strtod_form(str_view(a.args[0]));
    if (text.empty()) return raise_value_error(I, "invalid hexadecimal floating-point string");
    errno = 0;
    double d = std::strtod(text.c_str(), nullptr);
    if (std::isinf(d) && text.find("inf") == std::string::npos)
        return raise_num(I, NumError{NumErrorKind::OverflowError,
                                     "hexadecimal value too large to represent as a float"});
    Value v = Value::floating(d);
    if (!is_kind(cls, Kind::Type) || cls.o == I.t.float_) return v;
    return call(I, cls, std::span<const Value>(&v, 1));
}

} // namespace

void init_float_hex_methods(Interp& I) {
    add_method(I, I.t.float_, "hex", float_hex_m);
    add_classmethod(I, I.t.float_, "fromhex", float_fromhex);
}

} // namespace loopscope
