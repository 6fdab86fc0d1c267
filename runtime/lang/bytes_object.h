// bytes_object.h - bytes and bytearray (as CPython's bytesobject.c / bytearrayobject.c) and the
// three codecs a tutorial meets: UTF-8, ASCII and Latin-1 with the errors 'strict', 'replace'
// and 'ignore' (as CPython's codecs, UnicodeDecodeError / UnicodeEncodeError worded as 3.11).
//
// Both types are native objects (Kind::Native) holding their bytes in a std::string; the
// generic protocol (ops.h) reaches them through their dunders, registered in
// bytes_object.cpp; the methods shared by both live in bytes_methods.cpp, % in bytes_percent.cpp.
#pragma once

#include "lang/ops.h"

#include <string>
#include <string_view>

namespace loopscope {

struct BytesObj : NativeObj {
    std::string data;
    mutable int64_t hash = -1; // bytes only (a bytearray is unhashable)
    BytesObj(TypeObj* t, std::string d) : NativeObj(t), data(std::move(d)) {}
    size_t gc_size() const override { return 48 + data.size(); }
};

// bytes / bytearray (or a subclass of either).
bool is_bytes(Interp& I, Value v);
bool is_bytearray(Interp& I, Value v);
inline bool is_bytes_like(Interp& I, Value v) {
    return is_bytes(I, v) || is_bytearray(I, v);
}
inline std::string_view bytes_view(Value v) { // requires is_bytes_like
    return as<BytesObj>(v)->data;
}
Value new_bytes(Interp& I, std::string data);
Value new_bytearray(Interp& I, std::string data);
// A fresh object of the same builtin kind as `like` (bytes or bytearray).
Value new_bytes_like(Interp& I, Value like, std::string data);

// The byte string of `v` for a method argument that must be bytes-like: TypeError
// "a bytes-like object is required, not 'str'" otherwise.
bool bytes_arg(Interp& I, Value v, std::string_view* out);
// A byte value from an int-like (TypeError as int conversion, ValueError out of range with
// `range_msg`).
bool byte_value(Interp& I, Value v, unsigned char* out,
                std::string_view range_msg = "byte must be in range(0, 256)");

// Codecs. `encoding`/`errors` as given by the caller (normalised inside); LookupError for
// unknown names, UnicodeDecodeError / UnicodeEncodeError as CPython.
Value decode_bytes(Interp& I, std::string_view data, std::string_view encoding,
                   std::string_view errors, Value object);
Value encode_str(Interp& I, const StrObj* s, std::string_view encoding, std::string_view errors);
// The repr of bytes text: b'...' with CPython's quote choice and escapes (a bytearray's repr
// escapes ' even inside double quotes, as CPython's bytearray_repr).
std::string bytes_repr(std::string_view data, bool escape_single = false);

// bytes_methods.cpp / bytes_percent.cpp, called by init_bytes_types.
void init_bytes_methods(Interp& I, TypeObj* t);
Value bytes_percent(Interp& I, Value self, Value args);

} // namespace loopscope
