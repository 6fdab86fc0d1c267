"""aiofiles.ospath (also aiofiles.os.path), simulated over the in-memory file system."""
import loopscope_world as _world

__all__ = ["exists", "isfile", "isdir", "getsize"]


async def _wait(op, p):
    await _world.file_wait(_world.file_cost(), op + " " + str(p))


async def exists(p):
    await _wait("exists", p)
    key = _world.norm_path(p)
    return key in _world._files or _world.is_dir(key)


async def isfile(p):
    await _wait("isfile", p)
    return _world.norm_path(p) in _world._files


async def isdir(p):
    await _wait("isdir", p)
    key = _world.norm_path(p)
    return key not in _world._files and _world.is_dir(key)


async def getsize(p):
    await _wait("getsize", p)
    key = _world.norm_path(p)
    if key not in _world._files:
        raise _world.os_error(FileNotFoundError, 2, "No such file or directory", p)
    return _world.file_size(key)
