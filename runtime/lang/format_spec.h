// format_spec.h - the format-spec mini-language of format() and f-strings, as CPython 3.11's
// Python/formatter_unicode.c: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
//
// Each format_* function takes the text after the ':' of an f-string field (or format()'s
// second argument) and returns the formatted text or CPython's ValueError/OverflowError.
#pragma once

#include "lang/bigint.h"

#include <string>
#include <string_view>
#include <vector>

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

// [PERCENT] printf-style formatting: the str % args operator, as CPython's PyUnicode_Format.
// parse_percent_format splits the format into literals and conversions; the VM then walks the
// pieces, takes '*' widths/precisions and values from its arguments (or mapping, for keys) and
// formats each value with the percent_* function for its conversion character:
//   d i u x X o  -> percent_format_int (floats are truncated to int first for d i u only)
//   e E f F g G  -> percent_format_float (ints go through float())
//   c            -> percent_format_char (an int) or percent_pad_text (a 1-character str)
//   s r a        -> percent_pad_text on str()/repr()/ascii() of the value
//   anything else-> percent_unsupported(spec), raised after the value was taken, as CPython.

// One "%..." conversion.
struct PercentSpec {
    bool has_key = false;        // "%(key)s"
    std::string key;             // the mapping key (UTF-8)
    bool left = false;           // '-': left-justify
    bool plus = false;           // '+': always a sign
    bool space = false;          // ' ': a space for positive numbers
    bool alt = false;            // '#': 0x / 0o prefixes, keep the point
    bool zero = false;           // '0': zero padding for numbers
    int64_t width = -1;          // -1 when absent
    bool width_star = false;     // width comes from the arguments: call percent_set_star_width
    int64_t precision = -1;      // -1 when absent
    bool precision_star = false; // precision from the arguments: call percent_set_star_precision
    char32_t conv = 0;           // conversion character
    int64_t index = 0;           // code-point index of conv in the format (for the error)
};

// A literal run of text or a conversion.
struct PercentPiece {
    bool is_literal = true; // literal text (with "%%" already turned into '%') or a conversion
    std::string text;       // the literal text
    PercentSpec spec;       // the conversion
};

// Splits a % format; "incomplete format", "incomplete format key", "width too big" are errors.
NumResult<std::vector<PercentPiece>> parse_percent_format(std::string_view fmt);
// '*' arguments: a negative width left-justifies, a negative precision counts as 0.
void percent_set_star_width(PercentSpec& spec, int64_t width);
void percent_set_star_precision(PercentSpec& spec, int64_t precision);
// "unsupported format character 'q' (0x71) at index 1".
NumError percent_unsupported(const PercentSpec& spec);
// %d %i %u %x %X %o of an int.
NumResult<std::string> percent_format_int(const BigInt& value, const PercentSpec& spec);
// %e %E %f %F %g %G of a float.
NumResult<std::string> percent_format_float(double value, const PercentSpec& spec);
// %c of an int ("%c arg not in range(0x110000)").
NumResult<std::string> percent_format_char(const BigInt& value, const PercentSpec& spec);
// %s %r %a (and %c of a str): precision truncates (not for %c), width pads with spaces.
std::string percent_pad_text(std::string_view utf8, const PercentSpec& spec);

} // namespace loopscope
