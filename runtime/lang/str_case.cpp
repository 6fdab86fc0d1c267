// str_case.cpp - str's case mapping (upper, lower, title, ...), padding (center, ljust, rjust,
// zfill, expandtabs) and is*() predicates, as CPython's unicodeobject.c, over the Unicode
// database (lang/unicode_db.h: CPython's own classes and full case mappings).
#include "lang/builtins_shared.h"
#include "lang/str_args.h"
#include "lang/unicode_db.h"

#include <algorithm>

namespace loopscope {

namespace {

bool int_arg(Interp& I, Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    return to_index(I, v, out);
}

inline bool cp_space(uint32_t c) {
    return unicode_space(c);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Character classes and case mappings (lang/unicode_db.h)
// ---------------------------------------------------------------------------------------------

using unicode::CharInfo;
using unicode::Mapping;

// The database's entry for `c`; nullptr with a RuntimeError raised while the page has not yet
// downloaded the table (a run waits for it, so a program only meets this if the download
// failed).
const CharInfo* char_info(Interp& I, uint32_t c) {
    const CharInfo* r = unicode::info(c);
    if (!r) raise(I, I.t.RuntimeError, unicode::kMissingMessage);
    return r;
}

bool put_mapping(Interp& I, std::string& out, uint32_t c, Mapping m) {
    if (unicode::append_mapping(out, c, m)) return true;
    raise(I, I.t.RuntimeError, unicode::kMissingMessage);
    return false;
}

// The lower case of cps[i], a capital sigma becoming final sigma at the end of a word (as
// CPython's lower_ucs4 / handle_capital_sigma).
bool put_lower_at(Interp& I, std::string& out, const std::vector<uint32_t>& cps, size_t i) {
    if (cps[i] != 0x3A3) return put_mapping(I, out, cps[i], Mapping::Lower);
    auto flags = [&I](uint32_t c) -> int {
        const CharInfo* r = char_info(I, c);
        return r ? r->flags : -1;
    };
    size_t j = i;
    int f = 0;
    while (j > 0 && (f = flags(cps[j - 1])) >= 0 && (f & unicode::kCaseIgnorable)) --j;
    if (f < 0) return false;
    bool final_sigma = j > 0 && (flags(cps[j - 1]) & unicode::kCased);
    if (final_sigma) {
        j = i + 1;
        while (j < cps.size() && (f = flags(cps[j])) >= 0 && (f & unicode::kCaseIgnorable)) ++j;
        if (f < 0) return false;
        final_sigma = j == cps.size() || !(flags(cps[j]) & unicode::kCased);
    }
    append_utf8(out, final_sigma ? 0x3C2 : 0x3C3);
    return true;
}

std::vector<uint32_t> code_points(std::string_view t) {
    std::vector<uint32_t> cps;
    cps.reserve(t.size());
    for (size_t p = 0; p < t.size();) cps.push_back(utf8_decode(t, &p));
    return cps;
}

inline bool ascii_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
inline bool ascii_lower(char c) {
    return c >= 'a' && c <= 'z';
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Case and padding
// ---------------------------------------------------------------------------------------------

enum class Case { Upper, Lower, Swap, Title, Capitalize, Fold };

// Lower or upper case of ASCII text a word at a time: a byte's high bit marks it >= the first
// letter and another > the last (no byte is >= 0x80, so no carry crosses a byte), and the
// letters found get 0x20 flipped. A tail shorter than a word is done again from the source,
// overlapping what was written (the same bytes come out).
template <bool lower, typename W>
inline W ascii_case_word(W x) {
    constexpr W kOnes = W(0x0101010101010101ull), kHigh = W(0x8080808080808080ull);
    constexpr W kFirst = W(0x80 - (lower ? 'A' : 'a')) * kOnes;
    constexpr W kPastLast = W(0x80 - (lower ? 'Z' : 'z') - 1) * kOnes;
    return x ^ (((x + kFirst) & ~(x + kPastLast) & kHigh) >> 2);
}
template <bool lower, typename W>
inline void ascii_case_at(const char* p, char* out) {
    W x;
    __builtin_memcpy(&x, p, sizeof(W));
    x = ascii_case_word<lower>(x);
    __builtin_memcpy(out, &x, sizeof(W));
}
template <bool lower>
void ascii_case_words(std::string_view t, char* out) {
    const char* p = t.data();
    const size_t n = t.size();
    if (n >= 8) {
        for (size_t i = 0; i + 8 <= n; i += 8) ascii_case_at<lower, uint64_t>(p + i, out + i);
        if (n % 8) ascii_case_at<lower, uint64_t>(p + n - 8, out + n - 8);
    } else if (n >= 4) {
        ascii_case_at<lower, uint32_t>(p, out);
        ascii_case_at<lower, uint32_t>(p + n - 4, out + n - 4);
    } else {
        for (size_t i = 0; i < n; ++i) {
            const char c = p[i];
            const bool letter = lower ? c >= 'A' && c <= 'Z' : c >= 'a' && c <= 'z';
            out[i] = letter ? char(c ^ 0x20) : c;
        }
    }
}

// An ASCII string's case mapping (every mapping stays within ASCII).
template <Case mode>
void ascii_case(std::string_view t, char* out) {
    if constexpr (mode == Case::Lower || mode == Case::Fold || mode == Case::Upper) {
        ascii_case_words<mode != Case::Upper>(t, out);
        return;
    }
    bool prev_cased = false;
    for (size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        const bool up = ascii_upper(c), low = ascii_lower(c);
        bool to_upper = false, to_lower = false;
        switch (mode) {
            case Case::Upper: to_upper = true; break;
            case Case::Lower:
            case Case::Fold: to_lower = true; break;
            case Case::Swap: to_upper = low, to_lower = up; break;
            case Case::Title:
                (prev_cased ? to_lower : to_upper) = true;
                prev_cased = up || low;
                break;
            case Case::Capitalize: (i == 0 ? to_upper : to_lower) = true; break;
        }
        if (to_upper && low) c = static_cast<char>(c - 32);
        if (to_lower && up) c = static_cast<char>(c + 32);
        out[i] = c;
    }
}

// As CPython's do_upper, do_lower, do_swapcase, do_title, do_capitalize and do_casefold.
template <Case mode>
Value str_case(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"str.upper", "str.lower",      "str.swapcase",
                                  "str.title", "str.capitalize", "str.casefold"};
    StrObj* s = self_str(I, self, names[int(mode)] + 4);
    if (!s || !(plain_args(a, 0, 0) || check_none(I, a, names[int(mode)]))) return Value::error();
    if (s->s.empty()) return Value::object(I.empty_str); // (CPython's empty singleton)
    if (s->ascii) { // (the mapping of ASCII text is ASCII text of the same length)
        StrObj* r = StrObj::make_blank(I, I.t.str, s->s.size(), s->cp_len, true);
        ascii_case<mode>(s->s, r->blank_text());
        return Value::object(r);
    }
    const std::vector<uint32_t> cps = code_points(s->s);
    std::string out;
    out.reserve(s->s.size());
    bool prev_cased = false; // title: the previous character was cased
    for (size_t i = 0; i < cps.size(); ++i) {
        const uint32_t c = cps[i];
        const CharInfo* r = char_info(I, c);
        if (!r) return Value::error();
        bool ok = true;
        switch (mode) {
            case Case::Upper: ok = put_mapping(I, out, c, Mapping::Upper); break;
            case Case::Lower: ok = put_lower_at(I, out, cps, i); break;
            case Case::Fold: ok = put_mapping(I, out, c, Mapping::Fold); break;
            case Case::Swap:
                if (r->flags & unicode::kUpper)
                    ok = put_lower_at(I, out, cps, i);
                else if (r->flags & unicode::kLower)
                    ok = put_mapping(I, out, c, Mapping::Upper);
                else
                    append_utf8(out, c);
                break;
            case Case::Title:
                ok = prev_cased ? put_lower_at(I, out, cps, i)
                                : put_mapping(I, out, c, Mapping::Title);
                prev_cased = r->flags & unicode::kCased;
                break;
            case Case::Capitalize:
                ok = i == 0 ? put_mapping(I, out, c, Mapping::Title) : put_lower_at(I, out, cps, i);
                break;
        }
        if (!ok) return Value::error();
    }
    return new_str(I, std::move(out));
}

enum class Pad { Center, Left, Right };

template <Pad mode>
Value str_pad(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"center", "ljust", "rjust"};
    const char* name = names[int(mode)];
    StrObj* s = self_str(I, self, name);
    if (!s ||
        !(plain_args(a, 1, 2) || check_range(I, a, name, 1, 2, std::string("str.") + name + "()")))
        return Value::error();
    int64_t width;
    if (!int_arg(I, a.args[0], &width)) return Value::error();
    std::string fill = " ";
    if (a.nargs == 2) {
        Value f = a.args[1];
        if (!is_str(f)) {
            return raise_type_error(I, "The fill character must be a unicode character, not " +
                                           type_name(I, f));
        }
        if (as_str(f)->cp_len != 1)
            return raise_type_error(I, "The fill character must be exactly one character long");
        fill = as_str(f)->s;
    }
    if (width <= s->cp_len) return s->type == I.t.str ? self : new_str(I, s->s);
    int64_t marg = width - s->cp_len, left = 0;
    if (mode == Pad::Center)
        left = marg / 2 + (marg & width & 1);
    else if (mode == Pad::Right)
        left = marg;
    if (!room_for(I, uint64_t(width), fill.size())) return Value::error();
    std::string out;
    out.reserve(size_t(width) * fill.size());
    for (int64_t k = 0; k < left; ++k) out += fill;
    out += s->s;
    for (int64_t k = left; k < marg; ++k) out += fill;
    return new_str(I, std::move(out));
}

Value str_zfill(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "zfill");
    if (!s || !(plain_args(a, 1, 1) || check_one(I, a, "str.zfill"))) return Value::error();
    int64_t width;
    if (!int_arg(I, a.args[0], &width)) return Value::error();
    if (width <= s->cp_len) return s->type == I.t.str ? self : new_str(I, s->s);
    if (!room_for(I, uint64_t(s->s.size()) + uint64_t(width - s->cp_len))) return Value::error();
    const size_t fill = size_t(width - s->cp_len);
    std::string out;
    out.reserve(s->s.size() + fill);
    size_t start = 0;
    if (!s->s.empty() && (s->s[0] == '+' || s->s[0] == '-')) {
        out.push_back(s->s[0]);
        start = 1;
    }
    out.append(fill, '0');
    out.append(s->s, start);
    return new_str(I, std::move(out));
}

enum class Is {
    Digit,
    Alpha,
    Alnum,
    Space,
    Upper,
    Lower,
    Numeric,
    Decimal,
    Identifier,
    Title,
    Printable,
    Ascii
};

template <Is mode>
Value str_is(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"str.isdigit",   "str.isalpha",     "str.isalnum",
                                  "str.isspace",   "str.isupper",     "str.islower",
                                  "str.isnumeric", "str.isdecimal",   "str.isidentifier",
                                  "str.istitle",   "str.isprintable", "str.isascii"};
    StrObj* s = self_str(I, self, names[int(mode)] + 4);
    if (!s || !(plain_args(a, 0, 0) || check_none(I, a, names[int(mode)]))) return Value::error();
    std::string_view t(s->s);
    if (mode == Is::Ascii) return Value::boolean(s->ascii);
    if (t.empty()) return Value::boolean(mode == Is::Printable);
    using namespace unicode;
    bool cased = false, prev_cased = false;
    bool first = true;
    for (size_t p = 0; p < t.size();) {
        uint32_t c = utf8_decode(t, &p);
        if (mode == Is::Space) {
            if (!cp_space(c)) return Value::boolean(false);
            continue;
        }
        const CharInfo* r = char_info(I, c);
        if (!r) return Value::error();
        const unsigned f = r->flags;
        switch (mode) {
            case Is::Digit:
                if (!(f & kDigit)) return Value::boolean(false);
                break;
            case Is::Alpha:
                if (!(f & kAlpha)) return Value::boolean(false);
                break;
            case Is::Alnum:
                if (!(f & (kAlpha | kDecimal | kDigit | kNumeric))) return Value::boolean(false);
                break;
            case Is::Numeric:
                if (!(f & kNumeric)) return Value::boolean(false);
                break;
            case Is::Decimal:
                if (!(f & kDecimal)) return Value::boolean(false);
                break;
            case Is::Printable:
                if (!(f & kPrintable)) return Value::boolean(false);
                break;
            case Is::Upper:
                if (f & (kLower | kTitle)) return Value::boolean(false);
                cased |= (f & kUpper) != 0;
                break;
            case Is::Lower:
                if (f & (kUpper | kTitle)) return Value::boolean(false);
                cased |= (f & kLower) != 0;
                break;
            case Is::Identifier:
                if (!(f & (first ? kXidStart : kXidContinue)) && !(first && c == '_'))
                    return Value::boolean(false);
                break;
            case Is::Title:
                // As CPython's unicode_istitle_impl.
                if (f & (kUpper | kTitle)) {
                    if (prev_cased) return Value::boolean(false);
                    prev_cased = cased = true;
                } else if (f & kLower) {
                    if (!prev_cased) return Value::boolean(false);
                    prev_cased = cased = true;
                } else {
                    prev_cased = false;
                }
                break;
            default: break;
        }
        first = false;
    }
    if (mode == Is::Upper || mode == Is::Lower || mode == Is::Title) return Value::boolean(cased);
    return Value::boolean(true);
}

