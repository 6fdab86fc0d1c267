import hashlib

# what a tutorial does: hash a password or a file's content
print(hashlib.sha256(b"hello world").hexdigest())
print(hashlib.md5(b"The quick brown fox jumps over the lazy dog").hexdigest())
print(hashlib.sha1("café".encode()).hexdigest())
print(hashlib.sha512(b"").hexdigest())
print(hashlib.sha384(b"abc").hexdigest())
print(hashlib.sha224(b"abc").hexdigest())

h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest())
print(h.digest())
print(len(h.digest()), h.digest_size, h.block_size, h.name)

# copy keeps the state; the original goes on independently
c = h.copy()
c.update(b"!")
print(h.hexdigest())
print(c.hexdigest())

# digest() can be called any number of times, and update after it
print(h.hexdigest() == h.hexdigest())
h.update(b"!")
print(h.hexdigest() == c.hexdigest())

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    x = hashlib.new(name, b"data")
    print(name, x.name, x.digest_size, x.block_size, x.hexdigest())

print(hashlib.new("SHA256").name)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
print("sha256" in hashlib.algorithms_available)
print(type(hashlib.sha256()).__name__)
print(hashlib.sha256(bytearray(b"abc")).hexdigest() == hashlib.sha256(b"abc").hexdigest())
print(hashlib.sha256(memoryview(b"abc")).hexdigest() == hashlib.sha256(b"abc").hexdigest())
print(hashlib.md5(string=b"abc").hexdigest())
print(hashlib.sha256(b"x", usedforsecurity=False).hexdigest())
