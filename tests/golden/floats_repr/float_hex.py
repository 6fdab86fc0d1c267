# float.hex and float.fromhex: exact text for a float and back, subnormals, specials, errors
import math, sys
values = [0.1, 1.0, -2.5, 0.0, -0.0, 3.75, 1e300, 5e-324, 2.2250738585072014e-308, 1e-310,
          sys.float_info.max, math.pi, 1 / 3, 123456.789, float("inf"), float("-inf"), float("nan")]
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, back == v or (math.isnan(v) and math.isnan(back)))
for s in ["0x1.8p1", "1.8p1", "  -0X1P-2 ", "0x.8", "0x1.", "a", "ff.8", "+Inf", "-infinity", "nAn",
          "0x1p-1075", "0x1p-1074", "0x1.fffffffffffff7p1023", "0x3p-1076",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x0p+99999"]:
    print(repr(s), float.fromhex(s))
for s in ["", "0x", "0x1p", "0x1p+", "1.2.3", "0x1 p1", "g", "0x1p1x", "infx", "0x1p99999", "0x2p1023", "0x1.fffffffffffff8p1023"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
class F(float):
    pass
print(type(F.fromhex("0x1p3")).__name__, F.fromhex("0x1p3"), F(2.5).hex())
for f in [lambda: float.fromhex(1), lambda: float.fromhex(), lambda: float.hex(1), lambda: (1.0).hex(2)]:
    try:
        f()
    except TypeError as e:
        print(e)
print((0.1).hex() == float.hex(0.1), [x.hex() for x in (0.5, 0.25, 1.5, 2.0 ** -1022)])
