# struct as an asyncio stream protocol uses it: a length prefix in network order, a header of
# several fields, unpack_from at an offset, iter_unpack over records, Struct objects.
import struct

message = 'hello, loop'.encode()
frame = struct.pack('!I', len(message)) + message
print(frame, struct.calcsize('!I'))
(length,) = struct.unpack('!I', frame[:4])
print(length, frame[4:4 + length].decode())

HEADER = struct.Struct('>BBHIq')
print(HEADER.size, HEADER.format)
packed = HEADER.pack(1, 7, 512, 4_000_000_000, -5)
print(packed, HEADER.unpack(packed))
print(struct.unpack_from('<hh', b'\x00\x01\x02\x03\x04\x05', 2))
print(list(struct.iter_unpack('<hB', b'\x01\x00\x02\x03\x00\x04')))
buf = bytearray(10)
struct.pack_into('<iH', buf, 3, -2, 65535)
print(buf)
struct.pack_into('<H', buf, -2, 258)
print(buf)
print(struct.pack('<3s5s2p4p', b'abcdef', b'ab', b'xyz', b'xyz'), struct.unpack('<4p', b'\x09abc'))
print(struct.pack('<c?x?', b'z', 'yes', 0), struct.unpack('<c??', b'q\x00\x07'))
print(struct.pack('@bi', 1, 2), struct.calcsize('@bi'), struct.calcsize('@bq'), struct.calcsize('@ib'),
      struct.calcsize('=bi'), struct.calcsize('@3sh'), struct.calcsize('@?d'), struct.calcsize('@lLnNP'),
      struct.calcsize('<lL'), struct.calcsize('3x2h 0i'))
print(struct.unpack('@bxxxi', struct.pack('@bi', -1, 99)), struct.pack('>q', -1), struct.pack('<Q', 2**64 - 1))


class Index:
    def __index__(self):
        return 300


print(struct.pack('<H', Index()), struct.pack('<?', []), struct.pack(b'<h', True))
