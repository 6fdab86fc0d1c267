// Tests for lang/format_spec.h against format() results CPython computed (gen_numeric_format.py).
#include "support/num_error_text.h"

#include <catch2/catch.hpp>

#include "lang/float_format.h"
#include "lang/format_spec.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

using namespace loopscope;
using loopscope::test::err;
using loopscope::test::kind_name;

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

TEST_CASE("absurd float precisions are refused instead of hanging", "[format]") {
    CHECK(format_float(1.5, ".1000000f").error().kind == NumErrorKind::MemoryError);
    CHECK(format_float(1.5, ".2000f").value().size() == 2002);
    PercentSpec spec;
    spec.conv = 'f';
    spec.precision = 1000000;
    CHECK(percent_format_float(1.5, spec).error().kind == NumErrorKind::MemoryError);
}

TEST_CASE("format_int accepts inline int64 values", "[format]") {
    CHECK(text(format_int(int64_t(-42), "05d")) == text(format_int(BigInt(-42), "05d")));
}

namespace {

struct PercentCase {
    const char* format;
    const char* args;
    const char* expected;
};

const PercentCase kPercentCases[] = {
#include "data/percent_cases.inc"
};

// A Python value as the generator encodes it: 'i' int (hex), 'f' float (hex), 's' str.
struct Arg {
    char kind = 's';
    std::string text;
};

Arg decode_arg(const std::string& s) {
    return Arg{s[0], s.substr(2)};
}

size_t code_points(const std::string& s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::string err_text(const NumError& e) {
    return std::string("!") + kind_name(e.kind) + ": " + e.message;
}

// What the VM does for str % args, driving the percent_* helpers (a reference for it).
std::string percent(const char* fmt, const std::string& encoded) {
    std::vector<Arg> args;
    std::map<std::string, Arg> mapping;
    bool is_mapping = encoded.rfind("k:", 0) == 0;
    if (is_mapping) {
        size_t eq = encoded.find('=');
        mapping[encoded.substr(2, eq - 2)] = decode_arg(encoded.substr(eq + 1));
    } else {
        size_t start = 0;
        while (start < encoded.size()) {
            size_t end = encoded.find('\x1f', start);
            if (end == std::string::npos) end = encoded.size();
            args.push_back(decode_arg(encoded.substr(start, end - start)));
            start = end + 1;
        }
    }
    auto pieces = parse_percent_format(fmt);
    if (!pieces) return err_text(pieces.error());
    size_t next = 0;
    std::string out;
    const std::string not_enough = "!TypeError: not enough arguments for format string";
    for (const auto& piece : pieces.value()) {
        if (piece.is_literal) {
            out += piece.text;
            continue;
        }
        PercentSpec spec = piece.spec;
        Arg value;
        if (spec.has_key) {
            if (!is_mapping) return "!TypeError: format requires a mapping";
            auto it = mapping.find(spec.key);
            if (it == mapping.end()) return "!KeyError: '" + spec.key + "'";
            value = it->second;
        }
        if (spec.width_star) {
            if (next >= args.size()) return not_enough;
            if (args[next].kind != 'i') return "!TypeError: * wants int";
            percent_set_star_width(spec, BigInt::parse(args[next++].text, 0).value().to_int64());
        }
        if (spec.precision_star) {
            if (next >= args.size()) return not_enough;
            if (args[next].kind != 'i') return "!TypeError: * wants int";
            percent_set_star_precision(spec,
                                       BigInt::parse(args[next++].text, 0).value().to_int64());
        }
        if (!spec.has_key) {
            if (next >= args.size()) return not_enough;
            value = args[next++];
        }
        BigInt ival;
        double fval = 0;
        if (value.kind == 'i') ival = BigInt::parse(value.text, 0).value();
        if (value.kind == 'f') fval = std::strtod(value.text.c_str(), nullptr);
        NumResult<std::string> piece_text = std::string();
        switch (spec.conv) {
            case 's':
            case 'r': {
                std::string text = value.kind == 'i'   ? ival.to_string_unlimited()
                                   : value.kind == 'f' ? float_repr(fval)
                                   : spec.conv == 'r'  ? py_str_repr(value.text)
                                                       : value.text;
                piece_text = percent_pad_text(text, spec);
                break;
            }
            case 'd':
            case 'i':
            case 'u':
                if (value.kind == 'f') {
                    auto truncated = BigInt::from_double(fval);
                    if (!truncated) return err_text(truncated.error());
                    ival = truncated.value();
                }
                piece_text = percent_format_int(ival, spec);
                break;
            case 'x':
            case 'X':
            case 'o':
                if (value.kind == 'f') {
                    return std::string("!TypeError: %") + char(spec.conv) +
                           " format: an integer is required, not float";
                }
                piece_text = percent_format_int(ival, spec);
                break;
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
                if (value.kind == 'i') {
                    auto d = ival.to_double();
                    if (!d) return err_text(d.error());
                    fval = d.value();
                }
                piece_text = percent_format_float(fval, spec);
                break;
            case 'c':
                if (value.kind == 'i') {
                    piece_text = percent_format_char(ival, spec);
                } else if (value.kind == 's' && code_points(value.text) == 1) {
                    piece_text = percent_pad_text(value.text, spec);
                } else {
                    return "!TypeError: %c requires int or char";
                }
                break;
            default: return err_text(percent_unsupported(spec));
        }
        if (!piece_text) return err_text(piece_text.error());
        out += piece_text.value();
    }
    if (!is_mapping && next < args.size()) {
        return "!TypeError: not all arguments converted during string formatting";
    }
    return out;
}

} // namespace

TEST_CASE("printf-style % formatting gives CPython's text and errors", "[format]") {
    size_t failures = 0;
    for (const auto& c : kPercentCases) {
        std::string got;
        for (char ch : percent(c.format, c.args))
            got += ch == '\0' ? std::string("\\x00") : std::string(1, ch);
        if (got != c.expected && ++failures <= 30) {
            INFO("'" << c.format << "' % (" << c.args << ")");
            CHECK(got == c.expected);
        }
    }
    CHECK(failures == 0);
}
