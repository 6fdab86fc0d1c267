// str_format.cpp - str.format(): the replacement-field parser of CPython's
// Objects/stringlib/unicode_format.h (MarkupIterator, FieldNameIterator), with its messages.
// Each field's value is converted (!r !s !a) and passed to format() of ops.h with its spec.
#include "lang/builtins_shared.h"

namespace loopscope {

namespace {

enum class AutoNumber { Init, Auto, Manual };

struct FormatState {
    Interp& I;
    const CallArgs& a;
    Value mapping = Value::undef(); // format_map(): names are looked up here
    AutoNumber autonum = AutoNumber::Init;
    int64_t next_auto = 0;
};

bool fail(Interp& I, std::string_view msg) {
    raise_value_error(I, msg);
    return false;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// Integer value of a run of digits, or -1 when too large.
int64_t digits_value(std::string_view s) {
    int64_t v = 0;
    for (char c : s) {
        if (v > (INT64_MAX - 9) / 10) return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// Resolve a field name ("0", "name", "", "0[1].x") to its value.
Value get_field(FormatState& st, std::string_view name) {
    Interp& I = st.I;
    size_t p = 0;
    while (p < name.size() && name[p] != '.' && name[p] != '[') ++p;
    std::string_view first = name.substr(0, p);
    Value obj;
    if (!st.mapping.is_undef() && (first.empty() || all_digits(first))) {
        raise_value_error(I, "Format string contains positional fields");
        return Value::error();
    }
    if (first.empty() || all_digits(first)) {
        int64_t idx;
        if (first.empty()) {
            if (st.autonum == AutoNumber::Manual) {
                raise_value_error(I, "cannot switch from manual field specification to automatic "
                                     "field numbering");
                return Value::error();
            }
            st.autonum = AutoNumber::Auto;
            idx = st.next_auto++;
        } else {
            if (st.autonum == AutoNumber::Auto) {
                raise_value_error(I, "cannot switch from automatic field numbering to manual "
                                     "field specification");
                return Value::error();
            }
            st.autonum = AutoNumber::Manual;
            idx = digits_value(first);
        }
        if (idx < 0 || idx >= st.a.nargs) {
            return raise(I, I.t.IndexError,
                         "Replacement index " + std::to_string(idx) +
                             " out of range for positional args tuple");
        }
        obj = st.a.args[idx];
    } else if (!st.mapping.is_undef()) {
        obj = getitem(I, st.mapping, I.str(first));
        if (obj.is_error()) return obj;
    } else {
        obj = kwarg(st.a, first);
        if (obj.is_undef()) return raise_key_error(I, I.str(first));
    }
    // The accessors: .attr and [key].
    while (p < name.size()) {
        char c = name[p++];
        if (c == '.') {
            size_t b = p;
            while (p < name.size() && name[p] != '.' && name[p] != '[') ++p;
            if (p == b) {
                fail(I, "Empty attribute in format string");
                return Value::error();
            }
            obj = getattr(I, obj, I.intern(name.substr(b, p - b)));
        } else if (c == '[') {
            size_t b = p;
            while (p < name.size() && name[p] != ']') ++p;
            if (p >= name.size()) {
                fail(I, "Missing ']' in format string");
                return Value::error();
            }
            std::string_view key = name.substr(b, p - b);
            ++p;
            if (key.empty()) {
                fail(I, "Empty attribute in format string");
                return Value::error();
            }
            if (p < name.size() && name[p] != '.' && name[p] != '[') {
                fail(I, "Only '.' or '[' may follow ']' in format field specifier");
                return Value::error();
            }
            Value k = all_digits(key) && digits_value(key) >= 0 ? Value::integer(digits_value(key))
                                                                : I.str(key);
            obj = getitem(I, obj, k);
        } else {
            fail(I, "Only '.' or '[' may follow ']' in format field specifier");
            return Value::error();
        }
        if (obj.is_error()) return obj;
    }
    return obj;
}

bool render(FormatState& st, std::string_view fmt, int depth, std::string& out);

// One replacement field: name, conversion (0 if none) and spec text.
bool render_field(FormatState& st, std::string_view name, char conv, std::string_view spec,
                  bool spec_expand, int depth, std::string& out) {
    Interp& I = st.I;
    Value v = get_field(st, name);
    if (v.is_error()) return false;
    if (conv) {
        switch (conv) {
            case 'r': v = repr(I, v); break;
            case 's': v = to_str(I, v); break;
            case 'a': {
                v = repr(I, v);
                if (v.is_error()) return false;
                std::string esc;
                std::string_view t = str_view(v);
                for (size_t p = 0; p < t.size();) {
                    uint32_t c = utf8_decode(t, &p);
                    char buf[16];
                    if (c < 0x80)
                        esc.push_back(char(c));
                    else {
                        if (c < 0x100)
                            snprintf(buf, sizeof buf, "\\x%02x", c);
                        else if (c < 0x10000)
                            snprintf(buf, sizeof buf, "\\u%04x", c);
                        else
                            snprintf(buf, sizeof buf, "\\U%08x", c);
                        esc += buf;
                    }
                }
                v = new_str(I, std::move(esc));
                break;
            }
            default: {
                std::string msg = "Unknown conversion specifier ";
                append_utf8(msg, uint8_t(conv));
                return fail(I, msg);
            }
        }
        if (v.is_error()) return false;
    }
    std::string expanded;
    if (spec_expand) {
        if (!render(st, spec, depth - 1, expanded)) return false;
        spec = expanded;
    }
    Value r = format(I, v, spec);
    if (r.is_error()) return false;
    out += str_view(r);
    return true;
}

// As MarkupIterator_next + parse_field, expanding fields into `out`.
bool render(FormatState& st, std::string_view s, int depth, std::string& out) {
    Interp& I = st.I;
    if (depth <= 0) return fail(I, "Max string recursion exceeded");
    size_t p = 0, n = s.size();
    while (p < n) {
        // Literal text up to the next brace.
        size_t start = p;
        char c = 0;
        bool markup = false;
        while (p < n) {
            c = s[p++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        if (!markup) {
            out.append(s.substr(start, p - start));
            break;
        }
        bool at_end = p >= n;
        size_t len = p - start;
        if (c == '}' && (at_end || s[p] != '}'))
            return fail(I, "Single '}' encountered in format string");
        if (at_end && c == '{') return fail(I, "Single '{' encountered in format string");
        if (s[p] == c) {
            // A doubled brace: literal.
            out.append(s.substr(start, len));
            ++p;
            continue;
        }
        out.append(s.substr(start, len - 1));
        // The field: name up to '}', ':' or '!' (brackets skip to ']').
        size_t name_start = p;
        c = 0;
        while (p < n) {
            c = s[p++];
            if (c == '{') return fail(I, "unexpected '{' in field name");
            if (c == '[') {
                while (p < n && s[p] != ']') ++p;
                c = 0;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
            c = 0;
        }
        if (c == 0) return fail(I, "expected '}' before end of string");
        std::string_view name = s.substr(name_start, p - 1 - name_start);
        char conv = 0;
        std::string_view spec;
        bool expand = false;
        if (c == '!' || c == ':') {
            bool done = false;
            if (c == '!') {
                if (p >= n) return fail(I, "end of string while looking for conversion specifier");
                conv = s[p++];
                if (p < n) {
                    char d = s[p++];
                    if (d == '}')
                        done = true;
                    else if (d != ':')
                        return fail(I, "expected ':' after conversion specifier");
                }
            }
            if (!done) {
                size_t spec_start = p;
                int count = 1;
                bool closed = false;
                while (p < n) {
                    char d = s[p++];
                    if (d == '{') {
                        expand = true;
                        ++count;
                    } else if (d == '}') {
                        if (--count == 0) {
                            closed = true;
                            break;
                        }
                    }
                }
                if (!closed) return fail(I, "unmatched '{' in format spec");
                spec = s.substr(spec_start, p - 1 - spec_start);
            }
        }
        if (!render_field(st, name, conv, spec, expand, depth, out)) return false;
    }
    return true;
}

} // namespace

// str.format_map(mapping): as format(**mapping) without copying (so __missing__ works).
Value str_format_map(Interp& I, Value self, const CallArgs& a) {
    if (!is_str(self)) {
        return raise_type_error(I,
                                "descriptor 'format_map' for 'str' objects doesn't apply to a '" +
                                    type_name(I, self) + "' object");
    }
    if (!check_one(I, a, "str.format_map")) return Value::error();
    CallArgs none{a.args, 0, nullptr};
    FormatState st{I, none};
    st.mapping = a.args[0];
    std::string out;
    if (!render(st, str_view(self), 2, out)) return Value::error();
    return new_str(I, std::move(out));
}

Value str_format_method(Interp& I, Value self, const CallArgs& a) {
    if (!is_str(self)) {
        return raise_type_error(I, "descriptor 'format' for 'str' objects doesn't apply to a '" +
                                       type_name(I, self) + "' object");
    }
    // (str.format takes a tuple of arguments: CPython counts its call as a level)
    if (!enter_c_level(I)) return Value::error();
    FormatState st{I, a};
    std::string out;
    std::string_view fmt = str_view(self);
    out.reserve(fmt.size() + 16);
    bool ok = render(st, fmt, 2, out);
    leave_c_level(I);
    if (!ok) return Value::error();
    return new_str(I, std::move(out));
}

} // namespace loopscope
