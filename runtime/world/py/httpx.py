"""httpx, simulated: AsyncClient (and the blocking Client, get, post, ...) over the world of
loopscope_world. AsyncClient's requests wait on the virtual clock (a Network wait); the
blocking ones stop the thread like requests. docs/world.md lists what is supported.
"""
import asyncio

import loopscope_world as _world

__all__ = ["AsyncClient", "Client", "Response", "URL", "Timeout", "HTTPError", "RequestError",
           "TransportError", "ConnectError", "TimeoutException", "ConnectTimeout",
           "ReadTimeout", "HTTPStatusError", "InvalidURL", "get", "post", "put", "patch",
           "delete", "head", "request"]


class HTTPError(Exception):
    def __init__(self, message):
        Exception.__init__(self, message)
        self._request = None

    @property
    def request(self):
        if self._request is None:
            raise RuntimeError("The .request property has not been set.")
        return self._request


class RequestError(HTTPError):
    def __init__(self, message, request=None):
        HTTPError.__init__(self, message)
        self._request = request


class TransportError(RequestError):
    pass


class NetworkError(TransportError):
    pass


class ConnectError(NetworkError):
    pass


class TimeoutException(TransportError):
    pass


class ConnectTimeout(TimeoutException):
    pass


class ReadTimeout(TimeoutException):
    pass


class HTTPStatusError(HTTPError):
    def __init__(self, message, request, response):
        HTTPError.__init__(self, message)
        self._request = request
        self.response = response


class InvalidURL(Exception):
    pass


class URL:
    def __init__(self, url):
        self._url = str(url)
        scheme, host, path, query = _world.split_url(self._url)
        self.scheme = scheme
        self.host = host
        self.path = path
        self.query = query
        self.params = _world.parse_query(query)

    def __str__(self):
        return self._url

    def __repr__(self):
        return "URL(%r)" % self._url

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(self._url)


class Request:
    def __init__(self, method, url, headers):
        self.method = method
        self.url = URL(url)
        self.headers = headers

    def __repr__(self):
        return "<Request(%r, %r)>" % (self.method, str(self.url))


class Timeout:
    def __init__(self, timeout=5.0, connect=None, read=None, write=None, pool=None):
        if isinstance(timeout, Timeout):
            timeout = timeout.read
        self.connect = timeout if connect is None else connect
        self.read = timeout if read is None else read
        self.write = timeout if write is None else write
        self.pool = timeout if pool is None else pool

    def __repr__(self):
        if self.connect == self.read == self.write == self.pool:
            return "Timeout(timeout=%r)" % self.read
        return "Timeout(connect=%r, read=%r, write=%r, pool=%r)" % (
            self.connect, self.read, self.write, self.pool)


_STATUS_WORDS = {1: "Informational response", 3: "Redirect response", 4: "Client error",
                 5: "Server error"}


