# Bytes: tobytes/frombytes, byteswap, files, machine sizes of x86-64 Linux
from array import array
import copy

a = array("i", [1, 256, -1])
print(a.tobytes())
b = array("i")
b.frombytes(a.tobytes())
print(b, b == a)
a.byteswap()
print(a, a.tobytes())
for code, values in [("h", [1, -2]), ("H", [513]), ("l", [2**40]), ("Q", [2**64 - 1]),
                     ("f", [1.5]), ("d", [0.1]), ("u", "A\u00e9\u20ac"), ("B", [1, 2])]:
    x = array(code, values)
    raw = x.tobytes()
    print(code, len(raw), raw)
    if code != "u":
        x.byteswap()
    y = array(code, raw)
    print("  swapped:", x.tobytes() == b"".join(raw[i:i + x.itemsize][::-1]
                                               for i in range(0, len(raw), x.itemsize)), y == array(code, values))
with open("numbers.bin", "wb") as fh:
    array("d", [1.0, 2.0, 3.0]).tofile(fh)
r = array("d")
with open("numbers.bin", "rb") as fh:
    r.fromfile(fh, 2)
    print(r)
    try:
        r.fromfile(fh, 5)
    except EOFError as e:
        print("EOFError", e)
print(r)
addr, n = array("i", [1, 2, 3]).buffer_info()
print(type(addr).__name__, n)
c = copy.copy(a)
dc = copy.deepcopy(a)
print(c == a, c is a, dc == a)
print(bytes(array("H", [1, 2])))
q = array("b")
q.fromlist([1, 2, 3])
print(q, q.tolist())
