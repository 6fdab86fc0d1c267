// Tests for lang/format_spec.h against format() results CPython computed (gen_numeric_format.py).
#include <catch2/catch.hpp>

#include "lang/format_spec.h"

#include <cmath>
#include <cstdlib>
#include <string>

using namespace loopscope;

namespace {

struct FormatCase {
    const char* kind;
    const char* value;
    const char* spec;
    const char* expected;
};

const FormatCase kCases[] = {
#include "data/format_cases.inc"
};

const char* kind_name(NumErrorKind k) {
    switch (k) {
        case NumErrorKind::ValueError: return "ValueError";
        case NumErrorKind::OverflowError: return "OverflowError";
        case NumErrorKind::ZeroDivisionError: return "ZeroDivisionError";
        case NumErrorKind::TypeError: return "TypeError";
        case NumErrorKind::IndexError: return "IndexError";
        case NumErrorKind::MemoryError: return "MemoryError";
    }
    return "?";
}

// The result, or "!ExcType: message"; a NUL is spelled \x00 as the generator writes it.
std::string text(const NumResult<std::string>& r) {
    if (!r.ok()) return std::string("!") + kind_name(r.error().kind) + ": " + r.error().message;
    std::string out;
    for (char c : r.value()) out += c == '\0' ? std::string("\\x00") : std::string(1, c);
    return out;
}

std::string run(const FormatCase& c) {
    std::string kind = c.kind;
    if (kind == "int") return text(format_int(BigInt::parse(c.value, 0).value(), c.spec));
    if (kind == "bool") {
        return text(format_int(BigInt(std::string(c.value) == "True" ? 1 : 0), c.spec, "bool"));
    }
    if (kind == "float") return text(format_float(std::strtod(c.value, nullptr), c.spec));
    return text(format_str(c.value, c.spec));
}

} // namespace

TEST_CASE("format specs give CPython's text and errors for int, float, bool and str", "[format]") {
    size_t failures = 0;
    for (const auto& c : kCases) {
        std::string got = run(c);
        if (got != c.expected && ++failures <= 30) {
            INFO("format(" << c.kind << " " << c.value << ", '" << c.spec << "')");
            CHECK(got == c.expected);
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("format_int accepts inline int64 values", "[format]") {
    CHECK(text(format_int(int64_t(-42), "05d")) == text(format_int(BigInt(-42), "05d")));
}
