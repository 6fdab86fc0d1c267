import hashlib

for bad in ["text", 123, None, [1, 2]]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError:", e)

h = hashlib.md5()
try:
    h.update("text")
except TypeError as e:
    print("TypeError:", e)

try:
    hashlib.new("sha999")
except ValueError as e:
    print("ValueError:", e)

try:
    hashlib.new("nope", b"x")
except ValueError as e:
    print("ValueError:", e)

# the usual mistake: hashing a str
password = "hunter2"
try:
    hashlib.sha256(password).hexdigest()
except TypeError as e:
    print(type(e).__name__, e)
print(hashlib.sha256(password.encode("utf-8")).hexdigest())
print(hashlib.new("md5", b"").hexdigest())
