// num_error_text.h - a NumError spelled as the numeric test generators record CPython's
// exceptions ("!ValueError: message"), so results and errors compare as one string.
#pragma once

#include "lang/bigint.h"

#include <string>

namespace loopscope::test {

inline const char* kind_name(NumErrorKind k) {
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

inline std::string err(const NumError& e) {
    return std::string("!") + kind_name(e.kind) + ": " + e.message;
}

} // namespace loopscope::test
