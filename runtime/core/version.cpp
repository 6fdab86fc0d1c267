#include "core/version.h"

#ifndef LOOPSCOPE_VERSION_STRING
#error "LOOPSCOPE_VERSION_STRING is defined by runtime/CMakeLists.txt"
#endif

namespace loopscope {

const char* version() {
    return LOOPSCOPE_VERSION_STRING;
}

} // namespace loopscope
