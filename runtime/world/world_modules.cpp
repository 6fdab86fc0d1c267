// world_modules.cpp - registers the world's embedded Python modules and the built-in open()
// over its in-memory file system.
#include "world/world_modules.h"

#include "asyncio/asyncio_module.h"
#include "lang/ops.h"

namespace loopscope {

namespace {

// loopscope_world, imported as a program's `import` would (sys.modules first).
Value world_module(Interp& I) {
    StrObj* name = I.intern("loopscope_world");
    Value m = dict_get_str(I.modules, name);
    if (!m.is_undef()) return m;
    auto factory = I.module_factories.find(name->s);
    if (factory == I.module_factories.end())
        return raise(I, I.t.ModuleNotFoundError, "No module named 'loopscope_world'");
    m = factory->second(I);
    if (m.is_error()) return m;
    dict_set_str(I, I.modules, name, m);
    return m;
}

// open(file, mode='r', ...): loopscope_world.open_file, a file of the in-memory file system
// whose operations block like a real file's.
Value open_fn(Interp& I, Value, const CallArgs& a) {
    Value m = world_module(I);
    if (m.is_error()) return m;
    Value fn = getattr(I, m, I.intern("open_file"));
    if (fn.is_error()) return fn;
    return call(I, fn, a);
}

} // namespace

void register_world_modules(Interp& I) {
    register_python_modules(I, world_python_sources());
    register_python_modules(I, world_aiofiles_sources()); // aiofiles, aiofiles.os, ...
    register_python_modules(I, world_redis_sources());    // redis, redis.asyncio, ...
    register_python_modules(I, world_streams_sources());  // asyncio.streams
    add_builtin(I, "open", open_fn);
}

void register_program_modules(Interp& I) {
    register_modules(I);
    register_world_modules(I);
}

} // namespace loopscope
