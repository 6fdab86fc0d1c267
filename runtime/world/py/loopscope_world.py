"""The simulated world behind aiohttp, httpx, requests, aiofiles and redis in Loopscope.

Nothing here touches a real network or disk: hosts, files and keys live in this module, and
every wait is a sleep on the virtual clock. Defaults are derived from the URL, so every run of
a program is identical. A lesson (or the program itself) configures the world:

    import loopscope_world as world
    world.host("flaky.example.com", latency=0.2, fail_first=2)
    world.route("https://api.example.com/users/*", json={"name": "Ada"})
    world.file("data/numbers.txt", "1\\n2\\n3\\n")

The same file runs under CPython for the conformance oracle (tools/cpython_oracle.py puts
runtime/world/py on its path), so it uses only the language and asyncio.
"""
import asyncio
import time

try:  # the trace contract (runtime/asyncio/trace_contract.h); absent under CPython
    from _asyncio import _trace_blocking, _trace_conn, _trace_wait
except ImportError:
    def _trace_wait(kind, obj=None, timer=None, detail=None, arg=None):
        return None

    def _trace_blocking(words):
        return None

    def _trace_conn(obj, words, state):
        return None

# trace_conn(obj, words, state): the connection `obj` ("GET https://...", a stream, a Redis
# client, an open file) is now in `state`: the Sync panel lists it with the tasks waiting on it
trace_conn = _trace_conn


# ---------------------------------------------------------------------------------------------
# Hosts
# ---------------------------------------------------------------------------------------------
class Host:
    """One simulated server: how long it takes and how it fails."""

    def __init__(self, name):
        self.name = name
        self.latency = None  # seconds per request (None: derived from the URL)
        self.bandwidth = None  # bytes per second for bodies (None: instant)
        self.fail_first = 0  # the first N requests fail
        self.fail_status = None  # ... with this HTTP status (None: a connection error)
        self.down = False  # every connection is refused
        self.rate_limit = None  # (requests, per_seconds): more answer 429
        self.requests = 0  # requests received so far
        self._window = []  # times of the requests inside the rate-limit window


_hosts = {}
_routes = []  # [(method or None, pattern, Response parts)]
_files = {}  # path -> str (a text file, UTF-8) or bytes (what a binary write left)
_dirs = set()  # the folders (paths; the root "" is always one): made by mkdir, or by file()
_mtimes = {}  # path of a file or folder -> time.time() when it last changed
_inodes = {}  # path -> its inode number (os.stat's st_ino), given in creation order
_cwd = [""]  # the working folder's path ("": the root, "/")
_counter = [0]  # request ids


def host(name, latency=None, bandwidth=None, fail_first=None, fail_status=None, down=None,
         rate_limit=None):
    """Configures host `name` ("api.example.com"); returns its Host."""
    h = _host(name)
    if latency is not None:
        if latency < 0:
            raise ValueError("latency must be >= 0")
        h.latency = latency
    if bandwidth is not None:
        if bandwidth <= 0:
            raise ValueError("bandwidth must be > 0")
        h.bandwidth = bandwidth
    if fail_first is not None:
        h.fail_first = fail_first
    if fail_status is not None:
        h.fail_status = fail_status
    if down is not None:
        h.down = down
    if rate_limit is not None:
        if len(rate_limit) != 2 or rate_limit[0] < 1 or rate_limit[1] <= 0:
            raise ValueError("rate_limit must be (requests, per_seconds)")
        h.rate_limit = (rate_limit[0], rate_limit[1])
    return h


def _host(name):
    h = _hosts.get(name)
    if h is None:
        h = Host(name)
        _hosts[name] = h
    return h


def route(pattern, json=None, text=None, status=200, method=None, headers=None):
    """Answers requests whose URL matches `pattern` (`*` matches anything) with a JSON value or
    a text. The newest matching route wins."""
    if json is not None and text is not None:
        raise ValueError("route() takes json or text, not both")
    if json is not None:
        body, ctype = dumps(json), "application/json"
    elif text is not None:
        body, ctype = str(text), "text/plain"
    else:
        body, ctype = "", "text/plain"
    hdrs = {"Content-Type": ctype}
    if headers:
        for k in headers:
            hdrs[k] = headers[k]
    _routes.append((method.upper() if method else None, pattern, status, body, hdrs))


def reset():
    """Forgets every host, route and file (a fresh world)."""
    _hosts.clear()
    _routes.clear()
    _files.clear()
    _dirs.clear()
    _mtimes.clear()
    _inodes.clear()
    _cwd[0] = ""
    _counter[0] = 0
    _disk.latency, _disk.bandwidth = 0.01, None
    _db.data.clear()
    _db.expires.clear()
    _db.channels.clear()
    _db.latency = 0.001


