// bytes_methods.cpp - the methods bytes and bytearray share (as CPython's bytes_methods.c and
// the stringlib functions): searching, splitting, stripping, ASCII case mapping and padding,
// hex(); plus bytearray's mutators (append, extend, pop, insert, remove, clear, copy, reverse).
// A method of a bytearray returns a bytearray, as in CPython.
//
// Index:
//   [SECTION] Helpers
//   [SECTION] Searching     - find/rfind/index/rindex/count, startswith/endswith, replace
//   [SECTION] Splitting     - split/rsplit/splitlines/partition/join/strip
//   [SECTION] Case & shape  - upper/lower/..., is*(), center/ljust/rjust/zfill, hex
//   [SECTION] bytearray     - the mutators
//   [SECTION] Registration
#include "lang/builtins_shared.h"
#include "lang/bytes_object.h"

#include <algorithm>

namespace loopscope {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------------------------

BytesObj* self_b(Interp& I, Value self, const char* name) {
    if (is_bytes_like(I, self)) return as<BytesObj>(self);
    raise_type_error(I, std::string("descriptor '") + name +
                            "' requires a 'bytes' object but received a '" + type_name(I, self) +
                            "'");
    return nullptr;
}

Value like(Interp& I, Value self, std::string_view s) {
    return new_bytes_like(I, self, std::string(s));
}

bool ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
bool ascii_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
bool ascii_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
bool ascii_alpha(unsigned char c) {
    return ascii_lower(c) || ascii_upper(c);
}
bool ascii_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
char to_upper(char c) {
    return ascii_lower(static_cast<unsigned char>(c)) ? char(c - 32) : c;
}
char to_lower(char c) {
    return ascii_upper(static_cast<unsigned char>(c)) ? char(c + 32) : c;
}

// An optional start / end argument clamped as a slice (None or absent: the default).
bool bound_arg(Interp& I, Value v, int64_t len, int64_t dflt, int64_t* out) {
    if (v.is_undef() || v.is_none()) {
        *out = dflt;
        return true;
    }
    int64_t x;
    if (is_kind(v, Kind::BigInt)) {
        x = as<BigIntObj>(v)->v.is_negative() ? -len - 1 : len + 1;
    } else if (!to_index(I, v, &x)) {
        return false;
    }
    if (x < 0) {
        x += len;
        if (x < 0) x = 0;
    } else if (x > len) {
        x = len;
    }
    *out = x;
    return true;
}

bool maxsplit_arg(Interp& I, Value v, int64_t* out) {
    *out = -1;
    if (v.is_undef()) return true;
    if (!to_index(I, v, out)) return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Searching
// ---------------------------------------------------------------------------------------------

enum class Find { Find, RFind, Index, RIndex, Count };

template <Find F>
Value b_find(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"find", "rfind", "index", "rindex", "count"};
    const char* name = names[int(F)];
    BytesObj* b = self_b(I, self, name);
    if (!b || !check_range(I, a, name, 1, 3)) return Value::error();
    std::string one;
    std::string_view sub;
    Value x = a.args[0];
    if (is_int(I, x)) {
        unsigned char c;
        if (!byte_value(I, x, &c)) return Value::error();
        one = std::string(1, char(c));
        sub = one;
    } else if (is_bytes_like(I, x)) {
        sub = bytes_view(x);
    } else {
        return raise_type_error(I, "argument should be integer or bytes-like object, not '" +
                                       type_name(I, x) + "'");
    }
    int64_t n = int64_t(b->data.size()), start, end;
    if (!bound_arg(I, arg(a, 1), n, 0, &start) || !bound_arg(I, arg(a, 2), n, n, &end))
        return Value::error();
    std::string_view s(b->data);
    if (F == Find::Count) {
        if (start > end || int64_t(sub.size()) > end - start) return Value::integer(0);
        std::string_view w = s.substr(size_t(start), size_t(end - start));
        if (sub.empty()) return Value::integer(int64_t(w.size()) + 1);
        int64_t count = 0;
        for (size_t p = 0; (p = w.find(sub, p)) != std::string_view::npos; p += sub.size()) ++count;
        return Value::integer(count);
    }
    int64_t found = -1;
    if (start <= end && int64_t(sub.size()) <= end - start) {
        std::string_view w = s.substr(size_t(start), size_t(end - start));
        size_t p = (F == Find::Find || F == Find::Index) ? w.find(sub) : w.rfind(sub);
        if (p != std::string_view::npos) found = start + int64_t(p);
    }
    if (found < 0 && (F == Find::Index || F == Find::RIndex))
        return raise_value_error(I, "subsection not found");
    return Value::integer(found);
}

template <bool End>
Value b_startswith(Interp& I, Value self, const CallArgs& a) {
    const char* name = End ? "endswith" : "startswith";
    BytesObj* b = self_b(I, self, name);
    if (!b || !check_range(I, a, name, 1, 3)) return Value::error();
    int64_t n = int64_t(b->data.size()), start, end;
    if (!bound_arg(I, arg(a, 1), n, 0, &start) || !bound_arg(I, arg(a, 2), n, n, &end))
        return Value::error();
    std::string_view s(b->data);
    auto test = [&](std::string_view p) {
        if (start > end || int64_t(p.size()) > end - start) return false;
        std::string_view w = s.substr(size_t(start), size_t(end - start));
        return End ? w.substr(w.size() - p.size()) == p : w.substr(0, p.size()) == p;
    };
    Value x = a.args[0];
    if (is_kind(x, Kind::Tuple)) {
        for (Value p : as<TupleObj>(x)->items) {
            if (!is_bytes_like(I, p)) {
                return raise_type_error(I, std::string("a bytes-like object is required, not '") +
                                               type_name(I, p) + "'");
            }
            if (test(bytes_view(p))) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (!is_bytes_like(I, x)) {
        return raise_type_error(I, std::string(name) +
                                       " first arg must be bytes or a tuple of bytes, not " +
                                       type_name(I, x));
    }
    return Value::boolean(test(bytes_view(x)));
}

Value b_replace(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_b(I, self, "replace");
    if (!b || !check_range(I, a, "replace", 2, 3)) return Value::error();
    std::string_view old, rep;
    if (!bytes_arg(I, a.args[0], &old) || !bytes_arg(I, a.args[1], &rep)) return Value::error();
    int64_t count = -1;
    if (a.nargs > 2 && !to_index(I, a.args[2], &count)) return Value::error();
    if (count < 0) count = INT64_MAX;
    std::string_view s(b->data);
    std::string out;
    if (old.empty()) {
        size_t i = 0;
        for (; i <= s.size() && count > 0; --count) {
            out += rep;
            if (i < s.size()) out += s[i];
            ++i;
        }
        if (i < s.size()) out += s.substr(i);
        return like(I, self, out);
    }
    size_t p = 0, f;
    while (count > 0 && (f = s.find(old, p)) != std::string_view::npos) {
        out += s.substr(p, f - p);
        out += rep;
        p = f + old.size();
        --count;
    }
    out += s.substr(p);
    return like(I, self, out);
}

template <bool Suffix>
Value b_removefix(Interp& I, Value self, const CallArgs& a) {
    const char* name = Suffix ? "removesuffix" : "removeprefix";
    BytesObj* b = self_b(I, self, name);
    if (!b || !check_one(I, a, name)) return Value::error();
    std::string_view x, s(b->data);
    if (!bytes_arg(I, a.args[0], &x)) return Value::error();
    if (!Suffix && s.substr(0, x.size()) == x) s.remove_prefix(x.size());
    if (Suffix && !x.empty() && s.size() >= x.size() && s.substr(s.size() - x.size()) == x)
        s.remove_suffix(x.size());
    return like(I, self, s);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Splitting
// ---------------------------------------------------------------------------------------------

template <bool Right>
Value b_split(Interp& I, Value self, const CallArgs& a) {
    const char* name = Right ? "rsplit" : "split";
    BytesObj* b = self_b(I, self, name);
    if (!b) return Value::error();
    ArgSpec spec{name, {"sep", "maxsplit"}, {}, 0, false};
    Value av[2];
    if (!parse_args(I, a, spec, av)) return Value::error();
    int64_t maxsplit;
    if (!maxsplit_arg(I, av[1], &maxsplit)) return Value::error();
    if (maxsplit < 0) maxsplit = INT64_MAX;
    std::string_view s(b->data);
    std::vector<Value> out;
    if (av[0].is_undef() || av[0].is_none()) {
        if (!Right) {
            size_t i = 0, n = s.size();
            while (true) {
                while (i < n && ascii_space(static_cast<unsigned char>(s[i]))) ++i;
                if (i >= n) break;
                if (maxsplit-- <= 0) { // the rest, as it is
                    out.push_back(like(I, self, s.substr(i)));
                    break;
                }
                size_t j = i;
                while (j < n && !ascii_space(static_cast<unsigned char>(s[j]))) ++j;
                out.push_back(like(I, self, s.substr(i, j - i)));
                i = j;
            }
        } else {
            size_t e = s.size();
            while (true) {
                while (e > 0 && ascii_space(static_cast<unsigned char>(s[e - 1]))) --e;
                if (e == 0) break;
                if (maxsplit-- <= 0) {
                    out.push_back(like(I, self, s.substr(0, e)));
                    break;
                }
                size_t j = e;
                while (j > 0 && !ascii_space(static_cast<unsigned char>(s[j - 1]))) --j;
                out.push_back(like(I, self, s.substr(j, e - j)));
                e = j;
            }
            std::reverse(out.begin(), out.end());
        }
        return new_list(I, std::move(out));
    }
    std::string_view sep;
    if (!bytes_arg(I, av[0], &sep)) return Value::error();
    if (sep.empty()) return raise_value_error(I, "empty separator");
    if (!Right) {
        size_t p = 0, f;
        while (maxsplit-- > 0 && (f = s.find(sep, p)) != std::string_view::npos) {
            out.push_back(like(I, self, s.substr(p, f - p)));
            p = f + sep.size();
        }
        out.push_back(like(I, self, s.substr(p)));
    } else {
        size_t e = s.size(), f;
        while (maxsplit-- > 0 && e >= sep.size() &&
               (f = s.substr(0, e).rfind(sep)) != std::string_view::npos) {
            out.push_back(like(I, self, s.substr(f + sep.size(), e - f - sep.size())));
            e = f;
        }
        out.push_back(like(I, self, s.substr(0, e)));
        std::reverse(out.begin(), out.end());
    }
    return new_list(I, std::move(out));
}

Value b_splitlines(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_b(I, self, "splitlines");
    if (!b) return Value::error();
    ArgSpec spec{"splitlines", {"keepends"}, {}, 0, false};
    Value av[1];
    if (!parse_args(I, a, spec, av)) return Value::error();
    bool keep = false;
    if (!av[0].is_undef()) {
        int r = truthy(I, av[0]);
        if (r < 0) return Value::error();
        keep = r;
    }
    std::string_view s(b->data);
    std::vector<Value> out;
    size_t i = 0;
    while (i < s.size()) {
        size_t j = i;
        while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
        size_t eol = j;
        if (j < s.size())
            eol = (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? j + 2 : j + 1;
        out.push_back(like(I, self, s.substr(i, (keep ? eol : j) - i)));
        i = eol;
    }
    return new_list(I, std::move(out));
}

template <bool Right>
Value b_partition(Interp& I, Value self, const CallArgs& a) {
    const char* name = Right ? "rpartition" : "partition";
    BytesObj* b = self_b(I, self, name);
    if (!b || !check_one(I, a, name)) return Value::error();
    std::string_view sep, s(b->data);
    if (!bytes_arg(I, a.args[0], &sep)) return Value::error();
    if (sep.empty()) return raise_value_error(I, "empty separator");
    size_t f = Right ? s.rfind(sep) : s.find(sep);
    std::vector<Value> parts;
    if (f == std::string_view::npos) {
        parts = Right ? std::vector<Value>{like(I, self, ""), like(I, self, ""), like(I, self, s)}
                      : std::vector<Value>{like(I, self, s), like(I, self, ""), like(I, self, "")};
    } else {
        parts = {like(I, self, s.substr(0, f)), like(I, self, sep),
                 like(I, self, s.substr(f + sep.size()))};
    }
    return new_tuple(I, std::move(parts));
}

Value b_join(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_b(I, self, "join");
    if (!b || !check_one(I, a, "join")) return Value::error();
    std::vector<Value> items;
    if (!collect(I, a.args[0], items)) return Value::error();
    std::string out;
    for (size_t k = 0; k < items.size(); ++k) {
        if (!is_bytes_like(I, items[k])) {
            return raise_type_error(I, "sequence item " + std::to_string(k) +
                                           ": expected a bytes-like object, " +
                                           type_name(I, items[k]) + " found");
        }
        if (k) out += b->data;
        out += bytes_view(items[k]);
    }
    return like(I, self, out);
}

template <int Sides> // 1 left, 2 right, 3 both
Value b_strip(Interp& I, Value self, const CallArgs& a) {
    const char* name = Sides == 3 ? "strip" : Sides == 1 ? "lstrip" : "rstrip";
    BytesObj* b = self_b(I, self, name);
    if (!b || !check_range(I, a, name, 0, 1)) return Value::error();
    std::string_view chars, s(b->data);
    bool ws = a.nargs == 0 || a.args[0].is_none();
    if (!ws && !bytes_arg(I, a.args[0], &chars)) return Value::error();
    auto strip = [&](char c) {
        return ws ? ascii_space(static_cast<unsigned char>(c))
                  : chars.find(c) != std::string_view::npos;
    };
    size_t i = 0, e = s.size();
    if (Sides & 1)
        while (i < e && strip(s[i])) ++i;
    if (Sides & 2)
        while (e > i && strip(s[e - 1])) --e;
    return like(I, self, s.substr(i, e - i));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Case & shape
// ---------------------------------------------------------------------------------------------

enum class Case { Upper, Lower, Swap, Capitalize, Title };

template <Case C>
Value b_case(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"upper", "lower", "swapcase", "capitalize", "title"};
    BytesObj* b = self_b(I, self, names[int(C)]);
    if (!b || !check_none(I, a, names[int(C)])) return Value::error();
    std::string out = b->data;
    bool prev_cased = false;
    for (size_t i = 0; i < out.size(); ++i) {
        char c = out[i];
        auto u = static_cast<unsigned char>(c);
        switch (C) {
            case Case::Upper: out[i] = to_upper(c); break;
            case Case::Lower: out[i] = to_lower(c); break;
            case Case::Swap: out[i] = ascii_upper(u) ? to_lower(c) : to_upper(c); break;
            case Case::Capitalize: out[i] = i == 0 ? to_upper(c) : to_lower(c); break;
            case Case::Title:
                out[i] = prev_cased ? to_lower(c) : to_upper(c);
                prev_cased = ascii_alpha(u);
                break;
        }
    }
    return like(I, self, out);
}

enum class Is { Digit, Alpha, Alnum, Space, Upper, Lower, Ascii };

template <Is P>
Value b_is(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"isdigit", "isalpha", "isalnum", "isspace",
                                  "isupper", "islower", "isascii"};
    BytesObj* b = self_b(I, self, names[int(P)]);
    if (!b || !check_none(I, a, names[int(P)])) return Value::error();
    const std::string& s = b->data;
    if (P == Is::Ascii) {
        for (unsigned char c : s)
            if (c >= 0x80) return Value::boolean(false);
        return Value::boolean(true);
    }
    if (P == Is::Upper || P == Is::Lower) {
        bool cased = false;
        for (unsigned char c : s) {
            if (P == Is::Upper ? ascii_lower(c) : ascii_upper(c)) return Value::boolean(false);
            if (P == Is::Upper ? ascii_upper(c) : ascii_lower(c)) cased = true;
        }
        return Value::boolean(cased);
    }
    if (s.empty()) return Value::boolean(false);
    for (unsigned char c : s) {
        bool ok = P == Is::Digit   ? ascii_digit(c)
                  : P == Is::Alpha ? ascii_alpha(c)
                  : P == Is::Alnum ? (ascii_alpha(c) || ascii_digit(c))
                                   : ascii_space(c);
        if (!ok) return Value::boolean(false);
    }
    return Value::boolean(true);
}

enum class Pad { Center, Left, Right };

template <Pad P>
Value b_pad(Interp& I, Value self, const CallArgs& a) {
    const char* name = P == Pad::Center ? "center" : P == Pad::Left ? "ljust" : "rjust";
    BytesObj* b = self_b(I, self, name);
    if (!b || !check_range(I, a, name, 1, 2)) return Value::error();
    int64_t width;
    if (!to_index(I, a.args[0], &width)) return Value::error();
    char fill = ' ';
    if (a.nargs > 1) {
        Value f = a.args[1];
        if (!is_bytes_like(I, f) || bytes_view(f).size() != 1) {
            return raise_type_error(I, std::string(name) +
                                           "() argument 2 must be a byte string of length 1, "
                                           "not " +
                                           type_name(I, f));
        }
        fill = bytes_view(f)[0];
    }
    const std::string& s = b->data;
    int64_t n = int64_t(s.size());
    if (width <= n) return like(I, self, s);
    int64_t total = width - n, left;
    if (P == Pad::Left)
        left = 0;
    else if (P == Pad::Right)
        left = total;
    else
        left = total / 2 + (total & width & 1); // as CPython's pad()
    std::string out(size_t(left), fill);
    out += s;
    out.append(size_t(total - left), fill);
    return like(I, self, out);
}

Value b_zfill(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_b(I, self, "zfill");
    if (!b || !check_one(I, a, "zfill")) return Value::error();
    int64_t width;
    if (!to_index(I, a.args[0], &width)) return Value::error();
    std::string s = b->data;
    if (width <= int64_t(s.size())) return like(I, self, s);
    size_t fill = size_t(width) - s.size();
    std::string out(fill, '0');
    out += s;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        out[0] = s[0];
        out[fill] = '0';
    }
    return like(I, self, out);
}

// hex(sep=None, bytes_per_sep=1), as CPython's _Py_strhex_impl.
Value b_hex(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_b(I, self, "hex");
    if (!b) return Value::error();
    ArgSpec spec{"hex", {"sep", "bytes_per_sep"}, {}, 0, false};
    Value av[2];
    if (!parse_args(I, a, spec, av)) return Value::error();
    std::string sep;
    if (!av[0].is_undef() && !av[0].is_none()) {
        if (is_str(av[0])) {
            sep = std::string(str_view(av[0]));
        } else if (is_bytes_like(I, av[0])) {
            sep = std::string(bytes_view(av[0]));
        } else {
            return raise_type_error(I, "sep must be str or bytes.");
        }
        if (utf8_length(sep) != 1) return raise_value_error(I, "sep must be length 1.");
        if (static_cast<unsigned char>(sep[0]) >= 0x80)
            return raise_value_error(I, "sep must be ASCII.");
    }
    int64_t per = 1;
    if (!av[1].is_undef() && !to_index(I, av[1], &per)) return Value::error();
    static const char* hex = "0123456789abcdef";
    const std::string& s = b->data;
    std::string out;
    int64_t n = int64_t(s.size());
    int64_t group = per < 0 ? -per : per;
    for (int64_t i = 0; i < n; ++i) {
        if (!sep.empty() && group > 0 && i > 0) {
            // per > 0: groups counted from the right; per < 0: from the left
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) out += sep;
        }
        auto c = static_cast<unsigned char>(s[size_t(i)]);
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    return new_str(I, std::move(out));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] bytearray
// ---------------------------------------------------------------------------------------------

BytesObj* self_ba(Interp& I, Value self, const char* name) {
    if (is_bytearray(I, self)) return as<BytesObj>(self);
    raise_type_error(I, std::string("descriptor '") + name +
                            "' requires a 'bytearray' object but received a '" +
                            type_name(I, self) + "'");
    return nullptr;
}

Value ba_append(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_ba(I, self, "append");
    if (!b || !check_one(I, a, "append")) return Value::error();
    unsigned char c;
    if (!byte_value(I, a.args[0], &c)) return Value::error();
    b->data += char(c);
    return Value::none();
}

Value ba_extend(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_ba(I, self, "extend");
    if (!b || !check_one(I, a, "extend")) return Value::error();
    Value x = a.args[0];
    if (is_bytes_like(I, x)) {
        b->data += std::string(bytes_view(x));
        return Value::none();
    }
    std::vector<Value> items;
    if (!collect(I, x, items)) {
        if (exc_matches(I, I.exc, I.t.TypeError))
            return raise_type_error(I, "can't extend bytearray with " + type_name(I, x));
        return Value::error();
    }
    std::string add;
    for (Value v : items) {
        unsigned char c;
        if (!byte_value(I, v, &c)) return Value::error();
        add += char(c);
    }
    b->data += add;
    return Value::none();
}

Value ba_pop(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_ba(I, self, "pop");
    if (!b || !check_range(I, a, "pop", 0, 1)) return Value::error();
    int64_t i = -1;
    if (a.nargs > 0 && !to_index(I, a.args[0], &i)) return Value::error();
    if (b->data.empty()) return raise(I, I.t.IndexError, "pop from empty bytearray");
    if (!norm_index(&i, int64_t(b->data.size())))
        return raise(I, I.t.IndexError, "pop index out of range");
    auto c = static_cast<unsigned char>(b->data[size_t(i)]);
    b->data.erase(size_t(i), 1);
    return Value::integer(c);
}

Value ba_insert(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_ba(I, self, "insert");
    if (!b || !check_range(I, a, "insert", 2, 2)) return Value::error();
    int64_t i;
    if (!to_index(I, a.args[0], &i)) return Value::error();
    unsigned char c;
    if (!byte_value(I, a.args[1], &c)) return Value::error();
    int64_t n = int64_t(b->data.size());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    b->data.insert(size_t(i), 1, char(c));
    return Value::none();
}

Value ba_remove(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_ba(I, self, "remove");
    if (!b || !check_one(I, a, "remove")) return Value::error();
    unsigned char c;
    if (!byte_value(I, a.args[0], &c)) return Value::error();
    size_t p = b->data.find(char(c));
    if (p == std::string::npos) return raise_value_error(I, "value not found in bytearray");
    b->data.erase(p, 1);
    return Value::none();
}

Value ba_clear(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_ba(I, self, "clear");
    if (!b || !check_none(I, a, "clear")) return Value::error();
    b->data.clear();
    return Value::none();
}

Value ba_copy(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_ba(I, self, "copy");
    if (!b || !check_none(I, a, "copy")) return Value::error();
    return new_bytearray(I, b->data);
}

Value ba_reverse(Interp& I, Value self, const CallArgs& a) {
    BytesObj* b = self_ba(I, self, "reverse");
    if (!b || !check_none(I, a, "reverse")) return Value::error();
    std::reverse(b->data.begin(), b->data.end());
    return Value::none();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Registration
// ---------------------------------------------------------------------------------------------

void init_bytes_methods(Interp& I, TypeObj* t) {
    add_method(I, t, "find", b_find<Find::Find>);
    add_method(I, t, "rfind", b_find<Find::RFind>);
    add_method(I, t, "index", b_find<Find::Index>);
    add_method(I, t, "rindex", b_find<Find::RIndex>);
    add_method(I, t, "count", b_find<Find::Count>);
    add_method(I, t, "startswith", b_startswith<false>);
    add_method(I, t, "endswith", b_startswith<true>);
    add_method(I, t, "replace", b_replace);
    add_method(I, t, "removeprefix", b_removefix<false>);
    add_method(I, t, "removesuffix", b_removefix<true>);
    add_method(I, t, "split", b_split<false>);
    add_method(I, t, "rsplit", b_split<true>);
    add_method(I, t, "splitlines", b_splitlines);
    add_method(I, t, "partition", b_partition<false>);
    add_method(I, t, "rpartition", b_partition<true>);
    add_method(I, t, "join", b_join);
    add_method(I, t, "strip", b_strip<3>);
    add_method(I, t, "lstrip", b_strip<1>);
    add_method(I, t, "rstrip", b_strip<2>);
    add_method(I, t, "upper", b_case<Case::Upper>);
    add_method(I, t, "lower", b_case<Case::Lower>);
    add_method(I, t, "swapcase", b_case<Case::Swap>);
    add_method(I, t, "capitalize", b_case<Case::Capitalize>);
    add_method(I, t, "title", b_case<Case::Title>);
    add_method(I, t, "isdigit", b_is<Is::Digit>);
    add_method(I, t, "isalpha", b_is<Is::Alpha>);
    add_method(I, t, "isalnum", b_is<Is::Alnum>);
    add_method(I, t, "isspace", b_is<Is::Space>);
    add_method(I, t, "isupper", b_is<Is::Upper>);
    add_method(I, t, "islower", b_is<Is::Lower>);
    add_method(I, t, "isascii", b_is<Is::Ascii>);
    add_method(I, t, "center", b_pad<Pad::Center>);
    add_method(I, t, "ljust", b_pad<Pad::Left>);
    add_method(I, t, "rjust", b_pad<Pad::Right>);
    add_method(I, t, "zfill", b_zfill);
    add_method(I, t, "hex", b_hex);
    if (t == I.t.bytearray) {
        add_method(I, t, "append", ba_append);
        add_method(I, t, "extend", ba_extend);
        add_method(I, t, "pop", ba_pop);
        add_method(I, t, "insert", ba_insert);
        add_method(I, t, "remove", ba_remove);
        add_method(I, t, "clear", ba_clear);
        add_method(I, t, "copy", ba_copy);
        add_method(I, t, "reverse", ba_reverse);
    }
}

} // namespace loopscope
