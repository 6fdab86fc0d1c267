"""aiofiles.os, simulated: the in-memory file system's folder operations, each a File wait."""
import loopscope_world as _world
from aiofiles import ospath as path

__all__ = ["remove", "unlink", "listdir", "path"]


async def remove(p):
    await _world.file_wait(_world.file_cost(), "remove " + str(p))
    _world.remove(p)


unlink = remove


async def listdir(p="."):
    await _world.file_wait(_world.file_cost(), "listdir " + str(p))
    return _world.listdir(p)