# ---------------------------------------------------------------------------------------------
# URLs and the deterministic defaults
# ---------------------------------------------------------------------------------------------
def split_url(url):
    """(scheme, host, path, query) of an absolute http(s) URL; ValueError otherwise."""
    if not isinstance(url, str):
        raise TypeError("URL must be a str, not " + type(url).__name__)
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in ("http", "https"):
        raise ValueError("URL must start with http:// or https://: " + repr(url))
    hostpart, slash, path = rest.partition("/")
    path = "/" + path
    path, qm, query = path.partition("?")
    if not hostpart:
        raise ValueError("URL has no host: " + repr(url))
    return scheme, hostpart.lower(), path, query


def parse_query(query):
    args = {}
    if not query:
        return args
    for part in query.split("&"):
        if part:
            k, eq, v = part.partition("=")
            args[k] = v
    return args


def url_hash(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 1000003
    return h


def default_latency(host_name, path):
    """0.05 to 0.50 seconds, in steps of 0.01, decided by the host and path."""
    mixed = (url_hash(host_name + path) * 2654435761) % 4294967296
    return (5 + (mixed >> 12) % 46) / 100


def glob_match(pattern, text):
    """True when `text` matches `pattern`, where `*` matches any run of characters."""
    parts = pattern.split("*")
    if len(parts) == 1:
        return pattern == text
    if not text.startswith(parts[0]):
        return False
    pos = len(parts[0])
    for mid in parts[1:-1]:
        i = text.find(mid, pos)
        if i < 0:
            return False
        pos = i + len(mid)
    last = parts[-1]
    return len(text) - pos >= len(last) and text.endswith(last)


# ---------------------------------------------------------------------------------------------
# One HTTP exchange
# ---------------------------------------------------------------------------------------------
REASONS = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently",
           302: "Found", 304: "Not Modified", 400: "Bad Request", 401: "Unauthorized",
           403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 408: "Request Timeout",
           409: "Conflict", 410: "Gone", 418: "I'm a Teapot", 422: "Unprocessable Entity",
           429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable", 504: "Gateway Timeout"}


class Exchange:
    """What the world answers to one request: a status, headers and a body, or a refusal."""

    def __init__(self, method, url):
        self.method = method
        self.url = url
        self.status = 200
        self.headers = {}
        self.body = ""
        self.refused = None  # the words of a connection error, or None
        self.latency = 0.0  # seconds until the headers arrive
        self.transfer = 0.0  # seconds more to read the body
        self.words = method + " " + url  # what it is in the Sync panel's connections


def answer(method, url, params=None, json=None, data=None, now=0.0):
    """The world's answer to `method url`; counts the request at its host."""
    method = method.upper()
    if params:
        sep = "&" if "?" in url else "?"
        url = url + sep + "&".join(str(k) + "=" + str(params[k]) for k in params)
    scheme, host_name, path, query = split_url(url)
    h = _host(host_name)
    h.requests += 1
    _counter[0] += 1
    ex = Exchange(method, url)
    ex.latency = h.latency if h.latency is not None else default_latency(host_name, path)
    if h.down:
        ex.refused = "Cannot connect to host " + host_name + " [Connection refused]"
        return ex
    if h.requests <= h.fail_first:
        if h.fail_status is None:
            ex.refused = "Cannot connect to host " + host_name + " [Connection reset by peer]"
            return ex
        ex.status = h.fail_status
        ex.headers = {"Content-Type": "text/plain"}
        ex.body = REASONS.get(h.fail_status, "Error")
        return ex
    if h.rate_limit is not None:
        limit, per = h.rate_limit
        h._window = [t for t in h._window if t > now - per]
        if len(h._window) >= limit:
            ex.status = 429
            ex.headers = {"Content-Type": "text/plain", "Retry-After": str(per)}
            ex.body = "Too Many Requests"
            return ex
        h._window.append(now)
    for m, pattern, status, body, hdrs in reversed(_routes):
        if (m is None or m == method) and glob_match(pattern, url):
            ex.status, ex.body, ex.headers = status, body, dict(hdrs)
            break
    else:
        echo = {"method": method, "url": url, "host": host_name, "path": path,
                "args": parse_query(query)}
        if json is not None:
            echo["json"] = json
        elif data is not None:
            echo["data"] = data if isinstance(data, str) else dict(data)
        parts = [p for p in path.split("/") if p]
        if parts and parts[-1].isdigit():
            echo["id"] = int(parts[-1])
        ex.body = dumps(echo)
        ex.headers = {"Content-Type": "application/json"}
    size = utf8_len(ex.body)
    if h.bandwidth is not None:
        ex.transfer = size / h.bandwidth
    ex.headers["Content-Length"] = str(size)
    return ex


def utf8_len(text):
    """The size of `text` in UTF-8 bytes."""
    n = 0
    for ch in text:
        c = ord(ch)
        n += 1 if c < 0x80 else 2 if c < 0x800 else 3 if c < 0x10000 else 4
    return n


def as_bytes(text):
    """`text` as UTF-8 bytes (bytes stay as they are)."""
    if isinstance(text, str):
        return text.encode("utf-8")
    return bytes(text)


def _is_utf8(encoding):
    return encoding is None or encoding.lower().replace("_", "-") in ("utf-8", "utf8")


def file_size(key):
    """The size in bytes of the file `key` of the file system."""
    stored = _files[key]
    return utf8_len(stored) if isinstance(stored, str) else len(stored)


def as_text(data, encoding="utf-8"):
    """The reverse of as_bytes."""
    if isinstance(data, str):
        return data
    return data.decode(encoding)


async def network_wait(seconds, detail, conn=None):
    """Sleeps `seconds` on the virtual clock; the trace shows a network wait on `detail` (on
    the connection `conn`, when there is one)."""
    _trace_wait("Network", conn, None, detail, seconds)
    await asyncio.sleep(seconds)


async def request_wait(ex, seconds, detail=None, state="waiting for response"):
    """The request `ex` waits `seconds` for its answer (or its body) as an open connection; a
    cancelled wait (a timeout around it) closes it."""
    _trace_conn(ex, ex.words, state)
    try:
        await network_wait(seconds, detail or ex.words, ex)
    except BaseException:
        _trace_conn(ex, ex.words, "closed: cancelled")
        raise


async def wait_for_answer(ex, seconds, limit):
    """The request `ex` waits `seconds` for its answer, or until the client's timeout `limit`
    (None: none) runs out: then False, and its connection is closed as timed out."""
    if limit is not None and seconds > limit:
        await request_wait(ex, limit)
        request_timed_out(ex)
        return False
    await request_wait(ex, seconds)
    return True


def block_for_answer(ex, seconds, limit, words):
    """wait_for_answer for the blocking clients (requests, httpx.Client): the whole loop stands
    still for the call (`words`, "requests.get('https://...')")."""
    _trace_conn(ex, ex.words, "waiting for response")
    if limit is not None and seconds > limit:
        blocking_wait(limit, words)
        request_timed_out(ex)
        return False
    blocking_wait(seconds, words)
    return True


class Verbs:
    """The HTTP clients' shortcuts: get(url, ...) is request("GET", url, ...), and so on."""

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, **kwargs):
        return self.request("POST", url, **kwargs)

    def put(self, url, **kwargs):
        return self.request("PUT", url, **kwargs)

    def patch(self, url, **kwargs):
        return self.request("PATCH", url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def head(self, url, **kwargs):
        return self.request("HEAD", url, **kwargs)


def request_state(ex, state):
    """The request `ex`'s connection is now `state`: "open" (its headers arrived) or "closed"
    (with its status, or what went wrong: "timed out", "connection refused")."""
    if ex.refused is not None and state == "closed":
        why = ex.refused[ex.refused.index("[") + 1:-1].lower()
    else:
        why = "%d %s" % (ex.status, REASONS.get(ex.status, ""))
    _trace_conn(ex, ex.words, state + ": " + why)


def request_timed_out(ex):
    _trace_conn(ex, ex.words, "closed: timed out")


def blocking_wait(seconds, words):
    """A blocking call's wait: the whole thread (the event loop with it) stands still; the
    trace names the call (`words`, "requests.get('https://...')")."""
    _trace_blocking(words)
    try:
        time.sleep(seconds)
    finally:
        _trace_blocking(None)


# ---------------------------------------------------------------------------------------------
# JSON (a small private encoder and decoder: enough for request and response bodies)
# ---------------------------------------------------------------------------------------------
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}


