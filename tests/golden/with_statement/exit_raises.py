# An error in __exit__ replaces the body's error (with context).
class Fragile:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"exit failed while handling {exc_type.__name__}")
try:
    with Fragile():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
