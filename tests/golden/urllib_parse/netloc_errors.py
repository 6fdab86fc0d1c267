from urllib.parse import urlparse, urlsplit
import urllib.parse
import urllib

print(urllib.parse.quote("a b"), urllib.parse.urlparse("http://x").netloc)
for u in ["http://h:99999/", "http://h:abc/", "http://h:-1/", "http://h: 80/"]:
    try:
        print(urlsplit(u).port)
    except ValueError as e:
        print("ValueError:", e)
for u in ["http://[::1/", "http://::1]/"]:
    try:
        urlsplit(u)
    except ValueError as e:
        print("ValueError:", e)
r = urlsplit("http://User@[FE80::1%25ETH0]:80/")
print(r.hostname, r.port, r.username, r.password)
r = urlsplit("http://:secret@host")
print(repr(r.username), r.password, r.hostname)
r = urlsplit("http://a@b@host")
print(r.username, r.hostname)
r = urlsplit("http://host:0")
print(r.port, urlsplit("http://host:065535").port)
print(urlsplit("//host").hostname, urlsplit("/path").hostname, urlsplit("/path").port)
print(urlsplit("http://ex\tample.com/pa\nth"))