def _dump_str(s):
    out = []
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            code = ord(ch)
            if code > 0xffff:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value):
    """JSON text of `value`, written as json.dumps writes it by default."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _dump_str(value)
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(dumps(v) for v in value) + "]"
    if isinstance(value, dict):
        items = []
        for k in value:
            if isinstance(k, str):
                key = k
            elif k is None or isinstance(k, (bool, int, float)):
                key = dumps(k)
            else:
                raise TypeError("keys must be str, int, float, bool or None, not "
                                + type(k).__name__)
            items.append(_dump_str(key) + ": " + dumps(value[k]))
        return "{" + ", ".join(items) + "}"
    raise TypeError("Object of type " + type(value).__name__ + " is not JSON serializable")


class JSONDecodeError(ValueError):
    """Malformed JSON: the message and position, as json.JSONDecodeError says them."""

    def __init__(self, msg, doc, pos):
        line = doc.count("\n", 0, pos) + 1
        col = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, line, col, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col


class _Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        s, i = self.s, self.i
        while i < len(s) and s[i] in " \t\n\r":
            i += 1
        self.i = i

    def fail(self, msg):
        raise JSONDecodeError(msg, self.s, self.i)

    def value(self):
        self.ws()
        s, i = self.s, self.i
        if i >= len(s):
            self.fail("Expecting value")
        ch = s[i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, v in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                self.i = i + len(word)
                return v
        return self.number()

    def number(self):
        s, i = self.s, self.i
        j = i
        if j < len(s) and s[j] == "-":
            j += 1
        k = j
        while j < len(s) and s[j].isdigit():
            j += 1
        if j == k:
            self.fail("Expecting value")
        is_float = False
        if j < len(s) and s[j] == ".":
            j += 1
            is_float = True
            while j < len(s) and s[j].isdigit():
                j += 1
        if j < len(s) and s[j] in "eE":
            j += 1
            is_float = True
            if j < len(s) and s[j] in "+-":
                j += 1
            while j < len(s) and s[j].isdigit():
                j += 1
        self.i = j
        return float(s[i:j]) if is_float else int(s[i:j])

    def string(self):
        s = self.s
        i = self.i + 1
        out = []
        while True:
            if i >= len(s):
                self.i = self.i
                self.fail("Unterminated string starting at")
            ch = s[i]
            if ch == '"':
                self.i = i + 1
                return "".join(out)
            if ch == "\\":
                i += 1
                e = s[i:i + 1]
                simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
                          "r": "\r", "t": "\t"}
                if e in simple:
                    out.append(simple[e])
                    i += 1
                elif e == "u":
                    code = int(s[i + 1:i + 5], 16)
                    i += 5
                    if 0xd800 <= code < 0xdc00 and s[i:i + 2] == "\\u":
                        low = int(s[i + 2:i + 6], 16)
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        i += 6
                    out.append(chr(code))
                else:
                    self.i = i - 1
                    self.fail("Invalid \\escape")
            else:
                out.append(ch)
                i += 1

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i:self.i + 1] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i:self.i + 1] != '"':
                self.fail("Expecting property name enclosed in double quotes")
            key = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ":":
                self.fail("Expecting ':' delimiter")
            self.i += 1
            out[key] = self.value()
            self.ws()
            ch = self.s[self.i:self.i + 1]
            self.i += 1
            if ch == "}":
                return out
            if ch != ",":
                self.i -= 1
                self.fail("Expecting ',' delimiter")

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i:self.i + 1] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            ch = self.s[self.i:self.i + 1]
            self.i += 1
            if ch == "]":
                return out
            if ch != ",":
                self.i -= 1
                self.fail("Expecting ',' delimiter")


def loads(text):
    """The value of JSON `text` (json.loads for what the simulated services send)."""
    p = _Parser(text)
    v = p.value()
    p.ws()
    if p.i != len(text):
        p.fail("Extra data")
    return v


# ---------------------------------------------------------------------------------------------
# Files: an in-memory file system (text files and the folders their paths imply)
# ---------------------------------------------------------------------------------------------
class Disk:
    """How long file operations take: `latency` seconds per operation, plus size / bandwidth
    when a bandwidth (bytes per second) is set."""

    def __init__(self):
        self.latency = 0.01
        self.bandwidth = None


_disk = Disk()


def disk(latency=None, bandwidth=None):
    """Configures the simulated disk; returns it."""
    if latency is not None:
        if latency < 0:
            raise ValueError("latency must be >= 0")
        _disk.latency = latency
    if bandwidth is not None:
        if bandwidth <= 0:
            raise ValueError("bandwidth must be > 0")
        _disk.bandwidth = bandwidth
    return _disk


def norm_path(path):
    """The key of `path` in the file system: "data/a.txt" for "./data//a.txt" or
    "/data/a.txt" (the root, "/", is the folder a program starts in); a relative path starts
    at the working folder (os.chdir changes it)."""
    if hasattr(path, "__fspath__"):
        path = path.__fspath__()
    if isinstance(path, bytes):
        path = path.decode("utf-8")
    if not isinstance(path, str):
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    if "\0" in path:
        raise ValueError("embedded null byte")
    if not path:
        raise os_error(FileNotFoundError, 2, "No such file or directory", path)
    parts = [] if path.startswith("/") or not _cwd[0] else _cwd[0].split("/")
    for p in path.split("/"):
        if p == "" or p == ".":
            continue
        if p == "..":
            if parts:
                parts.pop()
            continue
        parts.append(p)
    return "/".join(parts)


def file(path, text=""):
    """Creates (or replaces) the file `path` with `text` (a str, or bytes for a binary file)."""
    if not isinstance(text, (str, bytes, bytearray)):
        raise TypeError("file() takes the contents as a str or bytes, not " +
                        type(text).__name__)
    key = norm_path(path)
    if not key:
        raise ValueError("file() needs a file name")
    if key in _dirs:
        raise ValueError("file(): %r is a folder" % (path,))
    parent = key.rpartition("/")[0]
    while parent and parent not in _dirs:  # (its folders are made as needed)
        if parent in _files:
            raise ValueError("file(): %r is a file" % (parent,))
        parent = parent.rpartition("/")[0]
    for folder in parents(key):
        if folder not in _dirs:
            add_dir(folder)
    if key not in _files:
        _inode(key)
    _files[key] = text if isinstance(text, str) else bytes(text)
    touch(key)


def files(mapping):
    """Creates every file of {path: text}."""
    for path in mapping:
        file(path, mapping[path])


def is_dir(key):
    if key == "" or key in _dirs:
        return True
    prefix = key + "/"  # (a folder implied by a file put straight into _files)
    for k in _files:
        if k.startswith(prefix):
            return True
    return False


def exists(key):
    return key in _files or is_dir(key)


def parents(key):
    """The folders above `key`, outermost first ("a", "a/b" for "a/b/c.txt")."""
    parts = key.split("/")[:-1]
    return ["/".join(parts[:i + 1]) for i in range(len(parts))]


def now():
    return time.time()


def touch(key):
    """`key` changed now, and so did its folder (an entry was made or written)."""
    t = now()
    _mtimes[key] = t
    _mtimes[key.rpartition("/")[0]] = t


def _inode(key):
    _inodes[key] = len(_inodes) + 2  # (inode 2 is the root's, as on ext4)
    return _inodes[key]


def add_dir(key):
    _dirs.add(key)
    _inode(key)
    touch(key)


def check_parent(key, path):
    """Raises CPython's error when the folder that would hold `key` is missing or a file."""
    for folder in parents(key):
        if folder in _files:
            raise os_error(NotADirectoryError, 20, "Not a directory", path)
        if not is_dir(folder):
            raise os_error(FileNotFoundError, 2, "No such file or directory", path)


