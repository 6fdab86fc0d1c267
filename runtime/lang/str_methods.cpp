// str_methods.cpp - str's dunders and methods (as CPython's unicodeobject.c), with ASCII fast
// paths: an ASCII str indexes by byte; other text is walked as UTF-8. Case mapping, padding and
// the is*() predicates live in str_case.cpp, str.format in str_format.cpp, % in str_percent.cpp.
//
// Index:
//   [SECTION] Helpers            - argument coercion, index adjustment
//   [SECTION] Dunders            - len, getitem, contains, iter, repr, hash, comparisons
//   [SECTION] Searching          - find/index/count/startswith/endswith/replace
//   [SECTION] Splitting          - split/rsplit/splitlines/partition/join/strip
//   [SECTION] Registration
#include "lang/builtins_shared.h"
#include "lang/bytes_object.h"
#include "lang/init.h"
#include "lang/str_args.h"

#include <algorithm>
#include <cstring>

namespace loopscope {

StrObj* str_not_self(Interp& I, Value self, const char* name) {
    raise_type_error(I, std::string("descriptor '") + name +
                            "' for 'str' objects doesn't apply to a '" + type_name(I, self) +
                            "' object");
    return nullptr;
}

Value str_format_method(Interp& I, Value self, const CallArgs& a); // str_format.cpp
Value str_format_map(Interp& I, Value self, const CallArgs& a);    // str_format.cpp

namespace {

bool cp_space(uint32_t c) {
    return unicode_space(c);
}

// An ASCII whitespace byte (str.isspace: \t-\r, \x1c-\x1f, ' '), by one bit of a mask.
inline bool ascii_space(unsigned char c) {
    constexpr uint64_t kMask =
        (uint64_t(1) << ' ') | (uint64_t(0x1F) << 0x09) | (uint64_t(0xF) << 0x1C);
    return c <= ' ' && ((kMask >> c) & 1) != 0;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------------------------

bool int_arg(Interp& I, Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    return to_index(I, v, out);
}

// An optional start/end argument (None or absent means the default).
bool opt_index(Interp& I, Value v, int64_t dflt, int64_t* out) {
    if (v.is_undef() || v.is_none()) {
        *out = dflt;
        return true;
    }
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    if (is_kind(v, Kind::BigInt)) {
        *out = as<BigIntObj>(v)->v.is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;
        return true;
    }
    if (type_lookup(type_of(I, v), I.n.__index__).is_undef()) {
        raise_type_error(I, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return to_index(I, v, out);
}

// As CPython's ADJUST_INDICES.
void adjust_indices(int64_t* start, int64_t* end, int64_t len) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

inline int64_t byte_to_cp(const StrObj* s, size_t b) {
    return s->ascii ? int64_t(b) : utf8_length(std::string_view(s->s).substr(0, b));
}

// The [start, end) window of a search method, as a byte range; false on error.
bool search_window(Interp& I, const StrObj* s, Value vs, Value ve, int64_t* cs, int64_t* ce,
                   size_t* bs, size_t* be) {
    if (!opt_index(I, vs, 0, cs) || !opt_index(I, ve, s->cp_len, ce)) return false;
    adjust_indices(cs, ce, s->cp_len);
    *bs = *cs <= s->cp_len ? utf8_offset(s, *cs) : s->s.size();
    *be = *ce <= s->cp_len ? utf8_offset(s, std::max(*ce, int64_t(0))) : s->s.size();
    return true;
}

StrObj* need_str(Interp& I, Value v, const char* what) {
    if (is_str(v)) return as_str(v);
    raise_type_error(I, std::string(what) + type_name(I, v));
    return nullptr;
}

Value make_list(Interp& I, std::vector<Value>&& xs) {
    return new_list(I, std::move(xs));
}

// A piece of a str's text (one ASCII character: its shared str, as CPython's substrings).
Value sub(Interp& I, std::string_view v) {
    if (v.size() == 1 && static_cast<unsigned char>(v[0]) < 0x80)
        return Value::object(ascii_char(I, static_cast<unsigned char>(v[0])));
    return Value::object(StrObj::make(I, I.t.str, v));
}
// A piece of s's text: a piece of ASCII text is ASCII, one code point a byte (no scan).
Value piece(Interp& I, const StrObj* s, std::string_view v) {
    if (!s->ascii) return sub(I, v);
    if (v.size() == 1) return Value::object(ascii_char(I, static_cast<unsigned char>(v[0])));
    return Value::object(StrObj::make(I, I.t.str, v, int64_t(v.size()), true));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Dunders
// ---------------------------------------------------------------------------------------------

Value str_len(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "__len__");
    if (!s || !(plain_args(a, 0, 0) || check_none(I, a, "str.__len__"))) return Value::error();
    return Value::integer(s->cp_len);
}

Value char_at(Interp& I, StrObj* s, int64_t i) {
    if (s->ascii) return Value::object(ascii_char(I, static_cast<unsigned char>(s->s[size_t(i)])));
    size_t b = utf8_offset(s, i);
    size_t e = b;
    utf8_decode(s->s, &e);
    return new_str(I, s->s.substr(b, e - b));
}

Value str_getitem(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "__getitem__");
    if (!s || !(plain_args(a, 1, 1) || check_one(I, a, "str.__getitem__"))) return Value::error();
    Value k = a.args[0];
    if (is_kind(k, Kind::Slice)) {
        int64_t start, stop, step, n;
        if (!slice_indices(I, as<SliceObj>(k), s->cp_len, &start, &stop, &step, &n))
            return Value::error();
        if (step == 1) return str_substr(I, s, start, start + n);
        std::string out;
        if (s->ascii) {
            out.reserve(size_t(n));
            for (int64_t j = 0, i = start; j < n; ++j, i += step) out.push_back(s->s[size_t(i)]);
        } else {
            // Decode once, then pick.
            std::vector<uint32_t> cps;
            cps.reserve(size_t(s->cp_len));
            for (size_t p = 0; p < s->s.size();) cps.push_back(utf8_decode(s->s, &p));
            for (int64_t j = 0, i = start; j < n; ++j, i += step) append_utf8(out, cps[size_t(i)]);
        }
        return new_str(I, std::move(out));
    }
    int64_t i;
    if (k.is_small_int()) {
        i = k.as_small_int();
    } else if (is_kind(k, Kind::BigInt)) {
        return raise(I, I.t.IndexError, "cannot fit 'int' into an index-sized integer");
    } else if (!type_lookup(type_of(I, k), I.n.__index__).is_undef()) {
        if (!to_index(I, k, &i)) return Value::error();
    } else {
        return raise_type_error(I,
                                "string indices must be integers, not '" + type_name(I, k) + "'");
    }
    if (!norm_index(&i, s->cp_len)) return raise(I, I.t.IndexError, "string index out of range");
    return char_at(I, s, i);
}

Value str_contains(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "__contains__");
    if (!s || !(plain_args(a, 1, 1) || check_one(I, a, "str.__contains__"))) return Value::error();
    if (!is_str(a.args[0])) {
        return raise_type_error(I, "'in <string>' requires string as left operand, not " +
                                       type_name(I, a.args[0]));
    }
    if (!native_bytes(I, s->s.size())) return Value::error(); // a scan, charged as work
    return Value::boolean(s->s.find(str_view(a.args[0])) != std::string::npos);
}

Value str_iter(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "__iter__");
    if (!s || !(plain_args(a, 0, 0) || check_none(I, a, "str.__iter__"))) return Value::error();
    return new_str_iterator(I, s);
}

Value str_repr(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "__repr__");
    if (!s || !(plain_args(a, 0, 0) || check_none(I, a, "str.__repr__"))) return Value::error();
    return new_str(I, repr_string(s->s));
}

Value str_str(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "__str__");
    if (!s || !(plain_args(a, 0, 0) || check_none(I, a, "str.__str__"))) return Value::error();
    if (s->type == I.t.str) return self;
    return new_str(I, s->s);
}

