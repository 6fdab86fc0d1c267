// unicode_db.h - the Unicode character database: names, classes and case mappings, as the
// CPython 3.11 the build ran (cmake/unicode_tables.py writes it from python3's unicodedata).
//
// Native binaries have the whole table compiled in. The web app has only its Latin-1 part in
// the first load; the rest arrives with python.json after the page's first load (the entry
// kDataKey, handed over through provide()). Until then code points from U+0100 on have no
// entry: callers raise an error saying the data is still downloading rather than guess (a run
// in the page waits for python.json anyway, so a learner's program does not meet this).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace loopscope::unicode {

inline constexpr std::string_view kDataKey = "unicodedata/tables";
// What a question about a character says while the table has not arrived.
inline constexpr std::string_view kMissingMessage =
    "the Unicode database has not been downloaded yet (it comes after the page's first load)";

// Generated (cmake/unicode_tables.py): the whole table, nullptr in the web app's first load.
const char* unicode_table_text();
// Generated: the part for U+0000..U+00FF, always compiled in.
const char* unicode_latin1_text();

// Hands over the downloaded table (python.json's kDataKey entry).
void provide(std::string text);
// True once the whole table is there (always, natively).
bool available();
// How often a question met no data (the web app compiles a program again when this grew).
uint64_t missed();

enum Flag : uint16_t {
    kAlpha = 1 << 0,
    kDecimal = 1 << 1,
    kDigit = 1 << 2,
    kNumeric = 1 << 3,
    kSpace = 1 << 4,
    kPrintable = 1 << 5,
    kUpper = 1 << 6,
    kLower = 1 << 7,
    kTitle = 1 << 8,
    kCased = 1 << 9,
    kCaseIgnorable = 1 << 10,
    kXidStart = 1 << 11,
    kXidContinue = 1 << 12,
};

enum class Mapping { Upper, Lower, Title, Fold };

struct CharInfo {
    uint16_t flags = 0;
    uint8_t category = 0; // index into category_name
    int8_t decimal = -1;
    int8_t digit = -1;
    bool has_numeric = false;
    double numeric = 0.0;
    // per Mapping: the code point's delta, or (when multi[k] >= 0) an index into the table of
    // mappings to several code points
    int32_t delta[4] = {0, 0, 0, 0};
    int32_t multi[4] = {-1, -1, -1, -1};
};

// The entry of `cp`, nullptr when `cp` >= 0x100 and the table has not arrived (or cp is out of
// range).
const CharInfo* info(uint32_t cp);
// The entry of `cp` < 0x100 in the Latin-1 part alone (what the page answers before the
// download; the tests compare it with the whole table's).
const CharInfo* latin1_info(uint32_t cp);
// "Lu", "Nd", ...
const char* category_name(uint8_t category);
// Appends the mapping of `cp` (UTF-8); false when the table has not arrived.
bool append_mapping(std::string& out, uint32_t cp, Mapping m);

// The code point named `name` (ASCII case ignored as CPython's unicodedata); name aliases
// count, and named sequences when `sequences` (their text in `*sequence`). nullopt when there
// is no such name or the table has not arrived (see available()).
std::optional<uint32_t> lookup(std::string_view name, bool sequences, std::string* sequence);
// The name of `cp`, "" when it has none (or the table has not arrived).
std::string name(uint32_t cp);

} // namespace loopscope::unicode
