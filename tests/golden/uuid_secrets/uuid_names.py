import uuid

# name-based UUIDs are the same everywhere: a tutorial's stable ids
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/page"))
print(uuid.uuid3(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, ""))
for name in ["alice", "bob", "日本", "a" * 100]:
    u3, u5 = uuid.uuid3(uuid.NAMESPACE_URL, name), uuid.uuid5(uuid.NAMESPACE_URL, name)
    print(u3, u3.version, u5, u5.version, u5.variant)

# random and time-based ones: only what does not depend on the machine or the moment
u = uuid.uuid4()
print(type(u).__name__, u.version, u.variant, len(str(u)), str(u)[14], len(u.hex))
print(len({uuid.uuid4() for _ in range(50)}))
print(str(uuid.uuid4()).count("-"), uuid.UUID(str(u)) == u)
t = uuid.uuid1()
print(t.version, t.variant, str(t)[14])
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)
print(uuid.uuid1(clock_seq=0x1234).clock_seq)
print(0 <= uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode())
for name in [b"bytes", 5]:
    try:
        uuid.uuid5(uuid.NAMESPACE_DNS, name)
    except TypeError as e:
        print("TypeError:", e)
