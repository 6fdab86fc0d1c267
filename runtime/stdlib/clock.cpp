// clock.cpp - see clock.h.
#include "stdlib/clock.h"

#include "lang/ops.h"

namespace loopscope {

namespace {

// The clock as a collectable object, so the interpreter's registry keeps it.
struct ClockObj : NativeObj {
    VirtualClock clock;
    explicit ClockObj(TypeObj* t) : NativeObj(t) {}
};

} // namespace

VirtualClock& virtual_clock(Interp& I) {
    static const std::string key = "stdlib.clock";
    auto it = I.registry.find(key);
    if (it != I.registry.end()) return as<ClockObj>(it->second)->clock;
    TypeObj* t = new_builtin_type(I, "_VirtualClock", I.t.object, Kind::Native);
    auto* c = I.alloc<ClockObj>(t);
    I.registry[key] = Value::object(c);
    return c->clock;
}

double virtual_now(Interp& I) {
    return virtual_clock(I).now();
}

} // namespace loopscope