Value str_expandtabs(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "expandtabs");
    if (!s) return Value::error();
    ArgSpec spec{"expandtabs", {"tabsize"}, {}, 0, false};
    Value av[1];
    if (!parse_args(I, a, spec, av)) return Value::error();
    int64_t tab = 8;
    if (!av[0].is_undef() && !int_arg(I, av[0], &tab)) return Value::error();
    std::string out;
    int64_t col = 0;
    for (size_t p = 0; p < s->s.size();) {
        size_t q = p;
        uint32_t c = utf8_decode(s->s, &q);
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                if (!room_for(I, uint64_t(n))) return Value::error();
                out.append(size_t(n), ' ');
                col += n;
            }
        } else {
            out.append(s->s, p, q - p);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        p = q;
    }
    return new_str(I, std::move(out));
}

} // namespace

void init_str_case_methods(Interp& I) {
    TypeObj* t = I.t.str;
    add_method(I, t, "upper", str_case<Case::Upper>);
    add_method(I, t, "lower", str_case<Case::Lower>);
    add_method(I, t, "swapcase", str_case<Case::Swap>);
    add_method(I, t, "title", str_case<Case::Title>);
    add_method(I, t, "capitalize", str_case<Case::Capitalize>);
    add_method(I, t, "casefold", str_case<Case::Fold>);
    add_method(I, t, "center", str_pad<Pad::Center>);
    add_method(I, t, "ljust", str_pad<Pad::Left>);
    add_method(I, t, "rjust", str_pad<Pad::Right>);
    add_method(I, t, "zfill", str_zfill);
    add_method(I, t, "expandtabs", str_expandtabs);
    add_method(I, t, "isdigit", str_is<Is::Digit>);
    add_method(I, t, "isalpha", str_is<Is::Alpha>);
    add_method(I, t, "isalnum", str_is<Is::Alnum>);
    add_method(I, t, "isspace", str_is<Is::Space>);
    add_method(I, t, "isupper", str_is<Is::Upper>);
    add_method(I, t, "islower", str_is<Is::Lower>);
    add_method(I, t, "isnumeric", str_is<Is::Numeric>);
    add_method(I, t, "isdecimal", str_is<Is::Decimal>);
    add_method(I, t, "isidentifier", str_is<Is::Identifier>);
    add_method(I, t, "istitle", str_is<Is::Title>);
    add_method(I, t, "isprintable", str_is<Is::Printable>);
    add_method(I, t, "isascii", str_is<Is::Ascii>);
}

} // namespace loopscope
