# Exception subclasses with extra state.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key
class Timeout(AppError):
    def __str__(self):
        return "timed out (custom str)"
for exc in [AppError("generic"), NotFound("user"), Timeout(3)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
try:
    raise NotFound("x")
except NotFound as e:
    print(e.key, isinstance(e, Exception), isinstance(e, AppError))
