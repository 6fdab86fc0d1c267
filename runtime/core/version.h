// The project version, one place for the CLI banner, the page footer and tests.
#pragma once

namespace loopscope {

// The version from the top-level CMakeLists.txt project() call, e.g. "0.1.0".
const char* version();

} // namespace loopscope
