# Floats in the three IEEE formats: rounding to nearest even, subnormals, infinities, NaN, the
# largest values and what overflows.
import math
import struct

values = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 1e-8, 3e-8, 6e-8, 1e-40, 1e-46, 5e-324, 65504.0,
          65519.99, 3.4028234e38, 1e300, math.inf, -math.inf, 123456789.123, 2 ** -14, 2 ** -24,
          2 ** -126, 2 ** -149, 1.5e-45, 0.5 + 2 ** -24, 1 + 2 ** -11]
for v in values:
    row = []
    for code in 'efd':
        try:
            data = struct.pack('<' + code, v)
            row.append(data.hex() + '=' + repr(struct.unpack('<' + code, data)[0]))
        except OverflowError as e:
            row.append('OverflowError: ' + str(e))
    print(repr(v), ' | '.join(row))
for code in 'efd':
    nan = struct.unpack('<' + code, struct.pack('<' + code, math.nan))[0]
    print(code, struct.pack('>' + code, math.nan).hex(), struct.pack('>' + code, -math.nan).hex(),
          math.isnan(nan))
print(struct.pack('<d', 3), struct.unpack('>d', bytes.fromhex('7ff0000000000001')),
      struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<f', b'\x01\x00\x00\x00'))
