import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u))
print(u.hex, u.int, u.version, u.variant)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.urn, int(u) == u.int, str(u) == str(uuid.UUID(u.hex)))
for text in ["{12345678-1234-5678-1234-567812345678}", "12345678123456781234567812345678",
             "urn:uuid:12345678-1234-5678-1234-567812345678", "12345678-1234-5678-1234-56781234567F"]:
    print(uuid.UUID(text))
print(uuid.UUID(bytes=b"\x12\x34\x56\x78" * 4))
print(uuid.UUID(bytes_le=b"\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78"))
print(uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)))
print(uuid.UUID(int=0x12345678123456781234567812345678))
print(uuid.UUID(int=0), uuid.UUID(int=0).version, uuid.UUID(int=0).variant)
print(uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=(1 << 128) - 1).version)
print(uuid.UUID(int=0xC000 << 48).variant)
for v in range(1, 6):
    w = uuid.UUID(int=0, version=v)
    print(v, w, w.version, w.variant)
print(uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8") == uuid.NAMESPACE_DNS)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.NAMESPACE_DNS.version, uuid.RFC_4122, uuid.RESERVED_NCS)
print(uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1)
print(sorted([b, a]), hash(a) == hash(1), len({a, uuid.UUID(int=1), b}))
print({a: "first"}[uuid.UUID("00000000-0000-0000-0000-000000000001")])
print(a.is_safe, uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value)
print(isinstance(a, uuid.UUID), type(a).__name__)

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

attempt(lambda: uuid.UUID())
attempt(lambda: uuid.UUID("nope"))
attempt(lambda: uuid.UUID("12345678-1234-5678-1234-56781234567"))
attempt(lambda: uuid.UUID("12345678-1234-5678-1234-56781234567g"))
attempt(lambda: uuid.UUID(bytes=b"short"))
attempt(lambda: uuid.UUID(bytes_le=b"short"))
attempt(lambda: uuid.UUID(fields=(1, 2, 3)))
attempt(lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)))
attempt(lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)))
attempt(lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 1 << 48)))
attempt(lambda: uuid.UUID(int=-1))
attempt(lambda: uuid.UUID(int=1 << 128))
attempt(lambda: uuid.UUID(int=0, version=6))
attempt(lambda: uuid.UUID(hex="0" * 32, int=0))
attempt(lambda: a < "x")
def mutate():
    a.int = 5
attempt(mutate)
