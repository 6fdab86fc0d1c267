// str_case.cpp - str's case mapping (upper, lower, title, ...), padding (center, ljust, rjust,
// zfill, expandtabs) and is*() predicates, as CPython's unicodeobject.c. Character classes and
// case mappings cover ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic; other code points
// are approximated (see cp_alpha).
#include "lang/builtins_shared.h"

#include <algorithm>

namespace loopscope {

namespace {

StrObj* self_str(Interp& I, Value self, const char* name) {
    if (is_str(self)) return as_str(self);
    raise_type_error(I, std::string("descriptor '") + name +
                            "' for 'str' objects doesn't apply to a '" + type_name(I, self) +
                            "' object");
    return nullptr;
}

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
// [SECTION] Character classes
// ---------------------------------------------------------------------------------------------

// Upper-case code point -> lower, or 0 when `c` is not an upper-case letter.
uint32_t to_lower_cp(uint32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c < 0xC0) return 0;
    if (c <= 0xDE && c != 0xD7) return c + 32;
    if (c >= 0x100 && c <= 0x17F) {
        if (c == 0x130) return 'i';
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : 0;
        if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return 0;
        return (c & 1) ? 0 : c + 1;
    }
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    return 0;
}

// Lower-case code point -> upper, or 0 when `c` is not a lower-case letter.
uint32_t to_upper_cp(uint32_t c) {
    if (c >= 'a' && c <= 'z') return c - 32;
    if (c < 0xB5) return 0;
    if (c == 0xB5) return 0x39C;
    if (c == 0xFF) return 0x178;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
    if (c >= 0x100 && c <= 0x17F) {
        if (c == 0x131) return 'I';
        if (c == 0x17F) return 'S';
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? 0 : c - 1;
        if (c == 0x130 || c == 0x138 || c == 0x149) return 0;
        return (c & 1) ? c - 1 : 0;
    }
    if (c == 0x3C2) return 0x3A3;
    if (c >= 0x3B1 && c <= 0x3C9) return c - 32;
    if (c >= 0x430 && c <= 0x44F) return c - 32;
    if (c >= 0x450 && c <= 0x45F) return c - 80;
    return 0;
}

bool cp_upper(uint32_t c) {
    return to_lower_cp(c) != 0;
}
bool cp_lower(uint32_t c) {
    return to_upper_cp(c) != 0 || c == 0xDF || c == 0x138 || c == 0x149;
}
bool cp_alpha(uint32_t c) {
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    if (cp_upper(c) || cp_lower(c)) return true;
    if (c == 0xAA || c == 0xBA) return true;
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x5D0 && c <= 0x5EA) || (c >= 0x620 && c <= 0x64A);
}
bool cp_decimal(uint32_t c) {
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}
bool cp_digit(uint32_t c) {
    return cp_decimal(c) || c == 0xB2 || c == 0xB3 || c == 0xB9;
}
bool cp_numeric(uint32_t c) {
    return cp_digit(c) || c == 0xBC || c == 0xBD || c == 0xBE || (c >= 0x2150 && c <= 0x218B);
}
bool cp_cased(uint32_t c) {
    return cp_upper(c) || cp_lower(c);
}

