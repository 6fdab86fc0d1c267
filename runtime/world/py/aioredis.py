"""aioredis (the library's old name, now redis.asyncio), simulated: the same client."""
from redis.asyncio import (ConnectionError, DataError, Redis, RedisError, ResponseError,
                           StrictRedis, TimeoutError, from_url)

__all__ = ["Redis", "StrictRedis", "from_url", "RedisError", "ConnectionError", "TimeoutError",
           "ResponseError", "DataError"]
