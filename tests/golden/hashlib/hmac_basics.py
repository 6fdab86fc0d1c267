import hashlib
import hmac

key = b"secret-key"
msg = b"The message to authenticate"
h = hmac.new(key, msg, hashlib.sha256)
print(h.hexdigest())
print(h.name, h.digest_size, h.block_size)
print(hmac.new(key, msg, "sha1").hexdigest())
print(hmac.new(key, msg, digestmod="md5").hexdigest())
print(hmac.new(key, msg, hashlib.sha512).hexdigest())
print(hmac.new(key, msg, "sha384").name)
print(hmac.digest(key, msg, "sha256") == h.digest())

# long keys are hashed first; empty key and message
print(hmac.new(b"k" * 200, b"", "sha256").hexdigest())
print(hmac.new(b"k" * 200, b"", "sha512").hexdigest())
print(hmac.new(b"", b"", "md5").hexdigest())

# update and copy
g = hmac.new(key, digestmod=hashlib.sha256)
g.update(b"The message ")
c = g.copy()
g.update(b"to authenticate")
print(g.hexdigest() == h.hexdigest())
c.update(b"other")
print(c.hexdigest())

# verifying a signature
sig = h.hexdigest()
print(hmac.compare_digest(sig, hmac.new(key, msg, hashlib.sha256).hexdigest()))
print(hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"abc", b"abc"))
print(hmac.compare_digest(b"abc", bytearray(b"abc")), hmac.compare_digest("a", "ab"))

for a, b in [("a", b"a"), (b"a", "a"), ("a", 1), (1, 2), (b"a", 1), ("é", "é")]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)

for args in [("key", b"m", "sha256"), (b"key", b"m")]:
    try:
        hmac.new(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    hmac.new(b"key", "text", "sha256")
except TypeError as e:
    print("TypeError:", e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 3, dklen=30).hex())
