// bytes_codecs.cpp - str.encode / bytes.decode / str(bytes, encoding) with the codecs a tutorial
// meets: UTF-8, ASCII and Latin-1, with the error handlers 'strict', 'replace', 'ignore' and
// 'backslashreplace'. Errors are CPython 3.11's: UnicodeDecodeError / UnicodeEncodeError carry
// (encoding, object, start, end, reason) and word their str as CPython's exceptions.c does.
#include "lang/builtins_shared.h"
#include "lang/bytes_object.h"
#include "lang/init.h"

namespace loopscope {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Unknown };
enum class Handler { Strict, Replace, Ignore, BackslashReplace, Unsupported, Unknown };

// Normalised as the codecs registry does (case, '_' / ' ' as '-'), with the usual aliases.
Codec codec_of(std::string_view name, const char** canonical) {
    std::string n;
    for (char c : name) {
        if (c == '_' || c == ' ') c = '-';
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        n += c;
    }
    if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") {
        *canonical = "utf-8";
        return Codec::Utf8;
    }
    if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us") {
        *canonical = "ascii";
        return Codec::Ascii;
    }
    if (n == "latin-1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso-8859-1" ||
        n == "iso8859-1" || n == "8859" || n == "cp819" || n == "iso-ir-100") {
        *canonical = "latin-1";
        return Codec::Latin1;
    }
    return Codec::Unknown;
}

Handler handler_of(std::string_view e) {
    if (e == "strict") return Handler::Strict;
    if (e == "replace") return Handler::Replace;
    if (e == "ignore") return Handler::Ignore;
    if (e == "backslashreplace") return Handler::BackslashReplace;
    if (e == "surrogateescape" || e == "surrogatepass" || e == "xmlcharrefreplace" ||
        e == "namereplace")
        return Handler::Unsupported;
    return Handler::Unknown;
}

// A handler that is not strict meets its first error: LookupError for unknown names, and a
// clear NotImplementedError for CPython's handlers this playground does not have.
Value handler_error(Interp& I, std::string_view errors, Handler h) {
    if (h == Handler::Unknown) {
        return raise(I, I.t.LookupError,
                     "unknown error handler name '" + std::string(errors) + "'");
    }
    return raise_not_implemented(I, "the error handler '" + std::string(errors) +
                                        "' is not available in the playground (use 'strict', "
                                        "'replace', 'ignore' or 'backslashreplace')");
}

Value unicode_error(Interp& I, TypeObj* type, const char* encoding, Value object, int64_t start,
                    int64_t end, const char* reason) {
    std::vector<Value> args{I.str(encoding), object, Value::integer(start), Value::integer(end),
                            I.str(reason)};
    auto* t = as<TupleObj>(new_tuple(I, std::move(args)));
    return raise_value(I, Value::object(I.alloc<ExceptionObj>(type, nullptr, t)));
}

void hex_escape(std::string& out, uint32_t c) {
    char buf[16];
    if (c <= 0xff)
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
    else if (c <= 0xffff)
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
    else
        std::snprintf(buf, sizeof buf, "\\U%08x", c);
    out += buf;
}

// The length of the invalid UTF-8 sequence at data[i] and its reason (as CPython's decoder
// reports it), or 0 when a valid sequence starts there (*len set to its length).
const char* utf8_problem(std::string_view d, size_t i, size_t* len) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(d[k]); };
    unsigned char c = byte(i);
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
        *len = 1;
        return nullptr;
    } else if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *len = 1;
        return "invalid start byte";
    }
    for (int k = 1; k <= need; ++k) {
        if (i + size_t(k) >= d.size()) {
            *len = d.size() - i;
            return "unexpected end of data";
        }
        unsigned char x = byte(i + size_t(k));
        bool ok = k == 1 ? (x >= lo && x <= hi) : (x >= 0x80 && x <= 0xBF);
        if (!ok) {
            *len = size_t(k);
            return "invalid continuation byte";
        }
    }
    *len = size_t(need) + 1;
    return nullptr;
}

} // namespace