def os_error(cls, errno, strerror, filename, filename2=None):
    """cls(errno, strerror, filename) with CPython's text ("[Errno 2] No such file or directory:
    'x.txt'", "... 'a' -> 'b'" with a second file name)."""
    if hasattr(filename, "__fspath__") and not isinstance(filename, (str, bytes)):
        filename = filename.__fspath__()  # (CPython keeps what it was given for str/bytes)
    if filename2 is None:
        return cls(errno, strerror, filename)
    if hasattr(filename2, "__fspath__") and not isinstance(filename2, (str, bytes)):
        filename2 = filename2.__fspath__()
    return cls(errno, strerror, filename, None, filename2)


def listdir(path="."):
    key = norm_path(path)
    if key in _files:
        raise os_error(NotADirectoryError, 20, "Not a directory", path)
    if not is_dir(key):
        raise os_error(FileNotFoundError, 2, "No such file or directory", path)
    prefix = key + "/" if key else ""
    names = set()
    for k in list(_files) + list(_dirs):
        if k.startswith(prefix) and len(k) > len(prefix):
            names.add(k[len(prefix):].split("/")[0])
    return sorted(names)


def remove(path):
    key = norm_path(path)
    if key not in _files:
        if is_dir(key):
            raise os_error(IsADirectoryError, 21, "Is a directory", path)
        raise os_error(FileNotFoundError, 2, "No such file or directory", path)
    del _files[key]
    _mtimes.pop(key, None)
    _inodes.pop(key, None)
    _mtimes[key.rpartition("/")[0]] = now()


