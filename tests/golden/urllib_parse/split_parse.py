from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urldefrag

url = "https://user:pw@Example.COM:8080/path/to/page;params?q=async+io&page=2#section-3"
p = urlparse(url)
print(p)
print(p.scheme, p.netloc, p.path, p.params, p.query, p.fragment)
print(p.hostname, p.port, p.username, p.password)
print(p.geturl())
print(p[0], p[1], len(p), tuple(p) == p)
scheme, netloc, *rest = p
print(scheme, netloc, rest)
print(p._replace(query="x=1").geturl())
print(p._asdict())
print(type(p).__name__, type(p)._fields)

s = urlsplit(url)
print(s)
print(s.path, s.query, s.geturl())
print(urlunsplit(s) == url, urlunparse(p) == url)

for u in ["http://example.com", "http://example.com/", "example.com/path", "/just/a/path",
          "path?x=1", "//host/path", "mailto:someone@example.com", "file:///etc/hosts",
          "http://[::1]:8000/index.html", "http://host:/", "HTTPS://HOST.com/A",
          "https://example.com?q=1", "https://example.com#top", "  http://spaced.com/ ",
          "ws://chat.example:9000/room", "tel:+1-816-555-1212", "http://a/b;c/d;e",
          "redis://localhost:6379/0", "postgresql://user@db:5432/app", "x:y", "1http://a",
          "http://h/p?q#f#g", "http://h/p#f?q", "http:", "", "sip:alice@atlanta.com;x=y"]:
    r = urlparse(u)
    print(repr(u), tuple(r), r.hostname, r.port, r.geturl())

print(urlsplit("https://h/p?q#f", allow_fragments=False))
print(urlparse("example.com/path", scheme="https"))
print(urlparse("http://example.com", scheme="https"))
print(urlunparse(("https", "example.com", "/a", "", "b=1", "")))
print(urlunsplit(("http", "", "path", "", "")))
print(urlunsplit(("", "", "//x", "", "")))
print(urlunparse(["ftp", "", "file.txt", "", "", ""]))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b"))
print(urldefrag("http://a/b#frag").geturl())
