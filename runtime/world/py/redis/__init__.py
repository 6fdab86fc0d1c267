"""redis, simulated: only its asyncio client (redis.asyncio) and the exceptions; the database
is the in-memory one of loopscope_world. docs/world.md lists what is supported."""
from redis.exceptions import (ConnectionError, DataError, RedisError, ResponseError,
                              TimeoutError)

__all__ = ["RedisError", "ConnectionError", "TimeoutError", "ResponseError", "DataError"]
