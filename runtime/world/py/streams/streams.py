"""asyncio.streams in Loopscope: open_connection, start_server, StreamReader, StreamWriter and
StreamReaderProtocol over the simulated network (loopscope_net), behaving as CPython 3.11's
asyncio/streams.py does - the same futures, the same loop iterations - so a program's callback
order is CPython's (the conformance oracle runs CPython's own streams over the same virtual
transports: docs/world.md). Also the loop's create_connection / create_server.
"""
import asyncio
from _asyncio import _LoopType, _set_type_attr

try:  # the trace contract (runtime/asyncio/trace_contract.h)
    from _asyncio import _trace_wait
except ImportError:
    def _trace_wait(kind, obj=None, timer=None, detail=None, arg=None):
        return None

__all__ = ("StreamReader", "StreamWriter", "StreamReaderProtocol", "open_connection",
           "start_server", "IncompleteReadError", "LimitOverrunError", "BaseProtocol",
           "Protocol")

_DEFAULT_LIMIT = 2 ** 16


class IncompleteReadError(EOFError):
    """EOF came before the bytes a read asked for (as asyncio.exceptions')."""
    __module__ = "asyncio.exceptions"

    def __init__(self, partial, expected):
        shown = "undefined" if expected is None else repr(expected)
        super().__init__("%d bytes read on a total of %s expected bytes" % (len(partial), shown))
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """The buffer limit was reached while looking for a separator (as asyncio.exceptions')."""
    __module__ = "asyncio.exceptions"

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class BaseProtocol:
    """The callbacks every protocol has, doing nothing (as asyncio.protocols')."""
    __module__ = "asyncio.protocols"
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    """A stream protocol: data_received and eof_received added (as asyncio.protocols')."""
    __module__ = "asyncio.protocols"
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


# as streams.open_connection
async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = asyncio.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


# as streams.start_server
async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       **kwds):
    loop = asyncio.get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await loop.create_server(factory, host, port, **kwds)


class _FlowControl(Protocol):
    """Write flow control as streams.FlowControlMixin (the virtual transports never pause)."""

    def __init__(self, loop=None):
        self._loop = loop if loop is not None else asyncio.get_event_loop()
        self._paused = False
        self._drain_waiters = []
        self._connection_lost = False

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError("Connection lost")
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)


class StreamReaderProtocol(_FlowControl):
    """Feeds a StreamReader from a transport; on a server, makes the writer and starts the
    client_connected_cb (a coroutine becomes a task), as streams.StreamReaderProtocol."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._over_ssl = False
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        self._over_ssl = transport.get_extra_info("sslcontext") is not None
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if asyncio.iscoroutine(res):
                def callback(task):
                    # CPython 3.11 asks for the exception of a cancelled handler too, so
                    # one cancelled at shutdown is logged as an error in this callback
                    exc = task.exception()
                    if exc is not None:
                        self._loop.call_exception_handler({
                            "message": "Unhandled exception in client_connected_cb",
                            "exception": exc,
                            "transport": transport,
                        })
                        transport.close()

                self._task = self._loop.create_task(res)
                self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return not self._over_ssl

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """The writing half: write(), drain(), close(), wait_closed(), get_extra_info() ..."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._complete_fut = self._loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        info = [self.__class__.__name__, "transport=%r" % (self._transport,)]
        if self._reader is not None:
            info.append("reader=%r" % (self._reader,))
        return "<%s>" % " ".join(info)

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            await asyncio.sleep(0)
        await self._protocol._drain_helper()


class StreamReader:
    """The reading half: read(), readline(), readexactly(), readuntil(), async for."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError("Limit cannot be <= 0")
        self._limit = limit
        self._loop = loop if loop is not None else asyncio.get_event_loop()
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ["StreamReader"]
        if self._buffer:
            info.append("%d bytes" % len(self._buffer))
        if self._eof:
            info.append("eof")
        if self._limit != _DEFAULT_LIMIT:
            info.append("limit=%d" % self._limit)
        if self._waiter:
            info.append("waiter=%r" % (self._waiter,))
        if self._exception:
            info.append("exception=%r" % (self._exception,))
        if self._transport:
            info.append("transport=%r" % (self._transport,))
        if self._paused:
            info.append("paused")
        return "<%s>" % " ".join(info)

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        if self._transport is not None:
            raise AssertionError("Transport already set")
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if self._eof:
            raise AssertionError("feed_data after feed_eof")
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if (self._transport is not None and not self._paused and
                len(self._buffer) > 2 * self._limit):
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError("%s() called while another coroutine is already waiting for "
                               "incoming data" % func_name)
        if self._eof:
            raise AssertionError("_wait_for_data after EOF")
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            peer = self._transport.get_extra_info("peername") if self._transport else None
            where = "%s:%s" % peer[:2] if peer else "the network"
            _trace_wait("Network", self._transport, None, "%s() from %s" % (func_name, where))
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b"\n"
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + len(sep)]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b"\n"):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError("Separator should be at least one-byte string")
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError(
                        "Separator is not found, and chunk exceed the limit", offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data("readuntil")
        if isep > self._limit:
            raise LimitOverrunError("Separator is found, but chunk is longer than limit", isep)
        chunk = self._buffer[:isep + seplen]
        del self._buffer[:isep + seplen]
        self._maybe_resume_transport()
        return bytes(chunk)

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b"".join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data("read")
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError("readexactly size can not be less than zero")
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data("readexactly")
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b"":
            raise StopAsyncIteration
        return val


# The loop's methods (as BaseEventLoop.create_connection / create_server), over the simulated
# network; on a program without the world they stay unavailable.
# (loopscope_net, and the world with it, is imported on first use: not by every asyncio import)
async def _create_connection(self, protocol_factory, host=None, port=None, **kwargs):
    import loopscope_net
    return await loopscope_net.create_connection(self, protocol_factory, host, port, **kwargs)


async def _create_server(self, protocol_factory, host=None, port=None, **kwargs):
    import loopscope_net
    return await loopscope_net.create_server(self, protocol_factory, host, port, **kwargs)


_set_type_attr(_LoopType, "create_connection", _create_connection)
_set_type_attr(_LoopType, "create_server", _create_server)
del _create_connection, _create_server
