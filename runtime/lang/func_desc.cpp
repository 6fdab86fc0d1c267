// func_desc.cpp - see func_desc.h.
#include "lang/func_desc.h"

#include "lang/ops.h"

namespace loopscope {

std::string function_str(Interp& I, Value f) {
    Value saved = I.exc;
    std::string out;
    Value qual = getattr_opt(I, f, I.n.__qualname__);
    if (qual.is_error() || qual.is_undef() || !is_str(qual)) {
        I.exc = Value::none();
        if (!str_into(I, f, out)) out = "?";
        I.exc = saved;
        return out;
    }
    Value mod = getattr_opt(I, f, I.n.__module__);
    if (mod.is_error()) mod = Value::undef();
    I.exc = saved;
    if (!mod.is_undef() && is_str(mod) && str_view(mod) != "builtins") {
        out += str_view(mod);
        out += '.';
    }
    out += str_view(qual);
    out += "()";
    return out;
}

} // namespace loopscope

namespace loopscope {

Value raise_duplicate_keyword(Interp& I, Value func, Value key) {
    std::string k = is_str(key) ? std::string(str_view(key)) : "?";
    return raise_type_error(I, function_str(I, func) +
                                   " got multiple values for keyword argument '" + k + "'");
}

bool merge_mapping(Interp& I, DictObj* dst, Value src, const Value* func) {
    Value keys = getattr_opt(I, src, I.intern("keys"));
    if (keys.is_error()) return false;
    if (keys.is_undef()) {
        if (func)
            raise_type_error(I, function_str(I, *func) +
                                    " argument after ** must be a mapping, not " +
                                    type_name(I, src));
        else
            raise_type_error(I, "'" + type_name(I, src) + "' object is not a mapping");
        return false;
    }
    Value ks = call(I, keys, std::span<const Value>());
    if (ks.is_error()) return false;
    std::vector<Value> items;
    if (!collect(I, ks, items)) return false;
    for (Value k : items) {
        if (func && !is_str(k)) {
            raise_type_error(I, "keywords must be strings");
            return false;
        }
        if (func && !dict_get(I, dst, k).is_undef()) {
            raise_duplicate_keyword(I, *func, k);
            return false;
        }
        Value v = getitem(I, src, k);
        if (v.is_error() || !dict_set(I, dst, k, v)) return false;
    }
    return true;
}

} // namespace loopscope
