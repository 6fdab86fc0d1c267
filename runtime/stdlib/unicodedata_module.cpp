// unicodedata_module.cpp - `unicodedata`: lookup, name, category, numeric, decimal, digit and
// unidata_version over the runtime's Unicode database (lang/unicode_db.h), with CPython's
// messages. The rest of CPython's module (normalize, bidirectional, ...) says it is missing.
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"

#include "lang/unicode_db.h"

namespace loopscope {
namespace {

Value not_downloaded(Interp& I) {
    return raise(I, I.t.RuntimeError, unicode::kMissingMessage);
}

// The one character of argument `i` of fname, or raises CPython's TypeError ("argument 1" only
// for the functions with two parameters).
bool one_char(Interp& I, const CallArgs& a, int i, const char* fname, bool numbered, uint32_t* cp) {
    Value v = a.args[i];
    if (is_str(v) && as_str(v)->cp_len == 1) {
        size_t pos = 0;
        *cp = utf8_decode(as_str(v)->s, &pos);
        return true;
    }
    raise_type_error(I, std::string(fname) + "() argument " + (numbered ? "1 " : "") +
                            "must be a unicode character, not " + type_name(I, v));
    return false;
}

Value ud_lookup(Interp& I, Value, const CallArgs& a) {
    if (!check_one(I, a, "unicodedata.lookup")) return Value::error();
    Value v = a.args[0];
    if (!is_str(v))
        return raise_type_error(I,
                                "a bytes-like object is required, not '" + type_name(I, v) + "'");
    const StrText& query = as_str(v)->s;
    if (query.size() > 256) return raise_key_error(I, new_str(I, "name too long"));
    std::string seq;
    std::optional<uint32_t> cp = unicode::lookup(query, true, &seq);
    if (!cp) {
        if (!unicode::available()) return not_downloaded(I);
        return raise_key_error(I, new_str(I, "undefined character name '" + query + "'"));
    }
    if (!seq.empty()) return new_str(I, std::move(seq));
    std::string out;
    append_utf8(out, *cp);
    return new_str(I, std::move(out));
}

Value ud_name(Interp& I, Value, const CallArgs& a) {
    uint32_t cp;
    if (!check_range(I, a, "name", 1, 2) || !one_char(I, a, 0, "name", true, &cp))
        return Value::error();
    std::string n = unicode::name(cp);
    if (!n.empty()) return new_str(I, std::move(n));
    if (!unicode::available()) return not_downloaded(I);
    if (a.nargs == 2) return a.args[1];
    return raise_value_error(I, "no such name");
}

Value ud_category(Interp& I, Value, const CallArgs& a) {
    uint32_t cp;
    if (!check_one(I, a, "unicodedata.category") || !one_char(I, a, 0, "category", false, &cp))
        return Value::error();
    const unicode::CharInfo* r = unicode::info(cp);
    if (!r) return not_downloaded(I);
    return new_str(I, unicode::category_name(r->category));
}

enum class Num { Numeric, Decimal, Digit };

template <Num kind>
Value ud_number(Interp& I, Value, const CallArgs& a) {
    static const char* const names[] = {"numeric", "decimal", "digit"};
    static const char* const errors[] = {"not a numeric character", "not a decimal", "not a digit"};
    const char* fname = names[int(kind)];
    uint32_t cp;
    if (!check_range(I, a, fname, 1, 2) || !one_char(I, a, 0, fname, true, &cp))
        return Value::error();
    const unicode::CharInfo* r = unicode::info(cp);
    if (!r) return not_downloaded(I);
    if (kind == Num::Numeric && r->has_numeric) return Value::floating(r->numeric);
    if (kind == Num::Decimal && r->decimal >= 0) return Value::integer(r->decimal);
    if (kind == Num::Digit && r->digit >= 0) return Value::integer(r->digit);
    if (a.nargs == 2) return a.args[1];
    return raise_value_error(I, errors[int(kind)]);
}

Value ud_missing(Interp& I, Value, const CallArgs&) {
    return raise_not_implemented(
        I, "this part of unicodedata is not available in the playground (lookup, name, "
           "category, numeric, decimal and digit are)");
}

} // namespace

Value make_unicodedata_module(Interp& I) {
    DictObj* d;
    Value m = new_module(I, "unicodedata", &d);
    set_fn(I, d, "lookup", ud_lookup);
    set_fn(I, d, "name", ud_name);
    set_fn(I, d, "category", ud_category);
    set_fn(I, d, "numeric", ud_number<Num::Numeric>);
    set_fn(I, d, "decimal", ud_number<Num::Decimal>);
    set_fn(I, d, "digit", ud_number<Num::Digit>);
    for (const char* missing : {"normalize", "is_normalized", "bidirectional", "combining",
                                "east_asian_width", "mirrored", "decomposition"})
        set_fn(I, d, missing, ud_missing);
    dict_set(I, d, new_str(I, "unidata_version"), new_str(I, "14.0.0"));
    return m;
}

} // namespace loopscope