Value decode_bytes(Interp& I, std::string_view data, std::string_view encoding,
                   std::string_view errors, Value object) {
    const char* name = nullptr;
    Codec codec = codec_of(encoding, &name);
    if (codec == Codec::Unknown)
        return raise(I, I.t.LookupError, "unknown encoding: " + std::string(encoding));
    Handler h = handler_of(errors);
    std::string out;
    out.reserve(data.size());
    auto bad = [&](size_t start, size_t end, const char* reason) -> bool {
        switch (h) {
            case Handler::Strict:
                unicode_error(I, I.t.UnicodeDecodeError, name,
                              object.is_undef() ? new_bytes(I, std::string(data)) : object,
                              int64_t(start), int64_t(end), reason);
                return false;
            case Handler::Replace: append_utf8(out, 0xFFFD); return true;
            case Handler::Ignore: return true;
            case Handler::BackslashReplace:
                for (size_t k = start; k < end; ++k)
                    hex_escape(out, static_cast<unsigned char>(data[k]));
                return true;
            default: handler_error(I, errors, h); return false;
        }
    };
    for (size_t i = 0; i < data.size();) {
        unsigned char c = static_cast<unsigned char>(data[i]);
        if (c < 0x80) {
            out += char(c);
            ++i;
            continue;
        }
        if (codec == Codec::Latin1) {
            append_utf8(out, c);
            ++i;
        } else if (codec == Codec::Ascii) {
            if (!bad(i, i + 1, "ordinal not in range(128)")) return Value::error();
            ++i;
        } else {
            size_t len;
            const char* reason = utf8_problem(data, i, &len);
            if (reason) {
                if (!bad(i, i + len, reason)) return Value::error();
            } else {
                out.append(data.substr(i, len));
            }
            i += len;
        }
    }
    return new_str(I, std::move(out));
}

Value encode_str(Interp& I, const StrObj* s, std::string_view encoding, std::string_view errors) {
    const char* name = nullptr;
    Codec codec = codec_of(encoding, &name);
    if (codec == Codec::Unknown)
        return raise(I, I.t.LookupError, "unknown encoding: " + std::string(encoding));
    uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
    const char* reason = codec == Codec::Ascii    ? "ordinal not in range(128)"
                         : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                  : "surrogates not allowed";
    auto encodable = [&](uint32_t c) {
        return codec == Codec::Utf8 ? !(c >= 0xD800 && c <= 0xDFFF) : c < limit;
    };
    if (s->ascii) return new_bytes(I, s->s);
    std::vector<uint32_t> cps;
    for (size_t p = 0; p < s->s.size();) cps.push_back(utf8_decode(s->s, &p));
    Handler h = handler_of(errors);
    std::string out;
    for (size_t i = 0; i < cps.size();) {
        uint32_t c = cps[i];
        if (encodable(c)) {
            if (codec == Codec::Utf8)
                append_utf8(out, c);
            else
                out += char(c);
            ++i;
            continue;
        }
        size_t end = i + 1; // the run of characters this codec cannot encode
        while (end < cps.size() && !encodable(cps[end])) ++end;
        switch (h) {
            case Handler::Strict:
                unicode_error(I, I.t.UnicodeEncodeError, name,
                              Value::object(const_cast<StrObj*>(s)), int64_t(i), int64_t(end),
                              reason);
                return Value::error();
            case Handler::Replace: out.append(end - i, '?'); break;
            case Handler::Ignore: break;
            case Handler::BackslashReplace:
                for (size_t k = i; k < end; ++k) hex_escape(out, cps[k]);
                break;
            default: return handler_error(I, errors, h);
        }
        i = end;
    }
    return new_bytes(I, std::move(out));
}

