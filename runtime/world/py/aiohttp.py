"""aiohttp's client, simulated: requests go to the world of loopscope_world, on the virtual
clock. Supported: ClientSession (async with, get/post/put/patch/delete/head/request, close,
headers, timeout, raise_for_status, base_url), the response (status, reason, ok, url, method,
headers, content_type, text(), json(), read(), raise_for_status(), release(), async with),
ClientTimeout(total=...), and the exceptions ClientError, ClientConnectionError,
ClientConnectorError, ClientResponseError, ContentTypeError, InvalidURL.
"""
import asyncio

import loopscope_world as _world

__all__ = ["ClientSession", "ClientTimeout", "ClientResponse", "ClientError",
           "ClientConnectionError", "ClientConnectorError", "ClientResponseError",
           "ContentTypeError", "InvalidURL", "ServerTimeoutError", "request"]


class ClientError(Exception):
    """Base of every aiohttp client error."""


class ClientConnectionError(ClientError):
    pass


class ClientConnectorError(ClientConnectionError, OSError):
    def __init__(self, message):
        ClientConnectionError.__init__(self, message)
        self.message = message

    def __str__(self):
        return self.message


class ServerTimeoutError(ClientConnectionError, asyncio.TimeoutError):
    pass


class InvalidURL(ClientError, ValueError):
    def __init__(self, url):
        ClientError.__init__(self, url)
        self.url = url

    def __str__(self):
        return str(self.url)


class ClientResponseError(ClientError):
    def __init__(self, request_info=None, history=(), status=0, message="", headers=None):
        ClientError.__init__(self, status, message)
        self.request_info = request_info
        self.history = history
        self.status = status
        self.message = message
        self.headers = headers

    def __str__(self):
        return "%s, message=%r, url=%r" % (self.status, self.message,
                                          self.request_info.url if self.request_info else "")

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, str(self))


class ContentTypeError(ClientResponseError):
    pass


class RequestInfo:
    def __init__(self, url, method, headers):
        self.url = url
        self.real_url = url
        self.method = method
        self.headers = headers


class ClientTimeout:
    """The timeouts of a session or a request (only `total` is simulated)."""

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect

    def __repr__(self):
        return ("ClientTimeout(total=%r, connect=%r, sock_read=%r, sock_connect=%r)"
                % (self.total, self.connect, self.sock_read, self.sock_connect))


_DEFAULT_TIMEOUT = ClientTimeout(total=300)


class ClientResponse:
    def __init__(self, ex, request_info, deadline):
        self.status = ex.status
        self.reason = _world.REASONS.get(ex.status, "")
        self.url = ex.url
        self.method = ex.method
        self.headers = ex.headers
        self.request_info = request_info
        self.history = ()
        self._body = ex.body
        self._transfer = ex.transfer
        self._read = False
        self._deadline = deadline  # loop time after which reading times out (None: never)
        self.closed = False
        self._ex = ex  # the request: its connection in the trace
        self._over = False  # its connection reported closed

    @property
    def ok(self):
        return self.status < 400

    @property
    def content_type(self):
        return self.headers.get("Content-Type", "application/octet-stream").split(";")[0]

    async def read(self):
        if not self._read:
            self._read = True
            if self._transfer > 0:
                now = asyncio.get_running_loop().time()
                if self._deadline is not None and now + self._transfer > self._deadline:
                    await _world.request_wait(self._ex, self._deadline - now,
                                              "reading " + self.url, "reading")
                    _world.request_timed_out(self._ex)
                    self._over = True
                    raise asyncio.TimeoutError()
                await _world.request_wait(self._ex, self._transfer, "reading " + self.url,
                                          "reading")
            self._done()
        return _world.as_bytes(self._body)

    async def text(self, encoding=None):
        data = await self.read()
        return _world.as_text(data, encoding or "utf-8")

    async def json(self, content_type="application/json"):
        text = await self.text()
        if content_type is not None and self.content_type != content_type:
            raise ContentTypeError(
                self.request_info, self.history, status=self.status,
                message="Attempt to decode JSON with unexpected mimetype: " + self.content_type,
                headers=self.headers)
        if not text.strip():
            return None
        return _world.loads(text)

    def raise_for_status(self):
        if self.status >= 400:
            self.release()
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    def _done(self):
        if not self._over:
            self._over = True
            _world.request_state(self._ex, "closed")

    def release(self):
        self.closed = True
        self._done()

    def close(self):
        self.closed = True
        self._done()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def __repr__(self):
        return "<ClientResponse(%s) [%s %s]>" % (self.url, self.status, self.reason)


class _RequestContextManager:
    """What session.get(...) returns: awaitable, or used with `async with`."""

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class ClientSession(_world.Verbs):
    def __init__(self, base_url=None, *, timeout=None, headers=None, raise_for_status=False):
        self._base_url = base_url
        self._timeout = timeout if timeout is not None else _DEFAULT_TIMEOUT
        self.headers = dict(headers) if headers else {}
        self._raise_for_status = raise_for_status
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def timeout(self):
        return self._timeout

    async def close(self):
        self._closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def request(self, method, url, *, params=None, json=None, data=None, headers=None,
                timeout=None, raise_for_status=None):
        return _RequestContextManager(self._request(method, url, params, json, data, headers,
                                                    timeout, raise_for_status))

    async def _request(self, method, url, params, json, data, headers, timeout, check):
        if self._closed:
            raise RuntimeError("Session is closed")
        if self._base_url is not None and isinstance(url, str) and url.startswith("/"):
            url = self._base_url.rstrip("/") + url
        if not isinstance(url, str) or not (url.startswith("http://")
                                            or url.startswith("https://")):
            raise InvalidURL(url)
        if json is not None and data is not None:
            raise ValueError("data and json parameters can not be used at the same time")
        t = timeout if timeout is not None else self._timeout
        total = t.total if isinstance(t, ClientTimeout) else t
        loop = asyncio.get_running_loop()
        start = loop.time()
        ex = _world.answer(method, url, params, json, data, start)
        all_headers = dict(self.headers)
        if headers:
            all_headers.update(headers)
        info = RequestInfo(ex.url, ex.method, all_headers)
        if not await _world.wait_for_answer(ex, ex.latency, total):
            raise asyncio.TimeoutError()
        if ex.refused is not None:
            _world.request_state(ex, "closed")
            raise ClientConnectorError(ex.refused)
        _world.request_state(ex, "open")
        resp = ClientResponse(ex, info, None if total is None else start + total)
        if check is None:
            check = self._raise_for_status
        if check:
            resp.raise_for_status()
        return resp


def request(method, url, **kwargs):
    """aiohttp.request(method, url): a one-off session, used with `async with`."""
    return _OneOff(method, url, kwargs)


class _OneOff:
    def __init__(self, method, url, kwargs):
        self._session = ClientSession()
        self._cm = self._session.request(method, url, **kwargs)

    async def __aenter__(self):
        return await self._cm.__aenter__()

    async def __aexit__(self, exc_type, exc, tb):
        await self._cm.__aexit__(exc_type, exc, tb)
        await self._session.close()
