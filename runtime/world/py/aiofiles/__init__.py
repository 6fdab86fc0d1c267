"""aiofiles, simulated: asynchronous files of the in-memory file system of loopscope_world.

Each operation waits on the virtual clock for the disk's time (a File wait on the timeline)
while the other tasks run, as the real library's thread pool lets them. Supported:
aiofiles.open(file, mode, encoding=) awaited or with `async with`; the file's read(size),
readline(), readlines(), write(), writelines(), seek(), tell(), flush(), close(), `async for`
over its lines; aiofiles.os (remove, listdir, path.exists / isfile / isdir / getsize).
"""
import loopscope_world as _world

__all__ = ["open"]


class AsyncFile:
    def __init__(self, f):
        self._f = f
        self.name = f.name
        self.mode = f.mode

    @property
    def closed(self):
        return self._f.closed

    async def _wait(self, op, size=0):
        await _world.file_wait(_world.file_cost(size), op + " " + str(self.name), self._f)

    async def read(self, size=-1):
        out = self._f.read(size)
        await self._wait("read", len(out))
        return out

    async def readline(self, size=-1):
        out = self._f.readline(size)
        await self._wait("readline", len(out))
        return out

    async def readlines(self):
        out = self._f.readlines()
        await self._wait("readlines", sum(len(x) for x in out))
        return out

    async def write(self, data):
        n = self._f.write(data)
        await self._wait("write", n)
        return n

    async def writelines(self, lines):
        total = 0
        for line in lines:
            total += self._f.write(line)
        await self._wait("write", total)

    async def seek(self, offset, whence=0):
        return self._f.seek(offset, whence)

    async def tell(self):
        return self._f.tell()

    async def flush(self):
        return None

    async def close(self):
        self._f.close()

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()


class _OpenContext:
    """What aiofiles.open(...) returns: awaitable, or used with `async with`."""

    def __init__(self, coro):
        self._coro = coro
        self._file = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._file = await self._coro
        return self._file

    async def __aexit__(self, exc_type, exc, tb):
        await self._file.close()


async def _open(file, mode, encoding, errors=None, newline=None):
    await _world.file_wait(_world.file_cost(), "open " + str(file))
    return AsyncFile(_world.OpenFile(file, mode, encoding, errors, newline))


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None, loop=None, executor=None):
    return _OpenContext(_open(file, mode, encoding, errors, newline))