namespace {

// "encoding" / "errors" arguments of encode() / decode(): str or the default.
bool codec_args(Interp& I, const CallArgs& a, const char* fname, std::string_view* enc,
                std::string_view* errs) {
    ArgSpec spec{fname, {"encoding", "errors"}, {}, 0, false};
    Value av[2];
    if (!parse_args(I, a, spec, av)) return false;
    const char* names[2] = {"encoding", "errors"};
    std::string_view* outs[2] = {enc, errs};
    for (int k = 0; k < 2; ++k) {
        if (av[k].is_undef()) continue;
        if (!is_str(av[k])) {
            raise_type_error(I, std::string(fname) + "() argument '" + names[k] +
                                    "' must be str, not " + type_name(I, av[k]));
            return false;
        }
        *outs[k] = str_view(av[k]);
    }
    return true;
}

Value b_decode(Interp& I, Value self, const CallArgs& a) {
    if (!is_bytes_like(I, self))
        return raise_type_error(I,
                                "descriptor 'decode' requires a 'bytes' object but received a '" +
                                    type_name(I, self) + "'");
    std::string_view enc = "utf-8", errs = "strict";
    if (!codec_args(I, a, "decode", &enc, &errs)) return Value::error();
    return decode_bytes(I, bytes_view(self), enc, errs, self);
}

Value s_encode(Interp& I, Value self, const CallArgs& a) {
    if (!is_str(self))
        return raise_type_error(I, "descriptor 'encode' for 'str' objects doesn't apply to a '" +
                                       type_name(I, self) + "' object");
    std::string_view enc = "utf-8", errs = "strict";
    if (!codec_args(I, a, "encode", &enc, &errs)) return Value::error();
    return encode_str(I, as_str(self), enc, errs);
}

// The five fields of a Unicode error, from its args when it was made with five of them.
Value uni_field(Interp& I, Value self, size_t k) {
    if (!is_kind(self, Kind::Exception)) return Value::none();
    auto* e = as<ExceptionObj>(self);
    if (e->args->items.size() != 5) return Value::none();
    return e->args->items[k];
}
template <size_t K>
Value uni_get(Interp& I, Value, const CallArgs& a) {
    return uni_field(I, arg(a, 0), K);
}

// As exceptions.c's UnicodeDecodeError_str / UnicodeEncodeError_str.
Value uni_str(Interp& I, Value self, const CallArgs&) {
    auto* e = as<ExceptionObj>(self);
    const auto& args = e->args->items;
    bool decode = is_subtype(self.o->type, I.t.UnicodeDecodeError);
    if (args.size() != 5 || !is_str(args[0]) || !args[2].is_small_int() ||
        !args[3].is_small_int() || !is_str(args[4]) ||
        !(decode ? is_bytes_like(I, args[1]) : is_str(args[1]))) {
        if (args.empty()) return new_str(I, "");
        if (args.size() == 1) return to_str(I, args[0]);
        return repr(I, new_tuple(I, std::span<const Value>(args)));
    }
    int64_t start = args[2].as_small_int(), end = args[3].as_small_int();
    std::string out = "'" + std::string(str_view(args[0])) + "' codec can't ";
    out += decode ? "decode " : "encode ";
    int64_t len = decode ? int64_t(bytes_view(args[1]).size()) : as_str(args[1])->cp_len;
    if (start >= 0 && start < len && end == start + 1) {
        if (decode) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02x",
                          static_cast<unsigned char>(bytes_view(args[1])[size_t(start)]));
            out += std::string("byte ") + buf;
        } else {
            StrObj* s = as_str(args[1]);
            size_t p = utf8_offset(s, start);
            out += "character '";
            hex_escape(out, utf8_decode(s->s, &p));
            out += "'";
        }
        out += " in position " + std::to_string(start);
    } else {
        out += decode ? "bytes" : "characters";
        out += " in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    }
    out += ": " + std::string(str_view(args[4]));
    return new_str(I, std::move(out));
}

} // namespace

void init_bytes_codecs(Interp& I) {
    for (TypeObj* t : {I.t.bytes, I.t.bytearray}) add_method(I, t, "decode", b_decode);
    add_method(I, I.t.str, "encode", s_encode);
    auto E = [&](const char* name) {
        TypeObj* ty = new_builtin_type(I, name, I.t.UnicodeError, Kind::Exception);
        ty->layout = Layout::Exception;
        dict_set_str(I, I.builtins, ty->name, Value::object(ty));
        add_method(I, ty, "__str__", uni_str);
        const char* fields[5] = {"encoding", "object", "start", "end", "reason"};
        NativeFn getters[5] = {uni_get<0>, uni_get<1>, uni_get<2>, uni_get<3>, uni_get<4>};
        for (int k = 0; k < 5; ++k) {
            Value g = new_native_function(I, fields[k], getters[k]);
            dict_set_str(
                I, ty->dict, I.intern(fields[k]),
                Value::object(I.alloc<PropertyObj>(I.t.property, g, Value::none(), Value::none())));
        }
        return ty;
    };
    I.t.UnicodeDecodeError = E("UnicodeDecodeError");
    I.t.UnicodeEncodeError = E("UnicodeEncodeError");
}

} // namespace loopscope