Value str_hash_m(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "__hash__");
    if (!s || !(plain_args(a, 0, 0) || check_none(I, a, "str.__hash__"))) return Value::error();
    return Value::integer(str_hash(s));
}

template <CmpOp op>
Value str_cmp(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "__eq__");
    if (!s || !(plain_args(a, 1, 1) || check_one(I, a, "str.__eq__"))) return Value::error();
    if (!is_str(a.args[0])) return I.not_implemented;
    int c = s->s.compare(str_view(a.args[0]));
    switch (op) {
        case CmpOp::Lt: return Value::boolean(c < 0);
        case CmpOp::Le: return Value::boolean(c <= 0);
        case CmpOp::Eq: return Value::boolean(c == 0);
        case CmpOp::Ne: return Value::boolean(c != 0);
        case CmpOp::Gt: return Value::boolean(c > 0);
        case CmpOp::Ge: return Value::boolean(c >= 0);
    }
    return I.not_implemented;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Searching
// ---------------------------------------------------------------------------------------------

// find/rfind/index/rindex/count share argument handling: (sub[, start[, end]]).
enum class Find { Find, RFind, Index, RIndex, Count };

template <Find mode>
Value str_find(Interp& I, Value self, const CallArgs& a) {
    static const char* names[] = {"find", "rfind", "index", "rindex", "count"};
    const char* name = names[int(mode)];
    StrObj* s = self_str(I, self, name);
    if (!s ||
        !(plain_args(a, 1, 3) || check_takes(I, a, name, 1, 3, std::string("str.") + name + "()")))
        return Value::error();
    StrObj* needle = need_str(I, a.args[0], "must be str, not ");
    if (!needle) return Value::error();
    int64_t cs, ce;
    size_t bs, be;
    if (!search_window(I, s, arg(a, 1), arg(a, 2), &cs, &ce, &bs, &be)) return Value::error();
    std::string_view hay(s->s);
    std::string_view nd(needle->s);
    if (!native_bytes(I, be - bs)) return Value::error(); // a scan, charged as work
    if (mode == Find::Count) {
        if (ce - cs < needle->cp_len || cs > s->cp_len) return Value::integer(0);
        if (nd.empty()) return Value::integer(ce - cs + 1);
        int64_t n = 0;
        for (size_t p = bs; (p = hay.find(nd, p)) != std::string_view::npos && p + nd.size() <= be;
             p += nd.size()) {
            ++n;
        }
        return Value::integer(n);
    }
    size_t pos = std::string_view::npos;
    if (ce - cs >= needle->cp_len && cs <= s->cp_len) {
        std::string_view win = hay.substr(bs, be - bs);
        size_t r = (mode == Find::Find || mode == Find::Index) ? win.find(nd) : win.rfind(nd);
        if (r != std::string_view::npos) pos = bs + r;
    }
    if (pos == std::string_view::npos) {
        if (mode == Find::Index || mode == Find::RIndex)
            return raise_value_error(I, "substring not found");
        return Value::integer(-1);
    }
    return Value::integer(byte_to_cp(s, pos));
}

