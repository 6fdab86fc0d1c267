import secrets
import string

# only what does not depend on the random values: lengths, alphabets, types
print(len(secrets.token_hex()), len(secrets.token_hex(16)), len(secrets.token_bytes(8)))
print(type(secrets.token_bytes()).__name__, len(secrets.token_bytes()))
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe(1)))
print(all(c in string.hexdigits for c in secrets.token_hex(20)))
print(all(c in string.ascii_letters + string.digits + "-_" for c in secrets.token_urlsafe(50)))
alphabet = string.ascii_letters + string.digits
password = "".join(secrets.choice(alphabet) for _ in range(12))
print(len(password), all(c in alphabet for c in password))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(100)), secrets.randbelow(1))
print(0 <= secrets.randbits(8) < 256, secrets.randbits(0))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"))
print(secrets.token_hex(0), secrets.token_bytes(0), secrets.token_urlsafe(0))
print(secrets.DEFAULT_ENTROPY)
for bad in [0, -5]:
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    secrets.choice([])
except IndexError as e:
    print("IndexError:", e)
