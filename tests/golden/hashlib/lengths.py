import hashlib

# every block-boundary length, for every algorithm
names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
lengths = list(range(0, 20)) + [31, 32, 33, 54, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119,
                                 120, 127, 128, 129, 191, 192, 255, 256, 257, 1000]
for n in lengths:
    data = bytes((i * 7 + n) % 256 for i in range(n))
    print(n, " ".join(hashlib.new(name, data).hexdigest()[:16] for name in names))

# fed in pieces of every size gives the same as all at once
data = bytes(range(256)) * 3
for name in names:
    whole = hashlib.new(name, data).hexdigest()
    for step in (1, 3, 63, 64, 65, 127, 128, 129, 500):
        h = hashlib.new(name)
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        assert h.hexdigest() == whole, (name, step)
    print(name, whole)