template <bool ends>
Value str_startswith(Interp& I, Value self, const CallArgs& a) {
    const char* name = ends ? "endswith" : "startswith";
    StrObj* s = self_str(I, self, name);
    if (!s ||
        !(plain_args(a, 1, 3) || check_takes(I, a, name, 1, 3, std::string("str.") + name + "()")))
        return Value::error();
    int64_t cs, ce;
    if (!opt_index(I, arg(a, 1), 0, &cs) || !opt_index(I, arg(a, 2), s->cp_len, &ce))
        return Value::error();
    adjust_indices(&cs, &ce, s->cp_len);
    auto match = [&](StrObj* p) {
        // As CPython's tailmatch.
        int64_t end = ce - p->cp_len;
        if (end < cs) return false;
        if (p->cp_len == 0) return true;
        size_t b = utf8_offset(s, ends ? end : cs);
        return std::string_view(s->s).substr(b, p->s.size()) == p->s;
    };
    Value p = a.args[0];
    if (is_kind(p, Kind::Tuple)) {
        for (Value x : as<TupleObj>(p)->items) {
            if (!is_str(x)) {
                return raise_type_error(I, std::string("tuple for ") + name +
                                               " must only contain str, not " + type_name(I, x));
            }
            if (match(as_str(x))) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (!is_str(p)) {
        return raise_type_error(I, std::string(name) +
                                       " first arg must be str or a tuple of str, not " +
                                       type_name(I, p));
    }
    return Value::boolean(match(as_str(p)));
}

Value str_replace(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "replace");
    if (!s || !(plain_args(a, 2, 3) || check_range(I, a, "replace", 2, 3, "str.replace()")))
        return Value::error();
    for (int k = 0; k < 2; ++k) {
        if (!is_str(a.args[k])) {
            return raise_type_error(I, "replace() argument " + std::to_string(k + 1) +
                                           " must be str, not " + type_name(I, a.args[k]));
        }
    }
    int64_t count = -1;
    if (a.nargs == 3 && !int_arg(I, a.args[2], &count)) return Value::error();
    std::string_view from = str_view(a.args[0]), to = str_view(a.args[1]);
    if (count < 0) count = INT64_MAX;
    std::string out;
    if (from.empty()) {
        // Insert `to` between code points (and at both ends), as CPython.
        size_t p = 0;
        int64_t n = 0;
        out.reserve(s->s.size() + to.size() * size_t(std::min<int64_t>(count, s->cp_len + 1)));
        while (true) {
            if (n < count) {
                out += to;
                ++n;
            }
            if (p >= s->s.size()) break;
            size_t q = p;
            utf8_decode(s->s, &q);
            out.append(s->s, p, q - p);
            p = q;
        }
        return new_str(I, std::move(out));
    }
    size_t p = 0;
    int64_t n = 0;
    std::string_view hay(s->s);
    size_t f = hay.find(from);
    if (f == std::string_view::npos || count == 0) return self;
    const StrObj* to_s = as_str(a.args[1]);
    if (s->ascii && to_s->ascii) {
        // ASCII text and replacement: the matches counted, then written straight into the new
        // str (no std::string in between)
        int64_t hits = 0;
        for (size_t g = f; g != std::string_view::npos && hits < count;
             g = hay.find(from, g + from.size()))
            ++hits;
        const size_t total = hay.size() - size_t(hits) * from.size() + size_t(hits) * to.size();
        if (total == 0) return Value::object(I.empty_str);
        StrObj* r = StrObj::make_blank(I, I.t.str, total, int64_t(total), true);
        char* w = r->blank_text();
        for (; n < hits; ++n, f = hay.find(from, p)) {
            std::memcpy(w, hay.data() + p, f - p);
            w += f - p;
            if (!to.empty()) std::memcpy(w, to.data(), to.size());
            w += to.size();
            p = f + from.size();
        }
        if (p < hay.size()) std::memcpy(w, hay.data() + p, hay.size() - p);
        return Value::object(r);
    }
    out.reserve(s->s.size());
    while (f != std::string_view::npos && n < count) {
        out.append(hay.substr(p, f - p));
        out += to;
        p = f + from.size();
        ++n;
        f = hay.find(from, p);
    }
    out.append(hay.substr(p));
    return new_str(I, std::move(out));
}

template <bool suffix>
Value str_removefix(Interp& I, Value self, const CallArgs& a) {
    const char* name = suffix ? "removesuffix" : "removeprefix";
    StrObj* s = self_str(I, self, name);
    if (!s || !(plain_args(a, 1, 1) || check_one(I, a, std::string("str.") + name)))
        return Value::error();
    if (!is_str(a.args[0])) {
        return raise_type_error(I, std::string(name) + "() argument must be str, not " +
                                       type_name(I, a.args[0]));
    }
    std::string_view fix = str_view(a.args[0]), t(s->s);
    if (fix.empty()) return self;
    if (suffix ? (t.size() >= fix.size() && t.substr(t.size() - fix.size()) == fix)
               : t.substr(0, fix.size()) == fix) {
        return new_str(
            I, std::string(suffix ? t.substr(0, t.size() - fix.size()) : t.substr(fix.size())));
    }
    return self;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Splitting
// ---------------------------------------------------------------------------------------------

// Whitespace split of text, as CPython's split_whitespace / rsplit_whitespace.
void split_ws(Interp& I, const StrObj* s, int64_t maxsplit, bool right, std::vector<Value>& out) {
    std::string_view t(s->s);
    if (s->ascii && !right) {
        // ASCII text: a byte is a code point, and ASCII whitespace is \t-\r, \x1c-\x1f, ' '.
        auto space = [](unsigned char c) { return ascii_space(c); };
        size_t p = 0, n = t.size();
        while (p < n) {
            while (p < n && space(static_cast<unsigned char>(t[p]))) ++p;
            if (p >= n) break;
            if (maxsplit-- == 0) {
                out.push_back(piece(I, s, t.substr(p)));
                break;
            }
            size_t b = p;
            while (p < n && !space(static_cast<unsigned char>(t[p]))) ++p;
            out.push_back(piece(I, s, t.substr(b, p - b)));
        }
        return;
    }
    auto space_at = [&](size_t p, size_t* len) {
        unsigned char c = static_cast<unsigned char>(t[p]);
        if (c < 0x80) {
            *len = 1;
            return cp_space(c);
        }
        size_t q = p;
        uint32_t cp = utf8_decode(t, &q);
        *len = q - p;
        return cp_space(cp);
    };
    if (!right) {
        size_t p = 0, n = t.size(), len;
        while (p < n) {
            while (p < n && space_at(p, &len)) p += len;
            if (p >= n) break;
            if (maxsplit-- == 0) {
                // The remainder keeps its trailing whitespace, as CPython.
                out.push_back(sub(I, t.substr(p)));
                break;
            }
            size_t b = p;
            while (p < n && !space_at(p, &len)) p += len;
            out.push_back(sub(I, t.substr(b, p - b)));
        }
        return;
    }
    // Right to left: walk back over code point starts.
    auto prev = [&](size_t p) {
        size_t b = p - 1;
        while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
        return b;
    };
    size_t e = t.size(), len;
    while (e > 0) {
        while (e > 0 && space_at(prev(e), &len)) e = prev(e);
        if (e == 0) break;
        if (maxsplit-- == 0) {
            out.push_back(sub(I, t.substr(0, e)));
            break;
        }
        size_t b = e;
        while (b > 0 && !space_at(prev(b), &len)) b = prev(b);
        out.push_back(sub(I, t.substr(b, e - b)));
        e = b;
    }
    std::reverse(out.begin(), out.end());
}

template <bool right>
Value str_split(Interp& I, Value self, const CallArgs& a) {
    const char* name = right ? "rsplit" : "split";
    StrObj* s = self_str(I, self, name);
    if (!s) return Value::error();
    Value av[2];
    if (plain_args(a, 0, 2)) { // (the usual call: positional arguments only)
        av[0] = arg(a, 0);
        av[1] = arg(a, 1);
    } else {
        ArgSpec spec{name, {"sep", "maxsplit"}, {}, 0, false};
        if (!parse_args(I, a, spec, av)) return Value::error();
    }
    int64_t maxsplit = -1;
    if (!av[1].is_undef() && !int_arg(I, av[1], &maxsplit)) return Value::error();
    if (maxsplit < 0) maxsplit = INT64_MAX;
    std::vector<Value> out;
    out.reserve(12); // (as CPython's split: room for 12 pieces before the list grows)
    if (av[0].is_undef() || av[0].is_none()) {
        split_ws(I, s, maxsplit, right, out);
        return make_list(I, std::move(out));
    }
    if (!is_str(av[0]))
        return raise_type_error(I, "must be str or None, not " + type_name(I, av[0]));
    std::string_view sep = str_view(av[0]), t(s->s);
    if (sep.empty()) return raise_value_error(I, "empty separator");
    if (!right && sep.size() == 1) {
        // one separator byte: memchr from piece to piece
        const char c = sep[0];
        size_t p = 0;
        const void* hit;
        while (maxsplit-- > 0 && (hit = std::memchr(t.data() + p, c, t.size() - p)) != nullptr) {
            const size_t f = size_t(static_cast<const char*>(hit) - t.data());
            out.push_back(piece(I, s, t.substr(p, f - p)));
            p = f + 1;
        }
        out.push_back(piece(I, s, t.substr(p)));
    } else if (!right) {
        size_t p = 0, f;
        while (maxsplit-- > 0 && (f = t.find(sep, p)) != std::string_view::npos) {
            out.push_back(piece(I, s, t.substr(p, f - p)));
            p = f + sep.size();
        }
        out.push_back(piece(I, s, t.substr(p)));
    } else {
        size_t e = t.size(), f;
        while (maxsplit-- > 0 && e >= sep.size() &&
               (f = t.substr(0, e).rfind(sep)) != std::string_view::npos) {
            out.push_back(sub(I, t.substr(f + sep.size(), e - f - sep.size())));
            e = f;
        }
        out.push_back(sub(I, t.substr(0, e)));
        std::reverse(out.begin(), out.end());
    }
    return make_list(I, std::move(out));
}

Value str_splitlines(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "splitlines");
    if (!s) return Value::error();
    ArgSpec spec{"splitlines", {"keepends"}, {}, 0, false};
    Value av[1];
    if (!parse_args(I, a, spec, av)) return Value::error();
    bool keep = false;
    if (!av[0].is_undef()) {
        int r = truthy(I, av[0]);
        if (r < 0) return Value::error();
        keep = r;
    }
    std::string_view t(s->s);
    std::vector<Value> out;
    size_t p = 0, n = t.size();
    while (p < n) {
        size_t b = p, eol = 0, q = p;
        while (q < n) {
            // (eight bytes at a time while none is below 0x1f or above 0x7f: no break there)
            constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
            while (q + 8 <= n) {
                uint64_t w;
                std::memcpy(&w, t.data() + q, 8);
                if (((w - 0x1F * kOnes) | w) & kHigh) break;
                q += 8;
            }
            p = q;
            if (q >= n) break;
            size_t start = q;
            // (ASCII bytes other than the breaks below and \r need no decoding)
            const unsigned char byte = static_cast<unsigned char>(t[q]);
            if (byte > 0x1E && byte < 0x80) {
                p = ++q;
                continue;
            }
            uint32_t c = utf8_decode(t, &q);
            bool brk = c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
                       c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (brk) {
                p = start;
                eol = q - start;
                if (c == '\r' && q < n && t[q] == '\n') eol = 2;
                break;
            }
            p = q;
        }
        if (q >= n && eol == 0) p = n;
        out.push_back(piece(I, s, t.substr(b, p - b + (keep ? eol : 0))));
        p += eol;
    }
    return make_list(I, std::move(out));
}

template <bool right>
Value str_partition(Interp& I, Value self, const CallArgs& a) {
    const char* name = right ? "rpartition" : "partition";
    StrObj* s = self_str(I, self, name);
    if (!s || !(plain_args(a, 1, 1) || check_one(I, a, std::string("str.") + name)))
        return Value::error();
    if (!is_str(a.args[0]))
        return raise_type_error(I, "must be str, not " + type_name(I, a.args[0]));
    std::string_view sep = str_view(a.args[0]), t(s->s);
    if (sep.empty()) return raise_value_error(I, "empty separator");
    size_t f = right ? t.rfind(sep) : t.find(sep);
    Value e = Value::object(I.empty_str);
    if (f == std::string_view::npos) {
        return right ? new_tuple(I, {e, e, self}) : new_tuple(I, {self, e, e});
    }
    return new_tuple(
        I, {piece(I, s, t.substr(0, f)), a.args[0], piece(I, s, t.substr(f + sep.size()))});
}

Value str_join(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "join");
    if (!s || !(plain_args(a, 1, 1) || check_one(I, a, "str.join"))) return Value::error();
    Value it = a.args[0];
    std::span<const Value> items;
    std::vector<Value> tmp;
    if (is_kind(it, Kind::List)) {
        items = as<ListObj>(it)->items;
    } else if (is_kind(it, Kind::Tuple)) {
        items = as<TupleObj>(it)->items;
    } else {
        if (type_lookup(type_of(I, it), I.n.__iter__).is_undef() &&
            type_lookup(type_of(I, it), I.n.__getitem__).is_undef()) {
            return raise_type_error(I, "can only join an iterable");
        }
        if (!collect(I, it, tmp)) return Value::error();
        items = tmp;
    }
    size_t total = 0;
    int64_t cps = 0;
    bool ascii = s->ascii;
    for (size_t k = 0; k < items.size(); ++k) {
        Value v = items[k];
        if (!is_str(v)) {
            return raise_type_error(I, "sequence item " + std::to_string(k) +
                                           ": expected str instance, " + type_name(I, v) +
                                           " found");
        }
        const StrObj* x = as_str(v);
        total += x->s.size() + (k ? s->s.size() : 0);
        cps += x->cp_len + (k ? s->cp_len : 0);
        ascii = ascii && x->ascii;
    }
    if (items.empty()) return Value::object(I.empty_str);
    if (items.size() == 1 && as_str(items[0])->type == I.t.str) return items[0];
    // the pass over the items is work like a loop's; the text is charged once made (alloc)
    if (!room_for(I, total) || !native_bytes(I, uint64_t(items.size()) * sizeof(Value)))
        return Value::error();
    // (written straight into the new str: its length in code points is the sum of the parts')
    StrObj* r = StrObj::make_blank(I, I.t.str, total, cps, ascii);
    char* out = r->blank_text();
    for (size_t k = 0; k < items.size(); ++k) {
        if (k && !s->s.empty()) {
            std::memcpy(out, s->s.data(), s->s.size());
            out += s->s.size();
        }
        const StrText& x = as_str(items[k])->s;
        if (!x.empty()) std::memcpy(out, x.data(), x.size());
        out += x.size();
    }
    return Value::object(r);
}

