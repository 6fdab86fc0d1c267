"""redis.exceptions, simulated."""


class RedisError(Exception):
    pass


class ConnectionError(RedisError):
    pass


class TimeoutError(RedisError):
    pass


class ResponseError(RedisError):
    pass


class DataError(RedisError):
    pass
