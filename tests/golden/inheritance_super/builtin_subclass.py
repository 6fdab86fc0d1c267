# Subclassing built-in exception types (subclassing list/dict is outside the subset:
# the playground raises NotImplementedError naming the feature).
class MyError(ValueError):
    pass
try:
    raise MyError("sub of ValueError")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
print([c.__name__ for c in NotFound.__mro__])
