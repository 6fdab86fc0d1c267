# io's errors, as CPython words them
import io

closed_s = io.StringIO("x")
closed_s.close()
closed_b = io.BytesIO(b"x")
closed_b.close()
attempts = [
    lambda: io.StringIO(5),
    lambda: io.StringIO().write(5),
    lambda: io.StringIO().write(b"x"),
    lambda: io.StringIO(newline="x"),
    lambda: io.StringIO("abc").seek(1, 1),
    lambda: io.StringIO("abc").seek(1, 2),
    lambda: io.StringIO("abc").seek(-1),
    lambda: io.StringIO("abc").seek(0, 5),
    lambda: io.StringIO("abc").truncate(-1),
    lambda: io.StringIO().fileno(),
    lambda: io.StringIO().detach(),
    lambda: closed_s.read(),
    lambda: closed_s.write("x"),
    lambda: closed_s.getvalue(),
    lambda: closed_s.tell(),
    lambda: io.BytesIO("text"),
    lambda: io.BytesIO().write("text"),
    lambda: io.BytesIO().write(5),
    lambda: io.BytesIO(b"abc").seek(-1),
    lambda: io.BytesIO(b"abc").seek(0, 3),
    lambda: io.BytesIO().fileno(),
    lambda: closed_b.read(),
    lambda: closed_b.getvalue(),
]
for attempt in attempts:
    try:
        print("no error:", attempt())
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)

print([c.__name__ for c in io.UnsupportedOperation.__mro__])
try:
    io.StringIO().fileno()
except ValueError as e:
    print("caught as ValueError:", repr(e))
try:
    io.BytesIO().fileno()
except OSError as e:
    print("caught as OSError:", repr(e))
