// bigint_text.cpp - BigInt <-> text: str() with CPython's 4300-digit limit, bin/oct/hex digits,
// int(text, base) as CPython's PyLong_FromString, and the str repr used in error messages.
#include "lang/bigint.h"


namespace loopscope {

using Mag = std::vector<uint32_t>;

namespace {

void trim_mag(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
}

// a = a * m + add, in place.
void mul_add_small(Mag& a, uint32_t m, uint32_t add) {
    uint64_t carry = add;
    for (auto& limb : a) {
        uint64_t t = uint64_t(limb) * m + carry;
        limb = uint32_t(t);
        carry = t >> 32;
    }
    if (carry) a.push_back(uint32_t(carry));
}

// a /= 10**9 in place, returns the remainder. The constant divisor lets the compiler use a
// multiply instead of a 64-bit division (str() of big ints is mostly this loop).
uint32_t div_1e9(Mag& a) {
    const uint64_t d = 1000000000u;
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        uint64_t q = cur / d;
        a[i] = uint32_t(q);
        rem = cur - q * d;
    }
    trim_mag(a);
    return uint32_t(rem);
}

} // namespace

// [TEXT] -----------------------------------------------------------------------------------------

std::string BigInt::magnitude_digits(int base) const {
    if (mag_.empty()) return "0";
    static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string out;
    if (base == 2 || base == 8 || base == 16) {
        int k = base == 2 ? 1 : (base == 8 ? 3 : 4);
        uint64_t bits = bit_length();
        uint64_t nd = (bits + k - 1) / k;
        out.resize(nd);
        for (uint64_t i = 0; i < nd; ++i) {
            uint64_t bit = i * k;
            uint64_t v = mag_[bit / 32] >> (bit % 32);
            if (bit % 32 + k > 32 && bit / 32 + 1 < mag_.size()) {
                v |= uint64_t(mag_[bit / 32 + 1]) << (32 - bit % 32);
            }
            out[nd - 1 - i] = kDigits[v & ((1u << k) - 1)];
        }
        return out;
    }
    // Base 10: peel off 9 digits at a time (quadratic, fine up to the 4300-digit limit).
    Mag m = mag_;
    std::vector<uint32_t> chunks;
    while (!m.empty()) chunks.push_back(div_1e9(m));
    out = std::to_string(chunks.back());
    for (size_t i = chunks.size() - 1; i-- > 0;) {
        char buf[9];
        uint32_t v = chunks[i];
        for (int k = 8; k >= 0; --k, v /= 10) buf[k] = char('0' + v % 10);
        out.append(buf, 9);
    }
    return out;
}

std::string BigInt::to_string_unlimited() const {
    return neg_ ? "-" + magnitude_digits(10) : magnitude_digits(10);
}

NumResult<std::string> BigInt::to_string() const {
    // As CPython 3.11's long_to_decimal_string: refuse more than kIntMaxStrDigits digits.
    static const char* kMsg = "Exceeds the limit (4300 digits) for integer string conversion; "
                              "use sys.set_int_max_str_digits() to increase the limit";
    uint64_t bits = bit_length();
    // A lower bound on the digit count: 10**k <= 2**(bits-1).
    if (bits > 1 && double(bits - 1) * 0.30102999566398 > double(kIntMaxStrDigits) + 1) {
        return num_error(NumErrorKind::ValueError, kMsg);
    }
    std::string digits = magnitude_digits(10);
    if (digits.size() > kIntMaxStrDigits) return num_error(NumErrorKind::ValueError, kMsg);
    return neg_ ? "-" + digits : digits;
}

std::string BigInt::to_prefixed(int base) const {
    const char* prefix = base == 2 ? "0b" : (base == 8 ? "0o" : "0x");
    return std::string(neg_ ? "-" : "") + prefix + magnitude_digits(base);
}

std::string py_str_repr(std::string_view s) {
    // As CPython's unicode_repr: prefer single quotes unless the text has ' and no ".
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    static const char kHex[] = "0123456789abcdef";
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == quote || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else if (c == 0xC2 && i + 1 < s.size() &&
                   ((static_cast<unsigned char>(s[i + 1]) <= 0xA0) ||
                    static_cast<unsigned char>(s[i + 1]) == 0xAD)) {
            // U+0080..U+00A0 and U+00AD are not printable: \xNN as CPython.
            unsigned char cp = static_cast<unsigned char>(s[i + 1]);
            out += "\\x";
            out += kHex[cp >> 4];
            out += kHex[cp & 15];
            ++i;
        } else {
            out += char(c);
        }
    }
    out += quote;
    return out;
}