def make_dir(path):
    """os.mkdir: a new empty folder."""
    key = norm_path(path)
    if exists(key):
        raise os_error(FileExistsError, 17, "File exists", path)
    check_parent(key, path)
    add_dir(key)


def remove_dir(path):
    """os.rmdir: removes an empty folder."""
    key = norm_path(path)
    if key in _files:
        raise os_error(NotADirectoryError, 20, "Not a directory", path)
    if not is_dir(key):
        raise os_error(FileNotFoundError, 2, "No such file or directory", path)
    if not key:
        raise os_error(OSError, 16, "Device or resource busy", path)
    if listdir(path):
        raise os_error(OSError, 39, "Directory not empty", path)
    _dirs.discard(key)
    _mtimes.pop(key, None)
    _inodes.pop(key, None)
    _mtimes[key.rpartition("/")[0]] = now()


def rename(src, dst):
    """os.rename / os.replace: moves a file or a folder (with what it holds), replacing a file
    or an empty folder at `dst` (POSIX rename)."""
    a, b = norm_path(src), norm_path(dst)
    if not exists(a):
        raise os_error(FileNotFoundError, 2, "No such file or directory", src, dst)
    for folder in parents(b):
        if folder in _files:
            raise os_error(NotADirectoryError, 20, "Not a directory", src, dst)
        if not is_dir(folder):
            raise os_error(FileNotFoundError, 2, "No such file or directory", src, dst)
    if a == b:
        return
    if a in _files:
        if is_dir(b):
            raise os_error(IsADirectoryError, 21, "Is a directory", src, dst)
        _files[b] = _files.pop(a)
        _inodes[b] = _inodes.pop(a, None) or len(_inodes) + 2
        _mtimes[b] = _mtimes.pop(a, now())
        t = now()
        _mtimes[a.rpartition("/")[0]] = t
        _mtimes[b.rpartition("/")[0]] = t
        return
    if not a or b == a or b.startswith(a + "/"):
        raise os_error(OSError, 22, "Invalid argument", src, dst)
    if b in _files:
        raise os_error(NotADirectoryError, 20, "Not a directory", src, dst)
    if is_dir(b):
        if listdir(dst):
            raise os_error(OSError, 39, "Directory not empty", src, dst)
        _dirs.discard(b)
    moved = [k for k in list(_files) + list(_dirs) + [a] if k == a or k.startswith(a + "/")]
    for k in moved:
        new = b + k[len(a):]
        if k in _files:
            _files[new] = _files.pop(k)
        else:
            _dirs.discard(k)
            _dirs.add(new)
        if k in _inodes:
            _inodes[new] = _inodes.pop(k)
        if k in _mtimes:
            _mtimes[new] = _mtimes.pop(k)
    t = now()
    _mtimes[a.rpartition("/")[0]] = t
    _mtimes[b.rpartition("/")[0]] = t


