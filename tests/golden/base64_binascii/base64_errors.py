import base64
import binascii

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")

for s in [b"", b"QQ", b"QQ=", b"QQ==", b"QQ===", b"Q", b"QUJD", b"QU=JD", b"=QUJD", b"QUJD=",
          b"QU JD\n", b"Q!UJ", b"QQ==QUJD", b"QUI=QUJD", b"QUJDQ", b"QUJDRA", b"abcde", "QUJD",
          "a\u00e9", b"Zm9vYmFy", b"Zm9v\nYmFy", b"Zm9vYg", b"Zm9vYg=", b"Zm9vYmE"]:
    attempt(base64.b64decode, s)
    attempt(base64.b64decode, s, validate=True)
    attempt(binascii.a2b_base64, s, strict_mode=True)

attempt(base64.b64encode, "text")
attempt(base64.b64decode, 12)
attempt(base64.b64decode, None)
attempt(base64.b64encode, b"x", altchars=b"-")
attempt(base64.b32decode, b"MZXW6")
attempt(base64.b32decode, b"MZXW6!==")
attempt(base64.b32decode, b"MZXW6Y==")
attempt(base64.b32decode, b"mzxw6===")
attempt(base64.b32encode, "str")
attempt(base64.b16decode, b"abc")
attempt(base64.b16decode, b"0g")
attempt(base64.b16decode, b"ABC")
attempt(base64.b85decode, b"|||||")
attempt(base64.b85decode, b"ab\"c")
attempt(base64.encodebytes, "s")
attempt(base64.urlsafe_b64decode, "YWJj")
attempt(base64.urlsafe_b64decode, "YWJ")
print(issubclass(binascii.Error, ValueError))
try:
    base64.b64decode("abc")
except ValueError as e:
    print("caught as ValueError:", e)