namespace {

// Code points of the Unicode decimal digit zeros (each followed by 1..9), from unicodedata.
const uint32_t kDigitZeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

bool is_unicode_space(uint32_t cp) {
    return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

} // namespace

std::string py_numeric_ascii(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += char(c);
            ++i;
            continue;
        }
        int len = c >= 0xF0 ? 4 : (c >= 0xE0 ? 3 : (c >= 0xC0 ? 2 : 1));
        uint32_t cp = len == 1 ? c : (c & (0x7F >> len));
        for (int k = 1; k < len && i + k < s.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        i += len;
        char mapped = '?';
        if (is_unicode_space(cp)) mapped = ' ';
        for (uint32_t zero : kDigitZeros) {
            if (cp >= zero && cp < zero + 10) mapped = char('0' + (cp - zero));
        }
        out += mapped;
    }
    return out;
}

namespace {

bool is_py_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// The first n code points of UTF-8 text (for CPython's "%.200R").
std::string utf8_prefix(const std::string& s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (count == n) return s.substr(0, i);
            ++count;
        }
    }
    return s;
}

} // namespace

NumResult<BigInt> BigInt::parse(std::string_view text, int base) {
    // As CPython's PyLong_FromString (3.11).
    if (base != 0 && (base < 2 || base > 36)) {
        return num_error(NumErrorKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    const int given_base = base;
    const std::string original(text);
    auto invalid = [&]() {
        std::string msg = "invalid literal for int() with base " + std::to_string(given_base) +
                          ": " + utf8_prefix(py_str_repr(original), 200);
        return num_error(NumErrorKind::ValueError, msg);
    };
    const std::string ascii = py_numeric_ascii(text);
    text = ascii;
    size_t i = 0, n = text.size();
    auto at = [&](size_t k) -> unsigned char {
        return k < n ? static_cast<unsigned char>(text[k]) : 0;
    };
    while (i < n && is_py_space(at(i))) ++i;
    bool neg = false;
    if (at(i) == '+' || at(i) == '-') {
        neg = at(i) == '-';
        ++i;
    }
    bool base0_leading_zero = false;
    if (base == 0) {
        if (at(i) != '0') {
            base = 10;
        } else if (at(i + 1) == 'x' || at(i + 1) == 'X') {
            base = 16;
        } else if (at(i + 1) == 'o' || at(i + 1) == 'O') {
            base = 8;
        } else if (at(i + 1) == 'b' || at(i + 1) == 'B') {
            base = 2;
        } else {
            // "old" octal like 0777 is not allowed: only zeros may follow.
            base0_leading_zero = true;
            base = 10;
        }
    }
    if (at(i) == '0' && ((base == 16 && (at(i + 1) == 'x' || at(i + 1) == 'X')) ||
                         (base == 8 && (at(i + 1) == 'o' || at(i + 1) == 'O')) ||
                         (base == 2 && (at(i + 1) == 'b' || at(i + 1) == 'B')))) {
        i += 2;
        if (at(i) == '_') ++i; // one underscore is allowed after the prefix
    }
    size_t start = i;
    std::string digits; // digit values, underscores removed
    bool prev_underscore = false;
    while (i < n) {
        unsigned char c = at(i);
        if (c == '_') {
            if (i == start || prev_underscore) return invalid();
            prev_underscore = true;
        } else {
            int d = digit_value(c);
            if (d >= base) break;
            digits += char(d);
            prev_underscore = false;
        }
        ++i;
    }
    if (digits.empty() || prev_underscore) return invalid();
    bool power_of_two = (base & (base - 1)) == 0;
    if (!power_of_two && digits.size() > kIntMaxStrDigits) {
        return num_error(NumErrorKind::ValueError,
                         "Exceeds the limit (4300 digits) for integer string conversion: value "
                         "has " +
                             std::to_string(digits.size()) +
                             " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
    while (i < n && is_py_space(at(i))) ++i;
    if (i != n) return invalid();
    if (base0_leading_zero) {
        for (char d : digits) {
            if (d != 0) return invalid();
        }
    }
    BigInt r;
    // Accumulate as many digits as fit in a 32-bit multiplier at a time.
    uint32_t chunk_mul = 1, chunk_val = 0;
    for (char d : digits) {
        if (uint64_t(chunk_mul) * base > 0xFFFFFFFFu) {
            mul_add_small(r.mag_, chunk_mul, chunk_val);
            chunk_mul = 1;
            chunk_val = 0;
        }
        chunk_mul *= uint32_t(base);
        chunk_val = chunk_val * uint32_t(base) + uint32_t(d);
    }
    mul_add_small(r.mag_, chunk_mul, chunk_val);
    r.neg_ = neg;
    r.trim();
    return r;
}

} // namespace loopscope
