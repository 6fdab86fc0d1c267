"""redis.asyncio, simulated: a client of the in-memory database of loopscope_world. Every
command is one round trip on the virtual clock (a Database wait on the timeline, with the
command and key). Values are stored as text, as Redis stores them. Supported: strings (get,
set with ex/px/nx/xx, getset, mget, mset, incr, incrby, decr, decrby, append, strlen, setnx,
setex), keys (delete, exists, expire, pexpire, ttl, persist, keys, type, rename, flushdb,
dbsize), lists (lpush, rpush, lpop, rpop, lrange, llen, lindex, lrem, blpop, brpop), hashes
(hset, hget, hgetall, hdel, hincrby, hkeys, hvals, hlen, hexists), sets (sadd, srem, smembers,
sismember, scard), ping, echo, publish and pubsub (subscribe, unsubscribe, get_message,
listen), close/aclose and `async with`.
"""
import asyncio

import loopscope_world as _world
from redis.exceptions import (ConnectionError, DataError, RedisError, ResponseError,
                              TimeoutError)

__all__ = ["Redis", "StrictRedis", "from_url", "RedisError", "ConnectionError", "TimeoutError",
           "ResponseError", "DataError"]

_WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value"
_NOT_INT = "value is not an integer or out of range"


def _encode(value):
    """What Redis stores for `value`: its text (a DataError for other kinds, as redis-py).
    bytes are stored as the UTF-8 text they hold (one key space of text: docs/world.md)."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8")
    if isinstance(value, bool) or value is None or not isinstance(value, (str, int, float)):
        raise DataError("Invalid input of type: '%s'. Convert to a bytes, string, int or float "
                        "first." % type(value).__name__)
    if isinstance(value, float):
        return repr(value)
    return str(value)


class Redis:
    def __init__(self, host="localhost", port=6379, db=0, password=None, decode_responses=False,
                 socket_timeout=None, **kwargs):
        self.host = host
        self.port = port
        self.db = db
        self.decode_responses = decode_responses
        self._closed = False
        self._words = "redis %s:%s/%s" % (host, port, db)  # its connection in the Sync panel
        self._pending = []  # the commands waiting for their reply

    @classmethod
    def from_url(cls, url, **kwargs):
        return from_url(url, **kwargs)

    def __repr__(self):
        return "<redis.asyncio.client.Redis(<redis.asyncio.connection.ConnectionPool(" \
               "<redis.asyncio.connection.Connection(host=%s,port=%s,db=%s)>)>)>" % (
                   self.host, self.port, self.db)

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.aclose()

    async def aclose(self):
        self._closed = True
        if self._used:
            _world.trace_conn(self, self._words, "closed")

    async def close(self):
        await self.aclose()

    # -- the round trip and the key space --------------------------------------------------
    _used = False  # a command was sent: the trace knows its connection

    async def _call(self, *words):
        self._used = True
        await _world.database_wait(" ".join(str(w) for w in words[:2]), self)

    def _out(self, value):
        if value is None or self.decode_responses:
            return value
        return _world.as_bytes(value)

    def _live(self, key):
        """The value of `key`, None when missing or expired (expired keys are dropped)."""
        db = _world._db
        when = db.expires.get(key)
        if when is not None and asyncio.get_running_loop().time() >= when:
            del db.expires[key]
            db.data.pop(key, None)
        return db.data.get(key)

    def _typed(self, key, kind):
        v = self._live(key)
        if v is not None and not isinstance(v, kind):
            raise ResponseError(_WRONGTYPE)
        return v

    def _set_expiry(self, key, seconds):
        _world._db.expires[key] = asyncio.get_running_loop().time() + seconds

    # -- connection ------------------------------------------------------------------------
    async def ping(self):
        await self._call("PING")
        return True

    async def echo(self, value):
        await self._call("ECHO")
        return self._out(_encode(value))

    # -- strings ---------------------------------------------------------------------------
    async def get(self, name):
        await self._call("GET", name)
        return self._out(self._typed(name, str))

    async def set(self, name, value, ex=None, px=None, nx=False, xx=False, get=False):
        await self._call("SET", name)
        text = _encode(value)
        old = self._typed(name, str) if get else self._live(name)
        if (nx and old is not None) or (xx and old is None):
            return self._out(old) if get else None
        _world._db.data[name] = text
        _world._db.expires.pop(name, None)
        if ex is not None:
            self._set_expiry(name, ex)
        elif px is not None:
            self._set_expiry(name, px / 1000)
        return self._out(old) if get else True

    async def setnx(self, name, value):
        return bool(await self.set(name, value, nx=True))

    async def setex(self, name, time, value):
        return await self.set(name, value, ex=time)

    async def getset(self, name, value):
        return await self.set(name, value, get=True)

    async def mget(self, keys, *args):
        keys = list(keys) if isinstance(keys, (list, tuple)) else [keys]
        keys += list(args)
        await self._call("MGET", keys[0] if keys else "")
        out = []
        for k in keys:
            v = self._live(k)
            out.append(self._out(v) if isinstance(v, str) else None)
        return out

    async def mset(self, mapping):
        await self._call("MSET", next(iter(mapping), ""))
        for k in mapping:
            _world._db.data[k] = _encode(mapping[k])
            _world._db.expires.pop(k, None)
        return True

    async def incrby(self, name, amount=1):
        await self._call("INCRBY", name)
        v = self._typed(name, str)
        try:
            n = int(v if v is not None else "0")
        except ValueError:
            raise ResponseError(_NOT_INT) from None
        n += amount
        _world._db.data[name] = str(n)
        return n

    async def incr(self, name, amount=1):
        return await self.incrby(name, amount)

    async def decr(self, name, amount=1):
        return await self.incrby(name, -amount)

    async def decrby(self, name, amount=1):
        return await self.incrby(name, -amount)

    async def append(self, key, value):
        await self._call("APPEND", key)
        v = (self._typed(key, str) or "") + _encode(value)
        _world._db.data[key] = v
        return _world.utf8_len(v)

    async def strlen(self, name):
        await self._call("STRLEN", name)
        return _world.utf8_len(self._typed(name, str) or "")

    # -- keys ------------------------------------------------------------------------------
    async def delete(self, *names):
        await self._call("DEL", names[0] if names else "")
        n = 0
        for k in names:
            if self._live(k) is not None:
                del _world._db.data[k]
                _world._db.expires.pop(k, None)
                n += 1
        return n

    async def exists(self, *names):
        await self._call("EXISTS", names[0] if names else "")
        return sum(1 for k in names if self._live(k) is not None)

    async def expire(self, name, time):
        await self._call("EXPIRE", name)
        if self._live(name) is None:
            return False
        self._set_expiry(name, time)
        return True

    async def pexpire(self, name, time):
        return await self.expire(name, time / 1000)

    async def ttl(self, name):
        await self._call("TTL", name)
        if self._live(name) is None:
            return -2
        when = _world._db.expires.get(name)
        if when is None:
            return -1
        return int(when - asyncio.get_running_loop().time() + 0.5)

    async def persist(self, name):
        await self._call("PERSIST", name)
        return self._live(name) is not None and _world._db.expires.pop(name, None) is not None

    async def keys(self, pattern="*"):
        await self._call("KEYS", pattern)
        out = [k for k in list(_world._db.data) if self._live(k) is not None
               and _world.glob_match(pattern, k)]
        return [self._out(k) for k in sorted(out)]

    async def type(self, name):
        await self._call("TYPE", name)
        v = self._live(name)
        kind = ("none" if v is None else "string" if isinstance(v, str) else
                "list" if isinstance(v, list) else "hash" if isinstance(v, dict) else "set")
        return self._out(kind)

    async def rename(self, src, dst):
        await self._call("RENAME", src)
        if self._live(src) is None:
            raise ResponseError("no such key")
        db = _world._db
        db.data[dst] = db.data.pop(src)
        db.expires.pop(dst, None)
        if src in db.expires:
            db.expires[dst] = db.expires.pop(src)
        return True

    async def flushdb(self):
        await self._call("FLUSHDB")
        _world._db.data.clear()
        _world._db.expires.clear()
        return True

    async def dbsize(self):
        await self._call("DBSIZE")
        return sum(1 for k in list(_world._db.data) if self._live(k) is not None)

    # -- lists -----------------------------------------------------------------------------
    def _list(self, name, create=False):
        v = self._typed(name, list)
        if v is None and create:
            v = []
            _world._db.data[name] = v
        return v

    def _drop_empty(self, name):
        v = _world._db.data.get(name)
        if isinstance(v, (list, dict, set)) and not v:
            del _world._db.data[name]
            _world._db.expires.pop(name, None)

    async def lpush(self, name, *values):
        await self._call("LPUSH", name)
        lst = self._list(name, True)
        for v in values:
            lst.insert(0, _encode(v))
        return len(lst)

    async def rpush(self, name, *values):
        await self._call("RPUSH", name)
        lst = self._list(name, True)
        for v in values:
            lst.append(_encode(v))
        return len(lst)

    async def _pop(self, cmd, name, count, left):
        await self._call(cmd, name)
        lst = self._list(name)
        if not lst:
            return None
        if count is None:
            v = lst.pop(0 if left else -1)
            self._drop_empty(name)
            return self._out(v)
        out = []
        while lst and len(out) < count:
            out.append(self._out(lst.pop(0 if left else -1)))
        self._drop_empty(name)
        return out

    async def lpop(self, name, count=None):
        return await self._pop("LPOP", name, count, True)

    async def rpop(self, name, count=None):
        return await self._pop("RPOP", name, count, False)

    async def lrange(self, name, start, end):
        await self._call("LRANGE", name)
        lst = self._list(name) or []
        n = len(lst)
        if start < 0:
            start = max(0, n + start)
        if end < 0:
            end = n + end
        return [self._out(v) for v in lst[start:end + 1]]

    async def llen(self, name):
        await self._call("LLEN", name)
        return len(self._list(name) or [])

    async def lindex(self, name, index):
        await self._call("LINDEX", name)
        lst = self._list(name) or []
        if -len(lst) <= index < len(lst):
            return self._out(lst[index])
        return None

    async def lrem(self, name, count, value):
        await self._call("LREM", name)
        lst = self._list(name) or []
        text = _encode(value)
        removed = 0
        order = range(len(lst)) if count >= 0 else range(len(lst) - 1, -1, -1)
        drop = []
        for i in order:
            if lst[i] == text and (count == 0 or removed < abs(count)):
                drop.append(i)
                removed += 1
        for i in sorted(drop, reverse=True):
            del lst[i]
        self._drop_empty(name)
        return removed

    async def _bpop(self, cmd, keys, timeout, left):
        keys = [keys] if isinstance(keys, str) else list(keys)
        loop = asyncio.get_running_loop()
        deadline = None if not timeout else loop.time() + timeout
        while True:
            await self._call(cmd, keys[0])
            for k in keys:
                lst = self._list(k)
                if lst:
                    v = lst.pop(0 if left else -1)
                    self._drop_empty(k)
                    return (self._out(k), self._out(v))
            if deadline is not None and loop.time() >= deadline:
                return None
            # the server answers when a push arrives: poll in small steps of virtual time
            await asyncio.sleep(_world._db.latency * 10 if _world._db.latency else 0.01)

    async def blpop(self, keys, timeout=0):
        return await self._bpop("BLPOP", keys, timeout, True)

    async def brpop(self, keys, timeout=0):
        return await self._bpop("BRPOP", keys, timeout, False)

    # -- hashes ----------------------------------------------------------------------------
    def _hash(self, name, create=False):
        v = self._typed(name, dict)
        if v is None and create:
            v = {}
            _world._db.data[name] = v
        return v

    async def hset(self, name, key=None, value=None, mapping=None):
        await self._call("HSET", name)
        if key is None and not mapping:
            raise DataError("'hset' with no key value pairs")
        h = self._hash(name, True)
        pairs = [] if key is None else [(key, value)]
        if mapping:
            pairs += [(k, mapping[k]) for k in mapping]
        added = 0
        for k, v in pairs:
            f = _encode(k)
            if f not in h:
                added += 1
            h[f] = _encode(v)
        return added

    async def hget(self, name, key):
        await self._call("HGET", name)
        return self._out((self._hash(name) or {}).get(_encode(key)))

    async def hgetall(self, name):
        await self._call("HGETALL", name)
        h = self._hash(name) or {}
        return {self._out(k): self._out(h[k]) for k in h}

    async def hdel(self, name, *keys):
        await self._call("HDEL", name)
        h = self._hash(name) or {}
        n = 0
        for k in keys:
            if h.pop(_encode(k), None) is not None:
                n += 1
        self._drop_empty(name)
        return n

    async def hincrby(self, name, key, amount=1):
        await self._call("HINCRBY", name)
        h = self._hash(name, True)
        try:
            n = int(h.get(_encode(key), "0")) + amount
        except ValueError:
            raise ResponseError("hash value is not an integer") from None
        h[_encode(key)] = str(n)
        return n

    async def hkeys(self, name):
        await self._call("HKEYS", name)
        return [self._out(k) for k in (self._hash(name) or {})]

    async def hvals(self, name):
        await self._call("HVALS", name)
        h = self._hash(name) or {}
        return [self._out(h[k]) for k in h]

    async def hlen(self, name):
        await self._call("HLEN", name)
        return len(self._hash(name) or {})

    async def hexists(self, name, key):
        await self._call("HEXISTS", name)
        return _encode(key) in (self._hash(name) or {})

    # -- sets ------------------------------------------------------------------------------
    def _set(self, name, create=False):
        v = self._typed(name, set)
        if v is None and create:
            v = set()
            _world._db.data[name] = v
        return v

    async def sadd(self, name, *values):
        await self._call("SADD", name)
        s = self._set(name, True)
        n = 0
        for v in values:
            t = _encode(v)
            if t not in s:
                s.add(t)
                n += 1
        return n

    async def srem(self, name, *values):
        await self._call("SREM", name)
        s = self._set(name) or set()
        n = 0
        for v in values:
            t = _encode(v)
            if t in s:
                s.discard(t)
                n += 1
        self._drop_empty(name)
        return n

    async def smembers(self, name):
        await self._call("SMEMBERS", name)
        return {self._out(v) for v in (self._set(name) or set())}

    async def sismember(self, name, value):
        await self._call("SISMEMBER", name)
        return _encode(value) in (self._set(name) or set())

    async def scard(self, name):
        await self._call("SCARD", name)
        return len(self._set(name) or set())

    # -- publish / subscribe ---------------------------------------------------------------
    async def publish(self, channel, message):
        await self._call("PUBLISH", channel)
        subs = list(_world._db.channels.get(channel, []))
        for ps in subs:
            ps._deliver("message", channel, _encode(message))
        return len(subs)

    def pubsub(self, ignore_subscribe_messages=False):
        return PubSub(self, ignore_subscribe_messages)


StrictRedis = Redis


class PubSub:
    def __init__(self, client, ignore_subscribe_messages=False):
        self._client = client
        self._ignore = ignore_subscribe_messages
        self._messages = []  # waiting messages, oldest first
        self._waiter = None  # the future of a reader waiting for one
        self.channels = {}
        self.subscribed = False

    def _deliver(self, kind, channel, data):
        out = self._client._out
        self._messages.append({"type": kind, "pattern": None, "channel": out(channel),
                               "data": data if isinstance(data, int) else out(data)})
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def subscribe(self, *channels):
        await self._client._call("SUBSCRIBE", channels[0] if channels else "")
        for ch in channels:
            if ch not in self.channels:
                self.channels[ch] = None
                _world._db.channels.setdefault(ch, []).append(self)
            self._deliver("subscribe", ch, len(self.channels))
        self.subscribed = bool(self.channels)

    async def unsubscribe(self, *channels):
        await self._client._call("UNSUBSCRIBE", channels[0] if channels else "")
        for ch in list(channels or self.channels):
            if ch in self.channels:
                del self.channels[ch]
                _world._db.channels[ch].remove(self)
            self._deliver("unsubscribe", ch, len(self.channels))
        self.subscribed = bool(self.channels)

    def _next(self, ignore):
        while self._messages:
            m = self._messages.pop(0)
            if ignore and m["type"] in ("subscribe", "unsubscribe"):
                continue
            return m
        return None

    async def get_message(self, ignore_subscribe_messages=False, timeout=0.0):
        ignore = ignore_subscribe_messages or self._ignore
        m = self._next(ignore)
        if m is not None or not timeout:
            await asyncio.sleep(0)
            return m
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while m is None:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return None
            self._waiter = loop.create_future()
            try:
                await asyncio.wait_for(self._waiter, remaining)
            except asyncio.TimeoutError:
                return None
            finally:
                self._waiter = None
            m = self._next(ignore)
        return m

    async def listen(self):
        loop = asyncio.get_running_loop()
        while self.subscribed or self._messages:
            m = self._next(self._ignore)
            if m is None:
                self._waiter = loop.create_future()
                try:
                    await self._waiter
                finally:
                    self._waiter = None
                continue
            yield m

    async def aclose(self):
        for ch in list(self.channels):
            _world._db.channels[ch].remove(self)
        self.channels = {}
        self.subscribed = False

    async def close(self):
        await self.aclose()

    async def reset(self):
        await self.aclose()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.aclose()


def from_url(url, **kwargs):
    """redis.asyncio.from_url("redis://host:port/db")."""
    if not isinstance(url, str) or not (url.startswith("redis://")
                                        or url.startswith("rediss://")
                                        or url.startswith("unix://")):
        raise ValueError("Redis URL must specify one of the following schemes "
                         "(redis://, rediss://, unix://)")
    rest = url.split("://", 1)[1]
    hostport, _, db = rest.partition("/")
    if "@" in hostport:
        hostport = hostport.split("@", 1)[1]
    host, _, port = hostport.partition(":")
    return Redis(host=host or "localhost", port=int(port) if port else 6379,
                 db=int(db) if db else 0, **kwargs)
