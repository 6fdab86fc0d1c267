// format_spec.cpp - see format_spec.h. Mirrors CPython 3.11's Python/formatter_unicode.c:
// parse_internal_render_format_spec, calc_number_widths / fill_number, format_long_internal,
// format_float_internal and format_string_internal. The locale is always "C" (as a fresh
// CPython process), so 'n' formats like 'd' / 'g' without grouping.
#include "lang/format_spec.h"

#include "lang/float_format.h"

#include "core/memory.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstdio>
#include <cstring>
#include <vector>

namespace loopscope {

namespace {

// Decodes UTF-8 into out (room for s.size() code points); returns how many.
size_t decode_utf8_into(std::string_view s, char32_t* out) {
    size_t n = 0;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >= 0xF0 ? 4 : (c >= 0xE0 ? 3 : (c >= 0xC0 ? 2 : 1)));
        char32_t cp = len == 1 ? c : (c & (0x7F >> len));
        for (int k = 1; k < len && i + k < s.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        out[n++] = cp;
        i += size_t(len);
    }
    return n;
}

std::u32string decode_utf8(std::string_view s) {
    std::u32string out(s.size(), U'\0');
    out.resize(decode_utf8_into(s, out.data()));
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

void append_fill(std::string& out, char32_t fill, int64_t n) {
    if (fill < 0x80) {
        if (n > 0) out.append(size_t(n), char(fill));
        return;
    }
    for (int64_t i = 0; i < n; ++i) append_utf8(out, fill);
}

size_t count_code_points(std::string_view s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Float precisions beyond this are a MemoryError: exact digits would take too long (CPython
// would print them; no lesson asks for 100000 decimals).
const int64_t kMaxFloatPrecision = 100000;

NumError value_error(std::string msg) {
    return num_error(NumErrorKind::ValueError, std::move(msg));
}

// "'d'" or "'\x1'" as CPython's unknown_presentation_type / invalid_thousands_separator_type.
std::string type_char_text(char32_t t) {
    if (t > 32 && t < 128) return std::string("'") + char(t) + "'";
    char buf[32];
    std::snprintf(buf, sizeof buf, "'\\x%x'", unsigned(t));
    return buf;
}

NumError unknown_type(char32_t t, std::string_view type_name) {
    return value_error("Unknown format code " + type_char_text(t) + " for object of type '" +
                       std::string(type_name) + "'");
}

bool is_align(char32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

// As CPython's get_integer: reads decimal digits; false on overflow.
bool get_integer(std::u32string_view s, size_t& pos, int64_t& value, size_t& consumed) {
    value = 0;
    consumed = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        int digit = int(s[pos] - '0');
        if (value > (INT64_MAX - digit) / 10) return false;
        value = value * 10 + digit;
        ++pos;
        ++consumed;
    }
    return true;
}

// Inserts separators every `group` digits and zero-pads to min_width, as CPython's
// _PyUnicode_InsertThousandsGrouping (with the C locale's "no grouping" when sep is 0).
std::string group_digits(std::string_view digits, int64_t min_width, char sep, int group) {
    if (digits.empty()) return "";
    std::string rev; // built right to left
    int64_t remaining = int64_t(digits.size());
    size_t pos = digits.size();
    auto take = [&](int64_t n_zeros, int64_t n_chars) {
        for (int64_t i = 0; i < n_chars; ++i) rev += digits[--pos];
        rev.append(size_t(n_zeros), '0');
    };
    if (sep) {
        bool use_sep = false;
        while (true) {
            int64_t l = std::min<int64_t>(group, std::max<int64_t>({remaining, min_width, 1}));
            int64_t n_zeros = std::max<int64_t>(0, l - remaining);
            int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
            if (use_sep) rev += sep;
            take(n_zeros, n_chars);
            use_sep = true;
            remaining -= n_chars;
            min_width -= group;
            if (remaining <= 0 && min_width <= 0) break;
            min_width -= 1;
        }
    } else {
        int64_t l = std::max<int64_t>({remaining, min_width, 1});
        take(std::max<int64_t>(0, l - remaining), std::max<int64_t>(0, std::min(remaining, l)));
    }
    return std::string(rev.rbegin(), rev.rend());
}

// As CPython's calc_number_widths + fill_number:
// <lpadding><sign><prefix><spadding><grouped digits><rest><rpadding>.
std::string layout_number(const FormatSpec& f, bool negative, std::string_view prefix,
                          std::string_view digits, std::string_view rest, int group) {
    std::string_view sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    int64_t fixed = int64_t(sign.size() + prefix.size() + count_code_points(rest));
    int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - fixed : 0;
    char sep = f.grouping == ',' ? ',' : (f.grouping == '_' ? '_' : 0);
    // (no separators and no zeros to add: the digits as they are)
    std::string grouped_digits;
    std::string_view grouped = digits;
    if (sep || min_width > int64_t(digits.size())) {
        grouped_digits = group_digits(digits, min_width, sep, group);
        grouped = grouped_digits;
    }
    int64_t padding = f.width - (fixed + int64_t(grouped.size()));
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (f.align) {
            case '<': rpad = padding; break;
            case '^':
                lpad = padding / 2;
                rpad = padding - lpad;
                break;
            case '=': spad = padding; break;
            default: lpad = padding; break;
        }
    }
    const size_t total = size_t(std::max<int64_t>(padding, 0)) + sign.size() + prefix.size() +
                         grouped.size() + rest.size();
    if (f.fill < 0x80 && total <= 128) {
        // (the usual case, an ASCII fill and a short result: laid out in a buffer and made
        // into the string at once, a handful of calls fewer under wasm, where std::string's
        // members are calls into libc++)
        char buf[128];
        char* w = buf;
        auto put = [&w](std::string_view v) {
            if (!v.empty()) std::memcpy(w, v.data(), v.size());
            w += v.size();
        };
        auto fill = [&w, &f](int64_t n) {
            if (n > 0) std::memset(w, int(f.fill), size_t(n));
            w += std::max<int64_t>(n, 0);
        };
        fill(lpad);
        put(sign);
        put(prefix);
        fill(spad);
        put(grouped);
        put(rest);
        fill(rpad);
        return std::string(buf, size_t(w - buf));
    }
    std::string out;
    out.reserve(size_t(std::clamp<int64_t>(padding, 0, 64)) + sign.size() + prefix.size() +
                grouped.size() + rest.size());
    append_fill(out, f.fill, lpad);
    out += sign;
    out += prefix;
    append_fill(out, f.fill, spad);
    out += grouped;
    out += rest;
    append_fill(out, f.fill, rpad);
    return out;
}

NumResult<std::string> format_float_internal(double val, const FormatSpec& f) {
    // As CPython's format_float_internal.
    if (f.precision > INT_MAX) return value_error("precision too big");
    if (f.precision > kMaxFloatPrecision) return num_error(NumErrorKind::MemoryError, "");
    int precision = int(f.precision);
    DoubleToStringFlags flags;
    flags.alt = f.alternate;
    flags.no_neg_0 = f.no_neg_0;
    char32_t type = f.type;
    int default_precision = 6;
    if (type == 0) {
        flags.add_dot_0 = true;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    bool add_pct = false;
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0) {
        precision = default_precision;
    } else if (type == 'r') {
        type = 'g';
    }
    flags.upper = type == 'E' || type == 'F' || type == 'G';
    char code = char(type | 0x20); // lower case
    std::string buf = double_to_string(val, code, precision, flags);
    if (add_pct) buf += '%';
    bool negative = !buf.empty() && buf[0] == '-';
    std::string_view body(buf);
    if (negative) body.remove_prefix(1);
    size_t n_digits = 0;
    while (n_digits < body.size() && body[n_digits] >= '0' && body[n_digits] <= '9') ++n_digits;
    return layout_number(f, negative, "", body.substr(0, n_digits), body.substr(n_digits), 3);
}

NumResult<std::string> format_long_internal(const BigInt& value, const FormatSpec& f) {
    // As CPython's format_long_internal.
    if (f.precision != -1) return value_error("Precision not allowed in integer format specifier");
    if (f.no_neg_0) {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (f.type == 'c') {
        if (f.sign != 0) return value_error("Sign not allowed with integer format specifier 'c'");
        if (f.alternate) {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (!value.fits_int64()) {
            return num_error(NumErrorKind::OverflowError,
                             "Python int too large to convert to C long");
        }
        int64_t x = value.to_int64();
        if (x < 0 || x > 0x10ffff) {
            return num_error(NumErrorKind::OverflowError, "%c arg not in range(0x110000)");
        }
        std::string ch;
        append_utf8(ch, char32_t(x));
        // CPython lays the character out as "remainder": no digits, no grouping.
        return layout_number(f, false, "", "", ch, 3);
    }
    int base = 10;
    const char* prefix = "";
    switch (f.type) {
        case 'b':
            base = 2;
            prefix = "0b";
            break;
        case 'o':
            base = 8;
            prefix = "0o";
            break;
        case 'x':
            base = 16;
            prefix = "0x";
            break;
        case 'X':
            base = 16;
            prefix = "0X";
            break;
        default: break;
    }
    std::string digits;
    if (base == 10) {
        auto text = value.to_string(); // enforces the 4300-digit limit
        if (!text.ok()) return text.error();
        digits = value.is_negative() ? text.value().substr(1) : text.value();
    } else {
        digits = value.magnitude_digits(base);
        if (f.type == 'X') {
            for (char& c : digits) {
                if (c >= 'a' && c <= 'f') c = char(c - 'a' + 'A');
            }
        }
    }
    int group = (f.grouping == '_' && base != 10) ? 4 : 3;
    return layout_number(f, value.is_negative(), f.alternate ? prefix : "", digits, "", group);
}

} // namespace

NumResult<FormatSpec> parse_format_spec(std::string_view spec_utf8, char32_t default_type,
                                        char default_align, std::string_view type_name) {
    // As CPython's parse_internal_render_format_spec. (A short spec is decoded on the stack.)
    char32_t buf[32];
    std::u32string long_spec;
    std::u32string_view s;
    if (spec_utf8.size() <= std::size(buf)) {
        s = std::u32string_view(buf, decode_utf8_into(spec_utf8, buf));
    } else {
        long_spec = decode_utf8(spec_utf8);
        s = long_spec;
    }
    FormatSpec f;
    f.align = default_align;
    f.type = default_type;
    size_t pos = 0, end = s.size();
    bool fill_specified = false, align_specified = false;
    if (end - pos >= 2 && is_align(s[pos + 1])) {
        f.align = char(s[pos + 1]);
        f.fill = s[pos];
        fill_specified = align_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(s[pos])) {
        f.align = char(s[pos]);
        align_specified = true;
        ++pos;
    }
    if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = char(s[pos++]);
    if (pos < end && s[pos] == 'z') {
        f.no_neg_0 = true;
        ++pos;
    }
    if (pos < end && s[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    if (!fill_specified && pos < end && s[pos] == '0') {
        f.fill = '0';
        if (!align_specified && default_align == '>') f.align = '=';
        ++pos;
    }
    size_t consumed = 0;
    if (!get_integer(s, pos, f.width, consumed)) {
        return value_error("Too many decimal digits in format string");
    }
    if (consumed == 0) f.width = -1;
    // A width the memory budget cannot hold (memory.h): MemoryError, as CPython's allocation.
    if (f.width > 0 && (uint64_t(f.width) > SIZE_MAX || !memory::fits(size_t(f.width))))
        return num_error(NumErrorKind::MemoryError, "");
    if (pos < end && s[pos] == ',') {
        f.grouping = ',';
        ++pos;
    }
    if (pos < end && s[pos] == '_') {
        if (f.grouping) return value_error("Cannot specify both ',' and '_'.");
        f.grouping = '_';
        ++pos;
    }
    if (pos < end && s[pos] == ',' && f.grouping == '_') {
        return value_error("Cannot specify both ',' and '_'.");
    }
    if (pos < end && s[pos] == '.') {
        ++pos;
        if (!get_integer(s, pos, f.precision, consumed)) {
            return value_error("Too many decimal digits in format string");
        }
        if (consumed == 0) return value_error("Format specifier missing precision");
    }
    if (end - pos > 1) {
        return value_error("Invalid format specifier '" + std::string(spec_utf8) +
                           "' for object of type '" + std::string(type_name) + "'");
    }
    if (end - pos == 1) f.type = s[pos];
    if (f.grouping) {
        switch (f.type) {
            case 'd':
            case 'e':
            case 'f':
            case 'g':
            case 'E':
            case 'G':
            case '%':
            case 'F':
            case 0: break;
            case 'b':
            case 'o':
            case 'x':
            case 'X':
                if (f.grouping == '_') break;
                [[fallthrough]];
            default:
                return value_error(std::string("Cannot specify '") + f.grouping + "' with " +
                                   type_char_text(f.type) + ".");
        }
    }
    return f;
}

NumResult<std::string> format_int(const BigInt& value, std::string_view spec,
                                  std::string_view type_name) {
    if (spec.empty()) return value.to_string();
    auto parsed = parse_format_spec(spec, 'd', '>', type_name);
    if (!parsed) return parsed.error();
    const FormatSpec& f = parsed.value();
    switch (f.type) {
        case 'b':
        case 'c':
        case 'd':
        case 'o':
        case 'x':
        case 'X':
        case 'n': return format_long_internal(value, f);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%': {
            auto d = value.to_double();
            if (!d) return d.error();
            return format_float_internal(d.value(), f);
        }
        default: return unknown_type(f.type, type_name);
    }
}

NumResult<std::string> format_int(int64_t value, std::string_view spec,
                                  std::string_view type_name) {
    // Decimal digits of a small int straight from std::to_chars (f"{i:>6}" is common); other
    // types and the errors go through the BigInt path, as format_long_internal.
    char buf[24];
    const uint64_t mag = value < 0 ? uint64_t(0) - uint64_t(value) : uint64_t(value);
    const std::string_view digits(buf, size_t(std::to_chars(buf, buf + sizeof buf, mag).ptr - buf));
    if (spec.empty()) return value < 0 ? "-" + std::string(digits) : std::string(digits);
    auto parsed = parse_format_spec(spec, 'd', '>', type_name);
    if (!parsed) return parsed.error();
    const FormatSpec& f = parsed.value();
    if ((f.type == 'd' || f.type == 'n') && f.precision == -1 && !f.no_neg_0)
        return layout_number(f, value < 0, "", digits, "", 3);
    return format_int(BigInt(value), spec, type_name);
}

NumResult<std::string> format_float(double value, std::string_view spec) {
    if (spec.empty()) return float_repr(value);
    auto parsed = parse_format_spec(spec, 0, '>', "float");
    if (!parsed) return parsed.error();
    const FormatSpec& f = parsed.value();
    switch (f.type) {
        case 0:
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'n':
        case '%': return format_float_internal(value, f);
        default: return unknown_type(f.type, "float");
    }
}

NumResult<std::string> format_str(std::string_view value, std::string_view spec) {
    // As CPython's format_string_internal.
    if (spec.empty()) return std::string(value);
    auto parsed = parse_format_spec(spec, 's', '<', "str");
    if (!parsed) return parsed.error();
    const FormatSpec& f = parsed.value();
    if (f.type != 's') return unknown_type(f.type, "str");
    if (f.sign == ' ') return value_error("Space not allowed in string format specifier");
    if (f.sign) return value_error("Sign not allowed in string format specifier");
    if (f.no_neg_0) {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if (f.alternate)
        return value_error("Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return value_error("'=' alignment not allowed in string format specifier");
    int64_t len = int64_t(count_code_points(value));
    std::string_view text = value;
    if (f.precision >= 0 && len >= f.precision) {
        // Keep the first `precision` code points.
        size_t bytes = 0;
        for (int64_t cps = 0; bytes < value.size(); ++bytes) {
            if ((static_cast<unsigned char>(value[bytes]) & 0xC0) != 0x80) {
                if (cps == f.precision) break;
                ++cps;
            }
        }
        text = value.substr(0, bytes);
        len = f.precision;
    }
    int64_t total = f.width > len ? f.width : len;
    int64_t lpad = 0;
    if (f.align == '>') {
        lpad = total - len;
    } else if (f.align == '^') {
        lpad = (total - len) / 2;
    }
    std::string out;
    append_fill(out, f.fill, lpad);
    out += text;
    append_fill(out, f.fill, total - len - lpad);
    return out;
}

// [PERCENT] --------------------------------------------------------------------------------------

NumResult<std::vector<PercentPiece>> parse_percent_format(std::string_view fmt_utf8) {
    // As CPython's unicode_format_arg_parse (3.11).
    std::u32string f = decode_utf8(fmt_utf8);
    std::vector<PercentPiece> out;
    std::string literal;
    size_t i = 0, n = f.size();
    auto flush = [&]() {
        if (!literal.empty()) {
            PercentPiece p;
            p.text = std::move(literal);
            out.push_back(std::move(p));
            literal.clear();
        }
    };
    while (i < n) {
        if (f[i] != '%') {
            append_utf8(literal, f[i++]);
            continue;
        }
        ++i;
        if (i < n && f[i] == '%') {
            literal += '%';
            ++i;
            continue;
        }
        PercentSpec spec;
        if (i < n && f[i] == '(') {
            int depth = 1;
            size_t start = ++i;
            while (i < n && depth > 0) {
                if (f[i] == '(') ++depth;
                if (f[i] == ')') --depth;
                ++i;
            }
            if (depth > 0) return value_error("incomplete format key");
            spec.has_key = true;
            for (size_t k = start; k < i - 1; ++k) append_utf8(spec.key, f[k]);
        }
        for (; i < n; ++i) {
            char32_t c = f[i];
            if (c == '-') {
                spec.left = true;
            } else if (c == '+') {
                spec.plus = true;
            } else if (c == ' ') {
                spec.space = true;
            } else if (c == '#') {
                spec.alt = true;
            } else if (c == '0') {
                spec.zero = true;
            } else {
                break;
            }
        }
        if (i < n && f[i] == '*') {
            spec.width_star = true;
            ++i;
        } else if (i < n && f[i] >= '0' && f[i] <= '9') {
            size_t consumed = 0;
            if (!get_integer(f, i, spec.width, consumed) || spec.width > INT32_MAX) {
                return value_error("width too big");
            }
            if (!memory::fits(size_t(spec.width))) return num_error(NumErrorKind::MemoryError, "");
        }
        if (i < n && f[i] == '.') {
            ++i;
            spec.precision = 0;
            if (i < n && f[i] == '*') {
                spec.precision_star = true;
                ++i;
            } else if (i < n && f[i] >= '0' && f[i] <= '9') {
                size_t consumed = 0;
                if (!get_integer(f, i, spec.precision, consumed) || spec.precision > INT32_MAX) {
                    return value_error("precision too big");
                }
                if (!memory::fits(size_t(spec.precision)))
                    return num_error(NumErrorKind::MemoryError, "");
            }
        }
        if (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) ++i;
        if (i >= n) return value_error("incomplete format");
        spec.conv = f[i];
        spec.index = int64_t(i);
        ++i;
        flush();
        PercentPiece p;
        p.is_literal = false;
        p.spec = std::move(spec);
        out.push_back(std::move(p));
    }
    flush();
    return out;
}

void percent_set_star_width(PercentSpec& spec, int64_t width) {
    if (width < 0) {
        spec.left = true;
        width = -width;
    }
    spec.width = width;
}

void percent_set_star_precision(PercentSpec& spec, int64_t precision) {
    spec.precision = precision < 0 ? 0 : precision;
}

NumError percent_unsupported(const PercentSpec& spec) {
    char buf[96];
    char shown = spec.conv < 128 ? char(spec.conv) : '?';
    std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %lld", shown,
                  unsigned(spec.conv), (long long)spec.index);
    return value_error(buf);
}

namespace {

// As CPython's unicode_format_arg_output for a number text "[-]digits..." (with an optional
// 0x/0X/0o prefix after the sign when '#' is given for x X o).
std::string percent_layout_number(const std::string& body, const PercentSpec& spec) {
    size_t pindex = 0;
    int64_t len = int64_t(body.size());
    char sign = 0;
    if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
        sign = body[0];
        ++pindex;
        --len;
    } else if (spec.plus) {
        sign = '+';
    } else if (spec.space) {
        sign = ' ';
    }
    int64_t width = spec.width < len ? len : spec.width;
    char fill = spec.zero ? '0' : ' ';
    std::string out;
    if (sign) {
        if (fill != ' ') out += sign;
        if (width > len) --width;
    }
    bool prefix = spec.alt && (spec.conv == 'x' || spec.conv == 'X' || spec.conv == 'o');
    if (prefix) {
        if (fill != ' ') {
            out.append(body, pindex, 2);
            pindex += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !spec.left) out.append(size_t(width - len), fill);
    if (fill == ' ') {
        if (sign) out += sign;
        if (prefix) {
            out.append(body, pindex, 2);
            pindex += 2;
        }
    }
    out.append(body, pindex, std::string::npos);
    if (width > len && spec.left) out.append(size_t(width - len), ' ');
    return out;
}

} // namespace

NumResult<std::string> percent_format_int(const BigInt& value, const PercentSpec& spec) {
    // As CPython's _PyUnicode_FormatLong: sign, '#' prefix, digits zero-padded to precision.
    std::string digits;
    std::string prefix;
    switch (spec.conv) {
        case 'x':
        case 'X':
            digits = value.magnitude_digits(16);
            if (spec.conv == 'X') {
                for (char& c : digits) {
                    if (c >= 'a' && c <= 'f') c = char(c - 'a' + 'A');
                }
            }
            if (spec.alt) prefix = spec.conv == 'X' ? "0X" : "0x";
            break;
        case 'o':
            digits = value.magnitude_digits(8);
            if (spec.alt) prefix = "0o";
            break;
        default: {
            auto text = value.to_string();
            if (!text) return text.error();
            digits = value.is_negative() ? text.value().substr(1) : text.value();
        }
    }
    if (spec.precision > int64_t(digits.size())) {
        digits.insert(0, size_t(spec.precision) - digits.size(), '0');
    }
    std::string body = (value.is_negative() ? "-" : "") + prefix + digits;
    return percent_layout_number(body, spec);
}

NumResult<std::string> percent_format_float(double value, const PercentSpec& spec) {
    // As CPython's formatfloat: precision 6 by default, '#' keeps the point.
    if (spec.precision > kMaxFloatPrecision) return num_error(NumErrorKind::MemoryError, "");
    DoubleToStringFlags flags;
    flags.alt = spec.alt;
    char32_t conv = spec.conv;
    flags.upper = conv == 'E' || conv == 'F' || conv == 'G';
    int precision = spec.precision < 0 ? 6 : int(spec.precision);
    std::string body = double_to_string(value, char(conv | 0x20), precision, flags);
    return percent_layout_number(body, spec);
}

NumResult<std::string> percent_format_char(const BigInt& value, const PercentSpec& spec) {
    if (!value.fits_int64() || value.to_int64() < 0 || value.to_int64() > 0x10ffff) {
        return num_error(NumErrorKind::OverflowError, "%c arg not in range(0x110000)");
    }
    std::string ch;
    append_utf8(ch, char32_t(value.to_int64()));
    return percent_pad_text(ch, spec);
}

std::string percent_pad_text(std::string_view text, const PercentSpec& spec) {
    int64_t len = int64_t(count_code_points(text));
    if (spec.conv != 'c' && spec.precision >= 0 && len > spec.precision) {
        size_t bytes = 0;
        for (int64_t cps = 0; bytes < text.size(); ++bytes) {
            if ((static_cast<unsigned char>(text[bytes]) & 0xC0) != 0x80) {
                if (cps == spec.precision) break;
                ++cps;
            }
        }
        text = text.substr(0, bytes);
        len = spec.precision;
    }
    std::string out;
    int64_t pad = spec.width > len ? spec.width - len : 0;
    if (!spec.left) out.append(size_t(pad), ' ');
    out += text;
    if (spec.left) out.append(size_t(pad), ' ');
    return out;
}

} // namespace loopscope