// The bitmaps of the last short ASCII character set strip() was given, keyed by its text.
struct StripSet {
    char text[16];
    size_t n = SIZE_MAX; // none yet
    uint64_t lo = 0, hi = 0;
} last_strip_set;

// strip / lstrip / rstrip: which = 1 left, 2 right, 3 both.
template <int which>
[[gnu::noinline]] Value str_strip_any(Interp& I, Value self, const CallArgs& a) {
    const char* name = which == 3 ? "strip" : which == 1 ? "lstrip" : "rstrip";
    const char* call = which == 3 ? "str.strip()" : which == 1 ? "str.lstrip()" : "str.rstrip()";
    StrObj* s = self_str(I, self, name);
    if (!s || !(plain_args(a, 0, 1) || check_range(I, a, name, 0, 1, call))) return Value::error();
    Value chars = arg(a, 0);
    std::string_view t(s->s);
    // The characters to strip: ASCII ones in a bitmap (built in registers: lo for 0-63, hi for
    // 64-127), any others in a list.
    uint64_t lo = 0, hi = 0;
    std::vector<uint32_t> set;
    bool ws = chars.is_undef() || chars.is_none();
    if (!ws) {
        if (!is_str(chars))
            return raise_type_error(I, std::string(name) + " arg must be None or str");
        std::string_view c = str_view(chars);
        // A short ASCII set is most often the one of the last call (a constant in a loop).
        const bool cacheable = as_str(chars)->ascii && c.size() <= sizeof(last_strip_set.text);
        if (cacheable && c.size() == last_strip_set.n &&
            same_bytes(c.data(), last_strip_set.text, c.size())) {
            lo = last_strip_set.lo;
            hi = last_strip_set.hi;
        } else {
            for (size_t p = 0; p < c.size();) {
                const unsigned char byte = static_cast<unsigned char>(c[p]);
                if (byte < 0x80) {
                    ++p;
                    (byte < 64 ? lo : hi) |= uint64_t(1) << (byte & 63);
                    continue;
                }
                uint32_t cp = utf8_decode(c, &p);
                if (cp < 0x80)
                    (cp < 64 ? lo : hi) |= uint64_t(1) << (cp & 63);
                else
                    set.push_back(cp);
            }
            if (cacheable) {
                if (!c.empty()) std::memcpy(last_strip_set.text, c.data(), c.size());
                last_strip_set.n = c.size();
                last_strip_set.lo = lo;
                last_strip_set.hi = hi;
            }
        }
    }
    auto strip_ascii = [&](unsigned char c) {
        if (ws) return cp_space(c);
        return (((c < 64 ? lo : hi) >> (c & 63)) & 1) != 0;
    };
    auto strip_cp = [&](uint32_t c) {
        if (c < 0x80) return strip_ascii(static_cast<unsigned char>(c));
        if (ws) return cp_space(c);
        return std::find(set.begin(), set.end(), c) != set.end();
    };
    size_t b = 0, e = t.size();
    if (s->ascii) {
        if (which & 1)
            while (b < e && strip_ascii(static_cast<unsigned char>(t[b]))) ++b;
        if (which & 2)
            while (e > b && strip_ascii(static_cast<unsigned char>(t[e - 1]))) --e;
    } else {
        if (which & 1) {
            while (b < e) {
                size_t q = b;
                uint32_t c = static_cast<unsigned char>(t[b]);
                if (c < 0x80)
                    ++q;
                else
                    c = utf8_decode(t, &q);
                if (!strip_cp(c)) break;
                b = q;
            }
        }
        if (which & 2) {
            while (e > b) {
                size_t p = e - 1;
                uint32_t c = static_cast<unsigned char>(t[p]);
                if (c >= 0x80) {
                    while (p > b && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
                    size_t q = p;
                    c = utf8_decode(t, &q);
                }
                if (!strip_cp(c)) break;
                e = p;
            }
        }
    }
    if (b == 0 && e == t.size() && s->type == I.t.str) return self;
    return piece(I, s, t.substr(b, e - b));
}

// strip()'s usual call first, in a small frame: ASCII text and a short ASCII set given as an
// exact str, most often the set of the last call (a constant in a loop); any other call, and
// lstrip / rstrip (rarer: left out for the page's size), go on above.
template <int which>
Value str_strip(Interp& I, Value self, const CallArgs& a) {
    if (which == 3 && self.tag == Tag::Obj && self.o->kind == Kind::Str && a.kwnames == nullptr &&
        a.nargs == 1) {
        const StrObj* s = static_cast<const StrObj*>(self.o);
        const Value chars = a.args[0];
        if (s->ascii && chars.tag == Tag::Obj && chars.o->type == I.t.str && as_str(chars)->ascii &&
            as_str(chars)->s.size() == last_strip_set.n &&
            same_bytes(as_str(chars)->s.data(), last_strip_set.text, last_strip_set.n)) {
            const uint64_t lo = last_strip_set.lo, hi = last_strip_set.hi;
            auto in_set = [lo, hi](unsigned char c) {
                return (((c < 64 ? lo : hi) >> (c & 63)) & 1) != 0;
            };
            const std::string_view t(s->s);
            size_t b = 0, e = t.size();
            if (which & 1)
                while (b < e && in_set(static_cast<unsigned char>(t[b]))) ++b;
            if (which & 2)
                while (e > b && in_set(static_cast<unsigned char>(t[e - 1]))) --e;
            if (b == 0 && e == t.size() && s->type == I.t.str) return self;
            return piece(I, s, t.substr(b, e - b));
        }
    }
    return str_strip_any<which>(I, self, a);
}

// str.maketrans(x[, y[, z]]), a static method: the translation dict of CPython's
// unicode_maketrans_impl.
Value str_maketrans(Interp& I, Value, const CallArgs& a) {
    if (!(plain_args(a, 1, 3) || check_range(I, a, "maketrans", 1, 3, "str.maketrans()")))
        return Value::error();
    DictObj* d = new_dict(I);
    Value dv = Value::object(d);
    if (a.nargs == 1) {
        if (!is_kind(a.args[0], Kind::Dict)) {
            return raise_type_error(I,
                                    "if you give only one argument to maketrans it must be a dict");
        }
        DictObj* src = as<DictObj>(a.args[0]);
        for (size_t k = 0; k < src->entries.size(); ++k) {
            DictObj::Entry e = src->entries[k];
            if (e.key().is_undef()) continue;
            Value key = e.key();
            if (is_str(key)) {
                if (as_str(key)->cp_len != 1) {
                    return raise_value_error(I,
                                             "string keys in translate table must be of length 1");
                }
                size_t p = 0;
                key = Value::integer(utf8_decode(as_str(key)->s, &p));
            } else if (!key.is_small_int()) {
                return raise_type_error(I, "keys in translate table must be strings or integers");
            }
            if (!dict_set(I, d, key, e.value())) return Value::error();
        }
        return dv;
    }
    for (int k = 0; k < a.nargs; ++k) {
        if (!is_str(a.args[k])) {
            return raise_type_error(I, "maketrans() argument " + std::to_string(k + 1) +
                                           " must be str, not " + type_name(I, a.args[k]));
        }
    }
    StrObj* x = as_str(a.args[0]);
    StrObj* y = as_str(a.args[1]);
    if (x->cp_len != y->cp_len) {
        return raise_value_error(I, "the first two maketrans arguments must have equal length");
    }
    for (size_t p = 0, q = 0; p < x->s.size();) {
        uint32_t from = utf8_decode(x->s, &p);
        uint32_t to = utf8_decode(y->s, &q);
        if (!dict_set(I, d, Value::integer(from), Value::integer(to))) return Value::error();
    }
    if (a.nargs == 3) {
        StrObj* z = as_str(a.args[2]);
        for (size_t p = 0; p < z->s.size();) {
            uint32_t c = utf8_decode(z->s, &p);
            if (!dict_set(I, d, Value::integer(c), Value::none())) return Value::error();
        }
    }
    return dv;
}

// str.translate(table): each code point through table[ord(c)] (LookupError keeps it).
Value str_translate(Interp& I, Value self, const CallArgs& a) {
    StrObj* s = self_str(I, self, "translate");
    if (!s || !(plain_args(a, 1, 1) || check_one(I, a, "str.translate"))) return Value::error();
    Value table = a.args[0];
    std::string out;
    out.reserve(s->s.size());
    for (size_t p = 0; p < s->s.size();) {
        size_t start = p;
        uint32_t c = utf8_decode(s->s, &p);
        Value r;
        Value key = Value::integer(c);
        if (is_kind(table, Kind::Dict) && table.o->type == I.t.dict) {
            r = dict_get(I, as<DictObj>(table), key);
            if (r.is_error()) return r;
        } else {
            r = getitem(I, table, key);
            if (r.is_error()) {
                if (!exc_matches(I, I.exc, I.t.LookupError)) return r;
                I.exc = Value::none();
                r = Value::undef();
            }
        }
        if (r.is_undef()) {
            out.append(s->s, start, p - start);
        } else if (r.is_none()) {
            continue;
        } else if (r.is_small_int()) {
            int64_t v = r.as_small_int();
            if (v < 0 || v > 0x10FFFF)
                return raise_value_error(I, "character mapping must be in range(0x110000)");
            append_utf8(out, uint32_t(v));
        } else if (is_str(r)) {
            out += str_view(r);
        } else {
            return raise_type_error(I, "character mapping must return integer, None or str");
        }
    }
    return new_str(I, std::move(out));
}

// str(object=''), str(bytes, encoding='utf-8', errors='strict') (bytes_codecs.cpp decodes).
Value str_new(Interp& I, Value self, const CallArgs& a) {
    ArgSpec spec{"str", {"object", "encoding", "errors"}, {}, 0, false};
    Value av[3];
    if (a.nargs > 3) {
        return raise_type_error(I, "str() takes at most 3 arguments (" + std::to_string(a.nargs) +
                                       " given)");
    }
    if (!parse_args(I, a, spec, av)) return Value::error();
    if (!av[1].is_undef() || !av[2].is_undef()) {
        if (is_str(av[0])) return raise_type_error(I, "decoding str is not supported");
        if (!is_bytes_like(I, av[0])) {
            return raise_type_error(I, "decoding to str: need a bytes-like object, " +
                                           type_name(I, av[0]) + " found");
        }
        for (int k = 1; k < 3; ++k) {
            if (!av[k].is_undef() && !is_str(av[k])) {
                return raise_type_error(I, std::string("str() argument '") +
                                               (k == 1 ? "encoding" : "errors") +
                                               "' must be str, not " + type_name(I, av[k]));
            }
        }
        Value r = decode_bytes(I, bytes_view(av[0]), av[1].is_undef() ? "utf-8" : str_view(av[1]),
                               av[2].is_undef() ? "strict" : str_view(av[2]), av[0]);
        if (r.is_error() || (is_kind(self, Kind::Type) && as<TypeObj>(self) != I.t.str)) {
            if (r.is_error()) return r;
            return Value::object(StrObj::make(I, as<TypeObj>(self), as_str(r)->s));
        }
        return r;
    }
    TypeObj* t = is_kind(self, Kind::Type) ? as<TypeObj>(self) : I.t.str;
    if (av[0].is_undef()) {
        if (t == I.t.str) return Value::object(I.empty_str);
        return Value::object(StrObj::make(I, t, std::string_view()));
    }
    Value r = to_str(I, av[0]);
    if (r.is_error() || t == I.t.str) return r;
    return Value::object(StrObj::make(I, t, as_str(r)->s));
}

} // namespace

