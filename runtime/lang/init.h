// init.h - registration of the builtin types' methods and of the builtins namespace.
// Interp's constructor (types.cpp) creates the type objects, then calls each of these to fill
// the type dicts with native methods (each defined in the file named after it).
#pragma once

namespace loopscope {

struct Interp;

void init_object_methods(Interp& I);        // object_methods.cpp: object, type
void init_builtin_subclass_news(Interp& I); // ops_call.cpp: dict.__new__, list.__new__...
void init_number_methods(Interp& I);        // number_methods.cpp: int, bool, float
void init_str_methods(Interp& I);           // str_methods.cpp
void init_bytes_types(Interp& I);           // bytes_object.cpp: bytes, bytearray, their codecs
void init_memoryview(Interp& I);            // memoryview.cpp: memoryview over bytes / bytearray
void init_complex(Interp& I);               // complex_object.cpp: complex
void init_bytes_codecs(Interp& I);          // bytes_codecs.cpp: str.encode, the Unicode errors
void init_float_hex_methods(Interp& I);     // float_hex.cpp: float.hex, float.fromhex
void init_bytes_int_methods(Interp& I);     // bytes_int.cpp: int.to_bytes, int.from_bytes
void init_list_methods(Interp& I);          // list_methods.cpp: list, tuple
void init_dict_methods(Interp& I);          // dict_methods.cpp: dict and its views
void init_set_methods(Interp& I);           // set_methods.cpp: set, frozenset
void init_range_methods(Interp& I);         // iterators.cpp: range, slice, native iterators
void init_exception_methods(Interp& I);     // exceptions.cpp
void init_os_error_methods(Interp& I);      // exceptions_os.cpp: OSError family, SystemExit.code
void init_function_methods(Interp& I);      // function_methods.cpp: functions, methods, generators
void init_builtin_functions(Interp& I);     // builtins.cpp: print, len, sorted, ...
void init_async_builtins(Interp& I);        // builtins_async.cpp: aiter, anext

} // namespace loopscope