class Response:
    def __init__(self, ex, request):
        self.status_code = ex.status
        self.reason_phrase = _world.REASONS.get(ex.status, "")
        self.headers = ex.headers
        self.request = request
        self.url = request.url
        self.text = ex.body
        self.content = _world.as_bytes(ex.body)
        self.encoding = "utf-8"

    @property
    def is_success(self):
        return 200 <= self.status_code < 300

    @property
    def is_error(self):
        return self.status_code >= 400

    @property
    def is_client_error(self):
        return 400 <= self.status_code < 500

    @property
    def is_server_error(self):
        return 500 <= self.status_code < 600

    def json(self):
        return _world.loads(self.text)

    def raise_for_status(self):
        if self.is_success:
            return self
        words = _STATUS_WORDS.get(self.status_code // 100, "Invalid status code")
        message = ("%s '%s %s' for url '%s'\nFor more information check: "
                   "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/%s"
                   % (words, self.status_code, self.reason_phrase, self.url, self.status_code))
        raise HTTPStatusError(message, request=self.request, response=self)

    def read(self):
        return self.content

    async def aread(self):
        return self.content

    def close(self):
        pass

    async def aclose(self):
        pass

    def __repr__(self):
        return "<Response [%s %s]>" % (self.status_code, self.reason_phrase)


def _timeout_of(value, default):
    if value is _UNSET:
        return default
    if value is None:
        return None
    if isinstance(value, Timeout):
        return value.read
    return value


_UNSET = object()


class _BaseClient:
    def __init__(self, base_url="", headers=None, timeout=5.0, params=None,
                 follow_redirects=False):
        self.base_url = base_url
        self.headers = dict(headers) if headers else {}
        self.timeout = timeout if isinstance(timeout, Timeout) else Timeout(timeout)
        self.params = dict(params) if params else {}
        self.is_closed = False

    def _prepare(self, method, url, params, json, data, headers, timeout):
        if self.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        url = str(url)
        if self.base_url and not (url.startswith("http://") or url.startswith("https://")):
            url = str(self.base_url).rstrip("/") + "/" + url.lstrip("/")
        if not (url.startswith("http://") or url.startswith("https://")):
            raise UnsupportedProtocol("Request URL is missing an 'http://' or 'https://' "
                                      "protocol.")
        all_params = dict(self.params)
        if params:
            all_params.update(params)
        all_headers = dict(self.headers)
        if headers:
            all_headers.update(headers)
        return url, all_params, all_headers, _timeout_of(timeout, self.timeout.read)


class UnsupportedProtocol(TransportError):
    pass


class AsyncClient(_BaseClient):
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.aclose()

    async def aclose(self):
        self.is_closed = True

    async def request(self, method, url, *, params=None, json=None, data=None, headers=None,
                      timeout=_UNSET):
        url, params, headers, limit = self._prepare(method, url, params, json, data, headers,
                                                    timeout)
        ex = _world.answer(method, url, params, json, data, asyncio.get_running_loop().time())
        request = Request(ex.method, ex.url, headers)
        if not await _world.wait_for_answer(ex, ex.latency + ex.transfer, limit):
            raise ReadTimeout("timed out", request=request)
        _world.request_state(ex, "closed")
        if ex.refused is not None:
            raise ConnectError(ex.refused, request=request)
        return Response(ex, request)

    async def get(self, url, **kwargs):
        return await self.request("GET", url, **kwargs)

    async def post(self, url, **kwargs):
        return await self.request("POST", url, **kwargs)

    async def put(self, url, **kwargs):
        return await self.request("PUT", url, **kwargs)

    async def patch(self, url, **kwargs):
        return await self.request("PATCH", url, **kwargs)

    async def delete(self, url, **kwargs):
        return await self.request("DELETE", url, **kwargs)

    async def head(self, url, **kwargs):
        return await self.request("HEAD", url, **kwargs)


class Client(_BaseClient, _world.Verbs):
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def close(self):
        self.is_closed = True

    def request(self, method, url, *, params=None, json=None, data=None, headers=None,
                timeout=_UNSET):
        import time
        url, params, headers, limit = self._prepare(method, url, params, json, data, headers,
                                                    timeout)
        ex = _world.answer(method, url, params, json, data, time.monotonic())
        request = Request(ex.method, ex.url, headers)
        words = "httpx.%s(%r)" % (ex.method.lower(), ex.url)
        if not _world.block_for_answer(ex, ex.latency + ex.transfer, limit, words):
            raise ReadTimeout("timed out", request=request)
        _world.request_state(ex, "closed")
        if ex.refused is not None:
            raise ConnectError(ex.refused, request=request)
        return Response(ex, request)


def request(method, url, **kwargs):
    with Client() as c:
        return c.request(method, url, **kwargs)


def get(url, **kwargs):
    return request("GET", url, **kwargs)


def post(url, **kwargs):
    return request("POST", url, **kwargs)


def put(url, **kwargs):
    return request("PUT", url, **kwargs)


def patch(url, **kwargs):
    return request("PATCH", url, **kwargs)


def delete(url, **kwargs):
    return request("DELETE", url, **kwargs)


def head(url, **kwargs):
    return request("HEAD", url, **kwargs)