// Appends the upper / lower case of c (ß upper-cases to "SS" as CPython's full mapping).
void put_upper(std::string& out, uint32_t c) {
    if (c == 0xDF) {
        out += "SS";
        return;
    }
    uint32_t u = to_upper_cp(c);
    append_utf8(out, u ? u : c);
}
void put_lower(std::string& out, uint32_t c) {
    if (c == 0x130) {
        out += "i\xcc\x87";
        return;
    }
    uint32_t l = to_lower_cp(c);
    append_utf8(out, l ? l : c);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Case and padding
// ---------------------------------------------------------------------------------------------

enum class Case { Upper, Lower, Swap, Title, Capitalize };

template <Case mode>
Value str_case(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"str.upper", "str.lower", "str.swapcase", "str.title",
                                  "str.capitalize"};
    StrObj* s = self_str(I, self, names[int(mode)] + 4);
    if (!s || !check_none(I, a, names[int(mode)])) return Value::error();
    std::string out;
    out.reserve(s->s.size());
    std::string_view t(s->s);
    bool prev_cased = false; // title: previous character was cased
    bool first = true;
    for (size_t p = 0; p < t.size();) {
        uint32_t c;
        unsigned char b = static_cast<unsigned char>(t[p]);
        if (b < 0x80) {
            c = b;
            ++p;
        } else {
            c = utf8_decode(t, &p);
        }
        switch (mode) {
            case Case::Upper: put_upper(out, c); break;
            case Case::Lower: put_lower(out, c); break;
            case Case::Swap:
                if (cp_upper(c))
                    put_lower(out, c);
                else if (cp_lower(c))
                    put_upper(out, c);
                else
                    append_utf8(out, c);
                break;
            case Case::Title:
                if (prev_cased)
                    put_lower(out, c);
                else
                    put_upper(out, c);
                prev_cased = cp_cased(c);
                break;
            case Case::Capitalize:
                if (first)
                    put_upper(out, c);
                else
                    put_lower(out, c);
                break;
        }
        first = false;
    }
    return new_str(I, std::move(out));
}

enum class Pad { Center, Left, Right };

template <Pad mode>
Value str_pad(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"center", "ljust", "rjust"};
    const char* name = names[int(mode)];
    StrObj* s = self_str(I, self, name);
    if (!s || !check_range(I, a, name, 1, 2, std::string("str.") + name + "()"))
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
    if (!s || !check_one(I, a, "str.zfill")) return Value::error();
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
    if (!s || !check_none(I, a, names[int(mode)])) return Value::error();
    std::string_view t(s->s);
    if (mode == Is::Ascii) return Value::boolean(s->ascii);
    if (mode == Is::Printable) {
        // printable iff repr adds no escapes (other than for quotes and backslashes)
        for (size_t p = 0; p < t.size();) {
            uint32_t c = utf8_decode(t, &p);
            if (c == '\'' || c == '"' || c == '\\') continue;
            std::string one;
            append_utf8(one, c);
            if (repr_string(one).size() != one.size() + 2) return Value::boolean(false);
        }
        return Value::boolean(true);
    }
    if (t.empty()) return Value::boolean(false);
    bool cased = false, prev_cased = false;
    bool first = true;
    for (size_t p = 0; p < t.size();) {
        uint32_t c = utf8_decode(t, &p);
        switch (mode) {
            case Is::Digit:
                if (!cp_digit(c)) return Value::boolean(false);
                break;
            case Is::Alpha:
                if (!cp_alpha(c)) return Value::boolean(false);
                break;
            case Is::Alnum:
                if (!cp_alpha(c) && !cp_numeric(c)) return Value::boolean(false);
                break;
            case Is::Space:
                if (!cp_space(c)) return Value::boolean(false);
                break;
            case Is::Numeric:
                if (!cp_numeric(c)) return Value::boolean(false);
                break;
            case Is::Decimal:
                if (!cp_decimal(c)) return Value::boolean(false);
                break;
            case Is::Upper:
                if (cp_lower(c)) return Value::boolean(false);
                cased |= cp_upper(c);
                break;
            case Is::Lower:
                if (cp_upper(c)) return Value::boolean(false);
                cased |= cp_lower(c);
                break;
            case Is::Identifier:
                if (c == '_' || cp_alpha(c) || (!first && cp_decimal(c))) break;
                return Value::boolean(false);
            case Is::Title:
                // As CPython's unicode_istitle_impl.
                if (cp_upper(c)) {
                    if (prev_cased) return Value::boolean(false);
                    prev_cased = cased = true;
                } else if (cp_lower(c)) {
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

Value str_casefold(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "casefold");
    if (!s || !check_none(I, a, "str.casefold")) return Value::error();
    std::string out;
    out.reserve(s->s.size());
    for (size_t p = 0; p < s->s.size();) {
        uint32_t c = utf8_decode(s->s, &p);
        if (c == 0xDF)
            out += "ss";
        else if (c == 0x3C2)
            append_utf8(out, 0x3C3);
        else
            put_lower(out, c);
    }
    return new_str(I, std::move(out));
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
    add_method(I, t, "casefold", str_casefold);
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