def stat_of(path):
    """(is_folder, size, mtime, inode, links) of `path`; FileNotFoundError when missing."""
    key = norm_path(path)
    if key in _files:
        return (False, file_size(key), _mtimes.get(key, 1767225600.0), _inodes.get(key, 0), 1)
    check_parent(key, path)
    if not is_dir(key):
        raise os_error(FileNotFoundError, 2, "No such file or directory", path)
    prefix = key + "/" if key else ""
    subfolders = sum(1 for d in _dirs if d.startswith(prefix) and "/" not in d[len(prefix):])
    return (True, 4096, _mtimes.get(key, 1767225600.0), _inodes.get(key, 2), 2 + subfolders)


def touch_file(path, exist_ok=True):
    """Path.touch: an empty file, or a newer modification time for the one there."""
    key = norm_path(path)
    if exists(key):
        if not exist_ok:
            raise os_error(FileExistsError, 17, "File exists", path)
        _mtimes[key] = now()
        return
    check_parent(key, path)
    _inode(key)
    _files[key] = ""
    touch(key)


def getcwd():
    return "/" + _cwd[0]


def chdir(path):
    key = norm_path(path)
    if key in _files:
        raise os_error(NotADirectoryError, 20, "Not a directory", path)
    check_parent(key, path)
    if not is_dir(key):
        raise os_error(FileNotFoundError, 2, "No such file or directory", path)
    _cwd[0] = key


def file_cost(size=0):
    """Seconds one file operation moving `size` bytes takes."""
    t = _disk.latency
    if _disk.bandwidth is not None:
        t += size / _disk.bandwidth
    return t


def _str_or_none(name, value):
    if value is not None and not isinstance(value, str):
        raise TypeError("open() argument '%s' must be str or None, not %s"
                        % (name, "None" if value is None else type(value).__name__))


# TextIOWrapper's newlines: which line ends its decoder met, by the bits \n 1, \r 2, \r\n 4
_NEWLINES = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
             ("\r", "\n", "\r\n"))


def _line_ends(text):
    seen = 0
    i = text.find("\r")
    while i >= 0:
        if text.startswith("\n", i + 1):
            seen |= 4
        else:
            seen |= 2
        i = text.find("\r", i + 1)
    if "\n" in text.replace("\r\n", ""):
        seen |= 1
    return seen


