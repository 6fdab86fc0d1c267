"""The simulated world's network of connections: what loop.create_connection and
loop.create_server do in Loopscope, under asyncio's streams (open_connection, start_server).

Servers listen on (host, port) in this module; a connection joins two in-memory transports,
and every segment (data, end of file) reaches the other side one hop later on the virtual
clock: the host's latency when a lesson set one (loopscope_world.host(name, latency=...)),
else HOP seconds. Nothing touches a real socket.

The same file runs under CPython for the conformance oracle: tools/cpython_oracle.py makes its
event loop's create_connection / create_server call these functions, so CPython's own
asyncio.streams run over the very transports Loopscope's streams use (docs/world.md).
Each transport behaves as a selector socket transport does towards its protocol: the
protocol's connection_made and the connect's completion are scheduled with call_soon, a
close reports connection_lost with call_soon, and the peer reads end of file.
"""
import asyncio

import loopscope_world as _world

try:  # the trace contract (runtime/asyncio/trace_contract.h); absent under CPython
    from _asyncio import _trace_wait
except ImportError:
    def _trace_wait(kind, obj=None, timer=None, detail=None, arg=None):
        return None

_trace_conn = _world.trace_conn


def _addr(address):
    return "%s:%s" % address[:2]

HOP = 0.01  # seconds a segment takes between two hosts without a configured latency
FIRST_PORT = 50000  # the first ephemeral port a client connection gets

_servers = {}  # (host, port) -> Server that listens there
_ports = [FIRST_PORT]


def hop(host):
    """Seconds from one end of a connection with `host` to the other."""
    h = _world._hosts.get(host)
    if h is not None and h.latency is not None:
        return h.latency
    return HOP


def _refused(host, port):
    return ConnectionRefusedError(111, "Connect call failed (%r, %r)" % (host, port))


class VirtualSocket:
    """What server.sockets and get_extra_info('socket') give: the addresses."""

    def __init__(self, sockname, peername=None):
        self._sockname = sockname
        self._peername = peername

    def getsockname(self):
        return self._sockname

    def getpeername(self):
        if self._peername is None:
            raise OSError(107, "Transport endpoint is not connected")
        return self._peername

    def __repr__(self):
        text = "<loopscope_net.VirtualSocket laddr=%r" % (self._sockname,)
        if self._peername is not None:
            text += " raddr=%r" % (self._peername,)
        return text + ">"


class Transport:
    """One end of a simulated TCP connection (asyncio.Transport's methods)."""

    def __init__(self, loop, sockname, peername, remote_host):
        self._loop = loop
        self._sockname = sockname
        self._peername = peername
        self._hop = hop(remote_host)
        self._protocol = None
        self._peer = None
        self._closing = False
        self._lost = False
        self._eof_written = False
        self._reading = True
        self._held = []  # segments that arrived while reading was paused
        self._extra = {"peername": peername, "sockname": sockname,
                       "socket": VirtualSocket(sockname, peername)}
        self._words = None  # what it is in the Sync panel ("stream a:1 -> b:2")

    def _trace(self, state, arrow="->"):
        """Reports the state of this end of the connection (the first call names it)."""
        if self._words is None:
            self._words = "stream %s %s %s" % (_addr(self._sockname), arrow,
                                               _addr(self._peername))
        _trace_conn(self, self._words, state)

    def __repr__(self):
        state = " closing" if self._closing else ""
        return "<loopscope_net.Transport%s laddr=%r raddr=%r>" % (state, self._sockname,
                                                                   self._peername)

    # -- asyncio.BaseTransport -----------------------------------------------------------------
    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        return self._closing

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def close(self):
        """As a socket transport's close: connection_lost(None) soon; the peer reads EOF."""
        if self._closing:
            return
        self._closing = True
        self._trace("closed")
        self._send(Transport._receive_eof)
        self._loop.call_soon(self._connection_lost, None)

    def abort(self):
        self.close()

    # -- reading ----------------------------------------------------------------------------------
    def is_reading(self):
        return self._reading and not self._closing

    def pause_reading(self):
        self._reading = False

    def resume_reading(self):
        if self._reading:
            return
        self._reading = True
        held, self._held = self._held, []
        for segment in held:
            self._loop.call_soon(segment[0], self, *segment[1:])

    # -- writing ----------------------------------------------------------------------------------
    def write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("data argument must be a bytes-like object, not %r" %
                            type(data).__name__)
        if self._eof_written:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data or self._closing:
            return
        self._send(Transport._receive_data, bytes(data))

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def write_eof(self):
        if self._closing or self._eof_written:
            return
        self._eof_written = True
        self._trace("open: end of file sent")
        self._send(Transport._receive_eof)

    def can_write_eof(self):
        return True

    def get_write_buffer_size(self):
        return 0

    def get_write_buffer_limits(self):
        return (16384, 65536)

    def set_write_buffer_limits(self, high=None, low=None):
        return None

    # -- the wire ---------------------------------------------------------------------------------
    def _send(self, receive, *args):
        """The segment reaches the peer one hop from now."""
        peer = self._peer
        if peer is not None:
            self._loop.call_later(self._hop, receive, peer, *args)

    def _receive_data(self, data):
        if self._lost or self._closing:
            return
        if not self._reading:
            self._held.append((Transport._receive_data, data))
            return
        self._protocol.data_received(data)

    def _receive_eof(self):
        if self._lost or self._closing:
            return
        if not self._reading:
            self._held.append((Transport._receive_eof,))
            return
        self._trace("open: end of file received")
        keep_open = self._protocol.eof_received()
        if not keep_open:
            self.close()

    def _connection_lost(self, exc):
        if self._lost:
            return
        self._lost = True
        self._protocol.connection_lost(exc)


