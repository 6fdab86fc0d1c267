# bytes in a small "protocol": length-prefixed frames, as a stream reader would see them
messages = ['hello', 'wörld', '']
wire = bytearray()
for m in messages:
    body = m.encode()
    wire += bytes([len(body) >> 8, len(body) & 0xFF]) + body
print(wire, len(wire))
pos = 0
while pos < len(wire):
    n = wire[pos] << 8 | wire[pos + 1]
    body = bytes(wire[pos + 2:pos + 2 + n])
    print(n, body, body.decode())
    pos += 2 + n
lines = b'GET / HTTP/1.1\r\nHost: example.com\r\n\r\n'
head, _, rest = lines.partition(b'\r\n')
method, path, version = head.split()
print(method, path, version.decode(), rest.split(b'\r\n'))
headers = dict(l.split(b': ', 1) for l in rest.split(b'\r\n') if l)
print(headers)
counts = {}
for c in b'mississippi':
    counts[chr(c)] = counts.get(chr(c), 0) + 1
print(counts)
chunks = [bytes([i]) * 3 for i in range(65, 70)]
print(b'|'.join(chunks), sum(len(c) for c in chunks))
