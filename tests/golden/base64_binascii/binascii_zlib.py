import binascii
import zlib

print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(bytearray(b"xyz")))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2))
print(binascii.unhexlify("deadBEEF"), binascii.a2b_hex(b"00ff"), binascii.unhexlify(""))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False))
print(binascii.a2b_base64("aGk="), binascii.a2b_base64(b"aGk=\n"))
for bad in ["abc", "zz", "0g"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("binascii.Error:", e)
for f, arg in [(binascii.hexlify, "str"), (binascii.unhexlify, 5), (binascii.unhexlify, "é"),
               (binascii.crc32, "s"), (binascii.a2b_base64, 3.5)]:
    try:
        f(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for data in [b"", b"a", b"abc", b"hello world", b"The quick brown fox jumps over the lazy dog",
             bytes(range(256)) * 4]:
    print(len(data), binascii.crc32(data), zlib.crc32(data), zlib.adler32(data),
          binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xFFFF))
crc = 0
for part in [b"hello ", b"world"]:
    crc = zlib.crc32(part, crc)
print(crc == zlib.crc32(b"hello world"), zlib.adler32(b"world", zlib.adler32(b"hello ")))
print(zlib.crc32(b"x", 0xFFFFFFFF), zlib.adler32(b"x", 0), zlib.adler32(b"\xff" * 6000))
print(f"{zlib.crc32(b'data') & 0xffffffff:08x}")
