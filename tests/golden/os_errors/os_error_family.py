for cls in [ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError, BrokenPipeError,
            PermissionError, FileNotFoundError, FileExistsError, TimeoutError, BlockingIOError,
            ChildProcessError, InterruptedError, IsADirectoryError, NotADirectoryError,
            ProcessLookupError, ConnectionError]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__])
print(IOError is OSError, EnvironmentError is OSError)


for args in [(), ("boom",), (2, "No such file"), (2, "No such file", "a.txt"), (1, "x", "a", None, "b"),
             (104, "Connection reset by peer"), (111, "refused"), (32, "pipe"), (13, "denied", "f"),
             (110, "timed out"), (17, "exists"), (999, "odd"), ("a", "b"), (1, 2, 3, 4, 5, 6), (None, "n")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
e = ConnectionResetError("peer reset")
print(repr(e), str(e), e.errno, isinstance(e, ConnectionError), isinstance(e, OSError))
e = FileNotFoundError(2, "No such file or directory", "data.csv")
print(repr(e), str(e), e.args)
e.errno = 5
e.strerror = "changed"
print(e.errno, e.strerror, str(e))
try:
    raise ConnectionRefusedError(111, "Connection refused")
except ConnectionError as err:
    print("caught", type(err).__name__, err, err.errno)
try:
    raise BrokenPipeError
except OSError as err:
    print("caught", repr(err), err.errno)
class MyErr(ConnectionError):
    pass
m = MyErr(104, "custom")
print(repr(m), str(m), m.errno, m.strerror)
print(TimeoutError("slow"), repr(TimeoutError()))
for a in [(), (3,), ('bye',), (1, 2), (None,)]:
    print(repr(SystemExit(*a).code))
try:
    raise SystemExit(4)
except SystemExit as s:
    print("exit code", s.code)
s = SystemExit(1)
s.code = 7
print(s.code, s.args)
