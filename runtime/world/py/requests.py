"""requests, simulated: a blocking HTTP client over the world of loopscope_world.

Each call blocks the thread that makes it for the whole exchange, exactly as the real library
does: called from a coroutine, it stops the event loop (no other task runs until it returns);
called in asyncio.to_thread, only that virtual thread waits. Supported: get, post, put, patch,
delete, head, request, Session (with), Response (status_code, ok, reason, url, headers, text,
content, json(), raise_for_status()), timeout=, and the exceptions RequestException,
ConnectionError, HTTPError, Timeout (ReadTimeout, ConnectTimeout).
"""
import loopscope_world as _world

__all__ = ["get", "post", "put", "patch", "delete", "head", "request", "Session", "Response",
           "RequestException", "ConnectionError", "HTTPError", "Timeout", "ConnectTimeout",
           "ReadTimeout", "JSONDecodeError"]


class RequestException(OSError):
    def __init__(self, *args, response=None, request=None):
        OSError.__init__(self, *args)
        self.response = response
        self.request = request


class ConnectionError(RequestException):
    pass


class HTTPError(RequestException):
    pass


class Timeout(RequestException):
    pass


class ConnectTimeout(ConnectionError, Timeout):
    pass


class ReadTimeout(Timeout):
    pass


class InvalidURL(RequestException, ValueError):
    pass


class JSONDecodeError(RequestException, ValueError):
    pass


class Response:
    def __init__(self, ex):
        self.status_code = ex.status
        self.reason = _world.REASONS.get(ex.status, "")
        self.url = ex.url
        self.headers = ex.headers
        self.text = ex.body
        self.content = _world.as_bytes(ex.body)
        self.encoding = "utf-8"

    @property
    def ok(self):
        return self.status_code < 400

    def json(self):
        try:
            return _world.loads(self.text)
        except ValueError as e:
            raise JSONDecodeError(str(e)) from None

    def raise_for_status(self):
        kind = None
        if 400 <= self.status_code < 500:
            kind = "Client Error"
        elif 500 <= self.status_code < 600:
            kind = "Server Error"
        if kind is not None:
            raise HTTPError("%s %s: %s for url: %s" % (self.status_code, kind, self.reason,
                                                      self.url), response=self)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __bool__(self):
        return self.ok

    def __repr__(self):
        return "<Response [%s]>" % self.status_code


def _now():
    import time
    return time.monotonic()


def request(method, url, params=None, data=None, json=None, headers=None, timeout=None):
    if not isinstance(url, str) or not (url.startswith("http://") or url.startswith("https://")):
        raise InvalidURL("Invalid URL %r: No scheme supplied. Perhaps you meant https://%s?"
                         % (url, url))
    ex = _world.answer(method, url, params, json, data, _now())
    if isinstance(timeout, tuple):
        timeout = timeout[-1]
    words = "requests.%s(%r)" % (method.lower(), ex.url)
    if not _world.block_for_answer(ex, ex.latency + ex.transfer, timeout, words):
        raise ReadTimeout("HTTPSConnectionPool(host=%r, port=443): Read timed out. "
                          "(read timeout=%s)" % (_world.split_url(ex.url)[1], timeout))
    _world.request_state(ex, "closed")
    if ex.refused is not None:
        raise ConnectionError(ex.refused)
    return Response(ex)


def get(url, params=None, **kwargs):
    return request("GET", url, params=params, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request("POST", url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request("PUT", url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request("PATCH", url, data=data, **kwargs)


def delete(url, **kwargs):
    return request("DELETE", url, **kwargs)


def head(url, **kwargs):
    return request("HEAD", url, **kwargs)


class Session:
    def __init__(self):
        self.headers = {}

    def request(self, method, url, **kwargs):
        return request(method, url, **kwargs)

    def get(self, url, **kwargs):
        return request("GET", url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return request("POST", url, data=data, json=json, **kwargs)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