Value str_get_slice(Interp& I, Value self, Value slice) {
    return str_getitem(I, self, CallArgs{&slice, 1, nullptr});
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Registration
// ---------------------------------------------------------------------------------------------

void init_str_methods(Interp& I) {
    extra(I).n_formatted = 0; // (left by a former Interp at the same address)
    TypeObj* t = I.t.str;
    t->new_fn = str_new;
    add_method(I, t, "__len__", str_len);
    add_method(I, t, "__getitem__", str_getitem);
    add_method(I, t, "__contains__", str_contains);
    add_method(I, t, "__iter__", str_iter);
    add_method(I, t, "__repr__", str_repr);
    add_method(I, t, "__str__", str_str);
    add_method(I, t, "__hash__", str_hash_m);
    add_method(I, t, "__eq__", str_cmp<CmpOp::Eq>);
    add_method(I, t, "__ne__", str_cmp<CmpOp::Ne>);
    add_method(I, t, "__lt__", str_cmp<CmpOp::Lt>);
    add_method(I, t, "__le__", str_cmp<CmpOp::Le>);
    add_method(I, t, "__gt__", str_cmp<CmpOp::Gt>);
    add_method(I, t, "__ge__", str_cmp<CmpOp::Ge>);
    add_method(I, t, "find", str_find<Find::Find>);
    add_method(I, t, "rfind", str_find<Find::RFind>);
    add_method(I, t, "index", str_find<Find::Index>);
    add_method(I, t, "rindex", str_find<Find::RIndex>);
    add_method(I, t, "count", str_find<Find::Count>);
    add_method(I, t, "startswith", str_startswith<false>);
    add_method(I, t, "endswith", str_startswith<true>);
    add_method(I, t, "replace", str_replace);
    add_method(I, t, "removeprefix", str_removefix<false>);
    add_method(I, t, "removesuffix", str_removefix<true>);
    add_method(I, t, "split", str_split<false>);
    add_method(I, t, "rsplit", str_split<true>);
    add_method(I, t, "splitlines", str_splitlines);
    add_method(I, t, "partition", str_partition<false>);
    add_method(I, t, "rpartition", str_partition<true>);
    add_method(I, t, "join", str_join, /*rooted=*/true); // only collect() calls Python
    add_method(I, t, "strip", str_strip<3>);
    add_method(I, t, "lstrip", str_strip<1>);
    add_method(I, t, "rstrip", str_strip<2>);
    add_method(I, t, "format", str_format_method);
    as<NativeFunctionObj>(dict_get_str(t->dict, I.intern("format")))->counts_level = true;
    add_method(I, t, "translate", str_translate);
    add_method(I, t, "format_map", str_format_map);
    // maketrans is a static method: `str.maketrans(...)` and `"".maketrans(...)` alike.
    Value mk = new_native_function(I, "maketrans", str_maketrans);
    dict_set_str(
        I, t->dict, I.intern("maketrans"),
        Value::object(I.alloc<MethodWrapperObj>(Kind::StaticMethod, I.t.staticmethod, mk)));
    init_str_percent(I);
    init_str_case_methods(I);
}

} // namespace loopscope
