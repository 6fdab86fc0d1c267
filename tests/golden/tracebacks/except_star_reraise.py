# Unhandled parts of a group propagate out of except*.
def work():
    raise ExceptionGroup("batch", [KeyError("a"), ValueError("b")])


try:
    work()
except* KeyError as eg:
    print("handled", [repr(e) for e in eg.exceptions])
