# __exit__ sees the exception and may suppress it.
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print("exit sees", name, repr(exc), "suppress" if self.suppress else "propagate")
        return self.suppress

with Guard(True):
    raise ValueError("quiet")
print("continued after suppressed error")
try:
    with Guard(False):
        raise KeyError("loud")
except KeyError as e:
    print("caught outside", repr(e))
with Guard(False):
    print("no error")
