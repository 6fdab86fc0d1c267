// format_spec.h - the format-spec mini-language of format() and f-strings, as CPython 3.11's
// Python/formatter_unicode.c: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
//
// Each format_* function takes the text after the ':' of an f-string field (or format()'s
// second argument) and returns the formatted text or CPython's ValueError/OverflowError.
#pragma once

#include "lang/bigint.h"

#include <string>
#include <string_view>

namespace loopscope {

// A parsed format spec (CPython's InternalFormatSpec).
struct FormatSpec {
    char32_t fill = ' ';    // fill code point
    char align = '>';       // '<', '>', '^' or '='
    char sign = 0;          // '+', '-', ' ' or 0 when not given
    bool no_neg_0 = false;  // 'z'
    bool alternate = false; // '#'
    int64_t width = -1;     // -1 when not given
    char grouping = 0;      // ',' or '_' (every 3 digits; every 4 for b/o/x/X with '_'), or 0
    int64_t precision = -1; // -1 when not given
    char32_t type = 0;      // presentation type, 0 when not given
};

// Parses `spec` for an object of Python type `type_name` ("int", "float", "str"), with the
// type's default presentation type and alignment; reports CPython's errors.
NumResult<FormatSpec> parse_format_spec(std::string_view spec, char32_t default_type,
                                        char default_align, std::string_view type_name);

// format(int, spec): types b c d o x X n, none, and e E f F g G % via float(int).
// `type_name` names the object in error messages (e.g. "bool").
NumResult<std::string> format_int(const BigInt& value, std::string_view spec,
                                  std::string_view type_name = "int");
NumResult<std::string> format_int(int64_t value, std::string_view spec,
                                  std::string_view type_name = "int");
// format(float, spec): types e E f F g G n % and none (repr-like).
NumResult<std::string> format_float(double value, std::string_view spec);
// format(str, spec) for UTF-8 text: type s or none; width and precision count code points.
NumResult<std::string> format_str(std::string_view utf8, std::string_view spec);

} // namespace loopscope