class OpenFile:
    """An open file of the in-memory file system; the operations do not wait (the callers
    - built-in open's file, aiofiles' - decide how an operation's time passes). Text files
    read and write as TextIOWrapper does: `errors` for decoding and encoding, `newline` for
    line ends (None: \r\n and \r read as \n, and what it read in `newlines`; '': lines end
    at any of them, kept; '\r' or '\r\n': lines end there only and \n is written as it)."""

    def __init__(self, path, mode="r", encoding=None, errors=None, newline=None):
        if not isinstance(mode, str):
            raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
        _str_or_none("encoding", encoding)
        _str_or_none("errors", errors)
        _str_or_none("newline", newline)
        kinds = [c for c in mode if c in "rwax"]
        if len(kinds) != 1 or any(c not in "rwaxbt+" for c in mode) or (
                "b" in mode and "t" in mode):
            raise ValueError("invalid mode: '%s'" % mode)
        if "b" in mode:
            for name, value in (("an encoding", encoding), ("an errors", errors),
                                ("a newline", newline)):
                if value is not None:
                    raise ValueError("binary mode doesn't take %s argument" % name)
        elif newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        self.name = path
        self.mode = mode
        self.binary = "b" in mode
        self.encoding = None if self.binary else (encoding or "UTF-8")
        self.errors = None if self.binary else (errors or "strict")
        self.newline = newline
        self.seen = 0  # the line ends read so far (newline None or '')
        self.key = norm_path(path)
        self.readable = kinds[0] == "r" or "+" in mode
        self.writable = kinds[0] != "r" or "+" in mode
        self.closed = False
        if is_dir(self.key):
            raise os_error(IsADirectoryError, 21, "Is a directory", path)
        exists = self.key in _files
        kind = kinds[0]
        if not exists:
            check_parent(self.key, path)
        if kind == "r" and not exists:
            raise os_error(FileNotFoundError, 2, "No such file or directory", path)
        if kind == "x" and exists:
            raise os_error(FileExistsError, 17, "File exists", path)
        if not exists:
            _inode(self.key)
        if kind in "wx" or (kind == "a" and not exists):
            _files[self.key] = ""
            touch(self.key)
        self.pos = len(self._content()) if kind == "a" else 0
        self.words = "file %s (%s)" % (path, mode)  # what it is in the Sync panel
        _trace_conn(self, self.words, "open")

    def _check(self, reading):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if reading and not self.readable:
            raise _unsupported("not readable")
        if not reading and not self.writable:
            raise _unsupported("not writable")

    def _content(self):
        """The file as this handle sees it: bytes in binary mode, else text decoded with the
        file's encoding (a file holding bytes that are not valid in it raises
        UnicodeDecodeError, as CPython's text layer does)."""
        stored = _files.get(self.key, "")
        if self.binary:
            return stored.encode("utf-8", "surrogatepass") if isinstance(stored, str) else bytes(
                stored)
        if isinstance(stored, str) and _is_utf8(self.encoding):
            return stored
        raw = stored.encode("utf-8") if isinstance(stored, str) else stored
        return raw.decode(self.encoding, self.errors)

    def _text(self):
        """What reading sees: the content, with \r\n and \r as \n when newline is None."""
        data = self._content()
        if self.binary or self.newline not in (None, ""):
            return data
        self.seen |= _line_ends(data)  # (the decoder takes the whole of a small file at once)
        if self.newline is None and "\r" in data:
            data = data.replace("\r\n", "\n").replace("\r", "\n")
        return data

    @property
    def newlines(self):
        return _NEWLINES[self.seen]

    def _store(self, content):
        if self.binary:
            _files[self.key] = content
        elif _is_utf8(self.encoding):
            try:
                content.encode("utf-8")
                _files[self.key] = content
            except UnicodeEncodeError:  # (lone surrogates, as surrogateescape decodes)
                _files[self.key] = content.encode("utf-8", self.errors)
        else:
            _files[self.key] = content.encode(self.encoding, self.errors)
        _mtimes[self.key] = now()

    def read(self, size=-1):
        self._check(True)
        data = self._text()
        if size is None or size < 0:
            end = len(data)
        else:
            end = min(len(data), self.pos + size)
        out = data[self.pos:end]
        self.pos = end
        return out

    def readline(self, size=-1):
        self._check(True)
        data = self._text()
        end = self._line_end(data)
        if size is not None and size >= 0:
            end = min(end, self.pos + size)
        out = data[self.pos:end]
        self.pos = end
        return out

    def _line_end(self, data):
        """Where the line starting at pos ends (after its line end, or at the end)."""
        if self.binary or self.newline in (None, "\n"):
            nl = data.find(b"\n" if self.binary else "\n", self.pos)
            return len(data) if nl < 0 else nl + 1
        if self.newline:
            nl = data.find(self.newline, self.pos)
            return len(data) if nl < 0 else nl + len(self.newline)
        i = self.pos
        while i < len(data) and data[i] not in "\r\n":
            i += 1
        if i == len(data):
            return i
        return i + 2 if data.startswith("\r\n", i) else i + 1

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def write(self, data):
        self._check(False)
        if self.binary:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            data = bytes(data)
        elif not isinstance(data, str):
            raise TypeError("write() argument must be str, not " + type(data).__name__)
        elif self.newline in ("\r", "\r\n"):
            data = data.replace("\n", self.newline)
        content = self._content()
        if "a" in self.mode:
            self.pos = len(content)
        self._store(content[:self.pos] + data + content[self.pos + len(data):])
        self.pos += len(data)
        return len(data)

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if whence == 0:
            self.pos = offset
        elif whence == 2:
            self.pos = len(self._content()) + offset
        else:
            self.pos += offset
        return self.pos

    def tell(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self.pos

    def close(self):
        self.closed = True
        _trace_conn(self, self.words, "closed")

    def busy(self, op):
        """The words of the file's state while `op` (read, write...) waits for the disk."""
        return "writing" if op.startswith("write") else "reading"


def _unsupported(what):
    try:
        import io
        return io.UnsupportedOperation(what)
    except (ImportError, AttributeError):
        return OSError(what)


class BlockingFile:
    """What the built-in open() returns: each operation blocks the thread (time.sleep) for the
    disk's time, as a real file read blocks the event loop."""

    def __init__(self, path, mode="r", encoding=None, errors=None, newline=None):
        blocking_wait(file_cost(), "open(%r)" % (path,))
        self._f = OpenFile(path, mode, encoding, errors, newline)
        self.name = self._f.name
        self.mode = self._f.mode
        if not self._f.binary:
            self.encoding = self._f.encoding
            self.errors = self._f.errors

    @property
    def newlines(self):
        if self._f.binary:
            raise AttributeError("'_io.BufferedReader' object has no attribute 'newlines'")
        return self._f.newlines

    @property
    def closed(self):
        return self._f.closed

    def _wait(self, op, size):
        _trace_conn(self._f, self._f.words, self._f.busy(op))
        blocking_wait(file_cost(size), "%s() on %r" % (op, self.name))
        _trace_conn(self._f, self._f.words, "closed" if self._f.closed else "open")

    def read(self, size=-1):
        out = self._f.read(size)
        self._wait("read", len(out))
        return out

    def readline(self, size=-1):
        out = self._f.readline(size)
        self._wait("readline", len(out))
        return out

    def readlines(self):
        out = self._f.readlines()
        self._wait("readlines", sum(len(x) for x in out))
        return out

    def write(self, data):
        n = self._f.write(data)
        self._wait("write", n)
        return n

    def writelines(self, lines):
        for line in lines:
            self._f.write(line)
        self._wait("writelines", 0)

    def seek(self, offset, whence=0):
        return self._f.seek(offset, whence)

    def tell(self):
        return self._f.tell()

    def flush(self):
        pass

    def close(self):
        self._f.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __repr__(self):
        if "b" in self.mode:
            kind = "BufferedRandom" if "+" in self.mode else (
                "BufferedReader" if "r" in self.mode else "BufferedWriter")
            return "<_io.%s name=%r>" % (kind, self.name)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode,
                                                                    self.encoding)