class Server:
    """What loop.create_server / asyncio.start_server return (asyncio.Server's methods)."""

    def __init__(self, loop, protocol_factory, host, port):
        self._loop = loop
        self._protocol_factory = protocol_factory
        self._host = host
        self._port = port
        self._serving = False
        self._closed = False
        self._serving_forever = None
        self._waiters = []
        self.sockets = (VirtualSocket((host, port)),)

    def __repr__(self):
        return "<Server sockets=%r>" % (self.sockets,)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    async def start_serving(self):
        self._start()
        await asyncio.sleep(0)

    def _start(self):
        if self._serving or self._closed:
            return
        self._serving = True
        _servers[(self._host, self._port)] = self
        _trace_conn(self, "server " + _addr((self._host, self._port)), "listening")

    def close(self):
        if self._closed:
            return
        if self._serving:
            _trace_conn(self, "server " + _addr((self._host, self._port)), "closed")
        self._closed = True
        self._serving = False
        self.sockets = ()
        if _servers.get((self._host, self._port)) is self:
            del _servers[(self._host, self._port)]
        if self._serving_forever is not None and not self._serving_forever.done():
            self._serving_forever.cancel()
            self._serving_forever = None
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def wait_closed(self):
        if not self._closed:
            waiter = self._loop.create_future()
            self._waiters.append(waiter)
            await waiter

    async def serve_forever(self):
        if self._serving_forever is not None:
            raise RuntimeError("server %r is already being awaited on serve_forever()" % self)
        if self._closed:
            raise RuntimeError("server %r is closed" % self)
        self._start()
        self._serving_forever = self._loop.create_future()
        try:
            await self._serving_forever
        except asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def create_server(loop, protocol_factory, host=None, port=None, *, start_serving=True,
                        **kwargs):
    """loop.create_server(...) on the simulated network; `host` None listens as '0.0.0.0'."""
    host = "0.0.0.0" if host is None or host == "" else host
    port = 0 if port is None else port
    if not isinstance(port, int):
        raise TypeError("port must be an int, not %s" % type(port).__name__)
    if port == 0:
        port = _ports[0]
        _ports[0] += 1
    taken = _servers.get((host, port))
    if taken is not None:
        raise OSError(98, "error while attempting to bind on address %r: address already in use"
                      % ((host, port),))
    server = Server(loop, protocol_factory, host, port)
    if start_serving:
        server._start()
        await asyncio.sleep(0)  # as asyncio.Server.start_serving: one loop iteration
    return server


def _listener(host, port):
    server = _servers.get((host, port))
    if server is None:
        server = _servers.get(("0.0.0.0", port))
    h = _world._hosts.get(host)
    if h is not None and h.down:
        return None
    return server


async def create_connection(loop, protocol_factory, host=None, port=None, **kwargs):
    """loop.create_connection(...) on the simulated network: one hop to reach the server (a
    ConnectionRefusedError when nothing listens on host:port), then both protocols'
    connection_made, the server's first."""
    if host is None or port is None:
        raise ValueError("host and port was not specified and no sock specified")
    seconds = hop(host)
    # the connection in the trace while it connects: `mine` gets its address once accepted
    mine = Transport(loop, None, (host, port), host)
    mine._words = "stream -> " + _addr((host, port))
    mine._trace("connecting")
    _trace_wait("Network", mine, None, "connecting to %s:%s" % (host, port), seconds)
    try:
        await asyncio.sleep(seconds)
    except BaseException:
        mine._trace("closed: cancelled")
        raise
    server = _listener(host, port)
    if server is None or not server.is_serving():
        mine._trace("closed: connection refused")
        raise _refused(host, port)
    client_addr = ("127.0.0.1", _ports[0])
    _ports[0] += 1
    mine._sockname = client_addr
    mine._extra = {"peername": (host, port), "sockname": client_addr,
                   "socket": VirtualSocket(client_addr, (host, port))}
    mine._words = None
    mine._trace("open")
    theirs = Transport(loop, (host, port), client_addr, host)
    theirs._trace("open", "<-")
    mine._peer, theirs._peer = theirs, mine
    # the server accepts: its protocol learns of the connection first
    theirs._protocol = server._protocol_factory()
    loop.call_soon(theirs._protocol.connection_made, theirs)
    protocol = protocol_factory()
    mine._protocol = protocol
    waiter = loop.create_future()
    loop.call_soon(protocol.connection_made, mine)
    loop.call_soon(_set_result_unless_cancelled, waiter, None)
    await waiter
    return mine, protocol


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)
