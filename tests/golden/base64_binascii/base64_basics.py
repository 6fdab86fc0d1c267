import base64

data = b"Hello, asyncio!"
enc = base64.b64encode(data)
print(enc, base64.b64decode(enc))
print(base64.b64encode("héllo wörld".encode()).decode("ascii"))
print(base64.b64decode("aMOpbGxvIHfDtnJsZA==").decode())
print(base64.b64decode(b"aGVs\nbG8=\n"))
token = base64.urlsafe_b64encode(bytes(range(250, 256)) + b"??>>")
print(token, base64.urlsafe_b64decode(token))
print(base64.b64encode(bytes(range(250, 256)) + b"??>>"))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.standard_b64encode(b"x"), base64.standard_b64decode("eA=="))
print(base64.b64decode(bytearray(b"eHk=")), base64.b64encode(memoryview(b"xyz")))

for n in range(0, 12):
    raw = bytes((i * 37 + n) % 256 for i in range(n))
    e64, e32, e16, e85 = (base64.b64encode(raw), base64.b32encode(raw), base64.b16encode(raw),
                          base64.b85encode(raw))
    assert base64.b64decode(e64) == raw and base64.b32decode(e32) == raw
    assert base64.b16decode(e16) == raw and base64.b85decode(e85) == raw
    print(n, e64, e32, e16, e85, base64.b85encode(raw, pad=True), base64.b32hexencode(raw))

print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01="L"))
print(base64.b32decode(b"ME1XW6YQ", map01=b"I"), base64.b32hexdecode("CPNMU==="))
print(base64.b16decode("cafe", casefold=True), base64.b16encode(b"\xca\xfe"))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(b"x" * 120)) == b"x" * 120, base64.encodebytes(b""))
print(base64.b85decode(b"VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%YLqtVJM@UIZOH55pPf$@(Q&d$}S6EqEVwNgA"))