def open_file(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
              closefd=True, opener=None):
    """The built-in open() of a program in the simulated world (blocking)."""
    return BlockingFile(file, mode, encoding, errors, newline)


async def file_wait(seconds, detail, f=None):
    """Sleeps `seconds` on the virtual clock; the trace shows a file wait on `detail` (on the
    open file `f`, an OpenFile, when there is one)."""
    if f is None:
        _trace_wait("File", None, None, detail, seconds)
        await asyncio.sleep(seconds)
        return
    _trace_conn(f, f.words, f.busy(detail))
    _trace_wait("File", f, None, detail, seconds)
    try:
        await asyncio.sleep(seconds)
    finally:
        _trace_conn(f, f.words, "closed" if f.closed else "open")


# ---------------------------------------------------------------------------------------------
# The database: one in-memory Redis-like key space
# ---------------------------------------------------------------------------------------------
class Database:
    """The simulated Redis server: its keys, their expiry times, the subscribers of its
    channels, and how long a command takes (`latency` seconds)."""

    def __init__(self):
        self.latency = 0.001
        self.data = {}  # key -> str | list | dict
        self.expires = {}  # key -> loop time when it expires
        self.channels = {}  # channel -> [PubSub]


_db = Database()


def database(latency=None, data=None):
    """Configures the simulated database (`data`: keys to seed, {key: str | list | dict});
    returns it."""
    if latency is not None:
        if latency < 0:
            raise ValueError("latency must be >= 0")
        _db.latency = latency
    if data is not None:
        for k in data:
            v = data[k]
            if isinstance(v, (list, tuple)):
                _db.data[k] = [str(x) for x in v]
            elif isinstance(v, dict):
                _db.data[k] = {str(f): str(v[f]) for f in v}
            else:
                _db.data[k] = str(v)
    return _db


async def database_wait(detail, client=None):
    """A command's round trip on the virtual clock; the trace shows a database wait (on the
    connection of `client`, when there is one: its `_words`, and `_pending` commands)."""
    if client is None:
        _trace_wait("Database", None, None, detail, _db.latency)
        await asyncio.sleep(_db.latency)
        return
    client._pending.append(detail)
    _client_state(client)
    _trace_wait("Database", client, None, detail, _db.latency)
    try:
        await asyncio.sleep(_db.latency)
    finally:
        client._pending.remove(detail)
        _client_state(client)


def _client_state(client):
    pending = client._pending
    if client._closed:
        state = "closed"
    elif not pending:
        state = "open"
    else:
        more = " and %d more" % (len(pending) - 1) if len(pending) > 1 else ""
        state = "waiting for the reply to " + pending[0] + more
    _trace_conn(client, client._words, state)
