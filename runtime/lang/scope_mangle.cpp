// scope_mangle.cpp - private name mangling (lang/mangle.h), used by the symbol table pass
// (scope.cpp) and by type creation for __slots__.
#include "lang/mangle.h"

namespace loopscope {

std::string mangle_private_name(std::string_view class_name, std::string_view name) {
    if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
        return std::string(name);
    if (name.ends_with("__") || name.find('.') != std::string_view::npos) return std::string(name);
    size_t skip = class_name.find_first_not_of('_');
    if (skip == std::string_view::npos) return std::string(name);
    std::string out = "_";
    out.append(class_name.substr(skip));
    out.append(name);
    return out;
}

} // namespace loopscope
